import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CorpusClient } from './corpusClient';
import { toVsRange } from './corpusClient';
import { renderMatrixHtml } from './matrixHtml';
import { METHODS, type CoalitionMatrix } from './protocol';

/** The command that opens the matrix. */
export const SHOW_COALITION_MATRIX = 'corpusAnnotator.showCoalitionMatrix';

/** The coalition matrix webview: states and bodies × statements by date; a cell opens the article at the member. */
export class CoalitionMatrixPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private matrix: CoalitionMatrix = { rows: [], columns: [], cells: [] };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly corpus: CorpusClient,
  ) {
    this.disposables.push(corpus.onDidChangeIndex(() => void (this.panel && this.update())));
  }

  /** Opens the panel, or brings it forward, and loads the matrix. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel('corpusAnnotator.coalitionMatrix', vscode.l10n.t('Coalition matrix'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [media],
      });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'corpus.svg');
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.open(m), undefined, this.disposables);
    }
    await this.update();
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    this.matrix = (await this.corpus.request<CoalitionMatrix>(METHODS.coalitionMatrix, {})) ?? { rows: [], columns: [], cells: [] };
    const webview = panel.webview;
    webview.html = renderMatrixHtml(this.matrix, {
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'matrix.css')).toString(),
      lang: vscode.env.language,
      strings: {
        title: vscode.l10n.t('Coalition matrix'),
        empty: vscode.l10n.t('No lists of signatories found in the corpus yet.'),
        signed: vscode.l10n.t('Signed'),
        reportedIn: vscode.l10n.t('reported in'),
        stateOrBody: vscode.l10n.t('State or body'),
      },
    });
  }

  /** Opens the article of the clicked cell; the message names only a cell index, checked against the matrix held here. */
  private async open(message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null) return;
    const { type, cell } = message as { type?: unknown; cell?: unknown };
    if (type !== 'open' || typeof cell !== 'number' || !Number.isInteger(cell)) return;
    const c = this.matrix.cells[cell];
    if (!c) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(c.uri));
    await vscode.window.showTextDocument(doc, { selection: toVsRange(c.range), viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
