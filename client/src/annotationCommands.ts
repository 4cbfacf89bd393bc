import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

// Ids and methods of the server's annotation features; they mirror server/src/lsp/annotationCommands.ts
// (the client bundle must not import the server), so keep them in step.
const SERVER = { annotate: 'corpusAnnotator.server.annotate', addEntity: 'corpusAnnotator.server.addEntity' } as const;
const REQUESTS = {
  searchEntities: 'corpusAnnotator/searchEntities',
  unanchored: 'corpusAnnotator/unanchoredAnnotations',
  exportAnnotations: 'corpusAnnotator/exportAnnotations',
} as const;
const TYPES = ['person', 'organisation', 'country', 'place', 'weapon'] as const;
const FINDING_CODES = new Set(['unattributed-quote', 'unattributed-claim', 'vague-attribution']);

interface EntityHit {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly description?: string;
  readonly mentions: number;
}

interface Unanchored {
  readonly id: string;
  readonly kind: string;
  readonly author: string;
  readonly source: string;
  readonly exact: string;
  readonly why: string;
  readonly fileUri: string;
  readonly line: number;
}

/** A span of an article, as code actions pass it. */
interface SpanArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly surface?: string;
  readonly exclude?: string;
  readonly code?: string;
}

/** Registers the annotation commands: export, unanchored list, add entity, and the prompting halves of two quick fixes. */
export function registerAnnotationCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const reg = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };
  reg('corpusAnnotator.exportAnnotations', () => exportAnnotations(client));
  reg('corpusAnnotator.showUnanchoredAnnotations', () => showUnanchored(client));
  reg('corpusAnnotator.addEntity', () => addEntity());
  reg('corpusAnnotator.linkToEntity', (args?: SpanArgs) => linkToEntity(client, args ?? selectionSpan()));
  reg('corpusAnnotator.dismissWithReason', (args?: SpanArgs) => dismissWithReason(args ?? diagnosticAtCursor()));
}

async function exportAnnotations(client: LanguageClient): Promise<void> {
  const format = await vscode.window.showQuickPick(
    [
      { label: 'brat', description: vscode.l10n.t('standoff .txt + .ann and annotation.conf (brat, INCEpTION)') },
      { label: 'conll', description: vscode.l10n.t('CoNLL-2003 BIO, one token a line') },
      { label: 'jsonl', description: vscode.l10n.t('one mention a line') },
    ],
    { title: vscode.l10n.t('Export annotations'), placeHolder: vscode.l10n.t('Format') },
  );
  if (!format) return;
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Export here') });
  if (!folder?.[0]) return;
  const r = await client.sendRequest<{ articles: number; files: number }>(REQUESTS.exportAnnotations, { format: format.label, outDir: folder[0].fsPath });
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} articles as {1} ({2} files).', r.articles, format.label, r.files));
}

async function showUnanchored(client: LanguageClient): Promise<void> {
  const list = await client.sendRequest<Unanchored[]>(REQUESTS.unanchored, {});
  if (list.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every annotation finds its text.'));
    return;
  }
  const items = list.map((u) => ({ label: `${u.kind}: ${u.exact}`, description: `${u.author} · ${u.source}`, detail: u.why, u }));
  const reveal = async (u: Unanchored, preview: boolean): Promise<void> => {
    const line = new vscode.Range(u.line, 0, u.line, 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(u.fileUri), { selection: line, preview, preserveFocus: preview });
  };
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = vscode.l10n.t('Unanchored annotations ({0})', list.length);
  pick.items = items;
  pick.onDidChangeActive((active) => active[0] && void reveal(active[0].u, true));
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void reveal(chosen.u, false);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

async function addEntity(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor ? editor.document.getText(editor.selection).trim() : '';
  const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Add entity'), prompt: vscode.l10n.t('Canonical name'), value: selected.includes('\n') ? '' : selected });
  if (!name?.trim()) return;
  const type = await vscode.window.showQuickPick([...TYPES], { title: vscode.l10n.t('Type of {0}', name) });
  if (!type) return;
  const aliases = await vscode.window.showInputBox({ title: vscode.l10n.t('Aliases of {0}', name), prompt: vscode.l10n.t('Other names, separated by semicolons (optional)') });
  if (aliases === undefined) return;
  await vscode.commands.executeCommand(SERVER.addEntity, {
    name: name.trim(),
    type,
    aliases: aliases.split(';').map((a) => a.trim()).filter(Boolean),
    ...(editor ? { uri: editor.document.uri.toString() } : {}),
  });
}

async function linkToEntity(client: LanguageClient, span: SpanArgs | undefined): Promise<void> {
  if (!span) return;
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { hit: EntityHit }>();
  pick.title = vscode.l10n.t('Link “{0}” to an entity', span.surface ?? '');
  pick.placeholder = vscode.l10n.t('Search the knowledge base by any name');
  pick.matchOnDescription = true;
  const search = async (query: string): Promise<void> => {
    pick.busy = true;
    const hits = await client.sendRequest<EntityHit[]>(REQUESTS.searchEntities, { query, limit: 100 });
    pick.items = hits.filter((h) => h.id !== span.exclude).map((hit) => ({ label: hit.name, description: `${hit.type} · ${hit.mentions}×`, detail: hit.description, hit }));
    pick.busy = false;
  };
  pick.onDidChangeValue((v) => void search(v));
  const chosen = await new Promise<EntityHit | undefined>((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.hit);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    void search(span.surface ?? '');
  });
  pick.dispose();
  if (!chosen) return;
  await vscode.commands.executeCommand(SERVER.annotate, { uri: span.uri, start: span.start, end: span.end, kind: 'link', entityId: chosen.id, entityType: chosen.type, entityName: chosen.name });
}

async function dismissWithReason(span: SpanArgs | undefined): Promise<void> {
  if (!span?.code) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on an attribution diagnostic to dismiss it.'));
    return;
  }
  const reason = await vscode.window.showInputBox({ title: vscode.l10n.t('Dismiss {0}', span.code), prompt: vscode.l10n.t('Why? The reason is saved with the annotation.'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A reason is required')) });
  if (!reason?.trim()) return;
  await vscode.commands.executeCommand(SERVER.annotate, { uri: span.uri, start: span.start, end: span.end, kind: 'dismiss', code: span.code, reason: reason.trim() });
}

// From the command palette, the commands act on the editor's selection or the diagnostic under the cursor.
function selectionSpan(): SpanArgs | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) return undefined;
  const d = editor.document;
  return { uri: d.uri.toString(), start: d.offsetAt(editor.selection.start), end: d.offsetAt(editor.selection.end), surface: d.getText(editor.selection) };
}

function diagnosticAtCursor(): SpanArgs | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const d = editor.document;
  const diag = vscode.languages.getDiagnostics(d.uri).find((x) => x.range.contains(editor.selection.active) && FINDING_CODES.has(String(x.code)));
  if (!diag) return undefined;
  return { uri: d.uri.toString(), start: d.offsetAt(diag.range.start), end: d.offsetAt(diag.range.end), code: String(diag.code) };
}
