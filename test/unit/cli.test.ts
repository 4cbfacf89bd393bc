import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selectorsFor } from '../../server/src/analysis/anchoring';
import { FIXTURES, REPO } from '../support/core';
import { sarifValidator } from '../support/sarifSchema';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line: check, export, stats', () => {
  let ws: string;
  const fresh = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
    cpSync(join(FIXTURES, 'annotations'), d, { recursive: true });
    // A workspace is marked by its .corpus/ folder (git keeps no empty folder, so the test makes it).
    mkdirSync(join(d, '.corpus'), { recursive: true });
    return d;
  };
  const made: string[] = [];
  before(() => {
    ws = fresh();
    made.push(ws);
  });
  after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('check: text by default, exit 0 without --fail-on, and nothing but results on a pipe', () => {
    const r = cli('check', ws);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /articles\/livraisons\.txt:3:1: information vague-attribution/);
    assert.match(r.stdout, /finding\(s\) in 2 article\(s\)/);
    assert.doesNotMatch(r.stderr, /indexing/);
  });

  it('check --fail-on: exit 1 when a finding reaches the level, 0 when none does', () => {
    assert.equal(cli('check', ws, '--fail-on', 'information').status, 1);
    assert.equal(cli('check', ws, '--fail-on', 'error').status, 0);
  });

  it('check --format json lists located findings', () => {
    const r = cli('check', join(ws, 'articles', 'livraisons.txt'), '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const results = JSON.parse(r.stdout) as { file: string; line: number; code: string }[];
    assert.ok(results.some((x) => x.file === 'articles/livraisons.txt' && x.code === 'vague-attribution' && x.line === 3));
  });

  it('check --format sarif is valid SARIF 2.1.0', () => {
    const r = cli('check', ws, '--format', 'sarif');
    assert.equal(r.status, 0, r.stderr);
    const validate = sarifValidator();
    const log = JSON.parse(r.stdout) as unknown;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  it('reads the workspace annotations: a dismissed finding no longer fails, and SARIF keeps it as suppressed', () => {
    const d = fresh();
    made.push(d);
    const text = readFileSync(join(d, 'articles', 'livraisons.txt'), 'utf8');
    const sentence = text.split('\n')[2]!;
    const start = text.indexOf(sentence);
    const line = { id: 'd1', kind: 'dismiss', author: 'Alice', created: '2025-03-01T10:00:00Z', target: { source: 'articles/livraisons.txt', selector: selectorsFor(text, { start, end: start + sentence.length }) }, code: 'vague-attribution', reason: 'les experts sont cités dans l’article précédent' };
    mkdirSync(join(d, '.corpus'), { recursive: true });
    writeFileSync(join(d, '.corpus', 'annotations.jsonl'), `${JSON.stringify(line)}\n`);
    const r = cli('check', d, '--fail-on', 'information');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 dismissed/);
    const sarif = JSON.parse(cli('check', d, '--format', 'sarif').stdout) as { runs: { results: { suppressions?: { justification: string }[] }[] }[] };
    assert.match(sarif.runs[0]!.results.find((x) => x.suppressions)!.suppressions![0]!.justification, /cités/);
  });

  it('exit 2 with a clear message for a missing path, an unknown format, or a malformed workspace file', () => {
    const missing = cli('check', join(ws, 'nowhere'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /No such file or folder/);
    assert.equal(cli('check', ws, '--format', 'xml').status, 2);
    const d = fresh();
    made.push(d);
    mkdirSync(join(d, '.corpus'), { recursive: true });
    writeFileSync(join(d, '.corpus', 'kb.json'), '{\n  "entities": [\n    { "id": "x", }\n  ]\n}\n');
    const bad = cli('check', d);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /kb\.json:3:\d+: JSON syntax error/);
    rmSync(join(d, '.corpus', 'kb.json'));
    writeFileSync(join(d, '.corpus', 'annotations.jsonl'), 'not json\n');
    const badLine = cli('check', d);
    assert.equal(badLine.status, 2);
    assert.match(badLine.stderr, /annotations\.jsonl:1:1: Not a JSON annotation/);
  });

  it('export writes brat, CoNLL and JSONL files', () => {
    const out = join(ws, '..', `${ws.split('/').pop()}-out`);
    made.push(out);
    assert.equal(cli('export', ws, '--format', 'brat', '--out', join(out, 'brat')).status, 0);
    for (const f of ['articles/livraisons.txt', 'articles/livraisons.ann', 'annotation.conf', 'tools.conf']) assert.ok(existsSync(join(out, 'brat', f)), f);
    assert.equal(readFileSync(join(out, 'brat', 'articles', 'sommet.txt'), 'utf8'), readFileSync(join(ws, 'articles', 'sommet.txt'), 'utf8'));
    assert.equal(cli('export', ws, '--format', 'conll', '--out', join(out, 'conll')).status, 0);
    assert.equal(readFileSync(join(out, 'conll', 'corpus.conll'), 'utf8').match(/-DOCSTART-/g)?.length, 2);
    assert.equal(cli('export', ws, '--format', 'jsonl', '--out', join(out, 'jsonl')).status, 0);
    assert.ok(readFileSync(join(out, 'jsonl', 'mentions.jsonl'), 'utf8').includes('"entityId":"KP"'));
    assert.equal(cli('export', ws, '--format', 'brat').status, 2, 'no --out');
  });

  it('stats: entities by type and the entities × articles table', () => {
    const r = cli('stats', ws);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 articles, \d+ entities/);
    assert.match(r.stdout, /Entities × articles/);
    assert.match(r.stdout, /Corée du Nord\s+\d+\s+\d+\s+\d+/);
    const tsv = cli('stats', ws, '--format', 'tsv').stdout.trim().split('\n');
    assert.deepEqual(tsv[0]!.split('\t'), ['id', 'name', 'type', 'mentions', 'articles', 'articles/livraisons.txt', 'articles/sommet.txt']);
    const kp = tsv.find((l) => l.startsWith('KP\t'))!.split('\t');
    assert.equal(Number(kp[3]), Number(kp[5]) + Number(kp[6]));
  });
});
