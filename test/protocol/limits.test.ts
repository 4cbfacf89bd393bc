import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { fileUri, TestClient } from '../support/lspClient';

describe('size limit and skipped folders', () => {
  it('skips a file over corpusAnnotator.maxFileSize with a logged warning, and never indexes node_modules or .git', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'corpus-limits-'));
    writeFileSync(join(ws, 'small.txt'), 'La RPDC dément.');
    writeFileSync(join(ws, 'big.txt'), `La RPDC dément. ${'Pyongyang a tiré. '.repeat(400)}`);
    for (const dir of ['node_modules', '.git']) {
      mkdirSync(join(ws, dir), { recursive: true });
      writeFileSync(join(ws, dir, 'hidden.txt'), 'La RPDC dément.');
    }
    const client = new TestClient();
    try {
      const indexed = client.waitForNotification('corpusAnnotator/indexed');
      await client.request('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: [{ uri: URI.file(ws).toString(), name: 'ws' }],
        capabilities: {},
        initializationOptions: { maxFileSize: 2000 },
      });
      await client.notify('initialized', {});
      await indexed;
      const refs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: fileUri(join(ws, 'small.txt')) },
        position: { line: 0, character: 4 },
        context: { includeDeclaration: false },
      });
      assert.deepEqual(refs.map((r) => r.uri.split('/').pop()), ['small.txt']);
      assert.ok(client.logs.some((l) => /big\.txt.*over the limit of 2000/.test(l)), client.logs.join('\n'));
    } finally {
      await client.stop();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('narrowing corpusAnnotator.files', () => {
  it('drops the articles the new glob no longer selects, with their diagnostics', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'corpus-glob-'));
    mkdirSync(join(ws, 'sub'));
    writeFileSync(join(ws, 'top.txt'), 'La RPDC dément.');
    writeFileSync(join(ws, 'sub', 'inner.txt'), 'La RPDC dément.');
    const client = new TestClient();
    let files = '**/*.txt';
    client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ files })));
    try {
      await client.start(ws, { workspace: { configuration: true } });
      const refsOf = async (): Promise<string[]> =>
        (
          await client.request<Location[]>('textDocument/references', {
            textDocument: { uri: fileUri(join(ws, 'top.txt')) },
            position: { line: 0, character: 4 },
            context: { includeDeclaration: false },
          })
        ).map((r) => r.uri.split('/').pop()!);
      assert.deepEqual((await refsOf()).sort(), ['inner.txt', 'top.txt']);
      files = '*.txt';
      const cleared = client.waitForDiagnostics(fileUri(join(ws, 'sub', 'inner.txt')), (d) => d.length === 0);
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await cleared.catch(() => undefined);
      for (let i = 0; i < 100 && (await refsOf()).length > 1; i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(await refsOf(), ['top.txt']);
    } finally {
      await client.stop();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
