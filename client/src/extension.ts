import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAnnotationCommands } from './annotationCommands';
import { ArticleLanguage } from './articleLanguage';
import type { CorpusClient } from './corpusClient';
import { codeLensMiddleware, registerEditorFeatures } from './editorFeatures';

export const ARTICLE_LANGUAGE = 'corpus-article';

let client: LanguageClient | undefined;

/** Starts the language server and gives corpus articles their language. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; corpus: CorpusClient }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const filesGlob = vscode.workspace.getConfiguration('corpusAnnotator').get<string>('files', '**/*.txt');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: ARTICLE_LANGUAGE }],
    synchronize: {
      configurationSection: 'corpusAnnotator',
      fileEvents: [vscode.workspace.createFileSystemWatcher(filesGlob), vscode.workspace.createFileSystemWatcher('**/.corpus/kb.json'), vscode.workspace.createFileSystemWatcher('**/.corpus/annotations.jsonl'), vscode.workspace.createFileSystemWatcher('**/.corpus', true, true, false)],
    },
    // Diagnostics belong in the Problems panel: the output channel never steals focus.
    revealOutputChannelOn: 4,
    outputChannelName: 'Corpus Annotator',
    middleware: codeLensMiddleware(),
  };
  client = new LanguageClient('corpusAnnotator', 'Corpus Annotator', serverOptions, clientOptions);
  context.subscriptions.push(new ArticleLanguage(ARTICLE_LANGUAGE));
  // Views, matrix, status item and commands subscribe to the client's notifications before it starts.
  const corpus = registerEditorFeatures(context, client, ARTICLE_LANGUAGE);
  registerAnnotationCommands(context, client);
  await client.start();
  return { client, corpus };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
