import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseDocument, type DocumentAnalysis } from '../../server/src/analysis/analyseDocument';
import { selectorsFor } from '../../server/src/analysis/anchoring';
import type { Annotation } from '../../server/src/analysis/annotationTypes';
import { applyAnnotations, type EntityLookup } from '../../server/src/analysis/applyAnnotations';
import type { KbEntity } from '../../server/src/analysis/types';
import { contextWith } from '../support/core';

const KB: KbEntity[] = [
  { id: 'KP', type: 'country', name: 'Corée du Nord', aliases: ['RPDC'], metonyms: ['Pyongyang'] },
  { id: 'RU', type: 'country', name: 'Russie', aliases: [], metonyms: ['Moscou'] },
  { id: 'org:kremlin', type: 'organisation', name: 'Kremlin', aliases: [] },
];
const ctx = contextWith(KB);
const lookup: EntityLookup = (id) => KB.find((e) => e.id === id);

const TEXT = `Selon des analystes, la Corée du Nord a livré des obus à la Russie.
Le royaume ermite dément. Moscou aussi, selon le Kremlin.`;

let n = 0;
function annotation(text: string, needle: string, fields: Partial<Annotation> & Pick<Annotation, 'kind'>, created = `2025-01-01T00:00:${String(n).padStart(2, '0')}Z`): Annotation {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { id: `a${++n}`, author: 'Alice', created, target: { source: 'a.txt', selector: selectorsFor(text, { start, end: start + needle.length }) }, ...fields };
}

/** The analysis of TEXT with one claim and its finding on the first sentence, as the attribution analysis would give. */
function withClaim(text: string): DocumentAnalysis {
  const a = analyseDocument(text, ctx);
  const end = text.indexOf('\n');
  return {
    ...a,
    claims: [{ start: 0, end, status: 'vague', cue: 'vague:des analystes' }],
    findings: [{ start: 0, end, code: 'vague-attribution', message: 'Vague source', cue: 'vague:des analystes' }],
  };
}

function surfaces(a: DocumentAnalysis): string[] {
  return a.mentions.map((m) => `${m.surface}=${m.entityId}`);
}

