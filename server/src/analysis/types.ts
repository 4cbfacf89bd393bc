/** Kinds of entity the knowledge base and the rules know about. */
export type EntityType = 'country' | 'organisation' | 'person' | 'place' | 'weapon' | 'statement';

/** Every entity type, in the order views and outlines list them. */
export const ENTITY_TYPES: readonly EntityType[] = ['country', 'organisation', 'person', 'place', 'weapon', 'statement'];

/** How a mention names its entity. */
export type MentionKind = 'name' | 'acronym' | 'adjective' | 'metonym';

/** One entity of the knowledge base, shipped or the workspace's own. */
export interface KbEntity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical French name. */
  readonly name: string;
  /** Other names: spellings, transliterations, English forms, acronyms (an all-capitals alias is matched case-sensitively). */
  readonly aliases: readonly string[];
  /** Demonym adjectives in the masculine singular ("nord-coréen"); inflections are generated. */
  readonly demonyms?: readonly string[];
  /** Names that stand for the entity's government by metonymy ("Pyongyang"). */
  readonly metonyms?: readonly string[];
  readonly wikidata?: string;
  readonly description?: string;
  /** Where the entry was loaded from, for go-to-definition. */
  readonly origin?: KbOrigin;
}

/** Location of an entity's entry in a knowledge-base file. */
export interface KbOrigin {
  readonly file: string;
  /** Zero-based line of the entry's `"id"` in the file. */
  readonly line: number;
}

/** The knowledge base as the core sees it: entities by id. */
export interface KnowledgeBase {
  readonly entities: ReadonlyMap<string, KbEntity>;
}

/** A half-open span of UTF-16 offsets into the original article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A mention of an entity in an article. */
export interface Mention extends Span {
  /** Knowledge-base id, or a rule-made id (`~type:folded name`) for an entity the base does not know. */
  readonly entityId: string;
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** The text as written in the article. */
  readonly surface: string;
  /** What found it: `kb:<id>` for a knowledge-base alias, else a rule id such as `rule:acronym-definition`. */
  readonly foundBy: string;
  /** True when the entity is not in the knowledge base. */
  readonly unknown?: boolean;
}

/** An entity found by a rule in an article, not in the knowledge base. */
export interface RuleEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly foundBy: string;
  /** The mention that defined it (for go-to-definition). */
  readonly definition: Span;
}

/** A sentence of an article. */
export interface Sentence extends Span {
  readonly index: number;
}

/** A problem found while loading or analysing, reported rather than thrown. */
export interface Problem {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** Who a quotation or claim is attributed to. */
export interface Source {
  /** Entity id when the source is a known or rule-found entity, or a statement id. */
  readonly entityId?: string;
  /** The source as the article names it ("le porte-parole", "Lavrov", "le communiqué"). */
  readonly label: string;
  /** Where the article names the source. */
  readonly span?: Span;
  /** How it was found: a rule or lexicon id ("rule:inversion", "verb:déclarer", "rule:pronoun"). */
  readonly how: string;
  /** True when the source is generic ("des experts", "on"): it names nobody a reader could check. */
  readonly vague?: boolean;
  /** Why a vague source counts as vague, from the lexicon, for the hover. */
  readonly reason?: string;
  /** The lexicon entry that gives `reason` ("vague:experts"), so that a reader's language can pick its wording. */
  readonly reasonId?: string;
}

/** A quotation: the quoted text's span, marks included. */
export interface Quote extends Span {
  readonly speaker?: Source;
  /** The reporting cue that decided the speaker, e.g. "a-t-il déclaré". */
  readonly cue?: string;
  /** Lexicon entry of that cue ("verb:déclarer", "marker:selon"). */
  readonly cueId?: string;
}

/** Status of a contestable assertion. */
export type ClaimStatus = 'attributed' | 'vague' | 'unattributed';

/** A sentence that asserts something contestable. */
export interface Claim extends Span {
  readonly status: ClaimStatus;
  readonly source?: Source;
  /** Lexicon entry or rule that made the sentence a claim ("claim:livrer"). */
  readonly cue: string;
}

/** Stable codes of attribution diagnostics. */
export type FindingCode = 'unattributed-quote' | 'unattributed-claim' | 'vague-attribution';

/**
 * Stable keys of finding messages, with the `args` each one takes: a protocol layer words them in the reader's language.
 * `finding.quote` {quote}; `finding.claim` {}; `finding.claim.words` {words}; `finding.claim.actor` {actor, claim: claim-cue id}; `finding.claim.model` {words};
 * `finding.figure` {figure}; `finding.vague` {source, reason: vague-source id}; `related.named-source` {source}.
 */
export type FindingMessageId = 'finding.quote' | 'finding.claim' | 'finding.claim.words' | 'finding.claim.actor' | 'finding.claim.model' | 'finding.figure' | 'finding.vague' | 'related.named-source';

/** A problem to show the user, before conversion to any protocol type. */
export interface Finding extends Span {
  readonly code: FindingCode;
  /** The message in English, for the CLI and as the fallback of every language. */
  readonly message: string;
  /** Key of the message, so that it can be worded in another language. */
  readonly messageId?: FindingMessageId;
  /** The message's arguments: article text as plain single-line strings, and lexicon ids whose wording the language picks. */
  readonly args?: Readonly<Record<string, string>>;
  /** Lexicon entry or rule id that decided it. */
  readonly cue: string;
  /** Nearby places worth a look, e.g. a plausible source named earlier. */
  readonly related?: readonly FindingRelated[];
}

/** A place related to a finding, with a message in English and its key and arguments for other languages. */
export interface FindingRelated {
  readonly span: Span;
  readonly message: string;
  readonly messageId?: FindingMessageId;
  readonly args?: Readonly<Record<string, string>>;
}

/** A member of a list of signatories. */
export interface Signatory extends Span {
  readonly entityId: string;
  /** How the member is named: a name, an acronym, a capital (metonym), or a demonym after a title ("le secrétaire d'État américain"). */
  readonly kind?: MentionKind;
}

/** What the members of a list are to their statement: those who issued it, or those who signed or joined it. */
export type SignatoryRole = 'issuer' | 'signatory';

/** Words of the article that name something near a list (a statement noun, a relative date), with their place. */
export interface SpanText extends Span {
  readonly text: string;
}

/** An enumeration of states and bodies that issue or sign a statement. */
export interface SignatoryList extends Span {
  readonly members: readonly Signatory[];
  /** The total the text states, when it gives one ("près de 50 pays"). */
  readonly statedTotal?: number;
  /** The stated total is an estimate ("près de 50", "une quarantaine"), not a count ("les onze pays membres"). */
  readonly totalApproximate?: true;
  /** The cue that made it a list of signatories ("cosigné par"). */
  readonly cue: string;
  /** Issuers (subject of "ont publié une déclaration commune") or signatories ("cosigné par"). */
  readonly role?: SignatoryRole;
  /** True when the text says the list names only some members: a larger stated total, "et leurs alliés", "également signé par". */
  readonly partial?: boolean;
  /** The statement noun the list belongs to, when the text names one ("déclaration commune", "communiqué"). */
  readonly statementNoun?: SpanText;
  /** Relative date words for the statement ("vendredi"), from the list's sentence, else a sentence about the statement, else the lead. */
  readonly when?: SpanText;
}
