import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention } from '../analysis/types';
import type { Corpus } from '../corpus/corpus';
import type { IndexedDocument } from '../corpus/corpusIndex';
import { quoteAt, quoteHover, vagueSourceAt, vagueSourceHover } from './attributionHover';
import { mentionHover } from './hover';
import { listAt, listHover, statementHover, statementMentionAt, statementReferences } from './statementHover';
import { definitionOf, highlightsOf, referencesOf } from './navigation';
import type { ServerSettings } from './startServer';
import { entitySymbols, quoteSymbols, statementSymbols, workspaceSymbols } from './symbols';
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
  // One hover handler: the most specific thing under the cursor wins (a mention, else a statement named by its noun,
  // else a vague source, else a quotation, else a list of signatories).
  connection.onHover(({ textDocument, position }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    const corpus = ctx.corpus();
    if (!corpus || !at) return null;
    const { doc, offset } = at;
    if (at.mention) {
      const hover = mentionHover(corpus.index, doc, at.mention, ctx.relPath);
      const list = listAt(doc, offset);
      if (hover && list && list.members.some((m) => m.start <= offset && offset <= m.end)) {
        const other = listHover(corpus.index, doc, list, ctx.relPath);
        const value = (hover.contents as { value: string }).value;
        return { ...hover, contents: { kind: 'markdown', value: `${value}\n\n---\n\n${(other.contents as { value: string }).value}` } };
      }
      return hover;
    }
    const st = statementMentionAt(corpus.index, doc, offset);
    if (st) return statementHover(corpus.index, doc, st.statement, st.span, ctx.relPath);
    const vague = vagueSourceAt(doc, offset);
    if (vague) return vagueSourceHover(doc, vague, corpus.index.context.lexicons);
    const quote = quoteAt(doc, offset);
    if (quote) return quoteHover(corpus.index, doc, quote);
    const list = listAt(doc, offset);
    if (list) return listHover(corpus.index, doc, list, ctx.relPath);
    return null;
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
    if (!corpus || !at) return [];
    if (at.mention) return referencesOf(corpus.index, at.mention, context.includeDeclaration);
    // "le communiqué": every article that reports the statement.
    const st = statementMentionAt(corpus.index, at.doc, at.offset);
    return st ? statementReferences(corpus.index, st.statement) : [];
  });

  connection.onDocumentHighlight(({ textDocument, position }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    return at?.mention ? highlightsOf(at.doc, at.mention) : [];
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const corpus = ctx.corpus();
    const doc = corpus?.index.get(textDocument.uri);
    if (!corpus || !doc) return [];
    const text = ctx.documents.get(textDocument.uri)?.getText();
    return [...entitySymbols(corpus.index, doc), ...statementSymbols(corpus.index, doc), ...quoteSymbols(corpus.index, doc, text)];
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
