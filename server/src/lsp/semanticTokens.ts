import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { EntityType, Mention, MentionKind } from '../analysis/types';
import type { IndexedDocument } from '../corpus/corpusIndex';
import type { ServerContext } from './features';

/** Token types, one per entity type; the client declares them in package.json `semanticTokenTypes`. */
export const TOKEN_TYPES: readonly EntityType[] = ['person', 'organisation', 'country', 'place', 'weapon', 'statement'];

/** Token modifiers; each is one bit, in this order. */
export const TOKEN_MODIFIERS = ['acronym', 'demonym', 'metonym', 'unknown'] as const;

/** The legend announced in `initialize`. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const MODIFIER_OF_KIND: Partial<Record<MentionKind, (typeof TOKEN_MODIFIERS)[number]>> = {
  acronym: 'acronym',
  adjective: 'demonym',
  metonym: 'metonym',
};

/** One token before relative encoding. */
export interface AbsoluteToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

/** The modifier bits of a mention. */
export function modifierBits(m: Pick<Mention, 'kind' | 'unknown'>): number {
  let bits = 0;
  const kind = MODIFIER_OF_KIND[m.kind];
  if (kind) bits |= 1 << TOKEN_MODIFIERS.indexOf(kind);
  if (m.unknown) bits |= 1 << TOKEN_MODIFIERS.indexOf('unknown');
  return bits;
}

/**
 * The tokens of an article's mentions, in document order. A mention that crosses a line break is split,
 * because clients need not support multi-line tokens; a mention overlapping the previous one is dropped,
 * because the protocol forbids overlapping tokens.
 */
export function mentionTokens(doc: Pick<IndexedDocument, 'lines'>, mentions: readonly Mention[], within?: { start: number; end: number }): AbsoluteToken[] {
  const out: AbsoluteToken[] = [];
  let lastEnd = -1;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    if (m.start < lastEnd || m.end <= m.start) continue;
    if (within && (m.end <= within.start || m.start >= within.end)) continue;
    const type = TOKEN_TYPES.indexOf(m.type);
    if (type < 0) continue;
    lastEnd = m.end;
    const modifiers = modifierBits(m);
    const start = doc.lines.positionAt(m.start);
    const end = doc.lines.positionAt(m.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : doc.lines.positionAt(doc.lines.offsetAt({ line: line + 1, character: 0 }) - 1).character;
      if (to > from) out.push({ line, character: from, length: to - from, type, modifiers });
    }
  }
  return out;
}

/** Encodes tokens the way LSP wants them: five integers each, line and start relative to the previous token. */
export function encodeTokens(tokens: readonly AbsoluteToken[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const tk of tokens) {
    const dLine = tk.line - prevLine;
    const dChar = dLine === 0 ? tk.character - prevChar : tk.character;
    data.push(dLine, dChar, tk.length, tk.type, tk.modifiers);
    prevLine = tk.line;
    prevChar = tk.character;
  }
  return data;
}

function tokensOf(doc: IndexedDocument, range?: Range): SemanticTokens {
  const within = range ? { start: doc.lines.offsetAt(range.start), end: doc.lines.offsetAt(range.end) } : undefined;
  return { data: encodeTokens(mentionTokens(doc, doc.analysis.mentions, within)) };
}

/** Semantic tokens, full and by range: every mention coloured by its entity's type. */
export function registerSemanticTokens(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.languages.semanticTokens.on(({ textDocument }) => {
    const doc = ctx.corpus()?.index.get(textDocument.uri);
    return doc ? tokensOf(doc) : { data: [] };
  });
  connection.languages.semanticTokens.onRange(({ textDocument, range }) => {
    const doc = ctx.corpus()?.index.get(textDocument.uri);
    return doc ? tokensOf(doc, range) : { data: [] };
  });
}
