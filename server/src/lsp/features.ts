import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention } from '../analysis/types';
import type { Corpus } from '../corpus/corpus';
import type { IndexedDocument } from '../corpus/corpusIndex';
import { mentionHover } from './hover';
import { definitionOf, highlightsOf, referencesOf } from './navigation';
import type { ServerSettings } from './startServer';
import { entitySymbols, workspaceSymbols } from './symbols';
import { registerSemanticTokens } from './semanticTokens';
import { registerCodeLens } from './codeLens';
import { registerCorpusRequests } from './corpusRequests';
import { registerCodeActions } from './codeActions';
import { registerRename } from './rename';
import { registerAnnotationCommands } from './annotationCommands';

/** What a feature may use of the running server. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The corpus, once `initialize` has given the workspace folders. */
  corpus(): Corpus | undefined;
  settings(): ServerSettings;
  folders(): readonly string[];
  /** A document's path relative to its workspace folder, for messages. */
  relPath(uri: string): string;
  /** Publishes one article's diagnostics. */
  publish(doc: IndexedDocument): void;
  /** Publishes every article's diagnostics and the data files' problems. */
  publishAll(): void;
}

/** The indexed document and the mention under a position, when there is one. */
export function mentionAtPosition(ctx: ServerContext, uri: string, position: { line: number; character: number }): { doc: IndexedDocument; offset: number; mention?: Mention } | undefined {
  const corpus = ctx.corpus();
  const doc = corpus?.index.get(uri);
  if (!corpus || !doc) return undefined;
  const offset = doc.lines.offsetAt(position);
  const mention = corpus.index.mentionAt(uri, offset);
  return mention ? { doc, offset, mention } : { doc, offset };
}

function registerEntityNavigation(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onHover(({ textDocument, position }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    const corpus = ctx.corpus();
    if (!corpus || !at?.mention) return null;
    return mentionHover(corpus.index, at.doc, at.mention, ctx.relPath);
  });

  connection.onDefinition(({ textDocument, position }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    const corpus = ctx.corpus();
    if (!corpus || !at?.mention) return null;
    return definitionOf(corpus.index, at.mention.entityId) ?? null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    const corpus = ctx.corpus();
    if (!corpus || !at?.mention) return [];
    return referencesOf(corpus.index, at.mention, context.includeDeclaration);
  });

  connection.onDocumentHighlight(({ textDocument, position }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    return at?.mention ? highlightsOf(at.doc, at.mention) : [];
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const corpus = ctx.corpus();
    const doc = corpus?.index.get(textDocument.uri);
    return corpus && doc ? entitySymbols(corpus.index, doc) : [];
  });

  connection.onWorkspaceSymbol(({ query }) => {
    const corpus = ctx.corpus();
    return corpus ? workspaceSymbols(corpus.index, query) : [];
  });
}

/**
 * Every feature registers its handlers here, in one list, so that adding a feature is one file and one line.
 * Note: vscode-languageserver keeps one handler per request, so two features must not claim the same request.
 */
export const FEATURES: readonly ((ctx: ServerContext) => void)[] = [registerEntityNavigation, registerSemanticTokens, registerCodeLens, registerCorpusRequests, registerCodeActions, registerRename, registerAnnotationCommands];
