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
