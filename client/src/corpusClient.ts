import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { METHODS, type CorpusStatus, type Range } from './protocol';

/**
 * What the views, the status item and the matrix need of the language client: requests that wait until the
 * server runs and never throw, and events for "the index changed" and "the first indexing is done".
 */
export class CorpusClient implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusStatus | undefined>();
  private readonly indexedEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.indexedEmitter];
  private indexedOnce = false;

  /** Fires after the server's index changed (debounced by the server), and when asked to refresh. */
  readonly onDidChangeIndex = this.changed.event;
  /** Fires when the server finished indexing the workspace. */
  readonly onDidIndex = this.indexedEmitter.event;

  constructor(readonly client: LanguageClient) {
    // Handlers registered before start() are kept by the client and installed when the server runs.
    this.disposables.push(
      client.onNotification(METHODS.indexChanged, (s: CorpusStatus) => this.changed.fire(s)),
      client.onNotification(METHODS.indexed, () => {
        this.indexedOnce = true;
        this.indexedEmitter.fire();
        this.changed.fire(undefined);
      }),
    );
  }

  /** True once the server has indexed the workspace at least once. */
  get indexed(): boolean {
    return this.indexedOnce;
  }

  /** Asks every view to reload. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Sends a custom request once the server runs; undefined when it is not running or fails (views show nothing rather than an error). */
  async request<R>(method: string, params: object = {}): Promise<R | undefined> {
    if (!(await this.ready())) return undefined;
    try {
      return await this.client.sendRequest<R>(method, params);
    } catch (e) {
      this.client.outputChannel.appendLine(`${method} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private async ready(): Promise<boolean> {
    if (this.client.state === State.Running) return true;
    if (this.client.state === State.Stopped && !this.client.needsStart()) return false;
    // Wait, boundedly, for the client that activate() is starting.
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        sub.dispose();
        resolve(this.client.state === State.Running);
      }, 30_000);
      const sub = this.client.onDidChangeState((e) => {
        if (e.newState === State.Starting) return;
        clearTimeout(timer);
        sub.dispose();
        resolve(e.newState === State.Running);
      });
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** An LSP range as a VS Code range. */
export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The command that opens an article with a range selected (the built-in `vscode.open` with a selection). */
export function revealCommand(uri: string, range: Range, title: string): vscode.Command {
  return { title, command: 'vscode.open', arguments: [vscode.Uri.parse(uri), { selection: toVsRange(range), preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
}
