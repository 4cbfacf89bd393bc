import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent, Range } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../support/core';
import { fileUri, TestClient } from '../support/lspClient';

const ANNOTATE = 'corpusAnnotator.server.annotate';
const ADD_ALIAS = 'corpusAnnotator.server.addAlias';

function rangeOf(text: string, needle: string): Range {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const pos = (o: number) => {
    const before = text.slice(0, o);
    return { line: before.split('\n').length - 1, character: o - (before.lastIndexOf('\n') + 1) };
  };
  return { start: pos(i), end: pos(i + needle.length) };
}

async function waitUntil(check: () => Promise<boolean> | boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('condition not met in time');
}

describe('language server over stdio: annotating', () => {
  let ws: string;
  let client: TestClient;
  let text: string;
  let uri: string;
  let annotations: string;
  let kb: string;

  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'corpus-ann-'));
    cpSync(join(FIXTURES, 'annotations'), ws, { recursive: true });
    annotations = join(ws, '.corpus', 'annotations.jsonl');
    kb = join(ws, '.corpus', 'kb.json');
    client = new TestClient({ CORPUS_ANNOTATOR_AUTHOR: 'Alice Test' });
    await client.start(ws);
    text = readFileSync(join(ws, 'articles', 'livraisons.txt'), 'utf8');
    uri = await client.open(join(ws, 'articles', 'livraisons.txt'), text);
  });

  after(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  const hoverAt = async (needle: string): Promise<string> => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, needle).start });
    return h ? (h.contents as MarkupContent).value : '';
  };

  it('offers quick fixes on an attribution diagnostic; "Dismiss" writes a line and the diagnostic goes', async () => {
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'vague-attribution'));
    const diag = diags.find((x) => x.code === 'vague-attribution')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Mark as background'), titles.join(' | '));
    assert.ok(titles.includes('Dismiss with a reason…'));
    const attribute = actions.filter((a) => a.title.startsWith('Attribute to '));
    assert.ok(attribute.length > 0, 'nearby named sources offered');
    assert.deepEqual(attribute[0]!.diagnostics?.[0]?.code, 'vague-attribution');
    // The client half prompts for the reason, then runs the server command with it.
    const dismiss = actions.find((a) => a.title === 'Dismiss with a reason…')!;
    const args = dismiss.command!.arguments![0] as Record<string, unknown>;
    await client.request('workspace/executeCommand', { command: ANNOTATE, arguments: [{ uri: args.uri, start: args.start, end: args.end, code: args.code, kind: 'dismiss', reason: 'sources nommées dans la dépêche' }] });
    const lines = readFileSync(annotations, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string; author: string; reason: string });
    assert.equal(lines.length, 1);
    assert.deepEqual([lines[0]!.kind, lines[0]!.author, lines[0]!.reason], ['dismiss', 'Alice Test', 'sources nommées dans la dépêche']);
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'vague-attribution'));
  });

  it('"Add alias" writes .corpus/kb.json and the new alias becomes a mention everywhere', async () => {
    assert.equal(await hoverAt('royaume ermite'), '');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(text, 'royaume ermite'), context: { diagnostics: [] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Add 'royaume ermite' to the knowledge base as person"), titles.join(' | '));
    const alias = actions.find((a) => a.title === "Add 'royaume ermite' as an alias of Corée du Nord");
    assert.ok(alias, titles.join(' | '));
    await client.request('workspace/executeCommand', alias.command);
    const written = JSON.parse(readFileSync(kb, 'utf8')) as { $schema: string; entities: { id: string; aliases: string[] }[] };
    assert.equal(written.$schema, './kb.schema.json');
    assert.ok(existsSync(join(ws, '.corpus', 'kb.schema.json')));
    assert.ok(written.entities.find((e) => e.id === 'KP')?.aliases.includes('royaume ermite'));
    await waitUntil(async () => /Corée du Nord/.test(await hoverAt('royaume ermite')));
  });

  it('offers to add an unknown capitalised name to the knowledge base, and to unlink a mention', async () => {
    const at = rangeOf(text, 'Vostok').start;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const add = actions.find((a) => a.title === "Add 'Institut Vostok' to the knowledge base as organisation" || a.title.startsWith("Add 'Institut Vostok"));
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    const onMention = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(text, 'Kremlin'), context: { diagnostics: [] } });
    assert.ok(onMention.some((a) => a.title === 'Not Kremlin here'));
    assert.ok(onMention.some((a) => a.title === 'Link to another entity…'));
  });

  it('searches the base for the "Link to another entity…" picker', async () => {
    const hits = await client.request<{ id: string; name: string }[]>('corpusAnnotator/searchEntities', { query: 'rpdc' });
    assert.equal(hits[0]?.id, 'KP');
  });

  it('rename changes the canonical name in the workspace base and the hover, never the article', async () => {
    const before = readFileSync(join(ws, 'articles', 'livraisons.txt'));
    const prep = await client.request<{ placeholder: string } | null>('textDocument/prepareRename', { textDocument: { uri }, position: rangeOf(text, 'Kremlin').start });
    assert.equal(prep?.placeholder, 'Kremlin');
    const edit = await client.request<{ changes?: Record<string, unknown> } | null>('textDocument/rename', { textDocument: { uri }, position: rangeOf(text, 'Kremlin').start, newName: 'Kremlin (présidence russe)' });
    assert.deepEqual(edit?.changes ?? {}, {});
    await waitUntil(async () => /Kremlin \\\(présidence russe\\\)/.test(await hoverAt('Kremlin')));
    assert.ok(readFileSync(join(ws, 'articles', 'livraisons.txt')).equals(before), 'article bytes untouched');
    const entity = (JSON.parse(readFileSync(kb, 'utf8')) as { entities: { id: string; name: string; aliases: string[] }[] }).entities.find((e) => e.name === 'Kremlin (présidence russe)');
    assert.ok(entity?.aliases.includes('Kremlin'), 'the old name stays an alias');
  });

  it('a link annotation says "set by"; when its text is edited away it is reported, never dropped', async () => {
    await client.request('workspace/executeCommand', { command: ANNOTATE, arguments: [{ uri, ...spanOf(text, 'port de Rajin'), kind: 'link', entityId: 'KP' }] });
    await waitUntil(async () => /set by Alice Test/.test(await hoverAt('port de Rajin')));
    const edited = text.replace('les trains partent du port de Rajin vers', 'les trains partent vers');
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const annUri = fileUri(annotations);
    const diags: Diagnostic[] = await client.waitForDiagnostics(annUri, (d) => d.some((x) => x.code === 'annotation-unanchored'));
    const lines = readFileSync(annotations, 'utf8').trim().split('\n');
    const lost = diags.find((x) => x.code === 'annotation-unanchored')!;
    assert.match(lines[lost.range.start.line]!, /port de Rajin/);
    const listed = await client.request<{ exact: string }[]>('corpusAnnotator/unanchoredAnnotations', {});
    assert.deepEqual(listed.map((u) => u.exact), ['port de Rajin']);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    await client.waitForDiagnostics(annUri, (d) => d.length === 0);
  });

  it('two windows writing at once lose no line', async () => {
    const other = new TestClient({ CORPUS_ANNOTATOR_AUTHOR: 'Bob' });
    try {
      await other.start(ws);
      const before = readFileSync(annotations, 'utf8').trim().split('\n').length;
      const span = spanOf(text, 'Kremlin');
      const write = (c: TestClient, i: number) => c.request('workspace/executeCommand', { command: ANNOTATE, arguments: [{ uri, ...span, kind: 'dismiss', code: 'unattributed-claim', reason: `r${i}` }] });
      await Promise.all(Array.from({ length: 8 }, (_, i) => [write(client, i), write(other, 100 + i)]).flat());
      const lines = readFileSync(annotations, 'utf8').trim().split('\n');
      assert.equal(lines.length, before + 16);
      assert.equal(new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id)).size, lines.length);
    } finally {
      await other.stop();
    }
  });

  it('a malformed kb.json gives a diagnostic at the faulty place while the rest keeps working', async () => {
    const good = readFileSync(kb, 'utf8');
    writeFileSync(kb, good.replace('"royaume ermite"', '"royaume ermite",,'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(kb), type: 2 }] });
    const diags = await client.waitForDiagnostics(fileUri(kb), (d) => d.some((x) => x.code === 'kb-invalid'));
    const faulty = good.split('\n').findIndex((l) => l.includes('"royaume ermite"'));
    assert.equal(diags[0]!.range.start.line, faulty);
    assert.match(await hoverAt('Corée du Nord'), /Corée du Nord/);
    await assert.rejects(client.request('workspace/executeCommand', { command: ADD_ALIAS, arguments: [{ entityId: 'KP', alias: 'Nord', uri }] }));
    assert.ok(client.alive);
    writeFileSync(kb, good);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(kb), type: 2 }] });
    await waitUntil(async () => (await hoverAt('Kremlin')).startsWith('**Kremlin \\(présidence russe\\)**'));
  });

  it('when .corpus/ goes as a whole and the watcher reports only the folder, the shipped base returns', async () => {
    assert.ok((await hoverAt('Kremlin')).startsWith('**Kremlin \\(présidence russe\\)**'));
    const folder = join(ws, '.corpus');
    rmSync(folder, { recursive: true, force: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(folder), type: 3 }] });
    await waitUntil(async () => (await hoverAt('Kremlin')).startsWith('**Kremlin**'));
    assert.ok(client.alive);
  });
});

function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
}
