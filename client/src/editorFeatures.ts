import * as vscode from 'vscode';
import { CodeLensRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { CoalitionMatrixPanel, SHOW_COALITION_MATRIX } from './coalitionMatrix';
import { CorpusClient } from './corpusClient';
import { registerReferencesCommand } from './referencesCommand';
import { CorpusStatusItem } from './statusItem';
import { EntitiesView } from './views/entitiesView';
import { QuotesView } from './views/quotesView';
import { StatementsView } from './views/statementsView';

/** The setting that turns the "N mentions in M articles" lenses off. */
const CODE_LENS_SETTING = 'corpusAnnotator.codeLens.enabled';

/** Client middleware: no lenses when the setting is off (the server need not know the setting). */
export function codeLensMiddleware(): Middleware {
  return {
    provideCodeLenses: (document, token, next) =>
      vscode.workspace.getConfiguration('corpusAnnotator', document.uri).get<boolean>('codeLens.enabled', true) ? next(document, token) : [],
  };
}

/**
 * Adds what LSP cannot express: the Entities, Quotes and Statements views, the coalition matrix, the language
 * status item and the commands. Call before `client.start()` so that no notification is missed.
 */
export function registerEditorFeatures(context: vscode.ExtensionContext, client: LanguageClient, language: string): CorpusClient {
  const corpus = new CorpusClient(client);
  const entities = new EntitiesView(corpus);
  const quotes = new QuotesView(corpus);
  const statements = new StatementsView(corpus);
  const matrix = new CoalitionMatrixPanel(context.extensionUri, corpus);
  context.subscriptions.push(
    corpus,
    entities,
    quotes,
    statements,
    matrix,
    vscode.window.createTreeView('corpusAnnotator.entities', { treeDataProvider: entities, showCollapseAll: true }),
    vscode.window.createTreeView('corpusAnnotator.quotes', { treeDataProvider: quotes, showCollapseAll: true }),
    vscode.window.createTreeView('corpusAnnotator.statements', { treeDataProvider: statements, showCollapseAll: true }),
    new CorpusStatusItem(language, corpus),
    registerReferencesCommand(client),
    vscode.commands.registerCommand(SHOW_COALITION_MATRIX, () => matrix.show()),
    vscode.commands.registerCommand('corpusAnnotator.refreshViews', () => corpus.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Lenses are asked again only when their provider says they changed.
      if (e.affectsConfiguration(CODE_LENS_SETTING)) refreshCodeLenses(client);
    }),
  );
  return corpus;
}

function refreshCodeLenses(client: LanguageClient): void {
  const feature = client.getFeature(CodeLensRequest.method);
  const fired = new Set<unknown>();
  for (const editor of vscode.window.visibleTextEditors) {
    const provider = feature.getProvider(editor.document);
    if (!provider || fired.has(provider)) continue;
    fired.add(provider);
    provider.onDidChangeCodeLensEmitter.fire();
  }
}
