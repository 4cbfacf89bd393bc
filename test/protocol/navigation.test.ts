import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, Location, MarkupContent, DocumentSymbol, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../support/core';
import { fileUri, TestClient } from '../support/lspClient';

function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let idx = -1;
  for (let i = 0; i <= nth; i++) idx = text.indexOf(needle, idx + 1);
  assert.ok(idx >= 0, `${needle} not in text`);
  const before = text.slice(0, idx);
  const line = before.split('\n').length - 1;
  return { line, character: idx - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('language server over stdio: entities, hover and navigation', () => {
  let ws: string;
  let client: TestClient;
  let onuText: string;
  let onuUri: string;

  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'corpus-ws-'));
    cpSync(join(FIXTURES, 'workspace'), ws, { recursive: true });
    // Inputs that must be skipped or survived, never crash the server.
    writeFileSync(join(ws, 'articles', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    writeFileSync(join(ws, 'articles', 'latin1.txt'), Buffer.from('La RPDC et la Cor\xe9e du Nord.', 'latin1'));
    writeFileSync(join(ws, 'articles', 'crlf.txt'), '\uFEFFLa RPDC dément.\r\nMoscou aussi.\r\n');
    client = new TestClient();
    await client.start(ws);
    onuText = readFileSync(join(ws, 'articles', 'a3_onu.txt'), 'utf8');
    onuUri = await client.open(join(ws, 'articles', 'a3_onu.txt'), onuText);
  });

  after(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('hovers an acronym with the entity it names, its counts and how it was found', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: onuUri }, position: positionOf(onuText, 'RPDC') });
    assert.ok(hover, 'a hover');
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /Corée du Nord/);
    assert.match(md, /country/);
    assert.match(md, /\d+ mentions? in [2-9] articles/);
    assert.match(md, /knowledge-base entry/);
    assert.match(md, /wikidata\.org\/wiki\/Q423/);
  });

  it('finds every mention across articles never opened, aliases and kinds included', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: onuUri },
      position: positionOf(onuText, 'RPDC'),
      context: { includeDeclaration: false },
    });
    const files = new Set(refs.map((r) => r.uri.split('/').pop()));
    assert.ok(files.has('a1_sommet.txt') && files.has('a2_kharkiv.txt') && files.has('a3_onu.txt'), [...files].join());
    assert.ok(files.has('crlf.txt'), 'the CRLF article with a BOM is indexed');
    assert.ok(files.has('latin1.txt'), 'an article with broken UTF-8 is still indexed, its bad bytes replaced');
    assert.ok(!files.has('binary.txt'));
    const a1 = readFileSync(join(ws, 'articles', 'a1_sommet.txt'), 'utf8');
    const a1Refs = refs.filter((r) => r.uri.endsWith('a1_sommet.txt'));
    const surfaces = a1Refs.map((r) => a1.split('\n')[r.range.start.line]!.slice(r.range.start.character, r.range.end.character));
    assert.ok(surfaces.includes('Pyongyang'), `metonym in ${surfaces.join()}`);
    assert.ok(surfaces.includes('nord-coréen'), `demonym in ${surfaces.join()}`);
  });

  it('honours includeDeclaration with the knowledge-base entry', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: onuUri },
      position: positionOf(onuText, 'RPDC'),
      context: { includeDeclaration: true },
    });
    assert.ok(refs.some((r) => r.uri.includes('/server/data/kb/')));
  });

  it('goes to the definition in the knowledge base, at the entry’s line', async () => {
    const defs = await client.request<Location | Location[] | null>('textDocument/definition', { textDocument: { uri: onuUri }, position: positionOf(onuText, 'RPDC') });
    const def = Array.isArray(defs) ? defs[0] : defs;
    assert.ok(def && def.uri.includes('/server/data/kb/'));
    const line = readFileSync(new URL(def.uri), 'utf8').split('\n')[def.range.start.line]!;
    assert.match(line, /"id"/);
  });

  it('goes to the defining mention of an entity found only by a rule', async () => {
    const a2 = readFileSync(join(ws, 'articles', 'a2_kharkiv.txt'), 'utf8');
    const uri = fileUri(join(ws, 'articles', 'a2_kharkiv.txt'));
    const pos = positionOf(a2, 'OTA', 1);
    const defs = await client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: pos });
    assert.ok(defs, 'a definition for an unopened article’s rule entity');
    assert.equal(defs.uri, uri);
  });

  it('lists the article’s entities grouped by type, and finds entities by any alias across the workspace', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: onuUri } });
    const names = symbols.flatMap((g) => (g.children ?? []).map((c) => c.name));
    assert.ok(names.includes('Corée du Nord'));
    const ws1 = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'coree du nord' });
    assert.ok(ws1.some((s) => s.name === 'Corée du Nord'));
    const ws2 = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'rpdc' });
    assert.ok(ws2.some((s) => s.name === 'Corée du Nord'));
  });

  it('picks up an article created on disk, then forgets it when deleted', async () => {
    const path = join(ws, 'articles', 'new.txt');
    writeFileSync(path, 'Pyongyang a encore tiré un missile.');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 1 }] });
    const refsOf = async () =>
      client.request<Location[]>('textDocument/references', { textDocument: { uri: onuUri }, position: positionOf(onuText, 'RPDC'), context: { includeDeclaration: false } });
    await waitUntil(async () => (await refsOf()).some((r) => r.uri.endsWith('new.txt')));
    unlinkSync(path);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 3 }] });
    await waitUntil(async () => !(await refsOf()).some((r) => r.uri.endsWith('new.txt')));
  });

  it('answers cleanly for positions out of range and unknown documents', async () => {
    const far = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: onuUri }, position: { line: 9999, character: 9999 } });
    assert.equal(far, null);
    const neg = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: onuUri }, position: { line: -1, character: -5 } });
    assert.equal(neg, null);
    const unknown = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: 'file:///nowhere/x.txt' },
      position: { line: 0, character: 0 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(unknown, []);
    assert.ok(client.alive);
  });

  it('follows incremental edits of an open article', async () => {
    await client.notify('textDocument/didChange', {
      textDocument: { uri: onuUri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Le Kremlin et ' }],
    });
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: onuUri }, position: { line: 0, character: 5 } });
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /Kremlin/);
  });
});

async function waitUntil(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('condition not met in time');
}
