import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { REPO } from './core';

/** A language client for tests: spawns `dist/server.js --stdio` and speaks LSP to it over real pipes. */
export class TestClient {
  readonly connection: MessageConnection;
  private readonly proc: ChildProcess;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters: { uri: string; ok: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  private readonly notificationWaiters = new Map<string, (() => void)[]>();
  readonly stderr: string[] = [];
  readonly logs: string[] = [];

  constructor(env: Record<string, string> = {}) {
    this.proc = spawn(process.execPath, [join(REPO, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.proc.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of [...this.diagnosticWaiters]) {
        if (w.uri === p.uri && w.ok(p.diagnostics)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(w), 1);
          w.resolve(p.diagnostics);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification((method: string) => {
      for (const r of this.notificationWaiters.get(method) ?? []) r();
      this.notificationWaiters.delete(method);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  /**
   * Initializes with one workspace folder and waits until the server says it has indexed it.
   * `initParams` adds to the initialize params, e.g. `{ locale: 'fr' }`.
   */
  async start(folder: string, capabilities: Record<string, unknown> = {}, initParams: Record<string, unknown> = {}): Promise<void> {
    const indexed = this.waitForNotification('corpusAnnotator/indexed');
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'ws' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, ...capabilities },
      ...initParams,
    });
    await this.connection.sendNotification('initialized', {});
    await indexed;
  }

  /** Resolves when the server sends a notification with this method, or rejects after a bound. */
  waitForNotification(method: string, ms = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${method} within ${ms} ms`)), ms);
      const list = this.notificationWaiters.get(method) ?? [];
      list.push(() => {
        clearTimeout(t);
        resolve();
      });
      this.notificationWaiters.set(method, list);
    });
  }

  /** Resolves with the next diagnostics of a document that satisfy a predicate (or the current ones if they do). */
  waitForDiagnostics(uri: string, ok: (d: Diagnostic[]) => boolean = () => true, ms = 10_000): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (current && ok(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${ms} ms`)), ms);
      this.diagnosticWaiters.push({
        uri,
        ok,
        resolve: (d) => {
          clearTimeout(t);
          resolve(d);
        },
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async open(path: string, text: string, languageId = 'corpus-article', version = 1): Promise<string> {
    const uri = URI.file(path).toString();
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // The process may already be gone.
    }
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }
}

export function fileUri(path: string): string {
  return URI.file(path).toString();
}
