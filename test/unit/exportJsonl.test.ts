import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mentionsJsonl, signatoryListsJsonl, type MentionRecord, type SignatoryListRecord } from '../../server/src/export/jsonl';
import { analyse, FIXTURES, shippedContext } from '../support/core';

describe('JSONL export', () => {
  it('writes one mention a line that round-trips to the text and the analysis', () => {
    const text = readFileSync(join(FIXTURES, 'annotations', 'articles', 'sommet.txt'), 'utf8');
    const analysis = analyse(text);
    const out = mentionsJsonl('articles/sommet.txt', analysis, (id) => shippedContext().ckb.kb.entities.get(id));
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, analysis.mentions.length);
    lines.forEach((line, i) => {
      const r = JSON.parse(line) as MentionRecord;
      const m = analysis.mentions[i]!;
      assert.equal(r.article, 'articles/sommet.txt');
      assert.equal(text.slice(r.start, r.end), r.surface);
      assert.deepEqual([r.entityId, r.type, r.kind, r.rule, r.start, r.end], [m.entityId, m.type, m.kind, m.foundBy, m.start, m.end]);
    });
    const putin = lines.map((l) => JSON.parse(l) as MentionRecord).find((r) => r.surface === 'Vladimir Poutine');
    assert.equal(putin?.type, 'person');
    assert.match(putin?.wikidata ?? '', /^Q\d+$/);
  });
});

describe('JSONL export of lists of signatories', () => {
  it('writes one list a line with its members, statement and stated total', () => {
    const text = 'Le communiqué a été cosigné par près de 50 pays, dont le Japon, la Corée du Sud et le Canada.';
    const analysis = analyse(text);
    const lines = signatoryListsJsonl('a.txt', analysis, (id) => id, () => ({ id: 'statement:x', label: 'X' }))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SignatoryListRecord);
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.statedTotal, 50);
    assert.equal(lines[0]!.statementId, 'statement:x');
    assert.deepEqual(lines[0]!.members.map((m) => text.slice(m.start, m.end)), ['Japon', 'Corée du Sud', 'Canada']);
  });
});
