// The custom requests between the language server and the client: methods and result shapes.
// Types only (and the method names), so that the client bundle can import it without pulling in the server.
import type { Range } from 'vscode-languageserver-types';
import type { EntityType, MentionKind } from '../analysis/types';

export type { EntityType, MentionKind };

/** Request methods and the notification of this file. */
export const CORPUS_METHODS = {
  entityTree: 'corpusAnnotator/entityTree',
  quoteTree: 'corpusAnnotator/quoteTree',
  statementTree: 'corpusAnnotator/statementTree',
  coalitionMatrix: 'corpusAnnotator/coalitionMatrix',
  status: 'corpusAnnotator/status',
  indexed: 'corpusAnnotator/indexed',
  indexChanged: 'corpusAnnotator/indexChanged',
} as const;

/** An entity with its corpus-wide counts. */
export interface EntityNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentionCount: number;
  readonly articleCount: number;
  /** True when the knowledge base does not have it (a rule found it). */
  readonly unknown: boolean;
}

/** The entities of one type. */
export interface EntityTypeNode {
  readonly type: EntityType;
  readonly label: string;
  readonly mentionCount: number;
  readonly entities: readonly EntityNode[];
}

/** One mention in the tree, with what the editor needs to reveal it. */
export interface MentionNode {
  readonly range: Range;
  readonly surface: string;
  readonly kind: MentionKind;
}

/** The mentions of one entity in one article. */
export interface ArticleNode {
  readonly uri: string;
  /** Path relative to the workspace folder, for labels. */
  readonly path: string;
  readonly mentions: readonly MentionNode[];
}

/** Params of `corpusAnnotator/entityTree`: no entity for the first two levels, an entity for its articles and mentions. */
export interface EntityTreeParams {
  readonly entityId?: string;
}

/** Result of `corpusAnnotator/entityTree`: `types` without an entity, `articles` with one. */
export interface EntityTreeResult {
  readonly types: readonly EntityTypeNode[];
  readonly articles: readonly ArticleNode[];
}

/** A speaker and how many quotations are attributed to them. */
export interface SpeakerNode {
  /** Entity id, else `label:<folded label>`, else `none` for quotations with no speaker. */
  readonly key: string;
  readonly label: string;
  readonly entityId?: string;
  readonly count: number;
}

/** One quotation with the words quoted. */
export interface QuoteNode {
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
  /** The quoted words, whitespace collapsed, shortened to a line. */
  readonly text: string;
  readonly cue?: string;
  /** How the speaker was found (rule or lexicon id). */
  readonly how?: string;
}

/** Params of `corpusAnnotator/quoteTree`: no speaker for the speakers, a speaker key for their quotations. */
export interface QuoteTreeParams {
  readonly speaker?: string;
}

/** Result of `corpusAnnotator/quoteTree`. */
export interface QuoteTreeResult {
  readonly speakers: readonly SpeakerNode[];
  readonly quotes: readonly QuoteNode[];
}

/** A member of a statement's list. */
export interface SignatoryNode {
  readonly entityId: string;
  readonly name: string;
  readonly type: EntityType;
  readonly role: 'issuer' | 'signatory';
  /** Where a report names it. */
  readonly uri: string;
  readonly range: Range;
}

/** An article that reports a statement, at its (first) list of signatories. */
export interface StatementReportNode {
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
}

/** A joint statement of the corpus: one node even when several articles report it. */
export interface StatementNode {
  /** The statement entity's id (`statement:<period>:<hash>`). */
  readonly id: string;
  /** Short: date, noun, relative date ("2024-01 · Déclaration commune · vendredi"). */
  readonly label: string;
  /** Long, naming the first members, as hovers show it. */
  readonly description: string;
  /** `YYYY-MM` from the reporting articles' date line, when one has it. */
  readonly date?: string;
  /** The first report's article and list, where a click leads. */
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
  readonly statedTotal?: number;
  readonly totalApproximate?: true;
  readonly partial: boolean;
  /** Issuers first, then the other signatories; each at its place in a report. */
  readonly members: readonly SignatoryNode[];
  readonly reports: readonly StatementReportNode[];
}

/** Result of `corpusAnnotator/statementTree`. */
export interface StatementTreeResult {
  readonly statements: readonly StatementNode[];
}

/** Result of `corpusAnnotator/coalitionMatrix`: states and bodies × statements ordered by date. */
export interface CoalitionMatrix {
  readonly rows: readonly { readonly entityId: string; readonly name: string; readonly type: EntityType }[];
  readonly columns: readonly { readonly id: string; readonly label: string; readonly date?: string; readonly path: string }[];
  /** A mark where the row's entity is a member of the column's statement; the article and list to open. */
  readonly cells: readonly { readonly row: number; readonly column: number; readonly uri: string; readonly range: Range }[];
}

/** Result of `corpusAnnotator/status`. */
export interface CorpusStatus {
  readonly articles: number;
  readonly entities: number;
  readonly findings: number;
  readonly generation: number;
}
