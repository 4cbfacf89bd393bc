import * as vscode from 'vscode';

/**
 * Gives the article language to plain-text files that match the corpus glob, and to no other `.txt` file.
 * A language contribution cannot say "these .txt files only", so the choice is made per document.
 */
export class ArticleLanguage implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly languageId: string) {
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((d) => void this.adopt(d)));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusAnnotator.files')) for (const d of vscode.workspace.textDocuments) void this.adopt(d);
      }),
    );
    for (const d of vscode.workspace.textDocuments) void this.adopt(d);
  }

  private async adopt(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== 'plaintext' || doc.uri.scheme !== 'file') return;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return;
    const glob = vscode.workspace.getConfiguration('corpusAnnotator', doc.uri).get<string>('files', '**/*.txt');
    if (vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, doc) === 0) return;
    const rel = vscode.workspace.asRelativePath(doc.uri, false);
    if (/(^|\/)(node_modules|\.git|\.corpus)\//.test(rel)) return;
    await vscode.languages.setTextDocumentLanguage(doc, this.languageId);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
