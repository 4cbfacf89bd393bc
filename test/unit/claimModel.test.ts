import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseDocument } from '../../server/src/analysis/analyseDocument';
import { createAnalysisContext } from '../../server/src/analysis/analysisContext';
import { claimModelFeatures } from '../../server/src/analysis/attribution';
import { claimModel } from '../../server/src/analysis/claimModel';
import { findEntities } from '../../server/src/analysis/entities';
import { splitSentences } from '../../server/src/analysis/sentences';
import type { KbEntity } from '../../server/src/analysis/types';
import { loadDataFolder, mergeEntities } from '../../server/src/corpus/dataFiles';
import { DATA_DIR } from '../support/core';

const KB: KbEntity[] = [
  { id: 'KP', type: 'country', name: 'Corée du Nord', aliases: ['RPDC'], demonyms: ['nord-coréen'], metonyms: ['Pyongyang'] },
  { id: 'RU', type: 'country', name: 'Russie', aliases: [], demonyms: ['russe'], metonyms: ['Moscou'] },
  { id: 'PENTAGON', type: 'organisation', name: 'Pentagone', aliases: [] },
];
const data = loadDataFolder(DATA_DIR);

/** The shipped lexicons with a claim model of our own: one word weighs, so the tests say what the wiring does. */
function withModel(model: unknown): ReturnType<typeof createAnalysisContext> {
  const lexicons = new Map(data.lexicons);
  lexicons.set('claimModel', model);
  return createAnalysisContext(mergeEntities(KB), lexicons);
}
const tiny = { threshold: 0.5, headlineThreshold: 0.9, bias: -2, weights: { 'w:cadence': 4, 'stem:depas': 0.5 } };

describe('claim model: features', () => {
  function features(text: string): string[][] {
    const ctx = createAnalysisContext(mergeEntities(KB), data.lexicons);
    const { mentions } = findEntities(text, ctx.ckb);
    return claimModelFeatures({ text, sentences: splitSentences(text), mentions, lexicons: data.lexicons }).map((r) => r.features);
  }

  it('are words, five-letter stems, entity types, length, cue categories and the line’s shape', () => {
    const [f] = features('Leur cadence de tir dépasse celle des unités russes.');
    assert.ok(f);
    for (const x of ['bias', 'w:cadence', 'w:depasse', 'stem:depas', 'entity:country', 'entity:country:adjective', 'len:mid']) assert.ok(f.includes(x), `${x} in ${f.join(' ')}`);
    assert.ok(!f.includes('w:russes'), 'a mention is its type, not its words');
    const [, cue] = features('Le sommet a eu lieu mardi.\n\nLa Corée du Nord a livré des obus à la Russie.');
    assert.ok(cue?.includes('cue:transfer') && cue.includes('cue:any'));
    const [headline] = features('Des artilleurs déjà aguerris\n\nLe texte suit.');
    assert.ok(headline?.includes('line:headline'));
  });

  it('say whether the sentence names a source of its own', () => {
    const ctx = createAnalysisContext(mergeEntities(KB), data.lexicons);
    const text = 'Selon le Pentagone, la cadence dépasse tout. La cadence dépasse tout.';
    const { mentions } = findEntities(text, ctx.ckb);
    const rows = claimModelFeatures({ text, sentences: splitSentences(text), mentions, lexicons: data.lexicons });
    assert.equal(rows[0]?.source?.label, 'le Pentagone');
    assert.equal(rows[1]?.source, undefined);
  });
});

describe('claim model: in the analysis', () => {
  const ctx = withModel(tiny);

  it('makes a sentence with no cue and no source an unattributed claim, and says which words weighed', () => {
    const a = analyseDocument('Le sommet a eu lieu mardi. Leur cadence de tir dépasse celle des unités russes.', ctx);
    assert.deepEqual(a.findings.map((f) => [f.code, f.cue]), [['unattributed-claim', 'model:claim']]);
    assert.equal(a.findings[0]?.messageId, 'finding.claim.model');
    assert.match(a.findings[0]?.message ?? '', /read as an assertion for: cadence, dépasse/u);
  });

  it('leaves alone what it scores below its threshold', () => {
    assert.deepEqual(analyseDocument('Le sommet a eu lieu mardi. Le tir dépasse celle des unités russes.', ctx).findings, []);
  });

  it('raises nothing where the sentence names its source, and a vague finding where the source is generic', () => {
    assert.deepEqual(analyseDocument('Selon le Pentagone, leur cadence de tir dépasse celle des unités russes.', ctx).findings, []);
    const vague = analyseDocument('Selon des experts, leur cadence de tir dépasse celle des unités russes.', ctx);
    assert.deepEqual(vague.findings.map((f) => f.code), ['vague-attribution']);
  });

  it('holds a headline to its own threshold', () => {
    assert.deepEqual(analyseDocument('Une cadence infernale\n\nLe sommet a eu lieu mardi.', ctx).findings, []);
    const high = withModel({ ...tiny, headlineThreshold: 0.5 });
    assert.deepEqual(analyseDocument('Une cadence infernale\n\nLe sommet a eu lieu mardi.', high).findings.map((f) => f.cue), ['model:claim']);
  });

  it('reads no byline: it names who wrote the article and asserts nothing', () => {
    const high = withModel({ ...tiny, headlineThreshold: 0.5, weights: { 'w:cadence': 4 } });
    for (const byline of ['Par Léa Cadence, envoyée spéciale à Kiev', 'De notre envoyé spécial à Séoul, cadence oblige', 'Propos recueillis par Marc Cadence']) {
      assert.deepEqual(analyseDocument(`${byline}\n\nLe sommet a eu lieu mardi.`, high).findings, [], byline);
    }
    assert.deepEqual(analyseDocument('Une cadence infernale\n\nLe sommet a eu lieu mardi.', high).findings.map((f) => f.cue), ['model:claim']);
  });

  it('lets a quotation with no speaker that is the whole sentence speak for it', () => {
    const a = analyseDocument('Le sommet a eu lieu mardi.\n\n« Leur cadence de tir dépasse tout ce que nous avons vu. »', ctx);
    assert.deepEqual(a.findings.map((f) => f.code), ['unattributed-quote']);
  });

  it('is skipped when the files carry none, and a malformed one weighs nothing rather than throwing', () => {
    const none = createAnalysisContext(mergeEntities(KB), new Map([...data.lexicons].filter(([k]) => k !== 'claimModel')));
    assert.deepEqual(analyseDocument('Le sommet a eu lieu mardi. Leur cadence de tir dépasse celle des unités russes.', none).findings, []);
    const broken = withModel({ threshold: 'high', weights: { 'w:cadence': 'lots' } });
    assert.deepEqual(analyseDocument('Le sommet a eu lieu mardi. Leur cadence de tir dépasse celle des unités russes.', broken).findings, []);
  });
});

describe('claim model: the shipped weights', () => {
  it('load without problems, with thresholds between 0 and 1 and trained on the annotated sets', () => {
    assert.deepEqual(data.problems, []);
    const m = claimModel(data.lexicons);
    assert.ok(m && m.weights.size > 100);
    assert.ok(m.threshold > 0 && m.threshold < 1 && m.headlineThreshold > 0 && m.headlineThreshold < 1);
  });

  it('do not read narration as an assertion', () => {
    const ctx = createAnalysisContext(mergeEntities(KB), data.lexicons);
    for (const text of ['Le sommet a eu lieu mardi.', 'Avec AFP', 'La réunion s’est tenue à huis clos.']) {
      assert.deepEqual(analyseDocument(text, ctx).findings, [], text);
    }
  });
});
