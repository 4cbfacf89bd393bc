import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Annotation } from '../../server/src/analysis/annotationTypes';
import { appendAnnotations, parseAnnotationLines, removeAnnotations } from '../../server/src/corpus/annotationStore';
import { addAlias, addEntity, renameEntity } from '../../server/src/corpus/workspaceKb';
import { DataValidator } from '../../server/src/corpus/dataFiles';
import { DATA_DIR } from '../support/core';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'corpus-store-'));
  dirs.push(d);
  return d;
}
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ann = (id: string): Annotation => ({
  id,
  kind: 'dismiss',
  author: 'Alice',
  created: '2025-03-01T10:00:00.000Z',
  target: { source: 'articles/a.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Des experts', prefix: '', suffix: ' affirment' }, { type: 'TextPositionSelector', start: 0, end: 11 }] },
  code: 'vague-attribution',
  reason: 'nommés plus bas',
});

// The same file runs as the second writer of the two-process test (STORE_CHILD set): then it only writes.
const suite = process.env.STORE_CHILD ? describe.skip : describe;

suite('annotations file', () => {
  const validate = new DataValidator(join(DATA_DIR, 'schemas')).validatorFor('annotation');

  it('reports malformed and invalid lines at their line, and keeps them', async () => {
    const file = join(tmp(), '.corpus', 'annotations.jsonl');
    mkdirSync(join(file, '..'));
    writeFileSync(file, `${JSON.stringify(ann('a'))}\n{not json\n{"id":"b","kind":"link"}\n\n`);
    const parsed = parseAnnotationLines(file, readFileSync(file, 'utf8'), validate);
    assert.deepEqual(parsed.annotations.map((a) => [a.annotation.id, a.line]), [['a', 0]]);
    assert.deepEqual(parsed.problems.map((p) => p.line), [1, 2]);
    assert.ok(parsed.problems.every((p) => p.code === 'annotation-invalid'));
    await appendAnnotations(file, [ann('c')]);
    const lines = readFileSync(file, 'utf8').split('\n');
    assert.ok(lines.includes('{not json'), 'the malformed line is kept byte for byte');
    assert.equal(JSON.parse(lines.filter(Boolean).at(-1)!).id, 'c');
  });

  it('merges by id: an annotation appended twice is written once', async () => {
    const file = join(tmp(), '.corpus', 'annotations.jsonl');
    assert.equal(await appendAnnotations(file, [ann('x')]), 1);
    assert.equal(await appendAnnotations(file, [ann('x'), ann('y')]), 1);
    assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 2);
    assert.equal(await removeAnnotations(file, new Set(['x'])), 1);
    assert.deepEqual(readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id), ['y']);
  });

  it('loses no line when many writers race in one process', async () => {
    const file = join(tmp(), '.corpus', 'annotations.jsonl');
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendAnnotations(file, [ann(`p${i}`)])));
    const ids = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id as string);
    assert.equal(new Set(ids).size, 40);
    assert.equal(ids.length, 40);
    assert.ok(!readdirSync(join(file, '..')).some((n) => n.endsWith('.tmp') || n.endsWith('.lock')), 'no temporary or lock file left');
  });

  it('loses no line when two processes write at once', async () => {
    const file = join(tmp(), '.corpus', 'annotations.jsonl');
    const storeModule = join(__dirname, 'annotationStore.test.js');
    // Each child appends 25 annotations through the same module, one write at a time, as another window would.
    const child = (tag: string) =>
      new Promise<number | null>((resolve) => {
        const p = spawn(process.execPath, [storeModule], { env: { ...process.env, STORE_CHILD: tag, STORE_FILE: file }, stdio: ['ignore', 'ignore', 'inherit'] });
        p.on('exit', resolve);
      });
    const codes = await Promise.all([child('one'), child('two')]);
    assert.deepEqual(codes, [0, 0]);
    const ids = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id as string);
    assert.equal(new Set(ids).size, 50);
  });
});

suite('workspace knowledge base', () => {
  it('creates kb.json with $schema, adds an entity, an alias, and renames, pretty-printed', async () => {
    const file = join(tmp(), '.corpus', 'kb.json');
    const e = await addEntity(file, { name: 'Institut Vostok', type: 'organisation', aliases: ['IVES'] });
    assert.equal(e.id, 'org:institut-vostok');
    await addAlias(file, e.id, 'Institut Vostok d’études stratégiques');
    await renameEntity(file, e.id, 'Institut Vostok d’études stratégiques (IVES)', { type: 'organisation', name: 'x', aliases: [] });
    const text = readFileSync(file, 'utf8');
    const kb = JSON.parse(text) as { $schema: string; entities: { id: string; name: string; aliases: string[] }[] };
    assert.equal(kb.$schema, './kb.schema.json');
    assert.equal(kb.entities[0]!.name, 'Institut Vostok d’études stratégiques (IVES)');
    assert.deepEqual(kb.entities[0]!.aliases, ['IVES', 'Institut Vostok d’études stratégiques', 'Institut Vostok']);
    assert.ok(text.endsWith('\n') && text.includes('\n  "entities": [\n'), 'pretty-printed, two spaces');
    const again = await addEntity(file, { name: 'Institut Vostok', type: 'organisation' });
    assert.equal(again.id, 'org:institut-vostok-2');
  });

  it('copies a shipped entry with its id when an alias is added to it', async () => {
    const file = join(tmp(), '.corpus', 'kb.json');
    await addAlias(file, 'KP', 'royaume ermite', { id: 'KP', type: 'country', name: 'Corée du Nord', aliases: ['RPDC'], wikidata: 'Q423', origin: { file: 'x', line: 1 } });
    const kb = JSON.parse(readFileSync(file, 'utf8')) as { entities: Record<string, unknown>[] };
    assert.deepEqual(kb.entities[0], { id: 'KP', type: 'country', name: 'Corée du Nord', aliases: ['RPDC', 'royaume ermite'], wikidata: 'Q423' });
  });

  it('refuses to edit a malformed kb.json, leaving it as it is', async () => {
    const file = join(tmp(), '.corpus', 'kb.json');
    mkdirSync(join(file, '..'));
    writeFileSync(file, '{ "entities": [ { "id": "x", } ');
    await assert.rejects(addEntity(file, { name: 'A', type: 'person' }), /not valid JSON/);
    assert.equal(readFileSync(file, 'utf8'), '{ "entities": [ { "id": "x", } ');
    assert.ok(!existsSync(`${file}.lock`));
  });
});

// Run as a child by the two-process test above.
if (process.env.STORE_CHILD) {
  void (async () => {
    for (let i = 0; i < 25; i++) await appendAnnotations(process.env.STORE_FILE!, [ann(`${process.env.STORE_CHILD}-${i}`)]);
    process.exit(0);
  })();
}
