import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, Location, MarkupContent, DocumentSymbol } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../support/core';
import { fileUri, TestClient } from '../support/lspClient';

const WS = join(FIXTURES, 'statements-ws');

function positionOf(text: string, needle: string): { line: number; character: number } {
  const idx = text.indexOf(needle);
  assert.ok(idx >= 0, needle);
  const before = text.slice(0, idx);
  return { line: before.split('\n').length - 1, character: idx - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('signatory lists and statements over stdio', () => {
  let client: TestClient;
  const s1 = readFileSync(join(WS, 's1.txt'), 'utf8');
  const s2 = readFileSync(join(WS, 's2.txt'), 'utf8');
  let uri1: string;

  before(async () => {
    client = new TestClient();
    await client.start(WS);
    uri1 = await client.open(join(WS, 's1.txt'), s1);
  });
  after(() => client.stop());

  it('hovers a list member with the whole list, the statement, and the same statement in the other article', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri1 }, position: positionOf(s1, 'Japon') });
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /\*\*Japon\*\*/);
    for (const name of ['Canada', 'France', 'Allemagne']) assert.match(md, new RegExp(`- ${name}`));
    assert.match(md, /Reported by 2 articles/);
    assert.match(md, /Same statement in two articles/);
  });

  it('hovers "le communiqué" with the statement and finds every article reporting it', async () => {
    const pos = positionOf(s1, 'communiqué.');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri1 }, position: pos });
    assert.match((hover.contents as MarkupContent).value, /Members \(\d+\)/);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri1 }, position: pos, context: { includeDeclaration: true } });
    assert.ok(refs.some((r) => r.uri === fileUri(join(WS, 's2.txt'))), 'the unopened article that reports the same statement');
  });

  it('does not take a list of destinations for signatories', async () => {
    const uri2 = await client.open(join(WS, 's2.txt'), s2);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri2 }, position: positionOf(s2, 'Iran') });
    assert.ok(hover);
    assert.doesNotMatch((hover.contents as MarkupContent).value, /Signatories|Issuers/);
  });

  it('lists statements with their signatories in the outline', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri1 } });
    const statements = symbols.find((s) => s.name === 'Statements');
    assert.ok(statements?.children?.[0]);
    const members = statements.children[0].children!.map((c) => c.name);
    assert.ok(members.includes('Japon') && members.includes('Canada'), members.join());
    const quotes = symbols.find((s) => s.name === 'Quotations');
    assert.ok(quotes, 'quotations grouped under their speakers');
  });
});