describe('annotations override the analysis', () => {
  it('links a span that was not a mention, and says who set it', () => {
    const base = analyseDocument(TEXT, ctx);
    assert.ok(!surfaces(base).includes('royaume ermite=KP'));
    const out = applyAnnotations(TEXT, base, [annotation(TEXT, 'royaume ermite', { kind: 'link', entityId: 'KP' })], lookup);
    const m = out.analysis.mentions.find((x) => x.surface === 'royaume ermite');
    assert.equal(m?.entityId, 'KP');
    assert.equal(m?.type, 'country');
    assert.equal(m?.foundBy, 'annotation:Alice');
    assert.equal(out.applied.length, 1);
    // Mentions stay sorted, for the index's binary search.
    assert.deepEqual(out.analysis.mentions.map((x) => x.start), [...out.analysis.mentions.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('relinks a mention to another entity, and unlinks one', () => {
    const base = analyseDocument(TEXT, ctx);
    const relinked = applyAnnotations(TEXT, base, [annotation(TEXT, 'Moscou', { kind: 'link', entityId: 'org:kremlin' })], lookup);
    assert.ok(surfaces(relinked.analysis).includes('Moscou=org:kremlin'));
    assert.equal(relinked.analysis.mentions.find((m) => m.surface === 'Moscou')?.kind, 'metonym');
    const unlinked = applyAnnotations(TEXT, base, [annotation(TEXT, 'Moscou', { kind: 'unlink', entityId: 'RU' })], lookup);
    assert.ok(!unlinked.analysis.mentions.some((m) => m.surface === 'Moscou'));
    assert.equal(unlinked.analysis.mentions.length, base.mentions.length - 1);
  });

  it('a later annotation on the same span wins', () => {
    const base = analyseDocument(TEXT, ctx);
    const link = annotation(TEXT, 'royaume ermite', { kind: 'link', entityId: 'KP' }, '2025-01-01T10:00:00Z');
    const unlink = annotation(TEXT, 'royaume ermite', { kind: 'unlink', entityId: 'KP' }, '2025-01-02T10:00:00Z');
    const out = applyAnnotations(TEXT, base, [unlink, link], lookup);
    assert.ok(!out.analysis.mentions.some((m) => m.surface === 'royaume ermite'));
  });

  it('attributes a claim to a source: the claim is attributed and its finding goes', () => {
    const first = TEXT.slice(0, TEXT.indexOf('\n'));
    const out = applyAnnotations(TEXT, withClaim(TEXT), [annotation(TEXT, first, { kind: 'attribute', code: 'vague-attribution', source: { label: 'Kremlin', entityId: 'org:kremlin' } })], lookup);
    assert.equal(out.analysis.findings.length, 0);
    assert.equal(out.analysis.claims[0]?.status, 'attributed');
    assert.equal(out.analysis.claims[0]?.source?.entityId, 'org:kremlin');
    assert.equal(out.analysis.claims[0]?.source?.how, 'annotation:Alice');
  });

  it('marks a claim as background: no claim, no finding', () => {
    const first = TEXT.slice(0, TEXT.indexOf('\n'));
    const out = applyAnnotations(TEXT, withClaim(TEXT), [annotation(TEXT, first, { kind: 'background' })], lookup);
    assert.equal(out.analysis.claims.length, 0);
    assert.equal(out.analysis.findings.length, 0);
  });

  it('dismisses a finding with a reason, keeping it aside for reports', () => {
    const first = TEXT.slice(0, TEXT.indexOf('\n'));
    const a = annotation(TEXT, first, { kind: 'dismiss', code: 'vague-attribution', reason: 'les analystes sont nommés plus bas' });
    const out = applyAnnotations(TEXT, withClaim(TEXT), [a], lookup);
    assert.equal(out.analysis.findings.length, 0);
    assert.equal(out.dismissed.length, 1);
    assert.equal(out.dismissed[0]?.annotation.reason, 'les analystes sont nommés plus bas');
    // A dismissal of another code leaves the finding alone.
    const other = applyAnnotations(TEXT, withClaim(TEXT), [{ ...a, code: 'unattributed-quote' }], lookup);
    assert.equal(other.analysis.findings.length, 1);
  });

  it('survives edits elsewhere in the article', () => {
    const a = annotation(TEXT, 'royaume ermite', { kind: 'link', entityId: 'KP' });
    const edited = `Pyongyang, 3 juin.\n${TEXT.replace('Moscou aussi', 'Moscou aussi, sans détour')}`;
    const out = applyAnnotations(edited, analyseDocument(edited, ctx), [a], lookup);
    const m = out.analysis.mentions.find((x) => x.entityId === 'KP' && x.foundBy === 'annotation:Alice');
    assert.equal(m?.surface, 'royaume ermite');
    assert.equal(out.unanchored.length, 0);
  });

  it('reports an annotation whose text was edited away, and applies the others', () => {
    const gone = annotation(TEXT, 'royaume ermite', { kind: 'link', entityId: 'KP' });
    const kept = annotation(TEXT, 'Moscou', { kind: 'unlink', entityId: 'RU' });
    const edited = TEXT.replace('Le royaume ermite dément.', 'Pyongyang dément.');
    const out = applyAnnotations(edited, analyseDocument(edited, ctx), [gone, kept], lookup);
    assert.deepEqual(out.unanchored.map((x) => x.id), [gone.id]);
    assert.ok(!out.analysis.mentions.some((m) => m.surface === 'Moscou'));
  });

  it('with no annotations, returns the analysis untouched', () => {
    const base = analyseDocument(TEXT, ctx);
    assert.equal(applyAnnotations(TEXT, base, [], lookup).analysis, base);
  });
});
