import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { dirname, relative } from 'node:path';
import type { FindingCode } from '../analysis/types';
import { Corpus, DEFAULT_SETTINGS, type CorpusMessage, type CorpusSettings } from '../corpus/corpus';
import type { IndexedDocument } from '../corpus/corpusIndex';
import { annotationProblemToDiagnostic, dataProblemToDiagnostic, findingToDiagnostic, type SeveritySetting } from './convert';
import { FEATURES, type ServerContext } from './features';
import { SERVER_COMMANDS } from './annotationCommands';
import { configureEditorFeatures } from './corpusRequests';
import { t } from './l10n';
import { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';

/** The settings under `corpusAnnotator` that the server reads. */
export interface ServerSettings extends CorpusSettings {
  readonly diagnostics: Record<FindingCode, SeveritySetting>;
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  ...DEFAULT_SETTINGS,
  diagnostics: { 'unattributed-quote': 'warning', 'unattributed-claim': 'information', 'vague-attribution': 'information' },
};

/** Language id the client gives to articles. */
export const ARTICLE_LANGUAGE = 'corpus-article';

/** Wires the corpus and the features to a connection. Handlers only delegate. */
export function startServer(connection: Connection, dataDir: string): void {
  const documents = new TextDocuments(TextDocument);
  let corpus: Corpus | undefined;
  let settings = DEFAULT_SERVER_SETTINGS;
  let folders: string[] = [];
  let canConfigure = false;
  let canWatchDynamically = false;
  let canReportProgress = false;
  const published = new Set<string>();

  const log = (m: CorpusMessage): void => {
    const line = m.uri ? `${m.message}` : m.message;
    if (m.level === 'error') connection.console.error(line);
    else if (m.level === 'warning') connection.console.warn(line);
    else connection.console.info(line);
  };

  const relPath = (uri: string): string => {
    const p = URI.parse(uri).fsPath;
    for (const f of folders) {
      const r = relative(f, p);
      if (!r.startsWith('..')) return r;
    }
    return p;
  };

  const publish = (doc: IndexedDocument): void => {
    const diagnostics: Diagnostic[] = [];
    for (const f of doc.analysis.findings) {
      const d = findingToDiagnostic(doc, f, settings.diagnostics[f.code] ?? 'warning', corpus?.index.context.lexicons);
      if (d) diagnostics.push(d);
    }
    published.add(doc.uri);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };

  const publishDataProblems = (): void => {
    if (!corpus) return;
    for (const file of corpus.workspaceKbFiles()) {
      const uri = URI.file(file).toString();
      const problems = corpus.dataProblems.get(file) ?? [];
      // Only files that have, or had, problems get a notification: an absent kb.json needs none.
      if (problems.length === 0 && !published.has(uri)) continue;
      if (problems.length > 0) published.add(uri);
      else published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => dataProblemToDiagnostic(p, 'kb-invalid')) });
    }
    publishAnnotationProblems();
  };

  // Annotation files: malformed lines and annotations that no longer anchor, at their line.
  const publishAnnotationProblems = (): void => {
    if (!corpus) return;
    for (const [file, problems] of corpus.annotations.problems(corpus.index)) {
      const uri = URI.file(file).toString();
      if (problems.length === 0 && !published.has(uri)) continue;
      if (problems.length > 0) published.add(uri);
      else published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: problems.map(annotationProblemToDiagnostic) });
    }
  };

  const publishAll = (): void => {
    if (!corpus) return;
    const live = new Set([...corpus.index.uris(), ...corpus.workspaceKbFiles().map((f) => URI.file(f).toString()), ...corpus.annotations.files().map((f) => URI.file(f).toString())]);
    for (const uri of published) if (!live.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const uri of [...published]) if (!live.has(uri)) published.delete(uri);
    for (const doc of corpus.index.documents()) publish(doc);
    publishDataProblems();
  };

  const isArticle = (doc: TextDocument): boolean => {
    if (!corpus) return false;
    const uri = URI.parse(doc.uri);
    if (doc.languageId === ARTICLE_LANGUAGE) return true;
    return uri.scheme === 'file' && corpus.isArticlePath(uri.fsPath);
  };

  const isKbFile = (uri: string): boolean => corpus?.workspaceKbFiles().some((f) => URI.file(f).toString() === uri) ?? false;
  /** The folder that holds a workspace's base or annotations (.corpus/). */
  const isCorpusFolder = (uri: string): boolean => [...(corpus?.workspaceKbFiles() ?? []), ...(corpus?.annotations.files() ?? [])].some((f) => URI.file(dirname(f)).toString() === uri);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri).fsPath];
    const caps = params.capabilities;
    canConfigure = !!caps.workspace?.configuration;
    canWatchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canReportProgress = !!caps.window?.workDoneProgress;
    const init = params.initializationOptions as Partial<ServerSettings> | undefined;
    if (init) settings = mergeSettings(settings, init);
    corpus = new Corpus(dataDir, folders, settings, log);
    configureEditorFeatures(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Corpus Annotator' },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        renameProvider: { prepareProvider: true },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: false } },
      },
      serverInfo: { name: 'corpus-annotator', version: '0.1.0' },
    };
  });

  const readSettings = async (): Promise<void> => {
    if (!canConfigure) return;
    try {
      const raw = (await connection.workspace.getConfiguration('corpusAnnotator')) as Partial<ServerSettings> | null;
      if (raw) settings = mergeSettings(DEFAULT_SERVER_SETTINGS, raw);
    } catch {
      // A client that cannot answer keeps the defaults.
    }
  };

  connection.onInitialized(async () => {
    if (!corpus) return;
    await readSettings();
    corpus.updateSettings(settings);
    if (canWatchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: settings.files }, { globPattern: '**/.corpus/kb.json' }, { globPattern: '**/.corpus/annotations.jsonl' }],
      });
    }
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(t('Corpus Annotator: indexing articles'), 0, undefined, false);
    const started = Date.now();
    const total = await corpus.indexAll((done, all) => {
      if (done % 10 === 0 || done === all) progress?.report(Math.round((done / Math.max(1, all)) * 100), t('{0}/{1} articles', done, all));
    });
    progress?.done();
    connection.console.info(`Indexed ${total} articles in ${Date.now() - started} ms`);
    publishAll();
    void connection.sendNotification('corpusAnnotator/indexed', { articles: corpus.index.size });
  });

  connection.onDidChangeConfiguration(async () => {
    if (!corpus) return;
    await readSettings();
    corpus.updateSettings(settings);
    await corpus.indexAll();
    publishAll();
  });

  documents.onDidOpen(({ document }) => {
    if (!corpus || !isArticle(document)) return;
    publish(corpus.openOrChange(document.uri, document.getText(), document.version));
  });
  documents.onDidChangeContent(({ document }) => {
    if (!corpus || !isArticle(document)) return;
    publish(corpus.openOrChange(document.uri, document.getText(), document.version));
    // An edit may unanchor (or re-anchor) the article's annotations: their file's diagnostics follow.
    if (corpus.annotations.forUri(document.uri).length > 0) publishAnnotationProblems();
  });
  documents.onDidClose(async ({ document }) => {
    if (!corpus || !corpus.index.get(document.uri)) return;
    await corpus.close(document.uri);
    const doc = corpus.index.get(document.uri);
    if (doc) publish(doc);
    else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (!corpus) return;
    let kbChanged = false;
    let annotationsChanged = false;
    for (const c of changes) {
      // A watcher may report only the folder when .corpus/ goes as a whole, not each file in it.
      if (c.type === FileChangeType.Deleted && isCorpusFolder(c.uri)) {
        kbChanged = true;
        annotationsChanged = true;
        continue;
      }
      if (isKbFile(c.uri)) {
        kbChanged = true;
        continue;
      }
      if (corpus.annotations.files().some((f) => URI.file(f).toString() === c.uri)) {
        annotationsChanged = true;
        continue;
      }
      const path = URI.parse(c.uri).fsPath;
      if (c.type === FileChangeType.Deleted) {
        corpus.deleted(c.uri);
        void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
        published.delete(c.uri);
      } else if (corpus.isArticlePath(path)) {
        const doc = await corpus.refreshFromDisk(c.uri);
        if (doc) publish(doc);
      }
    }
    if (kbChanged) {
      await corpus.reloadKnowledge((uri) => documents.get(uri)?.getText());
      publishAll();
    }
    if (annotationsChanged) {
      await corpus.reloadAnnotations((uri) => documents.get(uri)?.getText());
      publishAll();
    }
  });

  const ctx: ServerContext = {
    connection,
    documents,
    corpus: () => corpus,
    settings: () => settings,
    folders: () => folders,
    relPath,
    publish,
    publishAll,
  };
  for (const register of FEATURES) register(ctx);

  documents.listen(connection);
  connection.listen();
}

function mergeSettings(base: ServerSettings, raw: Partial<ServerSettings>): ServerSettings {
  const diagnostics = { ...base.diagnostics };
  for (const [k, v] of Object.entries(raw.diagnostics ?? {})) {
    if (k in diagnostics && ['error', 'warning', 'information', 'hint', 'off'].includes(String(v))) diagnostics[k as FindingCode] = v as SeveritySetting;
  }
  return {
    files: typeof raw.files === 'string' && raw.files.trim() ? raw.files : base.files,
    maxFileSize: typeof raw.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : base.maxFileSize,
    diagnostics,
  };
}
