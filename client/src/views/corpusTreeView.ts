import * as vscode from 'vscode';
import type { CorpusClient } from '../corpusClient';

/** What every view of the corpus shares: it asks the server for its data and refreshes when the index changes. */
export abstract class CorpusTreeView<E> implements vscode.TreeDataProvider<E>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<E | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(protected readonly corpus: CorpusClient) {
    this.subscription = corpus.onDidChangeIndex(() => this.emitter.fire(undefined));
  }

  abstract getChildren(element?: E): Promise<E[]>;
  abstract getTreeItem(element: E): vscode.TreeItem;

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
