import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocumentAnalysis } from '../../server/src/analysis/analyseDocument';
import type { KbEntity } from '../../server/src/analysis/types';
import { BRAT_ANNOTATION_CONF, BRAT_TYPE, bratAnnotations } from '../../server/src/export/brat';
import { analyse, FIXTURES, shippedContext } from '../support/core';

/** A standoff annotation as an independent reader sees a `.ann` file. */
interface Ann {
  textBound: Map<string, { type: string; fragments: [number, number][]; text: string }>;
  attributes: { name: string; target: string; value?: string }[];
  norms: { target: string; ref: string; name: string }[];
  notes: { target: string; text: string }[];
  relations: { type: string; arg1: string; arg2: string }[];
}

// A minimal reader of brat standoff, written from the format's description, sharing nothing with the exporter.
function readAnn(ann: string): Ann {
  const out: Ann = { textBound: new Map(), attributes: [], norms: [], notes: [], relations: [] };
  for (const line of ann.split('\n')) {
    if (line === '') continue;
    const [id, middle, text] = line.split('\t');
    assert.ok(id && middle !== undefined, `malformed line ${line}`);
    if (id.startsWith('T')) {
      const [type, ...rest] = middle.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      out.textBound.set(id, { type: type!, fragments, text: text ?? '' });
    } else if (id.startsWith('A')) {
      const [name, target, value] = middle.split(' ');
      out.attributes.push({ name: name!, target: target!, ...(value ? { value } : {}) });
    } else if (id.startsWith('N')) {
      const [, target, ref] = middle.split(' ');
      out.norms.push({ target: target!, ref: ref!, name: text ?? '' });
    } else if (id.startsWith('#')) {
      out.notes.push({ target: middle.split(' ')[1]!, text: text ?? '' });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = middle.split(' ');
      out.relations.push({ type: type!, arg1: a1!.replace('Arg1:', ''), arg2: a2!.replace('Arg2:', '') });
    } else assert.fail(`unknown annotation ${id}`);
  }
  return out;
}

const entityOf = (id: string): KbEntity | undefined => shippedContext().ckb.kb.entities.get(id);

function roundTrip(text: string, analysis: DocumentAnalysis): void {
  const ann = readAnn(bratAnnotations(text, analysis, entityOf));
  // brat counts code points, as Python does.
  const chars = [...text];
  const mentions = [...ann.textBound.values()].filter((t) => Object.values(BRAT_TYPE).includes(t.type));
  assert.equal(mentions.length, analysis.mentions.length);
  for (const t of ann.textBound.values()) {
    const pieces = t.fragments.map(([s, e]) => chars.slice(s, e).join(''));
    assert.equal(pieces.join(' '), t.text, `text of ${t.type} at ${t.fragments.join(';')}`);
  }
  analysis.mentions.forEach((m, i) => {
    const t = mentions[i]!;
    assert.equal(t.text, m.surface);
    assert.equal(t.type, BRAT_TYPE[m.type]);
    assert.equal([...text.slice(0, m.start)].length, t.fragments[0]![0]);
  });
  for (const a of ann.attributes) assert.ok(ann.textBound.has(a.target), `attribute on ${a.target}`);
  for (const n of ann.norms) {
    assert.match(n.ref, /^Wikidata:Q\d+$/);
    assert.ok(ann.textBound.has(n.target));
  }
  // Every type and attribute used is declared in annotation.conf, as brat and INCEpTION require.
  const conf = BRAT_ANNOTATION_CONF.split('\n').map((l) => l.split('\t')[0]);
  for (const t of ann.textBound.values()) assert.ok(conf.includes(t.type), `${t.type} declared`);
  for (const a of ann.attributes) assert.ok(conf.includes(a.name), `${a.name} declared`);
  for (const r of ann.relations) assert.ok(conf.includes(r.type), `${r.type} declared`);
}

describe('brat standoff export', () => {
  for (const name of ['livraisons.txt', 'sommet.txt']) {
    it(`round-trips the mentions of ${name}: offsets, surfaces, types, Wikidata`, () => {
      const text = readFileSync(join(FIXTURES, 'annotations', 'articles', name), 'utf8');
      const analysis = analyse(text);
      assert.ok(analysis.mentions.length > 5);
      roundTrip(text, analysis);
      const ann = readAnn(bratAnnotations(text, analysis, entityOf));
      assert.ok(ann.norms.some((n) => n.ref === 'Wikidata:Q423' && n.name === 'Corée du Nord'));
    });
  }

  it('counts offsets in code points after an emoji, and writes attribution notes', () => {
    const text = '🇰🇵 Pyongyang a livré des obus à Moscou, selon des experts.\n« Nous démentons », a déclaré le Kremlin.';
    const analysis = analyse(text);
    roundTrip(text, analysis);
    const withSource: DocumentAnalysis = {
      ...analysis,
      claims: [{ start: 0, end: text.indexOf('\n'), status: 'attributed', cue: 'test', source: { label: 'Kremlin', how: 'annotation:Alice', span: analysis.mentions.find((m) => m.surface === 'Kremlin')! } }],
    };
    const ann = readAnn(bratAnnotations(text, withSource, entityOf));
    assert.ok(ann.notes.some((n) => n.text.startsWith('source: Kremlin')));
    assert.ok(ann.attributes.some((a) => a.name === 'Status' && a.value === 'attributed'));
    const fromClaim = ann.relations.filter((r) => ann.textBound.get(r.arg1)?.type === 'Claim');
    assert.equal(fromClaim.length, 1);
    assert.equal(ann.textBound.get(fromClaim[0]!.arg2)?.text, 'Kremlin');
  });

  it('points the Source relation at the entity a source resolves to when its phrase only refers to it', () => {
    const text = 'La Corée du Nord a réagi par la voix de son ministère des Affaires étrangères, dont le communiqué a été diffusé par KCNA. Le G7 n’est qu’un « club de pays en déclin », affirme le texte.';
    const analysis = analyse(text);
    const quote = analysis.quotes.find((q) => text.slice(q.start, q.end).includes('club'))!;
    assert.equal(quote.speaker?.entityId, 'org:kp-mfa');
    const ann = readAnn(bratAnnotations(text, analysis, entityOf));
    const fromQuote = ann.relations.find((r) => ann.textBound.get(r.arg1)?.type === 'Quote');
    assert.equal(ann.textBound.get(fromQuote!.arg2)?.text, 'ministère des Affaires étrangères');
  });

  it('writes a span across a line break as fragments', () => {
    const text = 'La Corée du Nord.\nLa Russie.';
    const analysis: DocumentAnalysis = { ...analyse(text), claims: [{ start: 0, end: text.length, status: 'unattributed', cue: 'test' }] };
    const ann = readAnn(bratAnnotations(text, analysis, entityOf));
    const claim = [...ann.textBound.values()].find((t) => t.type === 'Claim')!;
    assert.deepEqual(claim.fragments, [[0, 17], [18, 28]]);
    roundTrip(text, analysis);
  });
});
