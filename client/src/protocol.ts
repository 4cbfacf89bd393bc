// The custom requests of the language server, as the client sees them.
// These mirror server/src/lsp/corpusRequests.ts (the client bundle must not import the server); keep them in step.

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** An LSP range. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** An LSP location. */
export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/** Kinds of entity the server knows. */
export type EntityType = 'country' | 'organisation' | 'person' | 'place' | 'weapon' | 'statement';

/** Request methods and the notifications the views listen to. */
export const METHODS = {
  entityTree: 'corpusAnnotator/entityTree',
  quoteTree: 'corpusAnnotator/quoteTree',
  statementTree: 'corpusAnnotator/statementTree',
  coalitionMatrix: 'corpusAnnotator/coalitionMatrix',
  status: 'corpusAnnotator/status',
  indexChanged: 'corpusAnnotator/indexChanged',
  indexed: 'corpusAnnotator/indexed',
} as const;

/** An entity with its corpus-wide counts. */
export interface EntityNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentionCount: number;
  readonly articleCount: number;
  readonly unknown: boolean;
}

/** The entities of one type. */
export interface EntityTypeNode {
  readonly type: EntityType;
  readonly label: string;
  readonly mentionCount: number;
  readonly entities: readonly EntityNode[];
}

/** One mention in the tree. */
export interface MentionNode {
  readonly range: Range;
  readonly surface: string;
  readonly kind: 'name' | 'acronym' | 'adjective' | 'metonym';
}

/** The mentions of one entity in one article. */
export interface ArticleNode {
  readonly uri: string;
  readonly path: string;
  readonly mentions: readonly MentionNode[];
}

/** Result of `corpusAnnotator/entityTree`. */
export interface EntityTreeResult {
  readonly types: readonly EntityTypeNode[];
  readonly articles: readonly ArticleNode[];
}

/** A speaker and their number of quotations. */
export interface SpeakerNode {
  readonly key: string;
  readonly label: string;
  readonly entityId?: string;
  readonly count: number;
}

/** One quotation. */
export interface QuoteNode {
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
  readonly text: string;
  readonly cue?: string;
  readonly how?: string;
}

/** Result of `corpusAnnotator/quoteTree`. */
export interface QuoteTreeResult {
  readonly speakers: readonly SpeakerNode[];
  readonly quotes: readonly QuoteNode[];
}

/** A member of a statement, where a report names it. */
export interface SignatoryNode {
  readonly entityId: string;
  readonly name: string;
  readonly type: EntityType;
  readonly role: 'issuer' | 'signatory';
  readonly uri: string;
  readonly range: Range;
}

/** An article that reports a statement, at its first list of signatories. */
export interface StatementReportNode {
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
}

/** A joint statement of the corpus, one node however many articles report it. */
export interface StatementNode {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly date?: string;
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
  readonly statedTotal?: number;
  readonly partial: boolean;
  readonly members: readonly SignatoryNode[];
  readonly reports: readonly StatementReportNode[];
}

/** Result of `corpusAnnotator/statementTree`. */
export interface StatementTreeResult {
  readonly statements: readonly StatementNode[];
}

/** Result of `corpusAnnotator/coalitionMatrix`. */
export interface CoalitionMatrix {
  readonly rows: readonly { readonly entityId: string; readonly name: string; readonly type: EntityType }[];
  readonly columns: readonly { readonly id: string; readonly label: string; readonly date?: string; readonly path: string }[];
  readonly cells: readonly { readonly row: number; readonly column: number; readonly uri: string; readonly range: Range }[];
}

/** Result of `corpusAnnotator/status`, also the payload of `corpusAnnotator/indexChanged`. */
export interface CorpusStatus {
  readonly articles: number;
  readonly entities: number;
  readonly findings: number;
  readonly generation: number;
}
