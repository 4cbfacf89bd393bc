import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../support/core';
import { fileUri, TestClient } from '../support/lspClient';

const CODES = new Set(['unattributed-quote', 'unattributed-claim', 'vague-attribution']);

function lineOf(text: string, d: Diagnostic): string {
  return text.split('\n')[d.range.start.line] ?? '';
}

describe('attribution diagnostics over stdio', () => {
  let ws: string;
  let client: TestClient;

  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'corpus-diag-'));
    cpSync(join(FIXTURES, 'workspace'), ws, { recursive: true });
    client = new TestClient();
    await client.start(ws);
  });

  after(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('publishes diagnostics for articles that were never opened', async () => {
    const uri = fileUri(join(ws, 'articles', 'a2_kharkiv.txt'));
    const text = readFileSync(join(ws, 'articles', 'a2_kharkiv.txt'), 'utf8');
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    for (const d of diags) {
      assert.equal(d.source, 'corpus-annotator');
      assert.ok(CODES.has(String(d.code)), String(d.code));
    }
    const vague = diags.find((d) => d.code === 'vague-attribution');
    assert.ok(vague, 'the "Des experts affirment" sentence is vaguely sourced');
    assert.match(lineOf(text, vague), /Des experts affirment/);
  });

  it('flags a contestable claim with no source, and not the sentences whose source is named', async () => {
    const path = join(ws, 'articles', 'a1_sommet.txt');
    const text = readFileSync(path, 'utf8');
    const diags = await client.waitForDiagnostics(fileUri(path), (d) => d.length > 0);
    const claim = diags.find((d) => d.code === 'unattributed-claim');
    assert.ok(claim, JSON.stringify(diags));
    assert.match(lineOf(text, claim), /a livré des millions d’obus/);
    for (const d of diags) {
      assert.doesNotMatch(lineOf(text, d), /a déclaré Kim Jong-un|Selon l’agence officielle KCNA/, `no diagnostic on an attributed sentence: ${d.message}`);
    }
  });

  it('updates an open article’s diagnostics after an edit, and clears them when the claim gets a source', async () => {
    const path = join(ws, 'articles', 'a1_sommet.txt');
    const text = readFileSync(path, 'utf8');
    const uri = await client.open(path, text);
    const before = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unattributed-claim'));
    const claim = before.find((x) => x.code === 'unattributed-claim')!;
    const line = text.split('\n')[claim.range.start.line]!;
    const edited = line.replace('La Corée du Nord a livré', 'Selon le Pentagone, la Corée du Nord a livré');
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: claim.range.start.line, character: 0 }, end: { line: claim.range.start.line, character: line.length } }, text: edited }],
    });
    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unattributed-claim'));
    assert.ok(after.every((d) => d.code !== 'unattributed-claim'));
  });
});

describe('diagnostic severities are settings', () => {
  it('turns a code off and raises another', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'corpus-diag-'));
    cpSync(join(FIXTURES, 'workspace'), ws, { recursive: true });
    const client = new TestClient();
    client.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(() => ({ diagnostics: { 'vague-attribution': 'off', 'unattributed-claim': 'error' } })),
    );
    try {
      await client.start(ws, { workspace: { configuration: true } });
      const a2 = fileUri(join(ws, 'articles', 'a2_kharkiv.txt'));
      const a1 = fileUri(join(ws, 'articles', 'a1_sommet.txt'));
      const d1 = await client.waitForDiagnostics(a1, (d) => d.length > 0);
      assert.ok(d1.filter((d) => d.code === 'unattributed-claim').every((d) => d.severity === 1));
      const d2 = await client.waitForDiagnostics(a2);
      assert.ok(d2.every((d) => d.code !== 'vague-attribution'));
    } finally {
      await client.stop();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
