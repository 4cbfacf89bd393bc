import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { conllDocument, conllLabel } from '../../server/src/export/conll';
import { analyse, FIXTURES } from '../support/core';

/** A CoNLL document as an independent reader sees it: sentences of [token, label]. */
function readConll(conll: string): { docs: number; sentences: [string, string][][] } {
  let docs = 0;
  const sentences: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of conll.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      docs++;
      continue;
    }
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const cols = line.split(' ');
    assert.equal(cols.length, 4, `four columns: ${line}`);
    assert.match(cols[3]!, /^(O|[BI]-(LOC|ORG|PER|MISC))$/);
    current.push([cols[0]!, cols[3]!]);
  }
  if (current.length > 0) sentences.push(current);
  return { docs, sentences };
}

/** Entities from BIO labels, located by finding each token in the text in order (tokens never skip text). */
function entitiesFrom(text: string, sentences: [string, string][][]): { start: number; end: number; label: string }[] {
  const out: { start: number; end: number; label: string }[] = [];
  let at = 0;
  let open: { start: number; end: number; label: string } | undefined;
  for (const s of sentences) {
    for (const [tok, label] of s) {
      const start = text.indexOf(tok, at);
      assert.ok(start >= 0 && text.slice(at, start).trim() === '', `token ${tok} follows at ${at}`);
      at = start + tok.length;
      if (label.startsWith('I-') && open && open.label === label.slice(2)) open.end = at;
      else {
        if (open) out.push(open);
        open = label === 'O' ? undefined : { start, end: at, label: label.slice(2) };
      }
    }
    if (open) out.push(open);
    open = undefined;
  }
  return out;
}

describe('CoNLL-2003 export', () => {
  for (const name of ['livraisons.txt', 'sommet.txt']) {
    it(`round-trips the mentions of ${name} through BIO labels`, () => {
      const text = readFileSync(join(FIXTURES, 'annotations', 'articles', name), 'utf8');
      const analysis = analyse(text);
      const read = readConll(conllDocument(text, analysis));
      assert.equal(read.docs, 1);
      assert.ok(read.sentences.length >= analysis.sentences.filter((s) => text.slice(s.start, s.end).trim()).length);
      const got = entitiesFrom(text, read.sentences);
      assert.deepEqual(
        got,
        analysis.mentions.map((m) => ({ start: m.start, end: m.end, label: conllLabel(m) })),
      );
    });
  }

  it('splits elisions and keeps hyphenated words whole', () => {
    const text = "L'ONU et l’envoi de soldats nord-coréens d'après Séoul.";
    const read = readConll(conllDocument(text, analyse(text)));
    const tokens = read.sentences.flat().map(([t]) => t);
    assert.deepEqual(tokens.slice(0, 8), ["L'", 'ONU', 'et', 'l’', 'envoi', 'de', 'soldats', 'nord-coréens']);
    const labels = Object.fromEntries(read.sentences.flat());
    assert.equal(labels['ONU'], 'B-ORG');
    assert.equal(labels['nord-coréens'], 'B-MISC');
    assert.equal(labels['Séoul'], 'B-LOC');
  });
});
