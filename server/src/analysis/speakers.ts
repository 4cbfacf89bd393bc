import type { LexiconFiles } from './analysisContext';
import type { GrammaticalNumber } from './conjugation';
import { afterDateline, isByline, isHeadline, isOwnLine } from './articleLines';
import { functionWords, isFunctionWord, MEDIA_ROLE, sourceNouns, textNounIds, type Anaphora, type FunctionWords, type SourceNoun } from './functionWords';
import { RULES as ENTITY_RULES } from './entities';
import { descriptionWords, FORMER_WORDS, wordsName, type DescriptionWords } from './kbDescriptions';
import { fold, isCapitalised, tokenize, type Token } from './normalize';
import type { QuotationMarks } from './quotes';
import { reportingLexicon, type ReportingForm, type ReportingLexicon, type SourceMarker } from './reportingVerbs';
import { partitionPoint } from './sortedSearch';
import { issuingVerbForms } from './signatoryLists';
import { isQuestion } from './sentences';
import type { EntityType, KbEntity, Mention, Sentence, Source, Span } from './types';
import { VAGUE_ON, VAGUE_SOMEONE, VAGUE_UNNAMED_PERSON, VAGUE_WITNESSES, vagueLexicon, type VagueEntry, type VagueLexicon } from './vagueSources';
import type { SequenceIndex, SequenceMatch } from './wordSequences';

/** Rule ids carried by sources, shown in hovers ("found by rule inversion"). */
export const SPEAKER_RULES = {
  preverbal: 'rule:preverbal-subject',
  inversion: 'rule:inversion',
  pronoun: 'rule:pronoun',
  pronounUnresolved: 'rule:pronoun-unresolved',
  relative: 'rule:relative-subject',
  participle: 'rule:participle',
  agent: 'rule:agent',
  statement: 'rule:statement-reference',
  capitalised: 'rule:capitalised-name',
  continued: 'rule:continued-attribution',
  possessive: 'rule:possessive-generic',
  ownerDescribed: 'rule:owner-description',
  latter: 'rule:latter',
  signed: 'rule:signed-quote',
  unnamedGroup: 'rule:unnamed-group',
  conditional: 'rule:conditional-continuation',
  qualifiedGeneric: 'rule:qualified-generic',
  definite: 'rule:definite-description',
  citing: 'rule:citing',
  coordinated: 'rule:coordinated-subject',
  knowledgeBase: 'rule:kb-description',
  nounPhrase: 'rule:noun-phrase',
  gapped: 'rule:gapped-subject',
  interview: 'rule:interview-answer',
  speakerLabel: 'rule:speaker-label',
  repeated: 'rule:repeated-quote',
  colon: 'rule:colon-subject',
  headlineColon: 'rule:headline-colon',
  headlineBracket: 'rule:headline-bracket',
  outlet: 'rule:outlet-own',
  subject: 'rule:sentence-subject',
  documentAuthor: 'rule:document-author',
  bodyOn: 'rule:body-on',
} as const;

const unknownNamesCache = new WeakMap<readonly Mention[], ReadonlyMap<string, string>>();

/**
 * The persons an article names that the base does not know, by id, each with the fullest name the article gives them:
 * read once per list of mentions, however many sources ask.
 */
export function unknownPersonNames(mentions: readonly Mention[]): ReadonlyMap<string, string> {
  const hit = unknownNamesCache.get(mentions);
  if (hit) return hit;
  const names = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.unknown) continue;
    if (m.surface.length > (names.get(m.entityId)?.length ?? 0)) names.set(m.entityId, m.surface);
  }
  unknownNamesCache.set(mentions, names);
  return names;
}

/** A mention as a source: "Ri" after "Ri Chol-min", a person the base does not know, is labelled by the fullest name. */
export function sourceOfMention(m: Mention, unknownNames: ReadonlyMap<string, string>): Source {
  return { label: (m.unknown && unknownNames.get(m.entityId)) || m.surface, entityId: m.entityId, span: { start: m.start, end: m.end }, how: m.foundBy };
}

/** The knowledge base's free-text description of an entity, by id, when the caller has one. */
export type EntityLookup = (entityId: string) => KbEntity | undefined;

/** The article as the attribution rules read it: words, sentences, quotations and mentions, with lookups by word. */
export interface ArticleView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Token range [first, end) of each sentence. */
  readonly sentenceTokens: readonly { readonly first: number; readonly end: number }[];
  /** Paragraph number of each sentence (a line break starts a new one). */
  readonly paragraphs: readonly number[];
  readonly quotes: readonly QuotationMarks[];
  /** Per token: the quotation it lies in, or -1. */
  readonly tokenQuote: Int32Array;
  readonly mentions: readonly Mention[];
  /** Per token: the mention covering it, or -1. */
  readonly tokenMention: Int32Array;
}

/** A place where the article says who says something: a reporting verb with its subject, a "selon X", a vague phrase. */
export interface Attribution {
  readonly sentence: number;
  /** The cue: the verb group ("a-t-il déclaré") or the marker with its noun phrase ("selon le Pentagone"). */
  readonly span: Span;
  readonly cue: string;
  /** Lexicon entry of the cue: "verb:déclarer", "marker:selon", "vague:it-seems". */
  readonly cueId: string;
  /** Who, when the rules found a subject. */
  readonly source?: Source;
  readonly negated: boolean;
  /** The cue lies inside a quotation: it is the speaker's words, not the article's attribution. */
  readonly inQuote: boolean;
  /** False for a generic subject of an ordinary verb ("Des experts ont identifié"): it sources a claim but reports nothing by itself. */
  readonly reporting?: false;
  /** A negated verb with no clause after it ("L'armée n'a pas précisé leur origine"): a refusal to comment, the sentence's voice only when it asserts nothing else. */
  readonly refusal?: true;
  /** It sources only what follows this offset: a coordinated verb ("Pyongyang a livré des obus et dément …") does not report the first conjunct. */
  readonly scopeStart?: number;
  /** It names a medium ("cité par KCNA"), not a speaker. */
  readonly relay?: true;
  /** "On y voit des fantassins" after "Une vidéo circule": the sentence describes what an image shows, no one's report. */
  readonly describesImage?: true;
}

type Gender = 'f' | 'm';

/** What the article says about a source besides its name: enough to tell whether "elle" or "le diplomate" can refer to it. */
interface Description {
  readonly gender?: Gender;
  readonly type?: EntityType;
  /** Ids of the role nouns and generic heads the article described it with ("source:spokesperson", "vague:experts"). */
  readonly roles: ReadonlySet<string>;
  /** Entities that qualify it (russe → RU in "le ministre russe …", ONU in "le groupe d'experts de l'ONU"), its own included. */
  readonly qualifiers: ReadonlySet<string>;
  /** The trade groups of its role nouns ("source:people#2" for "avocate"), where their entry gives some. */
  readonly trades?: ReadonlySet<string>;
}

interface Antecedent extends Description {
  readonly source: Source;
  readonly number: GrammaticalNumber;
  /** Offset that decides recency: where the antecedent was last named or referred to. */
  readonly at: number;
  readonly sentence: number;
  /** The source of a reporting verb or a "selon", not merely the subject of a sentence. */
  readonly speaker: boolean;
  /** A person merely named in a sentence (an object, a complement): a candidate for a gendered pronoun only. */
  readonly mentioned?: true;
}

/** The subject that opens a sentence and the source it names, a pronoun resolved. */
interface OpeningSubject {
  readonly np?: NpResult;
  readonly source?: Source;
}

interface NpResult {
  readonly source?: Source;
  /** Set when the noun phrase is a pronoun to resolve. */
  readonly pronoun?: { readonly number: GrammaticalNumber; readonly token: number };
  readonly number: GrammaticalNumber;
  /** The subject was borrowed from the first verb of a coordination. */
  readonly coordinated?: true;
}

const DEFINITE_ARTICLES = new Set(['le', 'la', 'l', 'les']);
/** Generic heads whose "de" and a country name what they study ("spécialistes de la Corée du Nord"). */
const EXPERT_HEADS: ReadonlySet<string> = new Set(['vague:experts', 'vague:analysts', 'vague:researchers']);
/** Verbs by which the one questioned answers. */
const ANSWER_VERBS: ReadonlySet<string> = new Set(['verb:répondre', 'verb:rétorquer', 'verb:répliquer']);
/** How a source found by a description or a pronoun was found: what the one questioned replaces. */
const ANSWERER_RULES: ReadonlySet<string> = new Set([SPEAKER_RULES.definite, SPEAKER_RULES.pronoun, SPEAKER_RULES.knowledgeBase]);
/** Nouns of a part of a text ("article", "alinéa"), folded. */
const PART_OF_TEXT = /^(?:articles?|alineas?|paragraphes?|clauses?|chapitres?|sections?)$/u;
/** Pronouns and possessives of the first person singular, folded: a quotation with one is a person's speech. */
const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['je', 'j', 'me', 'moi', 'mon', 'ma', 'mes']);
/** Noun phrases resolved one inside another (through pronouns and the sentence's subject) at most. */
const MAX_NP_DEPTH = 6;

/** The gender a singular subject pronoun shows. */
const PRONOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([['il', 'm'], ['lui', 'm'], ['elle', 'f']]);

/** A description's trade groups and an antecedent's agree: one of them shows none, or they share one. */
function sameTrade(description: readonly string[] | undefined, antecedent: ReadonlySet<string> | undefined): boolean {
  return !description || !antecedent || description.some((t) => antecedent.has(t));
}

/** A bracket right after a name, read where the name ends (sticky: no copy of the text). */
const PSEUDONYM_NOTE = /[^\S\n]*\(([^()\n]{3,40})\)/uy;
/** Words that count people or set a new one apart: "troisième", "autre", "nouvelle", "dernier". */
const ORDINAL_WORD = /^(?:\d+e|\p{L}+iemes?|premiers?|premieres?|seconde?s?|derniers?|dernieres?|autres?|nouvel|nouveaux?|nouvelles?)$/u;
/** The third-person reflexive pronoun, before a pronominal verb ("s'exprimant", "se disant"). */
const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['se', 's']);
const LEGAL_TEXT = 'source:legal-text';
const AUTHORS = 'source:authors';
/** A word that makes a statement joint or final ("commune", "conjointe", "finale"), folded. */
const JOINT_WORD = /^(?:commune?s?|conjointe?s?|finale?s?)$/u;
/** Endings of French nouns that name a person by what he or she does or is (prisonnier, négociante, chauffeur, technicienne). */
const PERSON_NOUN = /(?:ier|iere|eur|euse|trice|ant|ante|ien|ienne)$/u;
/** Prepositions that open a complement of a role noun ("la sœur du dirigeant", "l'amiral à la retraite"). */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'a', 'au', 'aux', 'en', 'chez']);
/** "selon lequel", "pour laquelle": the relative pronouns after a preposition. */
const RELATIVE_LEQUEL: ReadonlySet<string> = new Set(['lequel', 'laquelle', 'lesquels', 'lesquelles', 'qui']);
const STOP_PUNCT = /[.;:!?«»“”"()[\]]/u;
const CLOSING_BEFORE = /[,»”":—–-]\s*$/u;
/** A past participle's written accent: "publié", "diffusées" (folded, "publie" is also a finite form). */
const ACCENTED_PARTICIPLE = /é(?:e|s|es)?$/iu;
/** Words after which a quantifier ("beaucoup", "plusieurs") is compared, not a subject. */
/** Comparatives, folded: "Beaucoup plus que des devises", and the "que" of a comparison ("bien plus que du béton"). */
const COMPARATIVES: ReadonlySet<string> = new Set(['plus', 'moins', 'mieux', 'trop', 'autant', 'davantage', 'pire']);
/** What a medium noun ("le journal", "le quotidien") may stand for: a body described with any medium noun. */
const MEDIA_ANAPHORA: Anaphora = { types: ['organisation'], roles: new Set([MEDIA_ROLE]), roleless: false };
/** Endings of a finite verb in the imperfect, the future or the conditional ("finirait", "livraient", "sera"). */
const TENSE_ENDINGS = /(?:ait|aient|era|eront|erait|eraient|ra|ront)$/u;
/** How many sentences back a text taken up ("poursuit le texte") may find the statement that named its issuer. */
const FAR_STATEMENT_SENTENCES = 80;
/** Possessives of the writer or the speaker ("mes collègues", "nos interlocuteurs"). */
const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['mon', 'ma', 'mes', 'notre', 'nos']);
/** Indirect-object pronouns that may stand before the verb of an incise: "m'a confié", "nous explique", "lui a dit". */
const INCISE_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'm', 'te', 't', 'nous', 'vous', 'lui', 'leur']);
const MAX_LABEL_TOKENS = 14;
/** The marker of a participle's agent ("publiées par l'armée"). */
const AGENT_MARKER = 'marker:agent';

/** The first generic phrase ("sous couvert d'anonymat") in any of the parts of a noun phrase. */
function allPartsAnonymous(phrases: SequenceIndex<VagueEntry>, tokens: readonly Token[], parts: readonly { first: number; end: number }[]): { value: VagueEntry } | undefined {
  for (const part of parts) {
    const hit = phrases.allIn(tokens, part.first, part.end)[0];
    if (hit) return hit;
  }
  return undefined;
}

/** Finds every attribution of an article, sentence by sentence, resolving pronouns to earlier named sources. Never throws. */
/** Per sentence: its attributions, and the subject that opens it when no attribution names a source and a quotation follows. */
export interface SentenceAttributions {
  readonly perSentence: Attribution[][];
  readonly subjects: readonly (Source | undefined)[];
  /** Per sentence: the generic subject that opens it ("un vendeur replie ses drapeaux en soupirant : « … »"), if any. */
  readonly genericSubjects: readonly (Source | undefined)[];
}

export function findAttributions(view: ArticleView, lexicons: LexiconFiles, entityOf?: EntityLookup): SentenceAttributions {
  const finder = new SpeakerFinder(view, lexicons, entityOf);
  const perSentence = finder.run();
  return { perSentence, subjects: finder.subjects, genericSubjects: finder.genericSubjects };
}

/** Determiners that open an object, never a complement of a noun (no "des", "du": "chargé des sanctions"). */
const VERB_OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos']);

/** "le premier", "la seconde": which of the ones named together. */
const ORDINAL_PLACES: ReadonlyMap<string, number> = new Map([['premier', 0], ['premiere', 0], ['second', 1], ['seconde', 1], ['deuxieme', 1]]);

class SpeakerFinder {
  private readonly rv: ReportingLexicon;
  private readonly fw: FunctionWords;
  private readonly vague: VagueLexicon;
  private readonly nouns: SequenceIndex<SourceNoun>;
  /** A contracted article read as the definite article it holds, while a marker's phrase is read again (contractedSource). */
  private articleOf: { token: number; as: string } | undefined;
  /** Ids of the source nouns that name a text (statements and documents). */
  private readonly textNouns: ReadonlySet<string>;
  private readonly givenGenders: ReadonlyMap<string, Gender>;
  /** The person the last questioning verb addressed ("a interrogé le général Brunson"), and where. */
  private questioned: { readonly mention: Mention; readonly sentence: number } | undefined;
  /** Per sentence, the name a title consisting of a name alone gives (a press review's sections), computed on demand;
   * empty when the article has fewer than two such titles. */
  private nameTitles: (Source | undefined)[] | undefined;
  /** How many noun phrases are being resolved, one inside another. */
  private npDepth = 0;
  private readonly signerNouns: ReadonlySet<string>;
  /** Forms of the verbs by which one party issues or signs a text ("publié", "signée"). */
  private readonly issuing: ReadonlySet<string>;
  /** The signer found for each statement noun, by token (`signerOf`). */
  private readonly signers = new Map<number, { at: number; mention: Mention } | undefined>();
  private readonly antecedents: Antecedent[] = [];
  private namePartsMemo: ReadonlySet<string> | undefined;
  private readonly descriptions = new Map<string, DescriptionWords | undefined>();
  /** Whether a person's description fits a description phrase, by anaphora, then by person and qualifying states. */
  private readonly fits = new Map<Anaphora, Map<string, boolean>>();
  /** Spans of the media the current sentence names beside its speaker ("cité par KCNA"): no antecedents for a pronoun. */
  private media: Span[] = [];
  /** The attributions found so far in the sentence being read. */
  private current: Attribution[] = [];
  /** The generic source of the last sentence sourced only generically ("Un analyste occidental estime …"), for "ce spécialiste". */
  private lastVague: { readonly sentence: number; readonly source: Source; readonly number: GrammaticalNumber } | undefined;
  /** Names the article said are not the person's own ("Moussa (le prénom a été modifié)"). */
  private readonly pseudonyms = new Set<string>();
  /** Capitalised words no rule names that were read as a source's name ("confie Sergueï, un docker"). */
  private readonly capitalNames = new Set<string>();
  private readonly nameWordsMemo = new Map<string, ReadonlySet<string>>();
  /** Unnamed people the article introduced with "un" or "une", by the folded head of their phrase ("marin"). */
  private readonly introduced = new Map<string, Source>();
  /** Per sentence: the source its opening subject names, when no attribution does and a quotation stands after it. */
  readonly subjects: (Source | undefined)[] = [];
  readonly genericSubjects: (Source | undefined)[] = [];

  constructor(
    private readonly v: ArticleView,
    lexicons: LexiconFiles,
    private readonly entityOf?: EntityLookup,
  ) {
    this.rv = reportingLexicon(lexicons);
    this.fw = functionWords(lexicons);
    this.vague = vagueLexicon(lexicons);
    this.nouns = sourceNouns(lexicons);
    this.textNouns = textNounIds(this.nouns);
    this.givenGenders = givenNameGenders(lexicons);
    this.signerNouns = signerNounForms(lexicons);
    this.issuing = issuingVerbForms(lexicons);
  }

  run(): Attribution[][] {
    const out: Attribution[][] = [];
    const interview = this.interview();
    const turns = this.labelledTurns();
    for (let s = 0; s < this.v.sentences.length; s++) {
      const found = this.sentence(s).map((a) => (this.describesImage(a) ? { sentence: a.sentence, span: a.span, cue: a.cue, cueId: a.cueId, negated: a.negated, inQuote: a.inQuote, describesImage: true as const } : a));
      // NOTE: in a question-and-answer interview the answers are the interviewee's words: a sentence of an answer that
      // names no source of its own is theirs. A quantifier that reports nothing ("Beaucoup de familles ignorent …",
      // "Beaucoup, oui, …") is no source of it; other generic subjects are ("Des analystes s'attendent à …").
      const answer = interview?.answers.has(s) === true;
      // "Nos services de renseignement l'ont établi": what the interviewee calls "ours" is their own side, no generic source;
      // "Mon estimation se situe entre les deux": what they call theirs is their own ("mes sources" are others).
      // "Mon commandant répétait : « … »": a person of theirs is someone else, who speaks.
      const ours = (a: Attribution): boolean => {
        const k = this.tokenAt(a.source?.span?.start ?? a.span.start);
        const w = this.folded(k + 1);
        const person = this.fw.personNouns.has(w) || this.genderOfNoun(w) !== undefined || this.nouns.longestAt(this.v.tokens, k + 1, k + 4)?.value.kind === 'role';
        return a.source?.vague === true && FIRST_PERSON_POSSESSIVES.has(this.folded(k)) && this.folded(k) !== 'mes' && !person;
      };
      // "Depuis février, on observe une rotation": in an answer, "on" is the interviewee and those they speak for.
      // Not "On estime à Séoul que …", hearsay of a place, nor an "on" inside a clause ("L'un raconte qu'on lui avait …").
      if (answer) for (let i = found.length - 1; i >= 0; i--) if ((found[i]!.reporting === false && found[i]!.source?.how === VAGUE_SOMEONE) || this.answerOn(found[i]!) || ours(found[i]!)) found.splice(i, 1);
      const unsourced = !found.some((a) => !a.inQuote && !a.negated && a.source);
      // "ANTOINE BONDAZ : De l'argent, du pétrole …": a transcript's turn is its speaker's.
      const turn = turns.get(s);
      if (interview && answer && unsourced) found.push(this.wholeSentence(s, 'interview', { ...interview.source, how: SPEAKER_RULES.interview }));
      else if (turn && unsourced) found.push(this.wholeSentence(s, 'transcript', turn));
      out.push(found);
      const opening = this.openingSubject(s);
      const quoting = this.quotingSubject(s, found, opening);
      // "Interrogé par l'AFP, Dmitri Peskov a refusé de commenter « des rumeurs »": the medium that put the question
      // relays the subject it introduces, who speaks; with no quotation ("Interrogé par des journalistes, son porte-parole,
      // Dmitri Peskov, a renvoyé les questions …") who asked is not who answered, and the named subject is the source.
      for (let i = found.length - 1; i >= 0; i--) {
        if (!this.relayOpener(found[i]!, opening)) continue;
        if (quoting) found.splice(i, 1);
        else found[i] = { ...found[i]!, source: { ...opening.source!, how: SPEAKER_RULES.subject } };
      }
      this.subjects.push(quoting);
      this.genericSubjects.push(opening.source?.vague && opening.source.span && !opening.np?.coordinated ? opening.source : undefined);
      this.rememberVague(s, found, opening);
      // "Par Camille Roussel": whoever wrote the article is no antecedent of what it reports.
      if (!(isHeadline(this.v, s) && isByline(this.v, s))) {
        this.pushSubjectCandidate(s, opening, quoting !== undefined);
        this.pushPersonCandidates(s);
      }
      for (const a of found) {
        // "dit Myong-hee (le prénom a été modifié)": a pseudonym is generic, yet a pronoun may take it up as a person's name.
        const pseudonym = a.source?.vague === true && a.source.how === VAGUE_UNNAMED_PERSON && isCapitalised(a.source.label);
        if (a.inQuote || a.negated || !a.source || (a.source.vague && !pseudonym)) continue;
        // "… les images publiées par l'armée ukrainienne. « … », dit-elle": the agent of a participle on an object is
        // named, not the one the article follows.
        // "…, a déclaré Kim, cité par KCNA. Il a félicité …": the medium that relays a speaker of its sentence is no speaker.
        const relayed = a.relay === true && found.some((x) => x !== a && !x.relay && !x.inQuote && !x.negated && x.source && !x.source.vague);
        this.pushAntecedent(a.source, this.numberOfSource(a), a.span.start, s, a.reporting !== false && a.source.how !== SPEAKER_RULES.agent && a.cueId !== AGENT_MARKER && !relayed);
      }
    }
    return out;
  }

  /**
   * "Une vidéo circule depuis lundi. On y voit des fantassins avancer en ligne": "on y voit" after an image or a recording
   * named in its sentence or the one before describes what it shows; it reports no one's reading.
   */
  private describesImage(a: Attribution): boolean {
    if (a.source?.how !== VAGUE_ON || this.folded(this.tokenAt(a.span.start) - 1) !== 'y') return false;
    // "On y voit des recrues … : selon toute vraisemblance, les premiers éléments d'un contingent": a reading after a colon.
    if (/[:;]/u.test(this.v.text.slice(a.span.end, this.v.sentences[a.sentence]?.end ?? a.span.end))) return false;
    const from = this.v.sentenceTokens[Math.max(0, a.sentence - 1)]?.first ?? 0;
    for (let k = this.tokenAt(a.span.start) - 1; k >= from; k--) if (this.fw.imageNouns.has(this.folded(k))) return true;
    return false;
  }

  /** An attribution of sentence s as a whole to a source no word of it names (an interview's answer, a transcript's turn). */
  private wholeSentence(s: number, cue: string, source: Source): Attribution {
    const at = this.v.sentences[s]!.start;
    return { sentence: s, span: { start: at, end: at }, cue, cueId: source.how, source, negated: false, inQuote: false };
  }

  /** "Depuis février, on observe une rotation": an "on" that opens an answer's sentence, placed nowhere else. */
  private answerOn(a: Attribution): boolean {
    const range = this.v.sentenceTokens[a.sentence];
    if (a.source?.how !== VAGUE_ON || !a.source.span || !range) return false;
    const k = this.tokenAt(a.source.span.start);
    const opens = k === range.first || (/,\s*$/u.test(this.gapAfter(k - 1)) && Array.from({ length: k - range.first }, (_, i) => range.first + i).every((j) => !this.rv.forms.has(this.folded(j)) && !this.fw.complementizers.has(this.folded(j))));
    if (!opens) return false;
    for (let j = k + 1; j < range.end && j - k <= 4; j++) if (/^[àÀ]$/u.test(this.tok(j)?.text ?? '') && isCapitalised(this.tok(j + 1)?.text ?? '')) return false;
    return true;
  }

  /**
   * A transcript's turns: paragraphs that open on a speaker's name in capitals and a colon ("ANTOINE BONDAZ : Bonjour."),
   * at least three of them under two labels or more. Each sentence of a turn maps to its speaker, named as the article
   * names that person elsewhere when it does; the interviewer's turns ("JOURNALISTE :") map to no one.
   */
  private labelledTurns(): ReadonlyMap<number, Source> {
    const labels: { s: number; first: number; end: number; key: string }[] = [];
    // "LÉA MARCHETTI, présentatrice :", "JULIEN ROUSSEL, en duplex de Kramatorsk :": a role that makes the name a
    // journalist's makes all that name's turns the programme's own voice.
    const hosts = new Set<string>();
    for (let s = 0; s < this.v.sentences.length; s++) {
      const range = this.v.sentenceTokens[s];
      if (!range || (s > 0 && this.v.paragraphs[s - 1] === this.v.paragraphs[s])) continue;
      let k = range.first;
      while (k < range.end && k - range.first < 5 && /^\p{Lu}[\p{Lu}\p{M}'’-]*$/u.test(this.tok(k)!.text) && (k === range.first || /^[\s'’-]*$/u.test(this.gapAfter(k - 1)))) k++;
      // "SERHIY BONDAR, commandant de batterie : « … »": the label may give the speaker's role after a comma.
      let colon = k;
      if (k > range.first && k < range.end && /^\s*,\s*$/u.test(this.gapAfter(k - 1))) {
        let j = k;
        while (j < range.end && j - k < 8 && /^\p{Ll}/u.test(this.tok(j)!.text) && (j === k || /^[\s'’-]*$/u.test(this.gapAfter(j - 1)))) j++;
        if (j > k && j < range.end) colon = j;
        for (let x = k; x < colon; x++) if (this.fw.interviewerLabels.has(this.folded(x)) || this.fw.interviewerLabels.has(this.foldedRun(x, x + 2))) hosts.add(fold(this.textOf(range.first, k)));
      }
      if (k === range.first || colon >= range.end || !/^\s*:\s*[«“"]?\s*$/u.test(this.gapAfter(colon - 1)) || this.textOf(range.first, k).replace(/[^\p{L}]/gu, '').length < 3) continue;
      labels.push({ s, first: range.first, end: k, key: fold(this.textOf(range.first, k)) });
    }
    const out = new Map<number, Source>();
    if (labels.length < 3 || new Set(labels.map((l) => l.key)).size < 2) return out;
    labels.forEach((l, i) => {
      if (this.fw.interviewerLabels.has(l.key) || hosts.has(l.key)) return;
      const named = this.v.mentions.find((m) => m.type === 'person' && m.kind === 'name' && fold(m.surface) === l.key);
      const label = this.textOf(l.first, l.end);
      const source: Source = named ? { ...this.mentionSource(named), span: this.spanOf(l.first, l.end), how: SPEAKER_RULES.speakerLabel } : { label, span: this.spanOf(l.first, l.end), how: SPEAKER_RULES.speakerLabel };
      // A turn runs to the next label; the last one only to the end of its paragraph.
      const next = labels[i + 1]?.s;
      for (let s = l.s; s < (next ?? this.v.sentences.length) && (next !== undefined || this.v.paragraphs[s] === this.v.paragraphs[l.s]); s++) out.set(s, source);
    });
    return out;
  }

  /**
   * A question-and-answer interview: at least two paragraphs that are questions, each followed by an answer, and before
   * the first question a person the introduction names with a role ("Éloïse Marchetti, sinologue à …", "la chercheuse
   * Claire Vasseur"), not the journalist of "Propos recueillis par". The answers are every sentence after the first
   * question that is not itself a question.
   */
  private interview(): { readonly source: Source; readonly answers: ReadonlySet<number> } | undefined {
    const sentences = this.v.sentences;
    const asking = (s: number): boolean => isQuestion(this.v.text, sentences[s]!);
    const paragraphs = new Map<number, number[]>();
    sentences.forEach((_, s) => {
      const p = this.v.paragraphs[s] ?? s;
      const list = paragraphs.get(p);
      if (list) list.push(s);
      else paragraphs.set(p, [s]);
    });
    const ordered = [...paragraphs.values()];
    // "Vous revenez de Séoul. Qu'êtes-vous allée y chercher ?": a short turn that ends on a question put to the
    // interviewee ("vous") is a question too, whatever statement leads into it.
    const addressed = (s: number): boolean => {
      const range = this.v.sentenceTokens[s];
      if (!range) return false;
      for (let k = range.first; k < range.end; k++) if (['vous', 'votre', 'vos'].includes(this.folded(k)) && !this.inQuote(k)) return true;
      return false;
    };
    let asks = ordered.map((list) => list.every(asking) || (list.length <= 3 && asking(list[list.length - 1]!) && addressed(list[list.length - 1]!)));
    const countPairs = (): number => {
      let n = 0;
      for (let i = 0; i + 1 < ordered.length; i++) if (asks[i] && !asks[i + 1]) n++;
      return n;
    };
    // Once the article shows itself an interview, a short turn of two sentences with a question in it is a question too
    // ("Le NIS affirme aussi que … Est-ce crédible ?", "Et la technologie ? On parle d'une aide russe …").
    if (countPairs() >= 2) asks = ordered.map((list, i) => asks[i] || (list.length <= 2 && list.some(asking) && this.wordsIn(list) <= 40));
    const asked = new Set(ordered.flatMap((list, i) => (asks[i] ? list : [])));
    const pairs = countPairs();
    const firstAsk = asks.indexOf(true);
    if (pairs < 2 || firstAsk <= 0) return undefined;
    const introEnd = ordered[firstAsk]![0]!;
    let source: Source | undefined;
    for (let s = 0; s < introEnd && !source; s++) {
      const range = this.v.sentenceTokens[s]!;
      for (let k = range.first; k < range.end && !source; k++) {
        const m = this.mentionAt(k);
        if (!m || m.type !== 'person' || m.kind === 'adjective' || this.inQuote(k) || this.tokenAt(m.start) !== k) continue;
        if (this.folded(k - 1) === 'par') continue;
        const last = this.tokenAt(m.end - 1);
        const roleBefore = this.nouns.longestAt(this.v.tokens, k - 1, k)?.value.kind === 'role' || this.vague.heads.longestAt(this.v.tokens, k - 1, k) !== undefined;
        const next = last + 1;
        // ", sinologue à l'Institut …": a lowercase noun in apposition, no function word and no verb; after the age, if the
        // apposition gives it first (", 41 ans, ancien maçon,").
        const w = this.tok(next);
        const aged = /^\d+$/u.test(w?.text ?? '') && this.folded(next + 1) === 'ans' && /,/u.test(this.gapAfter(next + 1));
        const role = aged ? this.tok(next + 2) : w;
        const roleAfter = /,/u.test(this.gapAfter(last)) && next < range.end && role !== undefined && /^\p{Ll}/u.test(role.text) && !isFunctionWord(this.fw, role.folded) && !this.rv.forms.has(role.folded);
        // "Benoît Kerhervé est chercheur au Grip": a role after the copula; "Ancienne analyste à la DRM, Inès Castellane
        // décrypte …": a role in an apposition that opens the sentence.
        const roleCopula = w !== undefined && this.fw.etre.has(w.folded) && this.isRoleHead(next + 1, range.end);
        // The apposition has no article ("Le secrétaire du Conseil de sécurité, Sergueï Choïgou, a annoncé" is news).
        const roleFronted = this.frontedApposition(range.first, range.end) === k;
        // "le capitaine de vaisseau (ER) Yves Kerdraon": a title with its article before the name.
        let roleTitled = false;
        for (let j = Math.max(range.first, k - 7); j < k && !roleTitled; j++) roleTitled = this.titledNameAt(j, range.end, false)?.first === k && this.isRoleHead(j + 1, k);
        // "le Burkinabè Ousmane Kaboré": a nationality as a noun, after its article.
        const nationality = this.mentionAt(k - 1);
        const roleNationality = nationality?.kind === 'adjective' && nationality.type === 'country' && DEFINITE_ARTICLES.has(this.folded(this.tokenAt(nationality.start) - 1));
        // "Ousmane Kaboré : « … »": the headline gives the interviewee's words under his name.
        const headlined = k === range.first && isHeadline(this.v, s, true) && /^\s*:\s*[«“"]/u.test(this.gapAfter(last));
        if (roleBefore || roleAfter || roleCopula || roleFronted || roleTitled || roleNationality || headlined) source = this.mentionSource(m);
      }
    }
    // "Agnieszka MALINOWSKA. - Oui, …": an answer that opens on the name, in capitals, then a dash names the interviewee
    // the introduction named.
    if (!source) {
      const turn = ordered.find((_, i) => i > firstAsk && !asks[i]);
      const range = turn ? this.v.sentenceTokens[turn[0]!] : undefined;
      let k = range?.first ?? 0;
      while (range && k < range.end && k - range.first < 4 && isCapitalised(this.tok(k)?.text ?? '') && !/^\.\s*[-–—]/u.test(this.gapAfter(k))) k++;
      if (range && k < range.end && k > range.first && /^\.\s*[-–—]/u.test(this.gapAfter(k))) {
        const label = this.foldedRun(range.first, k + 1);
        const m = this.v.mentions.find((x) => x.type === 'person' && x.kind !== 'adjective' && x.start < (sentences[introEnd]?.start ?? 0) && tokenize(x.surface).map((t) => t.folded).join(' ') === label);
        if (m) source = this.mentionSource(m);
      }
    }
    if (!source) return undefined;
    const answers = new Set<number>();
    // « Les obus nord-coréens sont médiocres, mais ils sont là »: an interview's headline that is one whole quotation is the
    // interviewee's; so is one that opens on a quotation and then names the interviewee (« … » : entretien avec Clara Weiss).
    for (let s = 0; s < introEnd; s++) {
      const { start, end } = sentences[s]!;
      const text = this.v.text.slice(start, end);
      const quotes = this.v.quotes.filter((q) => q.start >= start && q.end <= end);
      // "Corée du Nord-Russie : « Pyongyang a gagné une expérience … »": a topic and a colon may lead into it.
      if (!isHeadline(this.v, s, true) || !/^(?:[^«“":.!?]{1,60}:\s*)?[«“"]/u.test(text) || quotes.length !== 1) continue;
      const after = quotes[0]!.end;
      // "« … » : entretien avec un ancien officier ukrainien": the interview the headline announces is the interviewee's.
      const announced = /^[\s\u00a0\u202f]*:[\s\u00a0\u202f]*(?:entretien|interview|rencontre|conversation|dialogue)\b/iu.test(this.v.text.slice(after, end));
      if (/[»”"]$/u.test(text) || announced || this.v.mentions.some((m) => m.start >= after && m.end <= end && m.entityId === source.entityId)) answers.add(s);
    }
    // "Repères", "Bio express": a heading after the last question opens a box of the paper's own, not an answer.
    let lastAsked = introEnd;
    for (const s of asked) lastAsked = Math.max(lastAsked, s);
    for (let s = introEnd; s < sentences.length; s++) {
      if (s > lastAsked && isHeadline(this.v, s)) break;
      if (!asking(s) && !asked.has(s)) answers.add(s);
    }
    return { source, answers };
  }

  /** Whether the auxiliary "avoir" stands among the twelve words before token k, from `first` on ("a visité … et"). */
  private auxiliaryBefore(k: number, first: number): boolean {
    for (let j = k - 1; j >= first && k - j <= 12; j--) if (this.fw.avoir.has(this.folded(j)) && !/^[àÀ]$/u.test(this.tok(j)?.text ?? '')) return true;
    return false;
  }

  /** How many words the sentences hold. */
  private wordsIn(sentences: readonly number[]): number {
    let n = 0;
    for (const s of sentences) {
      const range = this.v.sentenceTokens[s];
      if (range) n += range.end - range.first;
    }
    return n;
  }

  /**
   * "Ancien sergent logisticien, Ri Myong-ho …", "Journaliste au média Meduza, installée à Riga, Xenia Loginova …": a role
   * with no article from token a, its lower-case complements after commas, then a person's name, is an apposition set
   * before that name. The name's first token, or -1.
   */
  private frontedApposition(a: number, end: number): number {
    if (this.fw.determiners.has(this.folded(a)) || this.inQuote(a) || !this.isRoleHead(a, end)) return -1;
    let r = a;
    for (let part = 0; part < 3; part++) {
      while (r < end && r - a < 20 && !/[,.;:!?«»“”"]/u.test(this.gapAfter(r))) r++;
      if (r >= end - 1 || !/^[\s)]*,\s*$/u.test(this.gapAfter(r))) return -1;
      if (this.mentionAt(r + 1)?.type === 'person') return r + 1;
      const next = this.tok(r + 1);
      if (!next || !/^\p{Ll}/u.test(next.text) || this.fw.determiners.has(next.folded)) return -1;
      r++;
    }
    return -1;
  }

  /** A role noun or a generic head at k, after a determiner or premodifiers ("chercheur", "Ancienne analyste", "l'auteur"). */
  private isRoleHead(k: number, end: number): boolean {
    let h = k;
    while (h < end && h - k < 3 && this.isPremodifier(h)) h++;
    // "Journaliste au média en exil Meduza, …": a noun that names a person by its form is a role too.
    return h < end && (this.nouns.longestAt(this.v.tokens, h, end)?.value.kind === 'role' || this.vague.heads.longestAt(this.v.tokens, h, end) !== undefined || (/^\p{L}/u.test(this.tok(h)?.text ?? '') && !this.mentionAt(h) && this.isPersonNoun(h)));
  }

  /**
   * "Dmitri Peskov a toujours refusé de commenter ces « rumeurs »", "La Chine s'en tient à des appels à la « retenue »":
   * in a sentence no attribution sources, the subject that opens it is who a quotation in its predicate echoes.
   */
  private quotingSubject(s: number, found: readonly Attribution[], opening: OpeningSubject): Source | undefined {
    const range = this.v.sentenceTokens[s];
    if (!range || found.some((a) => !a.inQuote && !a.negated && a.source && !this.relayOpener(a, opening))) return undefined;
    let quoted = -1;
    for (let k = range.first; k < range.end && quoted < 0; k++) if (this.inQuote(k)) quoted = k;
    if (quoted <= range.first || isHeadline(this.v, s)) return undefined;
    // "un traité de « partenariat stratégique global »", "la formule du « … »": the quotation names a thing.
    const noun = ['de', 'du', 'd'].includes(this.folded(quoted - 1)) ? quoted - 2 : quoted - 1;
    if ([noun, quoted].some((k) => this.fw.titleNouns.has(this.folded(k)) || this.fw.labelNouns.has(this.folded(k)))) return undefined;
    const source = opening.source;
    if (!source?.span || source.vague || source.how === SPEAKER_RULES.pronounUnresolved || source.span.end > this.tok(quoted)!.start) return undefined;
    // A person, a body, or the text named before ("Le communiqué s'en prend au Japon, accusé de « … »"); a state acts
    // more often than it speaks ("Moscou enterre le « gendarme » des sanctions").
    const named = source.entityId !== undefined && this.v.mentions.some((m) => m.entityId === source.entityId && (m.type === 'person' || m.type === 'organisation'));
    // "La Russie « dément catégoriquement » ces informations": a quotation that opens on a reporting verb agreeing with
    // the subject right before it is what the subject says, a state's words too.
    const says = this.tokenAt(source.span.end - 1) + 1 === quoted && this.opensOnReport(quoted, opening.np?.number);
    if (!named && !says && !(this.isText(source) && DEFINITE_ARTICLES.has(this.folded(this.tokenAt(source.span.start))))) return undefined;
    // "Poutine a promulgué le traité, dont l'article 4 prévoit une aide « immédiate »": a relative clause on a thing has its
    // own subject; "qui" and "que" keep the speaker's voice ("Elle s'attend à ce que les alliés tentent de « bricoler »").
    for (let k = this.tokenAt(source.span.end - 1) + 1; k < quoted; k++) if (this.fw.thingRelatives.has(this.tok(k)!.text.toLowerCase())) return undefined;
    return { ...source, how: SPEAKER_RULES.subject };
  }

  /** Whether the quotation's first word, token k, is a finite form of a reporting verb of that number ("« condamnent »"). */
  private opensOnReport(k: number, number: GrammaticalNumber | undefined): boolean {
    return (this.rv.forms.get(this.folded(k)) ?? []).some((f) => !f.verb.pronominal && f.verb.usage !== 'incise' && f.verb.rest.length === 0 && /^(?:pres|impf|ps|fut|cond)\./u.test(f.key) && (number === undefined || f.number === undefined || f.number === number));
  }

  /** A relaying phrase that opens the sentence before its subject: "Interrogé par l'AFP, …", "Cité par Yonhap, …". */
  private relayOpener(a: Attribution, opening: OpeningSubject): boolean {
    const range = this.v.sentenceTokens[a.sentence];
    const subject = opening.source?.span;
    return a.relay === true && range !== undefined && subject !== undefined && !opening.source!.vague && this.tokenAt(a.span.start) === range.first && a.span.end <= subject.start && /^\s*,/u.test(this.v.text.slice(a.span.end, subject.start));
  }

  /** Keeps the earliest generic source of a sentence that names no one else, for a demonstrative in the next one. */
  private rememberVague(s: number, found: readonly Attribution[], subject: OpeningSubject): void {
    const usable = found.filter((a) => !a.inQuote && !a.negated && a.source);
    // "une élue de l'opposition se montrait plus prudente. « … », a-t-elle glissé": a generic subject that reports
    // nothing is still the one a pronoun in the next sentence points back to.
    if (usable.length === 0) {
      const np = subject.np;
      if (np?.source?.vague && np.source.span && !np.coordinated) {
        this.lastVague = { sentence: s, source: np.source, number: np.number };
        this.introduce(np.source);
      }
      return;
    }
    // "La Russie y a déclaré à peine 47 000 barils, relève un diplomate européen. « … », tranche-t-il": a generic incise
    // closing the sentence speaks all of it, the named subject inside included.
    const last = [...usable].sort((x, y) => y.span.start - x.span.start)[0]!;
    const closing = last.source!.vague && last.source!.span !== undefined && last.source!.span.start > last.span.start && /,\s*$/u.test(this.v.text.slice(Math.max(0, last.span.start - 3), last.span.start));
    if (closing) {
      this.lastVague = { sentence: s, source: last.source!, number: this.numberOfSource(last) };
      this.introduce(last.source!);
      return;
    }
    if (usable.some((a) => !a.source!.vague)) {
      this.lastVague = undefined;
      return;
    }
    const first = [...usable].sort((x, y) => (x.source!.span?.start ?? x.span.start) - (y.source!.span?.start ?? y.span.start))[0]!;
    this.lastVague = { sentence: s, source: first.source!, number: this.numberOfSource(first) };
    this.introduce(first.source!);
  }

  /** Remembers an unnamed person introduced by "un"/"une" under the head of the phrase ("Un marin azerbaïdjanais"). */
  private introduce(source: Source): void {
    if (!source.span) return;
    const det = this.tokenAt(source.span.start);
    if (!['un', 'une'].includes(this.folded(det))) return;
    const h = this.personHeadAfter(det, this.v.tokens.length);
    if (h >= 0 && !this.introduced.has(this.folded(h))) this.introduced.set(this.folded(h), source);
  }

  /** The person noun after the determiner at det and its adjectives ("un ancien marin"), before `end`, or -1. */
  private personHeadAfter(det: number, end: number): number {
    let h = det + 1;
    while (h < end && this.isPremodifier(h) && !this.mentionAt(h)) h++;
    return h < end && this.isPersonNoun(h) ? h : -1;
  }

  /**
   * "Un marin azerbaïdjanais … glisse …", then paragraphs later "le marin regarde …": a definite description whose head
   * is that of an unnamed person the article introduced is that person, and stays generic.
   */
  private introducedAgain(a: number, h: number, b: number): Source | undefined {
    const head = this.bareDefiniteHead(a, h);
    if (!head) return undefined;
    // Not when a name qualifies it ("le marin du Kang Kon", "le soldat Kim").
    const next = ['de', 'du', 'des', 'd'].includes(this.folded(h + 1)) ? h + 2 : h + 1;
    if (next < b && (this.mentionAt(next) || this.mentionAt(next + 1)?.type === 'person' || isCapitalised(this.tok(next)?.text ?? ''))) return undefined;
    // Named again here: what follows is measured from this mention, as for any anaphor.
    const source = this.introduced.get(head.folded);
    return source ? { ...source, span: this.spanOf(a, b) } : undefined;
  }

  /**
   * "Un analyste occidental, qui a requis l'anonymat, estime … « … », souligne ce spécialiste.": a demonstrative points
   * at the source of the sentence just before, generic or not; a generic one stays generic, so the claim stays vague.
   */
  private anaphoricVague(anaphora: Anaphora, det: number, s: number): Source | undefined {
    // "Un diplomate européen y lit « … ». Le diplomate note que …": a definite article points back as a demonstrative does.
    if (!this.fw.demonstratives.has(this.folded(det)) && !DEFINITE_ARTICLES.has(this.folded(det))) return undefined;
    const last = this.lastVague;
    if (!last || last.sentence !== s - 1 || !last.source.span) return undefined;
    const k0 = this.tokenAt(last.source.span.start);
    const k1 = this.tokenAt(Math.max(last.source.span.start, last.source.span.end - 1)) + 1;
    let compatible = anaphora.roles.has('*');
    for (let k = k0; k < k1 && !compatible; k++) {
      const head = this.vague.heads.longestAt(this.v.tokens, k, k1)?.value.id;
      if (head && anaphora.roles.has(head)) compatible = true;
    }
    return compatible ? last.source : undefined;
  }

  /**
   * "Dans un hangar, un démineur de la brigade démonte les fusées. « … », affirme ce sergent": a demonstrative points at
   * the person its sentence or the one before has just shown with an indefinite article and not named, when no one is
   * named in between; that person stays a generic source.
   */
  private shownJustBefore(det: number, s: number): Source | undefined {
    if (!this.fw.demonstratives.has(this.folded(det))) return undefined;
    const first = this.v.sentenceTokens[Math.max(0, s - 1)]?.first ?? det;
    for (let k = det - 1; k >= first; k--) {
      const m = this.mentionAt(k);
      if (m?.type === 'person' && m.kind !== 'adjective') return undefined;
      if (this.inQuote(k) || !['un', 'une'].includes(this.folded(k))) continue;
      const h = this.personHeadAfter(k, det);
      if (h < 0 || this.mentionAt(h)) continue;
      // Its nationality ("européen") and its complement ("de la brigade"): one word after "de" and its article.
      let end = h + 1;
      while (end < det && this.mentionAt(end)?.kind === 'adjective' && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(end - 1))) end++;
      if (['de', 'du', 'des', 'd'].includes(this.folded(end)) && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(end - 1) + this.gapAfter(end))) {
        const noun = DEFINITE_ARTICLES.has(this.folded(end + 1)) ? end + 2 : end + 1;
        if (noun < det && /^\p{L}/u.test(this.tok(noun)?.text ?? '')) end = noun + 1;
      }
      const unnamed = this.vague.byId.get(VAGUE_UNNAMED_PERSON);
      return unnamed ? this.vagueSource(unnamed, this.textOf(k, end), this.spanOf(k, end)) : undefined;
    }
    return undefined;
  }

  // ---- tokens -------------------------------------------------------------------------------------------------

  private tok(i: number): Token | undefined {
    return this.v.tokens[i];
  }

  private folded(i: number): string {
    if (i === this.articleOf?.token) return this.articleOf.as;
    return this.v.tokens[i]?.folded ?? '';
  }

  /**
   * "De l'avis du chercheur", "aux dires du président ukrainien": a marker that ends on a contracted article (du, des)
   * holds the definite article of its noun phrase: the phrase is read again with that article, and that reading is kept
   * when it names an entity (the researcher or president named before, or the one the base describes).
   */
  private contractedSource(marker: SourceMarker, m: { first: number; end: number }, npEnd: number, i: number, s: number): Source | undefined {
    const k = m.end - 1;
    const as = { du: 'le', des: 'les' }[this.folded(k)];
    if (!as || m.end >= npEnd) return undefined;
    const found = this.withArticle(k, as, () => this.markerSource(marker, k, npEnd, i, s));
    return found && !found.vague && found.entityId !== undefined ? found : undefined;
  }

  /** Reads with the contracted article at token k folded as the article it holds ("du" as "le"), then as written again. */
  private withArticle<T>(k: number, as: string, read: () => T): T {
    this.articleOf = { token: k, as };
    try {
      return read();
    } finally {
      this.articleOf = undefined;
    }
  }

  /** Text between token i and token i + 1. */
  private gapAfter(i: number): string {
    const a = this.v.tokens[i];
    const b = this.v.tokens[i + 1];
    return a && b ? this.v.text.slice(a.end, b.start) : '';
  }

  private inQuote(i: number): boolean {
    return (this.v.tokenQuote[i] ?? -1) >= 0;
  }

  /** Whether token i stands in a quotation that names what a label noun before it calls ("la chaîne « Rybar »"). */
  private labelledQuote(i: number): boolean {
    const q = this.v.quotes[this.v.tokenQuote[i] ?? -1];
    if (!q) return false;
    let k = i;
    while (k > 0 && this.v.tokenQuote[k - 1] === this.v.tokenQuote[i]) k--;
    return k > 0 && this.fw.labelNouns.has(this.folded(k - 1));
  }

  /** The one person the article names before an offset, outside quotations, when it names only one, of no other gender. */
  private onlyPersonNamedBefore(offset: number, gender: Gender | undefined): Mention | undefined {
    let only: Mention | undefined;
    for (const m of this.peopleNamedBack(offset, 0)) {
      if (only && m.entityId !== only.entityId) return undefined;
      only = m;
    }
    if (!only || (gender && this.antecedents.some((a) => a.source.entityId === only.entityId && a.gender !== undefined && a.gender !== gender))) return undefined;
    return only;
  }

  /**
   * "Au bord du fleuve, Wang Lihua, 47 ans, empile des cartons. … « … », soupire la grossiste": the person the base does not
   * know named since a sentence (three back after a quotation, which may span two; one back before a verb: "observe
   * sœur Cecilia Pak. La religieuse estime …"), the only one, is whom a short description means, when nothing shows
   * another gender.
   */
  private unknownNamedJustBefore(offset: number, since: number, gender: Gender | undefined): Mention | undefined {
    const m = this.onePersonNamedSince(offset, since, gender);
    return m?.unknown === true ? m : undefined;
  }

  /**
   * The one person named before an offset since a sentence ("affirme Paul Girard, face à Marc Dufour. « … », répond
   * l'enseignant": of two people, the description may be either), when neither the name nor what the article said of
   * the person shows a gender other than the one given.
   */
  private onePersonNamedSince(offset: number, since: number, gender: Gender | undefined): Mention | undefined {
    const people = [...this.peopleNamedBack(offset, since)];
    const m = people[0];
    if (!m || people.some((x) => x.entityId !== m.entityId)) return undefined;
    if (!gender) return m;
    const named = this.nameGender(this.tokenAt(m.start), true);
    const disagrees = (named !== undefined && named !== gender) || this.antecedents.some((x) => x.source.entityId === m.entityId && x.type === 'person' && x.gender !== undefined && x.gender !== gender);
    return disagrees ? undefined : m;
  }

  /** The persons named (not a demonym, not inside a quotation) before an offset since a sentence, the latest first. */
  private *peopleNamedBack(offset: number, sinceSentence: number): Generator<Mention> {
    for (const m of this.mentionsBack(offset, sinceSentence)) if (m.type === 'person' && m.kind !== 'adjective' && !this.inQuote(this.tokenAt(m.start))) yield m;
  }

  /** The mentions that start before an offset and at or after the start of a sentence, the latest first. */
  private *mentionsBack(offset: number, sinceSentence: number): Generator<Mention> {
    const since = this.v.sentences[Math.max(0, sinceSentence)]?.start ?? 0;
    for (let i = partitionPoint(this.v.mentions, (m) => m.start < offset) - 1; i >= 0; i--) {
      const m = this.v.mentions[i]!;
      if (m.start < since) return;
      yield m;
    }
  }

  /**
   * "Ses analystes ont recensé", "ce que ses chercheurs décrivent": a possessive ties a generic head starting a phrase at
   * token a to the body named last before it, whose people they are.
   */
  private possessiveSource(vm: SequenceMatch<VagueEntry>, a: number, label: string, span: Span, s: number): Source | undefined {
    // "Ses dernières estimations": premodifiers may stand between the possessive and the head.
    let p = vm.first - 1;
    while (p > a && this.isPremodifier(p) && !this.mentionAt(p)) p--;
    if (vm.first <= a || !this.fw.possessives.has(this.folded(p)) || vm.value.id === VAGUE_ON || vm.value.ownedStaysGeneric) return undefined;
    const owner = this.ownerBefore(a, s);
    return { label, span, how: SPEAKER_RULES.possessive, ...(owner ? { entityId: owner.entityId } : {}) };
  }

  /**
   * "Les analystes du centre estiment …" after "le centre de recherche CSIS": a generic head whose complement is a body
   * named only by what it is (du centre, de l'institut, de l'agence) speaks for the body named last before, in its
   * sentence or the one before.
   */
  private describedOwnerSource(vm: SequenceMatch<VagueEntry>, a: number, end: number, label: string, span: Span, s: number): Source | undefined {
    // As for a body named outright: never for "on" or anonymous sources, nor for some officials among many (isSpecific).
    const e = vm.value;
    if (e.id === VAGUE_ON || e.specificWith === 'none' || (e.specificWith === 'state' && this.fw.indefiniteDeterminers.has(this.folded(a)))) return undefined;
    const de = this.folded(vm.end);
    const k = de === 'du' ? vm.end + 1 : de === 'de' && ['la', 'l'].includes(this.folded(vm.end + 1)) ? vm.end + 2 : -1;
    if (k < 0 || k >= end || this.mentionAt(k)) return undefined;
    const body = this.nouns.longestAt(this.v.tokens, k, end);
    // "Les chercheurs du centre britannique": a nationality may qualify the body noun.
    const qualifier = body ? this.mentionAt(body.end) : undefined;
    const bodyEnd = qualifier?.kind === 'adjective' ? this.tokenAt(qualifier.end - 1) + 1 : body?.end;
    if (body?.value.kind !== 'institution' || bodyEnd !== end) return undefined;
    const owner = this.ownerBefore(a, s);
    return owner ? { label, span, how: SPEAKER_RULES.ownerDescribed, entityId: owner.entityId } : undefined;
  }

  /** "Le diplomate …", "les experts …": the source named before that a generic head, after its determiner at a, describes. */
  private describedBy(vm: SequenceMatch<VagueEntry>, a: number, h: number, b: number, n: GrammaticalNumber, s: number): Source | undefined {
    return vm.value.anaphora && vm.first > a && vm.first <= h && !(vm.value.anaphora.singular && n !== 's') ? this.resolveDescription(vm.value.anaphora, a, vm.first, vm.end, b, n, s) : undefined;
  }

  /** The body named last before token a, in its sentence or the one before, outside quotations. */
  private ownerBefore(a: number, sentence: number): Mention | undefined {
    for (const m of this.mentionsBack(this.tok(a)?.start ?? 0, sentence - 1)) {
      if (m.type === 'organisation' && m.kind !== 'adjective' && !this.inQuote(this.tokenAt(m.start))) return m;
    }
    return undefined;
  }

  /** An adverb the list knows, or one in -ment ("fermement"). */
  private isAdverb(k: number): boolean {
    const w = this.folded(k);
    return this.fw.adverbs.has(w) || (w.length > 7 && w.endsWith('ment') && !this.mentionAt(k) && !isCapitalised(this.tok(k)?.text ?? ''));
  }

  /**
   * The gender a name starting at token k shows: an honorific before it ("Mme"), else, for a person's name, a given name
   * the lexicon knows ("Oksana Verbytska").
   */
  private nameGender(k: number, personName: boolean): Gender | undefined {
    if (k > 0 && this.isHonorific(k - 1)) {
      const g = this.fw.honorifics.get(this.folded(k - 1));
      if (g) return g;
    }
    return personName ? this.givenGenders.get(this.tok(k)?.text ?? '') : undefined;
  }

  /** Some token of [k, end) lies in a quotation. */
  private quotedIn(k: number, end: number): boolean {
    for (let j = k; j < end; j++) if (this.inQuote(j)) return true;
    return false;
  }

  /** Token i opens its quotation, which holds at most three words. */
  private opensShortQuote(i: number): boolean {
    const q = this.v.tokenQuote[i] ?? -1;
    if (q < 0 || this.v.tokenQuote[i - 1] === q) return false;
    let n = 1;
    while (this.v.tokenQuote[i + n] === q) n++;
    return n <= 3;
  }

  /** Token i is the only word of its quotation. */
  private quotesOnly(i: number): boolean {
    const q = this.v.tokenQuote[i] ?? -1;
    return q >= 0 && this.v.tokenQuote[i - 1] !== q && this.v.tokenQuote[i + 1] !== q;
  }

  private mentionAt(i: number): Mention | undefined {
    const m = this.v.tokenMention[i] ?? -1;
    return m >= 0 ? this.v.mentions[m] : undefined;
  }

  private textOf(first: number, end: number): string {
    const a = this.v.tokens[first];
    const b = this.v.tokens[end - 1];
    if (!a || !b || end <= first) return '';
    const text = this.v.text.slice(a.start, b.end);
    // "l'état-major interarmées (JCS": a parenthesis the phrase opened is closed in its label.
    return text.lastIndexOf('(') > text.lastIndexOf(')') && this.v.text[b.end] === ')' ? `${text})` : text;
  }

  private spanOf(first: number, end: number): Span {
    return { start: this.v.tokens[first]?.start ?? 0, end: this.v.tokens[end - 1]?.end ?? 0 };
  }

  private isHyphen(gap: string): boolean {
    return /^[-‐‑]$/u.test(gap);
  }

  // ---- one sentence ------------------------------------------------------------------------------------------

  private sentence(s: number): Attribution[] {
    const range = this.v.sentenceTokens[s];
    if (!range) return [];
    const { first, end } = range;
    const found: Attribution[] = [];
    const taken = new Set<number>();
    this.media = [];
    this.current = found;
    this.markers(s, first, end, found, taken);
    this.vaguePhrases(s, first, end, found, taken);
    for (let k = first; k < end; k++) {
      if (taken.has(k)) continue;
      const a = this.verbAt(s, k, first, end, found);
      if (a) {
        found.push(a);
        for (let j = k; j < end && (this.tok(j)?.start ?? Infinity) < a.span.end; j++) taken.add(j);
      }
    }
    this.citing(s, first, end, found);
    this.answeredBy(s, first, end, found);
    this.headlineSource(s, first, end, found);
    this.headlineBracket(s, first, end, found);
    this.throughVoice(found);
    this.vagueSubject(s, first, end, found);
    found.sort((a, b) => a.span.start - b.span.start);
    // "…, a déclaré Kim Jong Gyu, cité par l'agence KCNA": the agency is the medium; it speaks only when nobody else does.
    // Relaying an unnamed officer does not name him: "a confié un officier, cité par le Kyiv Independent" stays vague.
    const named = found.some((a) => !a.relay && !a.inQuote && !a.negated && a.source);
    if (!named) return found;
    this.media = found.filter((a) => a.relay).map((a) => a.span);
    return found.filter((a) => !a.relay);
  }

  /**
   * "La sénatrice a interrogé le général Xavier Brunson sur les troupes. « … », a répondu l'officier": the one questioned
   * in the sentence before, or this one, answers, not someone the description or the pronoun would take up further back.
   * The person questioned is remembered here for the sentences after.
   */
  private answeredBy(s: number, first: number, end: number, found: Attribution[]): void {
    const questioned = this.questioned && this.questioned.sentence >= s - 1 ? this.questioned.mention : undefined;
    if (questioned) {
      const replaced = new Set<string>();
      found.forEach((a, i) => {
        if (a.inQuote || a.negated || !a.source || a.source.vague || !ANSWER_VERBS.has(a.cueId) || !ANSWERER_RULES.has(a.source.how) || a.source.entityId === questioned.entityId) return;
        if (a.source.entityId) replaced.add(a.source.entityId);
        found[i] = { ...a, source: { ...this.mentionSource(questioned), how: SPEAKER_RULES.definite } };
      });
      // "…, a répondu l'officier, qui a jugé leur maintien « indispensable »": the relative takes up the same answerer.
      found.forEach((a, i) => {
        if (a.source?.entityId && replaced.has(a.source.entityId) && a.source.how === SPEAKER_RULES.relative) found[i] = { ...a, source: { ...this.mentionSource(questioned), how: SPEAKER_RULES.relative } };
      });
    }
    for (let v = first; v < end; v++) {
      // "interrogé par l'AFP": the agent put the question.
      if (this.inQuote(v) || !this.fw.questioningForms.has(this.folded(v)) || this.folded(v + 1) === 'par') continue;
      // The person right after the verb, its title and article before the name: "a interrogé le général Xavier Brunson".
      for (let k = v + 1; k < end && k - v <= 6; k++) {
        if (/[,.;:!?«»“”"]/u.test(this.gapAfter(k - 1))) break;
        const m = this.mentionAt(k);
        if (m?.type === 'person' && m.kind !== 'adjective') {
          this.questioned = { mention: m, sentence: s };
          break;
        }
      }
    }
  }

  /**
   * "Global Times : « Personne n'a de leçons à donner à Pékin »", "Le Washington Post : l'aide spatiale s'accélère": a
   * heading that opens on the name of a body (or of a person, before a quotation) and a colon is what that one says.
   * "Corée du Nord : …" and "Guerre en Ukraine : …" name a topic.
   */
  private headlineSource(s: number, first: number, end: number, found: Attribution[]): void {
    if (found.some((a) => !a.inQuote && a.source) || !isHeadline(this.v, s, true)) return;
    let a = first;
    if (DEFINITE_ARTICLES.has(this.folded(a)) && isCapitalised(this.tok(a + 1)?.text ?? '')) a++;
    const m = this.mentionAt(a);
    let b: number;
    let source: Source;
    if (m && m.kind !== 'adjective' && this.tokenAt(m.start) === a) {
      b = this.tokenAt(m.end - 1) + 1;
      if (m.type !== 'organisation' && !(m.type === 'person' && this.quotedIn(b, end))) return;
      source = this.mentionSource(m);
    } else {
      b = this.capitalRun(a, end);
      if (b - a < 2) return;
      source = { label: this.textOf(a, b), span: this.spanOf(a, b), how: SPEAKER_RULES.capitalised };
    }
    if (b >= end || !/^[\s\u00a0\u202f]*:[\s\u00a0\u202f]*[«“"]?[\s\u00a0\u202f]*$/u.test(this.gapAfter(b - 1))) return;
    found.push({ sentence: s, span: this.spanOf(first, b), cue: this.textOf(first, b), cueId: SPEAKER_RULES.headlineColon, source: source.vague ? source : { ...source, how: SPEAKER_RULES.headlineColon }, negated: false, inQuote: false });
  }

  /**
   * "FLASH — Corée du Nord : tir d'un missile balistique (état-major sud-coréen)": a heading that closes on a body or a
   * person in brackets is what that one says, as a wire writes its source. "Kharkiv (Ukraine)" glosses a place.
   */
  private headlineBracket(s: number, first: number, end: number, found: Attribution[]): void {
    // A line of its own, with no full stop, closed by the bracket.
    if (end - first < 4 || end - first > 30 || !/^[^\S\n]*\)\s*$/u.test(this.gapAfter(end - 1))) return;
    if (found.some((a) => !a.inQuote && a.source) || !isOwnLine(this.v, s)) return;
    let a = end - 1;
    while (a > first && end - a < 6 && !/\(\s*$/u.test(this.gapAfter(a - 1)) && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(a - 1))) a--;
    if (a <= first + 1 || !/\(\s*$/u.test(this.gapAfter(a - 1))) return;
    const np = this.resolveNp(a, end, [], undefined, s, 'preverbal');
    const source = np?.pronoun ? undefined : np?.source;
    if (!source || source.vague || !source.span) return;
    const type = this.describe(source, s).type;
    if (type !== 'organisation' && type !== 'person') return;
    found.push({ sentence: s, span: this.spanOf(a, end), cue: this.textOf(a, end), cueId: SPEAKER_RULES.headlineBracket, source: { ...source, how: SPEAKER_RULES.headlineBracket }, negated: false, inQuote: false });
  }

  /** Whether an entity is a country: read from a mention inside the span that names it, else from any mention of it. */
  private isCountry(entityId: string, span: Span | undefined): boolean {
    if (span) {
      for (let k = this.tokenAt(span.start); k < this.v.tokens.length && this.tok(k)!.start < span.end; k++) {
        const m = this.mentionAt(k);
        if (m?.entityId === entityId) return m.type === 'country';
      }
    }
    return this.v.mentions.some((m) => m.entityId === entityId && m.type === 'country');
  }

  /** "La Chine, par la voix de son ambassadeur Fu Cong, a appelé …": the one a state speaks through says its verbs. */
  private throughVoice(found: Attribution[]): void {
    const voice = found.find((a) => a.cueId === 'marker:voice' && a.source && !a.source.vague && !a.inQuote);
    // "par la voix de son agence officielle, KCNA": an agency carries the state's words, it does not speak for it.
    if (!voice?.source || voice.relay) return;
    found.forEach((a, i) => {
      if (a === voice || a.inQuote || !a.source || a.cueId.startsWith('marker:')) return;
      if (a.source.entityId && this.isCountry(a.source.entityId, a.source.span)) found[i] = { ...a, source: { ...voice.source!, how: voice.cueId } };
    });
  }

  /**
   * "…, a rapporté l'agence officielle KCNA, citant le ministre X": the agency relays, the one it cites speaks. The cited
   * source replaces the source of the attribution just before "citant".
   */
  private citing(s: number, first: number, end: number, found: Attribution[]): void {
    for (let k = first + 1; k < end; k++) {
      if (this.inQuote(k)) continue;
      const form = this.rv.forms.get(this.folded(k))?.find((f) => f.verb.relay && f.key !== 'inf');
      if (!form || this.folded(k + 1) === 'par') continue;
      // "Selon les estimations les plus citées, la Corée du Nord …": a past participle cites someone only after its
      // auxiliary ("l'agence a cité un responsable").
      if (form.key === 'pp' && !this.fw.avoir.has(this.folded(k - 1))) continue;
      // "…, citant X" and "…, qui cite X" attach to the attribution before them; "KCNA cite X" is one of its own.
      const participle = form.key === 'ppr';
      const relative = this.fw.relativePronouns.has(this.folded(k - 1)) && /,/u.test(this.gapAfter(k - 2));
      if (participle && !/,/u.test(this.gapAfter(k - 1))) continue;
      // "cite pour sa part un responsable …": an adverbial phrase may stand before the one cited.
      const o = this.fw.adverbialPhrases.longestAt(this.v.tokens, k + 1, end)?.end ?? k + 1;
      const npEnd = this.phraseEnd(o, end, 15);
      const cited = npEnd > o ? this.resolveNp(o, npEnd, this.appositionAfter(npEnd, end), undefined, s)?.source : undefined;
      // Only a person, a body or a generic source can speak: "le rapport cite des images satellites" relays nobody.
      if (!cited || ['source:document', 'source:statement', SPEAKER_RULES.statement].includes(cited.how)) continue;
      // "Le chercheur cite l'aide russe présumée", "qui cite nommément l'utilisation de ces missiles contre l'Ukraine": an
      // entity deep inside the object, or a demonym, names no one cited; the one cited heads the object or follows it.
      const inside = cited.span && cited.span.start > (this.tok(o + 2)?.start ?? Infinity) && cited.span.start < (this.tok(npEnd)?.start ?? Infinity);
      const head = cited.span ? this.mentionAt(this.tokenAt(cited.span.start)) : undefined;
      if (cited.span && (inside || (head?.kind === 'adjective' && head.start === cited.span.start))) continue;
      const source = cited.vague ? cited : { ...cited, how: SPEAKER_RULES.citing };
      const at = this.tok(k)!.start;
      const own = found.findIndex((a) => !a.inQuote && a.span.start <= at && at < a.span.end);
      if (own >= 0) found[own] = { ...found[own]!, source };
      if (!participle && !relative) continue;
      let best = -1;
      found.forEach((a, i) => {
        if (i !== own && !a.inQuote && a.source && a.span.start < at && (best < 0 || a.span.start > found[best]!.span.start)) best = i;
      });
      const relay = found[best];
      if (!relay) continue;
      // "Selon l'agence Yonhap, qui cite des sources militaires, …", "…, souligne Izvestia, qui cite un responsable du
      // ministère": a named source that cites unnamed ones stays the source the reader can check; it names a speaker only
      // when it names one.
      if (cited.vague && relay.source && !relay.source.vague) continue;
      // "« … », a poursuivi Hwang Jae-ho, citant le NIS": a person who cites speaks the words; only a medium relays.
      const person = relay.source?.entityId !== undefined && this.v.mentions.some((m) => m.entityId === relay.source!.entityId && m.type === 'person');
      if (person) continue;
      found[best] = { ...relay, source };
    }
  }

  /** Index of a name in apposition that closes the clause after the role phrase [start, k) and its complements, or -1. */
  private roleNameAhead(start: number, k: number, end: number): number {
    let role = false;
    for (let j = start; j < k; j++) {
      if (this.mentionAt(j)?.type === 'person') return -1;
      // A role ("le représentant adjoint"), or a generic head that a name will make specific ("l'expert en balistique").
      if (this.nouns.longestAt(this.v.tokens, j, k)?.value.kind === 'role' || this.vague.heads.longestAt(this.v.tokens, j, k)) role = true;
    }
    if (!role) return -1;
    for (let e = k; e < end && e - k < 12; e++) {
      if (this.inQuote(e)) return -1;
      // "le vice-amiral sud-coréen à la retraite Jeong Seung-ho": the name may follow the complement with no comma.
      if (e > k && this.mentionAt(e)?.type === 'person') return e;
      const gap = this.gapAfter(e);
      if (/[.;:!?«»“”"()]/u.test(gap)) return -1;
      if (/,/u.test(gap)) return this.appositionAfter(e + 1, end).length > 0 ? e + 1 : -1;
    }
    return -1;
  }

  /**
   * The name in apposition after a phrase [a, b) headed by a person's role ("le conseiller diplomatique du Kremlin,
   * Iouri Ouchakov, …"), closed by punctuation; none when the phrase names its person or is headed by anything else
   * ("selon le Kremlin, Vladimir Poutine a …" has a subject after the comma, not an apposition).
   */
  private roleAppositive(a: number, b: number): { first: number; end: number }[] {
    let h = a;
    while (h < b && this.isPremodifier(h) && !this.mentionAt(h)) h++;
    const noun = this.nouns.longestAt(this.v.tokens, h, b);
    if (noun?.value.kind !== 'role' || !noun.value.anaphora?.types.includes('person')) return [];
    for (let k = a; k < b; k++) if (this.mentionAt(k)?.type === 'person') return [];
    const apposition = this.appositionAfter(b, this.v.tokens.length);
    const last = apposition[0];
    // The name must be closed by a comma or the sentence's end: "…, Iouri Ouchakov, les discussions …".
    if (!last || (last.end < this.v.tokens.length && !/[,.;:!?»”"]/u.test(this.gapAfter(last.end - 1)))) return [];
    return apposition;
  }

  /** A name in apposition after a comma that ends the clause (", Dorothy Shea."), as the appositive of the phrase before it. */
  private appositionAfter(k: number, end: number): { first: number; end: number }[] {
    if (k >= end || !/^\s*,\s*$/u.test(this.gapAfter(k - 1))) return [];
    // ", le général de brigade Osman al-Tayeb,", ", la ministre Anna Lindh,": a title with its article before the name.
    const titledName = this.titledNameAt(k, end);
    if (titledName) return [titledName];
    // ", M. Ouchakov,": the title is not the name, and a surname after it is name enough.
    const titled = this.isHonorific(k);
    const f = titled ? k + 1 : k;
    const m = this.mentionAt(f);
    const nameEnd = m?.type === 'person' ? this.tokenAt(m.end - 1) + 1 : this.capitalRun(f, end);
    if (nameEnd <= f || (!m && !titled && nameEnd - f < 2)) return [];
    if (nameEnd < end && !/[,.;:!?»”")]/u.test(this.gapAfter(nameEnd - 1))) return [];
    return [{ first: f, end: nameEnd }];
  }

  /**
   * A definite article, a few lower-case words of a title, then a person's name closed by punctuation (or by anything,
   * unless `closed`): the name.
   */
  private titledNameAt(k: number, end: number, closed = true): { first: number; end: number } | undefined {
    if (!['le', 'la', 'l'].includes(this.folded(k))) return undefined;
    for (let j = k + 1; j < end && j - k <= 7; j++) {
      // "le capitaine de vaisseau (ER) Yves Kerdraon": an abbreviation in brackets after the title.
      if (/^\s*\($/u.test(this.gapAfter(j - 1)) && /^\p{Lu}{1,4}$/u.test(this.tok(j)?.text ?? '') && /^\)\s*$/u.test(this.gapAfter(j))) continue;
      if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(j - 1)) && !/^\)\s*$/u.test(this.gapAfter(j - 1))) return undefined;
      const m = this.mentionAt(j);
      if (m?.type === 'person' && m.kind !== 'adjective') {
        const nameEnd = this.tokenAt(m.end - 1) + 1;
        // The name closes the clause: punctuation follows, or the text ends.
        if (j === k + 1 || (closed && nameEnd < end && nameEnd < this.v.tokens.length && !/[,.;:!?»”")]/u.test(this.gapAfter(nameEnd - 1)))) return undefined;
        return { first: j, end: nameEnd };
      }
      const t = this.tok(j);
      if (!t || m || !/^\p{Ll}/u.test(t.text) || this.rv.forms.has(t.folded) || this.fw.avoir.has(t.folded) || this.fw.etre.has(t.folded)) return undefined;
    }
    return undefined;
  }

  /**
   * A sentence with no reporting cue whose subject is generic ("Des experts ont identifié …", "Les spéculations sur … ont
   * éclaté") is vaguely sourced all the same: the assertion rests on nobody a reader could check.
   */
  private vagueSubject(s: number, first: number, end: number, found: Attribution[]): void {
    if (found.some((a) => !a.inQuote && a.source)) return;
    const parts = this.commaParts(first, end);
    const at = parts.findIndex((p) => !this.isOpener(p.first) && !this.inQuote(p.first));
    const part = parts[at];
    if (!part) return;
    // "Ancien sergent logisticien, Ri Myong-ho a fait défection": the role is the name's apposition, no source.
    if (this.frontedApposition(part.first, end) >= 0) return;
    let h = part.first;
    while (h < part.end && this.isPremodifier(h)) h++;
    for (let k = part.first; k <= h && k < part.end; k++) {
      const vm = this.vague.heads.longestAt(this.v.tokens, k, part.end);
      if (!vm) continue;
      // "On ne sait pas" is no attribution: "on" counts only as the subject of a reporting verb.
      if (vm.end - vm.first === 1 && this.fw.vaguePronouns.has(this.folded(vm.first))) return;
      if (!this.standsAlone(vm.first, vm.end)) return;
      if (vm.value.id === VAGUE_SOMEONE && this.countsThings(vm.end, part.end)) return;
      if (this.isSpecific(vm.value, vm.end, part.end, [part], this.folded(part.first))) return;
      if (this.personIn([{ first: vm.end, end: Math.min(part.end, vm.end + 4) }]) ?? this.nameAfter(vm.end, part.end) ?? this.namedAfterHead(vm.end, part.end)) return;
      const span = this.spanOf(part.first, vm.end);
      const label = this.textOf(part.first, vm.end);
      // "Sur une image, ses analystes ont compté 73 wagons": a possessive ties the generic to the body named before.
      const possessive = this.possessiveSource(vm, part.first, label, span, s) ?? this.describedOwnerSource(vm, part.first, part.end, label, span, s);
      if (possessive) {
        found.push({ sentence: s, span, cue: label, cueId: SPEAKER_RULES.possessive, source: possessive, negated: false, inQuote: false, reporting: false });
        return;
      }
      // "Les experts y enquêtaient" right after "le groupe d'experts de l'ONU": the panel named before, not a generic source.
      const number = this.fw.determiners.get(this.folded(part.first)) ?? 's';
      const earlier = this.describedBy(vm, part.first, h, part.end, number, s) ?? (number === 's' ? this.describedWitness(vm, part.first, s) : undefined);
      if (earlier) {
        found.push({ sentence: s, span, cue: label, cueId: earlier.how, source: earlier, negated: false, inQuote: false, reporting: false });
        return;
      }
      found.push({ sentence: s, span, cue: label, cueId: vm.value.id, source: this.vagueSource(vm.value, label, span), negated: false, inQuote: false, reporting: false });
      return;
    }
  }

  /** "selon X", "d'après X", "cité par X", "de source X", sentence-initial "Pour X, …". */
  private markers(s: number, first: number, end: number, out: Attribution[], taken: Set<number>): void {
    for (let i = first; i < end; i++) {
      if (this.inQuote(i)) continue;
      const m = this.rv.markers.longestAt(this.v.tokens, i, end);
      if (!m) continue;
      const marker = m.value;
      if (marker.where === 'sentence-start' && !this.startsSentence(i, first)) continue;
      if (marker.where === 'apposition' && !this.sumsUp(i, first)) continue;
      if (marker.notFollowedBy.has(this.folded(m.end))) continue;
      // "À l'en croire, les courriels saisis montrent …": the object pronoun the marker holds is the source.
      if (marker.pronoun) {
        const source = this.resolvePronoun(marker.pronoun, this.tok(i)!.start, s, i + 1);
        out.push({ sentence: s, span: this.spanOf(i, m.end), cue: this.textOf(i, m.end), cueId: marker.id, source, negated: false, inQuote: false });
        for (let k = i; k < m.end; k++) taken.add(k);
        i = m.end - 1;
        continue;
      }
      // "les estimations du renseignement sud-coréen (NIS), selon lequel …": the body named right before the comma.
      if (marker.relative) {
        const antecedent = this.relativeMarkerAntecedent(i, first);
        if (!antecedent || (marker.personOnly && antecedent.type !== 'person')) continue;
        out.push({ sentence: s, span: this.spanOf(i, m.end), cue: this.textOf(i, m.end), cueId: marker.id, source: { ...this.mentionSource(antecedent), how: marker.id }, negated: false, inQuote: false });
        for (let k = i; k < m.end; k++) taken.add(k);
        i = m.end - 1;
        continue;
      }
      // "Dans un rapport du Conseil de sécurité, …": the author is the text's complement.
      const author = marker.heads ? this.textAuthor(marker.heads, m.end, end) : m.end;
      if (author < 0) continue;
      let npEnd = this.phraseEnd(m.end, end, 15);
      if (npEnd <= m.end) continue;
      // "D'après les registres que nous avons consultés": what the outlet itself consulted is its own finding.
      const own = this.outletClauseEnd(npEnd, end);
      if (own > npEnd) npEnd = own;
      // "Réponse du conseiller diplomatique du Kremlin, Iouri Ouchakov, citée par l'agence TASS : « … »": the name in
      // apposition closes the phrase, whatever relays it before the colon.
      if (marker.colon && /,/u.test(this.gapAfter(npEnd - 1))) npEnd = this.apposedNameBeforeColon(npEnd, end) ?? npEnd;
      const colonAfter = (k: number): boolean => /:/u.test(this.gapAfter(k - 1)) || (/,/u.test(this.gapAfter(k - 1)) && this.relayBeforeColon(k, end));
      if (marker.colon ? !colonAfter(npEnd) : marker.where === 'sentence-start' && !/,/u.test(this.gapAfter(npEnd - 1))) continue;
      let found = own > m.end ? { label: this.textOf(m.end, npEnd), span: this.spanOf(m.end, npEnd), how: SPEAKER_RULES.outlet } : this.markerSource(marker, author, marker.heads ? this.beforeParticiple(author, npEnd) : npEnd, i, s);
      if (!marker.heads && own <= m.end) found = this.contractedSource(marker, m, npEnd, i, s) ?? found;
      if (!found) continue;
      const source = found.vague ? found : this.anonymousRelative(found, npEnd, end);
      // "Dans le rapport de la semaine dernière, …" names no author: the sentence's subject speaks.
      if (marker.heads && !source.vague && source.entityId === undefined) continue;
      // "Pour Moscou, l'arrangement présente un avantage décisif": a state's interest, in the author's voice; "Pour Yang Uk,"
      // and "Pour le renseignement estonien," give a view.
      // "Pour Pyongyang, sa coopération avec Moscou est « parfaitement légitime »": words in quotation marks are the state's.
      const state = this.mentionAt(m.end);
      if (marker.where === 'sentence-start' && state?.type === 'country' && state.kind !== 'adjective' && state.start === this.tok(m.end)?.start && this.tokenAt(state.end - 1) + 1 === npEnd && !this.quotedIn(npEnd, end)) continue;
      // "Pour le régime, l'opération est doublement rentable": a regime's interest too.
      if (marker.where === 'sentence-start' && npEnd - m.end <= 3 && ['regime', 'pouvoir'].includes(this.folded(npEnd - 1))) continue;
      // "a dénoncé, par la voix de l'agence officielle KCNA, une « alliance de guerre »": an agency is the medium of the
      // ministry that speaks, not a voice of its own.
      const mediumVoice = marker.id === 'marker:voice' && this.nouns.allIn(this.v.tokens, m.end, npEnd).some((x) => x.value.id === MEDIA_ROLE);
      out.push({ sentence: s, span: this.spanOf(i, npEnd), cue: this.textOf(i, npEnd), cueId: marker.id, source, negated: false, inQuote: false, ...(marker.relay || mediumVoice ? { relay: true as const } : {}) });
      for (let k = i; k < npEnd; k++) taken.add(k);
      i = npEnd - 1;
    }
  }

  /** The person, body or state named right before the comma that opens "selon lequel" at token i ("(NIS), selon lequel"). */
  private relativeMarkerAntecedent(i: number, first: number): Mention | undefined {
    if (i - 1 < first || !/,\s*$/u.test(this.gapAfter(i - 1))) return undefined;
    let k = i - 1;
    // An acronym in brackets after the name: "le service national de renseignement sud-coréen (NIS)".
    if (/^\p{Lu}{2,6}$/u.test(this.tok(k)?.text ?? '') && /\(\s*$/u.test(this.gapAfter(k - 1)) && !this.mentionAt(k)) k--;
    const m = this.mentionAt(k);
    if (!m || m.kind === 'adjective' || this.inQuote(k) || (m.type !== 'organisation' && m.type !== 'person' && m.type !== 'country')) return undefined;
    return m;
  }

  /**
   * "Selon l'un de ses membres, qui s'exprimait sous couvert d'anonymat, …": a relative clause set off after the source's
   * phrase that keeps it anonymous makes it generic.
   */
  private anonymousRelative(source: Source, k: number, end: number): Source {
    if (k >= end || this.folded(k) !== 'qui' || !/,/u.test(this.gapAfter(k - 1))) return source;
    let e = k;
    while (e < end && e - k < 12 && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(e))) e++;
    const hit = allPartsAnonymous(this.vague.phrases, this.v.tokens, [{ first: k, end: e + 1 }]);
    return hit ? this.vagueSource(hit.value, source.label, source.span ?? this.spanOf(k - 1, k)) : source;
  }

  /** "Commandement central américain publié mardi": the author's phrase ends before a participle that follows it. */
  private beforeParticiple(a: number, b: number): number {
    for (let k = a + 1; k < b; k++) if (!this.mentionAt(k) && /^\p{Ll}/u.test(this.tok(k)?.text ?? '') && ACCENTED_PARTICIPLE.test(this.tok(k)?.text ?? '')) return k;
    return b;
  }

  /**
   * The first token of the author in "un rapport du Conseil de sécurité", "les colonnes du Rodong Sinmun" from token a (a
   * determiner, one of the marker's head nouns, at most two adjectives, then "de" and its complement), or -1.
   */
  private textAuthor(heads: SequenceIndex<true>, a: number, end: number): number {
    let h = a;
    while (h < end && this.isPremodifier(h)) h++;
    if (h === a) return -1;
    const head = heads.longestAt(this.v.tokens, h, end);
    if (!head) return -1;
    for (let c = head.end; c < end && c - head.end <= 2 && !this.inQuote(c); c++) {
      if (['de', 'du', 'des', 'd'].includes(this.folded(c))) {
        if (c + 1 >= end || /[,;:]/u.test(this.gapAfter(c))) return -1;
        // "du quotidien" is "le quotidien": the article stays with a common noun, for it to take up a body named before.
        return this.folded(c) === 'du' && !isCapitalised(this.tok(c + 1)?.text ?? '') ? c : c + 1;
      }
      // "Dans une lettre au Conseil de sécurité": a text addressed to a body is not written by it.
      if (this.fw.prepositions.has(this.folded(c)) || /[,;:.]/u.test(this.gapAfter(c))) return -1;
    }
    return -1;
  }

  /**
   * One past a relative clause in which the outlet says it read the thing itself ("que nous avons consultés", "que nous
   * avons pu obtenir") starting at k, or -1. People "que nous avons interrogés" stay who they are.
   */
  private outletClauseEnd(k: number, end: number): number {
    if (k + 1 >= end || !['que', 'qu'].includes(this.folded(k)) || this.inQuote(k)) return -1;
    // "que nous avons consultés", or a medium that says it read them: "que Le Monde a pu consulter".
    const medium = this.mentionAt(k + 1);
    const outlet = this.folded(k + 1) === 'nous' ? k + 2 : medium && medium.kind === 'name' && this.tokenAt(medium.start) === k + 1 && this.isMedium(medium) ? this.tokenAt(medium.end - 1) + 1 : -1;
    if (outlet < 0) return -1;
    let e = outlet;
    let read = false;
    for (; e < end && e - k < 10; e++) {
      const w = this.folded(e);
      read ||= this.fw.mediumParticiples.has(w) || this.fw.mediumInfinitives.has(w);
      if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(e))) {
        e++;
        break;
      }
    }
    return read ? e : -1;
  }

  private markerSource(marker: SourceMarker, a: number, b: number, markerToken: number, s: number): Source | undefined {
    if (marker.vague) {
      const entry = this.vague.byId.get('vague:sources');
      return { label: this.textOf(markerToken, b), span: this.spanOf(markerToken, b), how: marker.id, vague: true, reason: entry?.reason ?? 'an anonymous source', ...(entry ? { reasonId: entry.id } : {}) };
    }
    // "selon lui", "d'après elles": a stressed pronoun resolves like a subject pronoun.
    // "dues selon eux à l'inexpérience des Nord-Coréens": what follows the pronoun is the sentence's, not the source's.
    const n = this.fw.stressedPronouns.get(this.folded(a));
    if (n) return this.resolvePronoun(n, this.tok(a)!.start, s, a);
    // "selon le conseiller diplomatique du Kremlin, Iouri Ouchakov, …": a role phrase followed by ", Name," is the Name.
    const np = this.resolveNp(a, b, this.roleAppositive(a, b), undefined, s);
    if (!np?.source) return undefined;
    // The marker says how the source was found, unless a more telling rule did (a statement reference, a generic head).
    const plainName = np.source.how === SPEAKER_RULES.capitalised || np.source.how.startsWith('source:') || np.source.how.startsWith('kb:');
    return np.source.vague || !plainName ? np.source : { ...np.source, how: marker.id };
  }

  /** One past a person's name that opens the comma part at k ("Iouri Ouchakov"), the part then closing on a colon or a comma. */
  private apposedNameBeforeColon(k: number, end: number): number | undefined {
    const m = this.mentionAt(k);
    if (m?.type !== 'person' || m.kind === 'adjective' || m.start !== this.tok(k)?.start) return undefined;
    const after = this.tokenAt(m.end - 1) + 1;
    return after < end && /[,:]/u.test(this.gapAfter(after - 1)) ? after : undefined;
  }

  /** ", citée par l'agence TASS :" from token k: a relay's participle and its agent, then a colon. */
  private relayBeforeColon(k: number, end: number): boolean {
    if (!this.rv.forms.get(this.folded(k))?.some((f) => f.verb.relay) || this.folded(k + 1) !== 'par') return false;
    for (let j = k + 2; j < end && j - k < 10; j++) {
      if (/:/u.test(this.gapAfter(j))) return true;
      if (/[,.;!?«»“”"]/u.test(this.gapAfter(j))) return false;
    }
    return false;
  }

  /** Token i follows a comma, an indefinite article and a noun or two ("…, un chiffre avancé par", "…, une estimation récente avancée par"). */
  private sumsUp(i: number, first: number): boolean {
    // "Ce chiffre, avancé par le renseignement sud-coréen, n'a jamais été confirmé": a demonstrative opening the sentence
    // takes up what the sentence before said.
    const a = afterDateline(this.v, first, i);
    if (this.fw.demonstratives.has(this.folded(a)) && i - a >= 2 && i - a <= 4 && /,\s*$/u.test(this.v.text.slice(this.tok(i - 1)!.end, this.tok(i)!.start))) {
      let plain = true;
      for (let k = a; k < i - 1; k++) if (/[,.;:«»"“”]/u.test(this.gapAfter(k))) plain = false;
      if (plain) return true;
    }
    for (let d = i - 2; d >= first && i - d <= 4; d--) {
      if (['un', 'une'].includes(this.folded(d)) && /,\s*$/u.test(this.v.text.slice(this.tok(d - 1)?.end ?? 0, this.tok(d)!.start))) return d > first;
      if (/[,.;:«»"“”]/u.test(this.gapAfter(d))) return false;
    }
    return false;
  }

  private startsSentence(i: number, first: number): boolean {
    // "12 h 20 - Pour l'ancien ambassadeur, …": a live blog's time or a dateline opens no clause.
    for (let k = afterDateline(this.v, first, i + 1); k < i; k++) if (!this.fw.conjunctions.has(this.folded(k))) return false;
    return true;
  }

  /** One past the last token of a phrase starting at a: it stops at punctuation, a quotation, or `max` words. */
  private phraseEnd(a: number, end: number, max: number): number {
    let k = a;
    while (k < end && k - a < max && !this.inQuote(k)) {
      k++;
      // "M. Dupont": the period of an honorific ends no phrase.
      const honorificPeriod = /^\.\s+$/u.test(this.gapAfter(k - 1)) && this.isHonorific(k - 1);
      if (k < end && !honorificPeriod && (STOP_PUNCT.test(this.gapAfter(k - 1)) || /,/u.test(this.gapAfter(k - 1)))) break;
      // "un chiffre avancé par le renseignement mais contesté …", "estimé par Séoul à 11 000": a new clause or the figure.
      if (k < end && (this.folded(k) === 'mais' || (this.folded(k) === 'a' && /^\d/u.test(this.tok(k + 1)?.text ?? '')))) break;
      // "un chercheur de l'institut selon lequel …": a relative clause on the phrase is no part of it.
      if (k < end && ['selon', 'd', 'pour'].includes(this.folded(k)) && RELATIVE_LEQUEL.has(this.folded(k + 1))) break;
      // "Plusieurs diplomates interrogés par l'AFP redoutent que …": the agent's phrase ends before the clause's own verb.
      // (A verb form after an article or a preposition is a noun: "selon une analyse d'images".)
      const nounLike = this.fw.determiners.has(this.folded(k - 1)) || this.fw.prepositions.has(this.folded(k - 1));
      // "selon un rapport publié par …": folded, "publié" is also "publie"; its accent shows the participle.
      if (k < end && k - a >= 1 && (this.fw.complementizers.has(this.folded(k)) || (!nounLike && !this.isParticiple(k)))) {
        // "un responsable du ministère s'exprimant sous couvert d'anonymat": the reflexive pronoun is the verb's.
        if (k - 1 > a && REFLEXIVE_PRONOUNS.has(this.folded(k - 1))) k--;
        break;
      }
    }
    return k;
  }

  /**
   * "La plupart de ces navires", "plusieurs des cargaisons": an indefinite that counts things, not people or bodies (no person
   * noun, source noun, generic head or entity after "de" and its determiner), names no source.
   */
  private countsThings(k: number, end: number): boolean {
    if (!['de', 'd', 'des', 'du'].includes(this.folded(k))) return false;
    let h = k + 1;
    while (h < end && h - k <= 2 && this.fw.determiners.has(this.folded(h))) h++;
    if (h >= end || this.inQuote(h) || this.mentionAt(h)) return false;
    return !this.isPersonNoun(h) && !this.nouns.longestAt(this.v.tokens, h, end) && !this.vague.heads.longestAt(this.v.tokens, h, end);
  }

  /** The one person named in the `back` sentences before (or earlier in this one), when the determiner's gender agrees. */
  private describedAnew(w: string, offset: number, sentence: number, back: number): Source | undefined {
    const m = this.onePersonNamedSince(offset, sentence - back, this.genderOfDeterminer(w));
    return m ? this.describedSource(m, offset, sentence, SPEAKER_RULES.definite) : undefined;
  }

  /** The folded noun at token h, or its singular, stands earlier in the article. */
  private headSeenBefore(h: number): boolean {
    const w = this.folded(h);
    const singular = w.replace(/[sx]$/u, '');
    for (let k = 0; k < h; k++) {
      const x = this.folded(k);
      if (x === w || x === singular) return true;
    }
    return false;
  }

  /** The noun phrase set off by a comma right before token k that opens on an indefinite determiner ("Un haut fonctionnaire européen, qui …"). */
  private antecedentPhrase(k: number, first: number): { first: number; end: number } | undefined {
    if (k - 1 < first || !/,/u.test(this.gapAfter(k - 1))) return undefined;
    // "a estimé auprès de l'AP un haut responsable de la défense sud-coréen, qui …": back to the earliest indefinite
    // determiner before a punctuation mark or a verb.
    let found = -1;
    for (let a = k - 1; a >= first && k - a <= 14; a--) {
      if (this.inQuote(a) || (this.rv.forms.has(this.folded(a)) && !this.isParticiple(a)) || this.fw.avoir.has(this.folded(a)) || this.fw.etre.has(this.folded(a))) break;
      if (this.fw.indefiniteDeterminers.has(this.folded(a)) && !['de', 'd'].includes(this.folded(a))) found = a;
      if (a - 1 >= first && /[,.;:!?«»“”"()]/u.test(this.gapAfter(a - 1))) break;
    }
    return found >= 0 ? { first: found, end: k } : undefined;
  }

  private vaguePhrases(s: number, first: number, end: number, out: Attribution[], taken: Set<number>): void {
    for (const m of this.vague.phrases.allIn(this.v.tokens, first, end)) {
      if (this.inQuote(m.first)) continue;
      const span = this.spanOf(m.first, m.end);
      if (out.some((a) => a.span.start <= span.start && span.end <= a.span.end)) continue;
      if (this.namedAfterHead(m.end, end)) continue;
      const e = m.value;
      // "Un haut fonctionnaire européen, qui a requis l'anonymat, va plus loin : « … »": the relative's antecedent is who speaks.
      // So is the phrase an apposition set off by a comma after: "un ancien diplomate chinois, sous couvert d'anonymat, pour qui".
      const who = this.fw.relativePronouns.has(this.folded(m.first)) || (m.first - 1 >= first && /,/u.test(this.gapAfter(m.first - 1))) ? this.antecedentPhrase(m.first, first) : undefined;
      const label = who ? this.textOf(who.first, who.end) : this.textOf(m.first, m.end);
      out.push({ sentence: s, span, cue: this.textOf(m.first, m.end), cueId: e.id, source: { label, span: who ? this.spanOf(who.first, who.end) : span, how: e.id, vague: true, reason: e.reason, reasonId: e.id }, negated: false, inQuote: false });
      for (let k = m.first; k < m.end; k++) taken.add(k);
    }
  }

  /** "Le média indépendant Meduza": a body the rules or the base found right after a head and up to two adjectives. */
  private namedAfterHead(k: number, end: number): Mention | undefined {
    const j = this.afterBareWords(k, end);
    const m = j < end && /^\s+$/u.test(this.gapAfter(j - 1)) ? this.mentionAt(j) : undefined;
    return m && m.type === 'organisation' && m.kind !== 'adjective' && m.start === this.tok(j)?.start ? m : undefined;
  }

  /**
   * One past up to two lower-case words from k that are no function word, no verb of saying and no mention, each followed
   * by a space: the adjectives between a head and a name ("le candidat conservateur Kim Moon-soo").
   */
  private afterBareWords(k: number, end: number): number {
    let j = k;
    while (j < end && j - k < 2 && !this.mentionAt(j) && /^\p{Ll}/u.test(this.tok(j)?.text ?? '') && !isFunctionWord(this.fw, this.folded(j)) && !this.rv.forms.has(this.folded(j)) && /^\s+$/u.test(this.gapAfter(j))) j++;
    return j;
  }

  // ---- reporting verbs ---------------------------------------------------------------------------------------

  private verbAt(s: number, k: number, first: number, end: number, earlier: readonly Attribution[]): Attribution | undefined {
    const hits = this.rv.forms.get(this.folded(k));
    if (!hits) return undefined;
    // Participles first: folding makes "exprimé" and "exprime" one word, and only the participle takes an auxiliary.
    const order = (h: ReportingForm): number => (h.key === 'pp' ? 0 : h.key === 'ppr' ? 2 : h.key === 'inf' ? 3 : 1);
    for (const h of [...hits].sort((a, b) => order(a) - order(b))) {
      if (h.verb.withY && !this.yBefore(k, first)) continue;
      const a = h.key === 'pp' ? this.participle(s, k, h, first, end) : h.key === 'ppr' ? this.presentParticiple(s, k, h, first, end, earlier) : h.key === 'inf' ? this.infinitive(s, k, h, first, end) : this.finite(s, k, h, first, end);
      if (a && this.subjectFits(h, a.source) && this.objectFits(h, k, end)) return a.negated && h.verb.negatedReports ? { ...a, negated: false } : a;
    }
    return undefined;
  }

  /** A source marker of the lexicon ("selon", "à en croire", "si l'on en croit") ends right before token a. */
  private markerEndsAt(a: number): boolean {
    for (let j = Math.max(0, a - 5); j < a; j++) if (this.rv.markers.longestAt(this.v.tokens, j, a)?.end === a) return true;
    return false;
  }

  /** An auxiliary (avoir or être) before token k in its clause, within eight words: the participle's compound tense. */
  private auxiliaryInClause(k: number, first: number): boolean {
    for (let j = k - 1; j >= first && k - j <= 8; j--) {
      const w = this.folded(j);
      if ((this.fw.avoir.has(w) || this.fw.etre.has(w)) && !/^[àÀ]$/u.test(this.tok(j)?.text ?? '')) return true;
      if (/[.;:!?«»“”"]/u.test(this.gapAfter(j))) return false;
    }
    return false;
  }

  /** Index of the subject pronoun of an inversion after token k ("affirment-ils", "a-t-il", "précise-t-on"), or -1. */
  private inversionAfter(k: number, end: number): number {
    if (k + 1 >= end || !this.isHyphen(this.gapAfter(k))) return -1;
    let p = k + 1;
    if (this.folded(p) === 't' && p + 1 < end && this.isHyphen(this.gapAfter(p))) p++;
    const w = this.folded(p);
    return this.fw.subjectPronouns.has(w) || this.fw.vaguePronouns.has(w) ? p : -1;
  }

  /** An adverbial phrase ("pour sa part", "de son côté") whose last word is token p, starting at or after first. */
  private phraseEndingAt(p: number, first: number, limit: number): { first: number; end: number } | undefined {
    for (let j = p; j >= first && p - j <= 3; j--) {
      const phrase = this.fw.adverbialPhrases.longestAt(this.v.tokens, j, limit);
      if (phrase && phrase.end === p + 1) return phrase;
    }
    return undefined;
  }

  /** True when the remaining words of a multi-word lemma follow from token j. */
  private restMatches(h: ReportingForm, j: number, end: number): number {
    let k = j;
    // "estime pour sa part à …": an adverbial phrase may stand between the verb and the rest of its lemma.
    if (h.verb.rest.length > 0) {
      const phrase = this.fw.adverbialPhrases.longestAt(this.v.tokens, k, end);
      if (phrase) k = phrase.end;
      // "font toutefois état de …": so may a plain adverb.
      else if (k < end && this.fw.adverbs.has(this.folded(k)) && this.folded(k + 1) === h.verb.rest[0]) k++;
    }
    for (const w of h.verb.rest) {
      if (k >= end || this.folded(k) !== w) return -1;
      k++;
    }
    return k;
  }

  /** The clitic "y" before the verb, past its auxiliary and a negation: "y voient", "n'y ont pas vu", "y a-t-il vu". */
  private yBefore(k: number, first: number): boolean {
    for (let j = k - 1; j >= first && k - j <= 5; j--) {
      const w = this.folded(j);
      if (w === 'y') return true;
      if (/[,.;:«»"“”]/u.test(this.gapAfter(j))) return false;
      if (!(this.fw.avoir.has(w) || this.fw.etre.has(w) || this.fw.negationBefore.has(w) || this.fw.negationAfter.has(w) || this.fw.adverbs.has(w) || this.fw.subjectPronouns.has(w) || w === 't')) return false;
    }
    return false;
  }

  private hasReflexiveBefore(k: number, first: number): boolean {
    let p = k - 1;
    if (p >= first && this.fw.negationBefore.has(this.folded(p))) p--;
    // "Les trois alliés s'y engagent à « … »", "s'en prennent à": an adverbial pronoun between the reflexive and the verb.
    if (p > first && ['y', 'en'].includes(this.folded(p)) && REFLEXIVE_PRONOUNS.has(this.folded(p - 1))) p--;
    const w = this.folded(p);
    return p >= first && REFLEXIVE_PRONOUNS.has(w) && !/[,.;:]/u.test(this.gapAfter(p));
  }

  private finite(s: number, k: number, h: ReportingForm, first: number, end: number): Attribution | undefined {
    // Inside a quotation only an incise counts: « Ils sont là, a insisté un responsable. Ce qu'ils y font … »
    // NOTE: nor does a quotation that opens on the verb right after a subject ("Pyongyang « admet enfin ce que chacun
    // savait »"): writers give such words to whoever the article quotes about the subject more often than to the subject.
    const quoted = this.inQuote(k);
    // "un homme d'affaires accusé d'avoir exporté", "jugé pour avoir vendu": folded, "accusé" is also "accuse"; its written
    // accent and the infinitive's preposition after it show a passive participle, whose noun is the one accused, when no
    // auxiliary stands before it in its clause ("a, de son côté, dénoncé" reads on).
    if (/é$/iu.test(this.tok(k)?.text ?? '') && ['de', 'd', 'pour'].includes(this.folded(k + 1)) && !this.auxiliaryInClause(k, first)) return undefined;
    const reflexive = this.hasReflexiveBefore(k, first);
    if (h.verb.pronominal !== reflexive) return undefined;
    const prev = k - 1 >= first ? this.folded(k - 1) : '';
    if (!reflexive && k - 1 >= first && !/[,.;:«»"“”]/u.test(this.gapAfter(k - 1))) {
      // "a été condamné": folded, the participle after "été" reads as a present.
      if (this.fw.avoir.has(prev) || this.fw.etre.has(prev) || this.fw.passiveParticiples.has(prev)) return undefined;
      // "Kim Jong Un promet": the last word of a name is no determiner, whatever it folds to.
      const isDet = this.fw.determiners.has(prev) && !this.fw.clitics.has(prev) && !this.fw.pronominalDeterminers.has(prev) && !this.mentionAt(k - 1);
      if (isDet || (this.fw.prepositions.has(prev) && !this.fw.clitics.has(prev))) return undefined;
      // "Comme l'écrit Michel Goya", "comme le note le rapport": after "comme", "le" is the clitic of a verb, not an article.
      if (this.rv.ambiguous.has(this.folded(k)) && (this.fw.determiners.has(prev) || this.fw.prepositions.has(prev)) && !this.commeClause(k, first)) return undefined;
      // "juge son propre chiffre": a word after a determiner and an adjective of nounAdjectives is a noun.
      if (this.fw.nounAdjectives.has(prev) && k - 2 >= first && this.fw.determiners.has(this.folded(k - 2)) && !this.fw.clitics.has(this.folded(k - 2))) return undefined;
    }
    const inv = this.inversionAfter(k, end);
    const after = this.restMatches(h, inv >= 0 ? inv + 1 : k + 1, end);
    if (after < 0) return undefined;
    let groupStart = k;
    if (reflexive) groupStart = REFLEXIVE_PRONOUNS.has(this.folded(k - 1)) ? k - 1 : k - 2;
    const negStart = groupStart - 1 >= first && this.fw.negationBefore.has(this.folded(groupStart - 1)) ? groupStart - 1 : groupStart;
    const negated = negStart < groupStart && this.fw.negationAfter.has(this.folded(after));
    return this.withSubject(s, h, negStart, after, inv, first, end, negated, h.number, quoted);
  }

  private participle(s: number, k: number, h: ReportingForm, first: number, end: number): Attribution | undefined {
    // "ont « déploré » le veto", "ont « condamné fermement »", "ont « fermement condamné »": a quotation of the participle,
    // alone or with an adverb or two on either side, is the verb, quoted; not after "Selon un responsable, le diplomate a
    // « nié en bloc »", where the words are those of the one the marker names.
    let quoteFirst = k;
    while (this.v.tokenQuote[quoteFirst - 1] === this.v.tokenQuote[k] && this.v.tokenQuote[k] !== -1 && this.isAdverb(quoteFirst - 1)) quoteFirst--;
    const alone = this.quotesOnly(k) || (this.opensShortQuote(quoteFirst) && !this.current.some((a) => a.cueId.startsWith('marker:')));
    // Inside a quotation only an incise counts: « Ils sont là, a insisté un responsable. Ce qu'ils y font … »
    const quoted = this.inQuote(k) && !alone;
    // Walk back over adverbs and an inverted pronoun to the auxiliary: "a-t-il déclaré", "ont fermement condamné".
    let p = k - 1;
    let inv = -1;
    let negAfter = false;
    let passive = false;
    let commaParticiple = false;
    for (let steps = 0; p >= first && steps < 6; steps++) {
      const gap = this.gapAfter(p);
      // "Kim Ji-hoon a, lui, appelé Kiev à « … »": a stressed pronoun echoing the subject, between commas after the auxiliary.
      if (p - 1 >= first && this.fw.stressedPronouns.has(this.folded(p)) && /^\s*,\s*$/u.test(gap) && /^\s*,\s*$/u.test(this.gapAfter(p - 1)) && (this.fw.avoir.has(this.folded(p - 1)) || this.fw.etre.has(this.folded(p - 1)))) {
        p--;
        break;
      }
      // "ce rapport, jugé « partial » par Maria Zakharova": a participle set off by a comma has no auxiliary; only its
      // agent can make it report.
      // Not after an adverbial between commas ("Pyongyang a, de son côté, dénoncé une « farce » montée par Washington").
      if (p === k - 1 && !alone && /^\s*,\s*$/u.test(gap) && !this.phraseEndingAt(p, first, k) && !this.isAdverb(p)) {
        commaParticiple = true;
        p = first - 1;
        break;
      }
      if (/[,.;:«»"“”()]/u.test(alone && p === quoteFirst - 1 ? gap.replace(/[«"“]/u, '') : gap)) return undefined;
      const w = this.folded(p);
      if (this.fw.negationAfter.has(w)) negAfter = true;
      if (this.fw.passiveParticiples.has(w)) {
        passive = true;
        p--;
        continue;
      }
      if ((this.fw.subjectPronouns.has(w) || this.fw.vaguePronouns.has(w)) && p - 1 >= first && this.isHyphen(this.gapAfter(p - 1))) {
        inv = p;
        p--;
        if (this.folded(p) === 't' && this.isHyphen(this.gapAfter(p - 1))) p--;
        continue;
      }
      if (this.fw.avoir.has(w) || this.fw.etre.has(w)) break;
      // "Maria Zakharova a elle aussi dénoncé": a stressed pronoun echoing the subject, not the subject.
      if ((this.fw.subjectPronouns.has(w) || this.fw.stressedPronouns.has(w)) && ['aussi', 'meme', 'egalement', 'non'].includes(this.folded(p + 1))) {
        p--;
        continue;
      }
      // "a pour sa part affirmé": the phrase may start on any of the words before p, not only three words back. A phrase
      // first: the last word of "par ailleurs" is an adverb of its own, and the walk would stop on "par".
      const phrase = this.phraseEndingAt(p, first, k);
      if (phrase) {
        p = phrase.first - 1;
        continue;
      }
      // "a officiellement reconnu": an adverb in -ment the list lacks. "a depuis affirmé": a preposition alone between the
      // auxiliary and the participle is an adverb.
      const adverbialPreposition = p === k - 1 && this.fw.prepositions.has(w) && p - 1 >= first && (this.fw.avoir.has(this.folded(p - 1)) || this.fw.etre.has(this.folded(p - 1)));
      if (this.isAdverb(p) || this.fw.negationAfter.has(w) || adverbialPreposition) {
        p--;
        continue;
      }
      p = first - 1;
    }
    let after = this.restMatches(h, k + 1, end);
    if (after < 0) return undefined;
    // "Kim Jong-un a visité des usines et appelé à une « … »": the auxiliary of the verb before "et" carries this one too.
    if (p < first && !passive && !commaParticiple && inv < 0 && !quoted && this.folded(k - 1) === 'et' && !/,/u.test(this.gapAfter(k - 2)) && this.auxiliaryBefore(k - 1, first)) {
      return this.withSubject(s, h, k, after, -1, first, end, false, undefined);
    }
    const auxWord = p >= first ? this.folded(p) : '';
    const avoir = this.fw.avoir.get(auxWord);
    const etre = this.fw.etre.get(auxWord);
    // "Leur nombre était estimé à 11 000 par Washington": "être" with no reflexive before the participle is a passive too.
    if (etre && !passive && !this.hasReflexiveBefore(p, first) && this.fw.passiveReports.has(this.folded(k))) passive = true;
    if (passive || (!avoir && !etre)) {
      // "annoncé par Moscou", "a été démenti par le Kremlin": the agent is the source.
      // "Moscou et Pyongyang accusés d'un vaste trafic maritime par le MSMT": the agent may follow the verb's complement.
      let by = after;
      // Only a participle ("accusés", not "affirme" folded).
      if (this.folded(by) !== 'par' && this.isParticiple(k)) {
        // "jugé « partial et commandé » par Maria Zakharova": the complement may be a quotation.
        const gap = (j: number): string => this.gapAfter(j).replace(/[«»“”"]/gu, '');
        for (let j = after; j < end && j - after < 8 && !STOP_PUNCT.test(gap(j)) && !/,/u.test(gap(j)); j++) {
          const w = this.folded(j);
          if (!this.inQuote(j) && (this.rv.forms.has(w) || this.fw.complementizers.has(w) || this.fw.avoir.has(w) || this.fw.etre.has(w))) break;
          if (this.folded(j + 1) === 'par' && (this.fw.determiners.has(this.folded(j + 2)) || this.mentionAt(j + 2))) {
            by = j + 1;
            break;
          }
        }
      }
      if (this.folded(by) !== 'par') return undefined;
      // After a comma, only words quoted between the participle and its agent make it a report: "ce rapport, jugé « partial »
      // par Maria Zakharova", not "le groupe d'experts, condamné par un veto russe".
      if (commaParticiple && !this.quotedIn(k + 1, by)) return undefined;
      after = by;
      // "On estime par ailleurs que …": "par ailleurs" is an adverb, not an agent.
      if (this.fw.adverbialPhrases.longestAt(this.v.tokens, after, end)?.first === after) return undefined;
      // "…, un projet présenté par Kim au chantier naval": a participle right after a noun inside the clause qualifies that
      // noun alone. Set off by a comma ("le retrait, annoncé par Moscou, …"), opening the clause, or qualifying its subject
      // ("Des images publiées par 38 North montrent …"), it sources the clause.
      // "…, un incident jugé « dangereux » par le premier ministre": a noun in apposition that sums up the clause before.
      if (!passive && k > first && !/,/u.test(this.gapAfter(k - 1)) && !this.mentionAt(k - 1) && !this.subjectHeadBefore(k, first) && !(this.sumsUp(k, first) && this.fw.passiveReports.has(this.folded(k)))) return undefined;
      if (h.verb.usage === 'incise') return undefined;
      // "Des courtiers interrogés par RFI": a verb that reports only as a reflexive ("s'interroger") has no agent in that sense.
      if (h.verb.pronominal) return undefined;
      const npEnd = this.phraseEnd(after + 1, end, 12);
      // "jugé « politisé » par le représentant russe, Guennadi Gatilov.": a name set off after the role, closing the clause.
      const named = npEnd < end && /,/u.test(this.gapAfter(npEnd - 1)) ? this.mentionAt(npEnd) : undefined;
      const namedEnd = named ? this.tokenAt(named.end - 1) + 1 : npEnd;
      const appositive = named?.type === 'person' && named.kind !== 'adjective' && this.tokenAt(named.start) === npEnd && (namedEnd >= end || /[,.;:!?)]/u.test(this.gapAfter(namedEnd - 1))) ? [{ first: npEnd, end: namedEnd }] : [];
      const np = this.resolveNp(after + 1, npEnd, appositive, undefined, s);
      if (!np?.source) return undefined;
      // "cités anonymement par le New York Times": a verb that relays names the medium, not the speaker.
      return { sentence: s, span: this.spanOf(k, npEnd), cue: this.textOf(k, npEnd), cueId: h.verb.id, source: { ...np.source, how: np.source.vague ? np.source.how : SPEAKER_RULES.agent }, negated: false, inQuote: false, ...(h.verb.relay ? { relay: true as const } : {}) };
    }
    if (avoir && h.verb.pronominal) return undefined;
    let auxStart = p;
    if (etre) {
      // With être only a reflexive verb reports ("s'est dit"); "est convenu" without one is a passive or a state.
      if (!this.hasReflexiveBefore(p, first)) return undefined;
      auxStart = REFLEXIVE_PRONOUNS.has(this.folded(p - 1)) ? p - 1 : p - 2;
    } else if (h.verb.pronominal) return undefined;
    const negStart = auxStart - 1 >= first && this.fw.negationBefore.has(this.folded(auxStart - 1)) ? auxStart - 1 : auxStart;
    const negated = negStart < auxStart && negAfter;
    return this.withSubject(s, h, negStart, after, inv, first, end, negated, avoir ?? etre, quoted);
  }

  private presentParticiple(s: number, k: number, h: ReportingForm, first: number, end: number, earlier: readonly Attribution[]): Attribution | undefined {
    if (this.inQuote(k)) return undefined;
    const after = this.restMatches(h, k + 1, end);
    if (after < 0 || !this.usageOk(h, after, end, false, k)) return undefined;
    // "la politique de la Russie visant à défendre …": another sense of the verb, as for its finite forms.
    if (h.verb.notFollowedBy?.longestAt(this.v.tokens, after, end)) return undefined;
    // "…, y voyant « … »", "…, les accusant de …", "en y voyant": an object clitic right after a comma or "en" belongs to the
    // participle, not to a noun phrase before it.
    let c = k;
    if (c - 2 >= first && this.fw.clitics.has(this.folded(c - 1)) && !REFLEXIVE_PRONOUNS.has(this.folded(c - 1)) && this.folded(c - 1) !== 'en' && (/,/u.test(this.gapAfter(c - 2)) || this.folded(c - 2) === 'en')) c--;
    // "Des responsables du ministère, s'exprimant sous couvert d'anonymat, …": a reflexive pronoun belongs to the participle.
    const v = c - 1 >= first && REFLEXIVE_PRONOUNS.has(this.folded(c - 1)) ? c - 1 : c;
    const commaBefore = v - 1 >= first && /,/u.test(this.gapAfter(v - 1));
    let source: Source | undefined;
    if (!commaBefore && v - 1 >= first && this.folded(v - 1) !== 'en') {
      // "une déclaration commune soulignant …": the noun phrase just before is the subject.
      let d = v - 1;
      while (d > first && v - d < 7 && !this.fw.determiners.has(this.folded(d))) d--;
      source = this.resolveNp(d, v, [], undefined, s)?.source;
    }
    // "Téhéran a démenti, son porte-parole, Mehdi Sadeghi-Far, dénonçant une « guerre psychologique »": an absolute clause
    // names its own subject before the participle.
    if (!source && commaBefore) source = this.absoluteSubject(v, first);
    if (!source) {
      const prior = [...earlier].reverse().find((a) => a.source && !a.inQuote && a.span.start < (this.tok(k)?.start ?? 0));
      source = prior?.source;
    }
    // "…, Valéri Guerassimov, avait ouvert la voie en saluant « l'héroïsme » …": a gerund's subject is the sentence's.
    // "Le diplomate a renvoyé dos à dos Washington et Moscou, estimant que « … »": after a comma too.
    if (!source && (this.folded(v - 1) === 'en' || commaBefore)) source = this.sentenceSubject(s, first, end)?.source;
    if (!source) source = this.preverbalSubject(s, k, first, undefined)?.source;
    if (!source || !this.subjectFits(h, source)) return undefined;
    return { sentence: s, span: this.spanOf(k, after), cue: this.textOf(k, after), cueId: h.verb.id, source: source.vague ? source : { ...source, how: SPEAKER_RULES.participle }, negated: false, inQuote: false };
  }

  /**
   * The person of an absolute clause ending at token v: after a comma, a role phrase with its determiner, then the
   * person's name between commas ("Téhéran a démenti, son porte-parole, Mehdi Sadeghi-Far, dénonçant …").
   */
  private absoluteSubject(v: number, first: number): Source | undefined {
    const parts = this.commaParts(first, v);
    const name = parts[parts.length - 1];
    const role = parts[parts.length - 2];
    if (!name || !role || parts.length < 3) return undefined;
    const m = this.mentionAt(name.first);
    if (!m || m.type !== 'person' || m.kind === 'adjective' || this.tokenAt(m.start) !== name.first || this.tokenAt(m.end - 1) + 1 !== name.end) return undefined;
    const w = this.folded(role.first);
    if (!this.fw.possessives.has(w) && !DEFINITE_ARTICLES.has(w)) return undefined;
    return this.nouns.longestAt(this.v.tokens, role.first + 1, role.end)?.value.kind === 'role' ? this.mentionSource(m) : undefined;
  }

  private infinitive(s: number, k: number, h: ReportingForm, first: number, end: number): Attribution | undefined {
    if (this.inQuote(k) || h.verb.pronominal) return undefined;
    const after = this.restMatches(h, k + 1, end);
    // "s'est borné à y voir « … »": a clitic between the preposition and the infinitive.
    const v = this.folded(k - 1) === 'y' ? k - 1 : k;
    // "continue pourtant de démentir": adverbs may stand between the governing verb and its preposition.
    let gov = v - 2;
    while (gov > first && gov > v - 5 && this.fw.adverbs.has(this.folded(gov)) && !this.rv.forms.has(this.folded(gov))) gov--;
    // "continuent de nier ces transferts": after a verb that only carries it, an infinitive that reports wherever it stands
    // needs no complement ("ont appris à reconnaître les obus" is recognising, not acknowledging).
    const carried = h.verb.usage === 'any' && (h.verb.withY || this.fw.aspectualVerbs.has(this.folded(gov)));
    if (after < 0 || !(this.complementFollows(after, end) || carried)) return undefined;
    const prev = this.folded(v - 1);
    // "finit par lâcher qu'il a vu …": after an aspectual verb and "par", the infinitive is what the subject ends up saying.
    const endsUp = prev === 'par' && this.fw.aspectualVerbs.has(this.folded(gov));
    if (!['pour', 'de', 'd', 'a', 'afin'].includes(prev) && !endsUp) return undefined;
    // "a appelé à dénoncer", "pour souligner": with "à" or "de" the infinitive must hang on a verb of saying; in "la
    // politique de la Russie visant à défendre sa souveraineté « … »" it hangs on a participle that says nothing.
    // "a tenu à rappeler que …": a verb that only carries the infinitive may govern it too.
    // A verb of saying in another sense before its preposition ("viser à") governs nothing either.
    const says = this.rv.forms.get(this.folded(gov))?.some((f) => !f.verb.notFollowedBy?.longestAt(this.v.tokens, gov + 1, end)) === true;
    if (['de', 'd', 'a'].includes(prev) && this.folded(gov) !== 'afin' && !says && !this.fw.aspectualVerbs.has(this.folded(gov))) return undefined;
    // "s'est borné à répéter que": the subject stands before the governing verb's auxiliary and reflexive pronoun.
    let g = (['de', 'd', 'a'].includes(prev) && this.folded(gov) !== 'afin') || endsUp ? gov : v - 1;
    while (g - 1 >= first && g < v - 1 && (this.fw.avoir.has(this.folded(g - 1)) || this.fw.etre.has(this.folded(g - 1)) || REFLEXIVE_PRONOUNS.has(this.folded(g - 1)) || this.fw.adverbs.has(this.folded(g - 1)))) g--;
    // "Le diplomate n'a pas démenti …, se bornant à évoquer « … »": after a comma, a participle's subject is the sentence's.
    // "Kim Moon-soo s'est emparé du rapport dès jeudi soir pour accuser son adversaire de « … »": an infinitive of purpose
    // says what the subject of the sentence does.
    const purpose = prev === 'pour' || prev === 'afin';
    const np = g > first && /,/u.test(this.gapAfter(g - 1)) ? this.sentenceSubject(s, first, end) : this.preverbalOrSentenceSubject(s, g, first, end, purpose);
    if (!np?.source) return undefined;
    return { sentence: s, span: this.spanOf(k, after), cue: this.textOf(k, after), cueId: h.verb.id, source: np.source, negated: false, inQuote: false };
  }

  /** The subject before the verb group at `g`; failing a source there, the sentence's subject when `fallback` allows it. */
  private preverbalOrSentenceSubject(s: number, g: number, first: number, end: number, fallback: boolean): NpResult | undefined {
    const np = this.preverbalSubject(s, g, first, undefined);
    return np?.source || !fallback ? np : this.sentenceSubject(s, first, end);
  }

  /** "auprès du ministère", "auprès de l'entourage du président" right after the verb group at k: the source one learnt from. */
  private learntFrom(k: number, end: number, s: number): Source | undefined {
    if (this.folded(k) !== 'aupres' || !['de', 'du', 'des', 'd'].includes(this.folded(k + 1))) return undefined;
    const a = k + 1;
    let b = a + 1;
    while (b < end && b - a < 14 && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(b - 1))) b++;
    // "auprès du ministère" is "de" and "le ministère": the phrase is read from its contracted article.
    const np = this.resolveNp(this.folded(a) === 'du' || this.folded(a) === 'des' ? a : a + 1, b, [], undefined, s);
    return np?.source;
  }

  /** Finds the subject of a verb group [groupStart … verbEnd) and builds the attribution. */
  private withSubject(s: number, h: ReportingForm, groupStart: number, after: number, inv: number, first: number, end: number, negated: boolean, number: GrammaticalNumber | undefined, quoted = false): Attribution | undefined {
    const groupEnd = Math.max(after, inv + 1);
    const cueSpan = this.spanOf(groupStart, groupEnd);
    // "ont « déploré »": the cue reads as its words, without the marks of a verb quoted alone.
    const cue = this.v.text.slice(cueSpan.start, cueSpan.end).replace(/[«“"][\s\u00a0\u202f]*/gu, '');
    const base = { sentence: s, span: cueSpan, cue, cueId: h.verb.id, negated, inQuote: false };
    // "», m'a confié un armateur", "», nous explique un diplomate": an indirect-object pronoun may open an incise.
    let lead = groupStart;
    if (lead - 1 >= first && INCISE_OBJECT_PRONOUNS.has(this.folded(lead - 1)) && !/[,.;:«»"“”]/u.test(this.gapAfter(lead - 1))) lead--;
    // "« … », l'a coupée le politologue": so may a direct-object pronoun, right after the quotation.
    else if (lead - 1 >= first && ['l', 'le', 'la', 'les'].includes(this.folded(lead - 1)) && !/[,.;:«»"“”]/u.test(this.gapAfter(lead - 1)) && CLOSING_BEFORE.test(this.v.text.slice(Math.max(0, (this.tok(lead - 1)?.start ?? 0) - 3), this.tok(lead - 1)?.start ?? 0))) lead--;
    const before = this.v.text.slice(Math.max(this.v.sentences[s]?.start ?? 0, (this.tok(lead)?.start ?? 0) - 3), this.tok(lead)?.start ?? 0);
    const atStart = lead === first;
    // "Comme l'a souligné le chercheur, …", "…, ainsi que le rappelle le rapport": the subject follows the verb.
    const comme = this.commeClause(lead, first);
    // "Certains États membres, explique-t-il, craignent des représailles": after an incise the main clause resumes.
    const afterIncise = lead - 2 >= first && this.fw.subjectPronouns.has(this.folded(lead - 1)) && this.isHyphen(this.gapAfter(lead - 2)) && /,\s*$/u.test(before);
    const incisePosition = (CLOSING_BEFORE.test(before) && !afterIncise) || atStart || comme;
    if (quoted && !/,\s*$/u.test(before)) return undefined;
    if (inv >= 0) {
      if (!this.usageOk(h, groupEnd, end, true, groupStart)) return undefined;
      const w = this.folded(inv);
      // "« … », y lit-on": the statement the article named before, in which one reads it.
      if (this.fw.vaguePronouns.has(w) && h.verb.textSource) {
        const text = this.earlierStatement(groupStart, s);
        return text ? { ...base, source: { label: text.label, span: this.spanOf(inv, inv + 1), how: SPEAKER_RULES.statement, ...(text.entityId ? { entityId: text.entityId } : {}) } } : undefined;
      }
      // "…, a-t-on appris auprès du ministère sud-coréen des Affaires étrangères": whom one learnt it from is the source.
      const from = this.fw.vaguePronouns.has(w) ? this.learntFrom(groupEnd, end, s) : undefined;
      if (from) return { ...base, source: from };
      if (this.fw.vaguePronouns.has(w)) return { ...base, source: this.onSource(inv) };
      return { ...base, source: this.resolvePronoun(this.fw.subjectPronouns.get(w) ?? 's', this.tok(inv)!.start, s, inv) };
    }
    if (incisePosition && (comme || !this.complementFollows(groupEnd, end, false))) {
      const np = this.postverbalNp(groupEnd, end, number, quoted);
      if (np && (comme || this.isIncise(h, first, groupStart, np, number))) {
        if (!this.usageOk(h, groupEnd, end, true, groupStart)) return undefined;
        // "a écrit le président américain sur son réseau Truth Social": the subject ends before a complement of place or time.
        const npEnd = Math.max(np.first + 1, this.qualifierEnd(np.first + 1, np.end));
        const r = this.resolveNp(np.first, npEnd, np.appositives, number, s, /[»”"]\s*,?\s*$/u.test(before) ? 'quotedInversion' : 'inversion');
        const kept: string[] = [SPEAKER_RULES.statement, SPEAKER_RULES.definite, SPEAKER_RULES.knowledgeBase];
        if (r?.source) return { ...base, source: r.source.vague || kept.includes(r.source.how) ? r.source : { ...r.source, how: SPEAKER_RULES.inversion } };
        if (r?.pronoun) return { ...base, source: this.resolvePronoun(r.pronoun.number, this.tok(r.pronoun.token)!.start, s, r.pronoun.token) };
      }
    }
    if (quoted) return undefined;
    const usage = this.usageOk(h, groupEnd, end, false, groupStart);
    if (!usage && h.verb.usage !== 'complement') return undefined;
    const subject = this.preverbalSubject(s, groupStart, first, number);
    if (!subject) return undefined;
    // NOTE: "Des diplomates doutent de l'efficacité des mesures": a generic subject voicing a judgement is a vague report
    // even with no que after the verb; a named subject needs the complement, or "Moscou craint les sanctions" would be a quote.
    // "Le NIS évoque des transferts", "Le document attribue les débris à des missiles KN-23": a verb that says what a named
    // source states, shows or counts reports its noun-phrase object too.
    // "L'armée n'a pas précisé leur origine", "Le Kremlin n'a pas confirmé l'information": a named source that says nothing of
    // it is the sentence's only voice (a refusal to comment), never its content's.
    // Only a short object closing the sentence: "Le régime n'a jamais informé les familles, et plusieurs centaines …" goes on.
    const refusalOnly = negated && end - groupEnd <= 10 && !/[,;:«»“”"]/u.test(this.v.text.slice(this.tok(groupEnd - 1)?.end ?? 0, this.tok(end - 1)?.end ?? 0));
    // Without its complement the verb reports only what a generic subject says, or a named subject's noun-phrase object.
    const bare = !usage && !subject.source?.vague && !(h.verb.nounObject && subject.source);
    if (bare && !(refusalOnly && subject.source)) return undefined;
    // "Au Kremlin, on relativise.": a verb that closes its sentence says nothing a generic subject could source.
    if (!usage && subject.source?.vague && groupEnd >= end) return undefined;
    // "Des experts n'ont pas souhaité commenter": a generic subject declining, with no clause after, refuses too.
    const refusal = bare || (refusalOnly && subject.source?.vague && !this.thatOrQuoteFollows(groupEnd, end)) ? { refusal: true as const } : {};
    // "un sujet dont on parle peu", "le 11e corps, que l'on appelle aussi Storm Corps": "on" in a relative clause on a thing
    // names it or talks of it, and reports nothing, unless what it says follows ("dont on dit qu'il …").
    if (subject.source?.how === VAGUE_ON && subject.source.span && this.inRelativeOn(this.tokenAt(subject.source.span.start), first) && !this.complementFollows(groupEnd, end)) return undefined;
    // "L'arrangement présente un avantage décisif : …": a phrase no lexicon knows speaks only with que or a quotation after it.
    // So does a group of unnamed people ("Les artilleurs ukrainiens ont appris à reconnaître les obus" is no report).
    if ((subject.source?.how === SPEAKER_RULES.nounPhrase || subject.source?.how === SPEAKER_RULES.unnamedGroup) && !this.thatOrQuoteFollows(groupEnd, end)) return undefined;
    return { ...base, ...refusal, ...(subject.source ? { source: subject.source } : {}), ...(subject.coordinated ? { scopeStart: cueSpan.start } : {}) };
  }

  /**
   * An incise ("…, a déclaré le porte-parole") rather than a subject ending in a comma followed by an object
   * ("Les ministres …, ont publié une déclaration"): the noun phrase after the verb agrees with it, and what comes before
   * is reported content (a quotation, or a clause with a verb in it) or the verb is one used only in incises.
   */
  private isIncise(h: ReportingForm, first: number, groupStart: number, np: { first: number; end: number; appositives: readonly { first: number; end: number }[] }, number: GrammaticalNumber | undefined): boolean {
    const last = np.appositives[np.appositives.length - 1];
    const npNumber = this.guessNumber(np.first, last ? last.end : np.end);
    if (number && npNumber !== number && !this.fw.vaguePronouns.has(this.folded(np.first))) return false;
    if (h.verb.usage !== 'any') return true;
    const before = this.v.text.slice(Math.max(0, (this.tok(groupStart)?.start ?? 0) - 3), this.tok(groupStart)?.start ?? 0);
    // "La Russie, affirme Kim Yong-hyun, a livré des missiles", "Une partie des marchandises, murmurent les commerçants,
    // finirait …": set off by commas inside a clause whose verb comes after it.
    const setOff = last ? last.end : np.end;
    const resumed = this.folded(setOff);
    if (groupStart > first && /,\s*$/u.test(before) && /^\s*,\s*$/u.test(this.gapAfter(setOff - 1)) && !this.mentionAt(setOff) && (this.fw.avoir.has(resumed) || this.fw.etre.has(resumed) || this.fw.negationBefore.has(resumed) || (resumed.length > 4 && TENSE_ENDINGS.test(resumed)))) return true;
    if (/[»”"]\s*,?\s*$/u.test(before)) return true;
    // "…, a affirmé mercredi le directeur de l'Institut …, Oleksandr Rouvine.": a person named after the verb, closing the
    // sentence, is the one speaking; an object would not be set off by a comma from a subject.
    const npEnd = last ? last.end : np.end;
    const after = this.tok(npEnd - 1)?.end ?? 0;
    const closes = /^\s*[.!?…]/u.test(this.v.text.slice(after, after + 4));
    if (closes && /,\s*$/u.test(before) && groupStart - first >= 6 && this.personIn([{ first: np.first, end: npEnd }, ...np.appositives])) return true;
    // "Pyongyang livre des obus, affirment les journalistes.": people named by what they do, agreeing with the verb and
    // closing the sentence, are who says it.
    const head = this.fw.determiners.has(this.folded(np.first)) ? np.first + 1 : np.first;
    if (closes && /,\s*$/u.test(before) && groupStart - first >= 3 && number !== undefined && npNumber === number && !this.mentionAt(head) && (this.isPersonNoun(head) || this.nouns.longestAt(this.v.tokens, head, npEnd)?.value.kind === 'role')) return true;
    for (let k = first; k < groupStart; k++) {
      if (this.inQuote(k)) return true;
      const w = this.folded(k);
      if (this.fw.avoir.has(w) || this.fw.etre.has(w)) return true;
      if (w.length > 4 && TENSE_ENDINGS.test(w)) return true;
      // "Les missiles portent des marquages": a plural noun, then a word in -ent that is no adverb in -ment; or another
      // word closing a plural subject ("Les débris de Kharkiv portent", "Des roquettes retrouvées sur une plage portent").
      // "Les ouvriers y travaillent": clitics may stand between the subject and its verb.
      let p = k - 1;
      while (p > first && (this.fw.clitics.has(this.folded(p)) || this.fw.negationBefore.has(this.folded(p)))) p--;
      const subjectEnd = /[sx]$/u.test(this.folded(p)) || (!isFunctionWord(this.fw, this.folded(p)) && this.pluralArticleBefore(p, first));
      if (k > first && w.length > 4 && /ent$/u.test(w) && !/ment$/u.test(w) && subjectEnd && !this.fw.prepositions.has(this.folded(p)) && !this.fw.adverbs.has(w) && !this.mentionAt(k)) return true;
      if (this.rv.forms.get(w)?.some((f) => f.key !== 'pp' && f.key !== 'inf')) return true;
      // "Ce volume dépasse largement le plafond, souligne le rapport": a determiner and its noun open the sentence, then a
      // lower-case word in -e, -t or -d before an adverb or a determiner is the verb of a clause.
      const text = this.tok(k)?.text ?? '';
      if (k === first + 2 && this.fw.determiners.has(this.folded(first)) && !isFunctionWord(this.fw, this.folded(first + 1)) && /^\p{Ll}{4,}$/u.test(text) && /(?:e|it|t|d)$/u.test(w) && !/[éè]e?s?$/u.test(text) && !this.fw.adverbs.has(w) && !this.mentionAt(k)) {
        const next = this.isAdverb(k + 1) ? k + 2 : k + 1;
        if (next < groupStart && this.fw.determiners.has(this.folded(next)) && !['de', 'd'].includes(this.folded(next))) return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb group at token k opens "comme l'a …", "comme le …", "ainsi que l'ont …", "ce qu'affirme …": a clause
   * whose subject follows.
   */
  private commeClause(k: number, first: number): boolean {
    // "C'est ce qu'assure une source militaire", "ce que rapporte le Pentagone": a relative on "ce" with its verb first.
    if (k - 2 >= first && ['que', 'qu'].includes(this.folded(k - 1)) && this.folded(k - 2) === 'ce') return true;
    if (k - 2 < first || !['l', 'le'].includes(this.folded(k - 1))) return false;
    // "Comme me le disait un ancien collègue": an indirect object may stand before "le".
    const j = INCISE_OBJECT_PRONOUNS.has(this.folded(k - 2)) ? k - 3 : k - 2;
    if (j < first) return false;
    const w = this.folded(j);
    return w === 'comme' || ((w === 'que' || w === 'qu') && j - 1 >= first && this.folded(j - 1) === 'ainsi');
  }

  /** Whether "les" or "des" stands among the twelve words before token k, from `first` on. */
  private pluralArticleBefore(k: number, first: number): boolean {
    for (let j = k - 1; j >= first && k - j <= 11; j--) if (this.folded(j) === 'les' || this.folded(j) === 'des') return true;
    return false;
  }

  /** Whether "on" at token p opens a relative clause: "dont on", "que l'on", "qu'on" after a noun, not after a verb. */
  private inRelativeOn(p: number, first: number): boolean {
    const rel = this.folded(p - 1) === 'l' ? p - 2 : p - 1;
    if (rel < first) return false;
    const w = this.folded(rel);
    return w === 'dont' || (['que', 'qu'].includes(w) && rel - 1 >= first && !this.rv.forms.has(this.folded(rel - 1)) && !this.fw.complementizers.has(this.folded(rel - 1)));
  }

  private onSource(token: number): Source {
    const body = this.bodyFramingOn(token);
    if (body) return { ...this.mentionSource(body), how: SPEAKER_RULES.bodyOn };
    const e = this.vague.byId.get(VAGUE_ON);
    const span = this.spanOf(token, token + 1);
    return { label: 'on', span, how: e?.id ?? VAGUE_ON, vague: true, reason: e?.reason ?? '"on" names nobody.', ...(e ? { reasonId: e.id } : {}) };
  }

  /**
   * "À l'Élysée, on insiste sur …", "Au Kremlin, l'on dément": the body named in the place phrase that opens the sentence
   * right before "on" is who speaks. Not a city or a state ("À Kiev, on rappelle …" stays anyone there).
   */
  private bodyFramingOn(token: number): Mention | undefined {
    const k = this.folded(token - 1) === 'l' ? token - 1 : token;
    if (k - 1 < 0 || !/,/u.test(this.gapAfter(k - 1))) return undefined;
    const m = this.mentionAt(k - 1);
    // "À Bruxelles, on estime …": a capital standing for a body is a place there.
    if (!m || m.type !== 'organisation' || m.kind !== 'name' || this.tokenAt(m.end - 1) !== k - 1) return undefined;
    let p = this.tokenAt(m.start) - 1;
    if (['l', 'le', 'la'].includes(this.folded(p))) p--;
    if (!['a', 'au', 'aux'].includes(this.folded(p))) return undefined;
    const range = this.v.sentenceTokens[partitionPoint(this.v.sentenceTokens, (r) => r.end <= p)];
    return range && afterDateline(this.v, range.first, range.end) === p ? m : undefined;
  }

  /** Whether a verb's usage allows it here: complement verbs need que/colon/quotation after them, or an incise. */
  private usageOk(h: ReportingForm, after0: number, end: number, incise: boolean, groupStart: number): boolean {
    if (h.verb.usage === 'any') return true;
    if (incise) return true;
    if (h.verb.usage === 'incise') return false;
    if (this.complementFollows(after0, end)) return true;
    // "assure ne plus délivrer de permis", "dit n'avoir jamais reçu": a negation may open the infinitive.
    let after = after0;
    if (after < end && this.fw.negationBefore.has(this.folded(after))) {
      after++;
      while (after < end && after - after0 <= 3 && this.fw.negationAfter.has(this.folded(after)) && !this.isInfinitive(after)) after++;
    }
    // "assure les payer 80 000 roubles", "affirme l'avoir vu", "dit s'être rendu": clitics before the infinitive.
    const clitics = after;
    // After "le", "la", "les", an infinitive in -re is more often a noun ("apprend la guerre").
    const infinitiveAfterClitic = (k: number): boolean => this.isInfinitive(k + 1) && (!DEFINITE_ARTICLES.has(this.folded(k)) || !/re$/u.test(this.folded(k + 1)) || ['etre', 'faire', 'dire'].includes(this.folded(k + 1)));
    while (after < end && after - clitics < 2 && this.fw.clitics.has(this.folded(after)) && (infinitiveAfterClitic(after) || this.fw.clitics.has(this.folded(after + 1)))) after++;
    // "a indiqué avoir abattu 61 drones", "précise être intervenu": a compound infinitive reports the subject's own statement.
    if (after + 1 < end && ['avoir', 'etre'].includes(this.folded(after)) && !this.fw.determiners.has(this.folded(after + 1)) && /(?:e|es|ee|ees|i|is|u|us|t|ts)$/u.test(this.folded(after + 1))) return true;
    // "a promis d'aider la Corée du Nord", "s'est engagé à fournir": the promise's content is the subject's.
    const preposition = this.folded(after) === 'd' ? 'de' : this.folded(after);
    if (after + 1 < end && h.verb.infinitiveAfter.includes(preposition) && this.isInfinitive(after + 1)) return true;
    // "Le NIS dit disposer d'indices", "affirme ignorer": an infinitive right after the verb is the subject's own statement.
    if (after < end && this.isInfinitive(after) && !this.fw.determiners.has(this.folded(after)) && !this.fw.prepositions.has(this.folded(after)) && !this.mentionAt(after)) return true;
    // "« … » : c'est ainsi que le quotidien Kommersant résume la visite": the words before stand for the complement.
    for (let k = groupStart - 1; k >= 3 && groupStart - k <= 12 && !/[.;!?«»“”"]/u.test(this.gapAfter(k)); k--) {
      if (['que', 'qu'].includes(this.folded(k)) && this.folded(k - 1) === 'ainsi' && this.folded(k - 2) === 'est' && ['c', 'ce'].includes(this.folded(k - 3))) return true;
    }
    // A quotation closing just before the verb: "« … » a-t-il ajouté".
    const before = this.v.text.slice(Math.max(0, (this.tok(groupStart)?.start ?? 0) - 3), this.tok(groupStart)?.start ?? 0);
    return /[»”"]\s*,?\s*$/u.test(before);
  }

  /**
   * Whether token k, a reporting verb's form, reads as a participle rather than a finite verb: no finite form of a lexicon
   * verb is written so, or its accent shows the participle ("publié", though folded it is "publie").
   */
  private isParticiple(k: number): boolean {
    return ACCENTED_PARTICIPLE.test(this.tok(k)?.text ?? '') || !this.rv.forms.get(this.folded(k))?.some((f) => f.key !== 'pp' && f.key !== 'inf');
  }

  /** A lower-case word with an infinitive's ending, outside quotations ("livrer", "fournir", "recevoir", "prendre"). */
  private isInfinitive(k: number): boolean {
    const t = this.tok(k);
    return t !== undefined && !this.inQuote(k) && /^\p{Ll}{2,}(?:er|ir|oir|re)$/u.test(t.text);
  }

  /** Whether the verb reports with this subject: a text for "le traité prévoit", no named state or body for "s'appuyer sur". */
  private subjectFits(h: ReportingForm, source: Source | undefined): boolean {
    if (h.verb.documentSubjects && (!this.isText(source) || source?.vague)) return false;
    // "Les auteurs s'appuient sur des images": the authors of a report, whoever wrote it, are described, not the body named.
    if (h.verb.describedSubjects && source?.entityId && source.how !== SPEAKER_RULES.documentAuthor && this.v.mentions.some((m) => m.entityId === source.entityId && m.type !== 'person')) return false;
    return true;
  }

  /** Whether one of the verb's object words stands within twelve words after it, before the clause ends (adopter des sanctions). */
  private objectFits(h: ReportingForm, k: number, end: number): boolean {
    // "Chaque dossier relève de la « violation des lois … »": another sense of the verb.
    if (h.verb.notFollowedBy?.longestAt(this.v.tokens, k + 1, end)) return false;
    const words = h.verb.objectWords;
    if (!words) return true;
    // A verb that reports only with a complement needs the object words for its noun-object reading alone: "…, avancent-ils",
    // "Le chiffre a été avancé par le ministre", "avance que …" report whatever follows.
    if (h.verb.usage !== 'any') {
      const before = this.v.text.slice(Math.max(0, (this.tok(k)?.start ?? 0) - 3), this.tok(k)?.start ?? 0);
      // "« Le vrai prix, avance Jonas Weibel, … »", "…, avancent-ils": an incise.
      if (/[,»”"]\s*$/u.test(before) || this.inversionAfter(k, end) >= 0 || this.complementFollows(k + 1, end)) return true;
      // "Le chiffre a été avancé en octobre par le ministre": a passive with its agent ("l'embargo imposé par l'ONU", with no
      // auxiliary, is an adjective).
      if (this.fw.etre.has(this.folded(k - 1)) || this.folded(k - 1) === 'ete') for (let j = k + 1; j < end && j - k <= 4 && !/[,.;:!?«»“”"]/u.test(this.gapAfter(j - 1)); j++) if (this.folded(j) === 'par') return true;
    }
    for (let j = k + 1; j < end && j - k <= 12; j++) {
      if (/[.;:!?«»“”"]/u.test(this.gapAfter(j - 1))) return false;
      if (words.longestAt(this.v.tokens, j, end)) return true;
    }
    return false;
  }

  /** A source that is a text: a statement named before, or a document or statement noun (le traité, son article 4). */
  private isText(source: Source | undefined): boolean {
    if (!source) return false;
    return source.how === SPEAKER_RULES.statement || this.textNouns.has(source.how);
  }

  /** "que" or a quotation follows within a few words, before any other punctuation. */
  private thatOrQuoteFollows(after: number, end: number): boolean {
    for (let k = after; k < end && k - after < 9; k++) {
      if ((this.fw.complementizers.has(this.folded(k)) && !COMPARATIVES.has(this.folded(k - 1))) || this.inQuote(k)) return true;
      if (/[.;:!?»”]/u.test(this.gapAfter(k))) return false;
    }
    return false;
  }

  /** A complement clause or quotation follows within a few words: "a déclaré jeudi aux journalistes que", "a déclaré :". */
  private complementFollows(after: number, end: number, acrossCommas = true): boolean {
    const prevTok = this.tok(after - 1);
    if (!prevTok) return false;
    let skipped = 0;
    for (let k = after; k <= end && k - after - skipped < 9; k++) {
      const gapStart = this.tok(k - 1)?.end ?? prevTok.end;
      const gapEnd = k < end ? (this.tok(k)?.start ?? gapStart) : this.sentenceEndAt(gapStart);
      const gap = this.v.text.slice(gapStart, gapEnd);
      if (/[:«“"]/u.test(gap)) return true;
      if (/[.;!?»”]/u.test(gap) || k >= end) return false;
      if (!acrossCommas && k > after && /,/u.test(gap)) return false;
      // "a rapporté à la presse, à l'issue d'une audition à huis clos du NIS, que …": one incise between commas is skipped.
      if (acrossCommas && skipped === 0 && k > after && /,/u.test(gap)) {
        let close = k;
        while (close < end && close - k < 14 && !/[,.;:!?«»“”"]/u.test(this.gapAfter(close))) close++;
        if (close < end && close - k < 14 && /,/u.test(this.gapAfter(close))) skipped = close + 1 - k;
      }
      // "qui rapporte au régime bien plus que du béton": the "que" of a comparison opens nothing said.
      if (this.fw.complementizers.has(this.folded(k)) && !COMPARATIVES.has(this.folded(k - 1))) return true;
      // "n'a pas précisé quels équipements …", "a expliqué comment …": an indirect question right after the verb.
      if (k === after && this.fw.indirectQuestionWords.has(this.folded(k))) return true;
      // A quotation that opens after the verb is its complement; one that contains the verb (an incise) is not.
      if (this.inQuote(k) && this.v.tokenQuote[k] !== this.v.tokenQuote[after - 1]) return true;
    }
    return false;
  }

  /** End offset of the sentence containing an offset (binary search), or the offset itself. */
  private sentenceEndAt(offset: number): number {
    const ss = this.v.sentences;
    const lo = partitionPoint(ss, (x) => x.end < offset);
    return ss[lo] && ss[lo]!.start <= offset ? ss[lo]!.end : offset;
  }

  // ---- subjects ----------------------------------------------------------------------------------------------

  /** The subject before a verb group: a pronoun, the antecedent of "qui", or the noun phrase of the clause. */
  private preverbalSubject(s: number, groupStart: number, first: number, number: GrammaticalNumber | undefined): NpResult | undefined {
    // "Un ancien contremaître que j'ai rencontré à Vladivostok estime …": a relative clause whose own verb is done stands
    // inside the subject, which ends before its "que".
    const done = this.completedRelative(first, groupStart);
    const verbAt = done >= 0 ? done : groupStart;
    let segStart = first;
    // "Washington, 10 juillet 2024 (AFP) - Les dirigeants de l'Otan accusent": a dateline ends at its dash. Two dashes
    // enclose an apposition ("les quatre dirigeants – le Premier ministre japonais … – ont jugé"), which is the subject's.
    const dash = (k: number): boolean => /\s[-–—]\s/u.test(this.gapAfter(k - 1));
    let dashes = 0;
    for (let k = first + 1; k <= verbAt; k++) if (dash(k)) dashes++;
    for (let k = first; k < verbAt; k++) {
      if (this.inQuote(k)) {
        if (!this.labelledQuote(k)) segStart = k + 1;
      } else if (k > first && (/[;:|]/u.test(this.gapAfter(k - 1)) || (dashes === 1 && dash(k)))) segStart = k;
      // "… la première pierre de ce que l'agence officielle KCNA appelle un « musée … »": the subject follows "ce que".
      else if (k > first && k < verbAt - 1 && this.fw.complementizers.has(this.folded(k)) && this.folded(k - 1) === 'ce') segStart = k + 1;
      // "…, tandis que le ministre de la Défense promettait d'« … »": a subordinate clause's subject follows its conjunction.
      else if (k < verbAt - 1 && (k === first || /,/u.test(this.gapAfter(k - 1))) && this.fw.subordinators.longestAt(this.v.tokens, k, verbAt)) segStart = this.fw.subordinators.longestAt(this.v.tokens, k, verbAt)!.end;
      // "…, au cosmodrome, où Vladimir Poutine, interrogé …, avait répondu :", "une vidéo où un soldat affirme …": a
      // relative "où" opens a clause too (its accent tells it from "ou", which folds the same).
      // "des courriels …, dans lesquels un interlocuteur russe évoque « … »", "le ministère, dont le porte-parole a
      // déclaré …": the other relatives of things and places open one as well.
      // Only when the verb is the relative's own: in "Le quotidien Kayhan, dont le directeur est nommé par le Guide, dénonce"
      // the relative is done before it.
      else if (k > first && k < verbAt - 1 && (this.tok(k)?.text.toLowerCase() === 'où' || (this.folded(k) !== 'ou' && this.fw.thingRelatives.has(this.folded(k)) && !this.hasVerb({ first: k + 1, end: verbAt }) && !/,/u.test(this.gapAfter(verbAt - 1))))) segStart = k + 1;
      // "une facture que les services sud-coréens évaluent à …": the subject of a relative clause follows its "que".
      // Not after a verb, where "que" opens what is said ("Kim a affirmé que Pyongyang soutiendrait « … »").
      else if (k > first + 1 && k < verbAt - 1 && ['que', 'qu'].includes(this.folded(k)) && this.isRelativeQue(k) && (this.fw.determiners.has(this.folded(k + 1)) || this.mentionAt(k + 1) !== undefined) && !this.fw.subjectPronouns.has(this.folded(k + 1))) segStart = k + 1;
    }
    // "Le chercheur estime néanmoins que des rapports réguliers maintiendront une « pression diplomatique »", "Le
    // conseiller veut croire que le président américain s'exprimait « avec ironie »": a verb of saying inside what
    // another verb reports is part of that report, which the other verb's subject speaks.
    // The subject of the completive comes first ("Le chercheur rappelle qu'en mars 2024, elle avait révélé …" is hers);
    // only a completive whose subject names no one gives the verb to the one who reports it.
    const outer = this.reportingVerbBeforeQue(segStart, verbAt);
    if (outer) {
      const inner = this.preverbalSubject(s, verbAt, outer.que + 1, number);
      return inner?.source || inner?.pronoun ? inner : this.preverbalSubject(s, outer.group, segStart, undefined);
    }
    let p = verbAt - 1;
    while (p >= segStart && (this.fw.clitics.has(this.folded(p)) || this.fw.adverbs.has(this.folded(p))) && !this.fw.subjectPronouns.has(this.folded(p)) && !/,/u.test(this.gapAfter(p))) p--;
    if (p < segStart) return undefined;
    // "les ministres du G7 – Allemagne, Canada et Japon – ont exprimé": the phrase before the dashes is the subject, the
    // list between them its apposition.
    if (dashes === 2 && dash(p + 1)) {
      let open = p;
      while (open > segStart && !dash(open)) open--;
      if (open > segStart) {
        const np = this.resolveNp(this.commaParts(segStart, open).pop()?.first ?? segStart, open, [], number, s, 'preverbal');
        if (np?.source) return np;
      }
    }
    const w = this.folded(p);
    if (this.fw.subjectPronouns.has(w)) {
      const n = this.fw.subjectPronouns.get(w)!;
      return { number: n, source: this.resolvePronoun(n, this.tok(p)!.start, s, p) };
    }
    if (this.fw.vaguePronouns.has(w)) {
      // "Moins qu'on ne le croit": a comparison, with an expletive "ne", reports no one's words.
      if (['que', 'qu'].includes(this.folded(p - 1)) && ['ne', 'n'].includes(this.folded(p + 1)) && ['le', 'l'].includes(this.folded(p + 2))) return undefined;
      return { number: 's', source: this.onSource(p) };
    }
    if (this.fw.relativePronouns.has(w)) return this.relativeAntecedent(s, segStart, p, number);
    if ((w === 'et' || w === 'mais' || w === 'puis') && !this.mentionAt(p)) {
      // "Moscou présente … et nie toute violation": a coordinated verb shares the subject that opens the sentence.
      const subject = this.sentenceSubject(s, first, p);
      const src = subject?.source;
      if (!src) return undefined;
      return { number: subject.number, source: src.vague ? src : { ...src, how: SPEAKER_RULES.coordinated }, coordinated: true };
    }
    const parts = this.commaParts(segStart, p + 1);
    if (parts.length === 0) return undefined;
    const directComma = /,/u.test(this.gapAfter(p));
    if (directComma && parts.length >= 2) {
      // "Kim Yo Jong, la sœur du dirigeant …, a réfuté": the head is the first part that is not an adverbial.
      let h = 0;
      while (h < parts.length - 1 && this.isOpener(parts[h]!.first)) h++;
      return this.resolveNp(parts[h]!.first, parts[h]!.end, parts.slice(h + 1), number, s, 'preverbal');
    }
    let idx = parts.length - 1;
    let a = parts[idx]!.first;
    const b = parts[idx]!.end;
    // "Les États-Unis, la Corée du Sud et d'autres pensent": commas inside a coordinated subject.
    // "Pyongyang n'a jamais reconnu l'envoi de troupes, et Moscou qualifie …": a part with a verb of its own is a clause.
    // "… à « libérer » la région de Koursk, et Vladimir Poutine a salué …": ", et" after a comma opens a clause of its own.
    const clauseAnd = ['et', 'mais', 'puis'].includes(this.folded(a)) && !this.mentionAt(a);
    if (this.hasCoordinator(a, b) && !clauseAnd) {
      // "Les ministres d'Allemagne, d'Australie, du Canada et du Japon": a named complement after "de" continues the list.
      const complement = (k: number): boolean => ['de', 'd', 'du', 'des'].includes(this.folded(k)) && this.mentionAt(k + 1)?.start === this.tok(k + 1)?.start;
      while (idx > 0 && (!this.isOpener(parts[idx - 1]!.first) || complement(parts[idx - 1]!.first)) && !this.hasVerb(parts[idx - 1]!)) {
        idx--;
        a = parts[idx]!.first;
      }
    }
    const np = this.resolveNp(a, b, [], number, s, 'preverbal');
    // "Les soldats que nous avons rencontrés disent …": people the writer met, whom the article does not name.
    const unnamed = done >= 0 && this.metByWriter(done, groupStart) && !np?.source?.vague && !(np?.source?.entityId && np.source.how !== SPEAKER_RULES.qualifiedGeneric) ? this.vague.byId.get(VAGUE_UNNAMED_PERSON) : undefined;
    // The phrase runs to the participle, the fourth word of the relative clause (the third in "que je rencontre").
    const phraseEnd = Math.min(groupStart, done + (this.folded(done + 1) === 'je' ? 3 : 4));
    if (unnamed) return { number: np?.number ?? number ?? 'p', source: this.vagueSource(unnamed, this.textOf(a, phraseEnd), this.spanOf(a, phraseEnd)) };
    return np;
  }

  /**
   * The verb group of a reporting verb that a completive "que" follows, between `a` and `b` ("estime néanmoins que",
   * "veut croire que", "a affirmé que"), with no punctuation between the verb and "que": where the group starts, and the
   * "que".
   */
  private reportingVerbBeforeQue(a: number, b: number): { readonly group: number; readonly que: number } | undefined {
    for (let k = a + 2; k < b - 1; k++) {
      if (!['que', 'qu'].includes(this.folded(k)) || this.inQuote(k) || this.mentionAt(k)) continue;
      let j = k - 1;
      while (j > a && this.isAdverb(j) && !/[,;:]/u.test(this.gapAfter(j))) j--;
      if (/[,;:]/u.test(this.gapAfter(j)) || this.mentionAt(j) || !this.rv.forms.has(this.folded(j))) continue;
      // "Un chiffre que …": a verb's form after an article is a noun.
      if (this.fw.determiners.has(this.folded(j - 1)) && !this.fw.clitics.has(this.folded(j - 1))) continue;
      let g = j;
      const inGroup = (w: string): boolean => this.fw.avoir.has(w) || this.fw.etre.has(w) || this.fw.modalVerbs.has(w) || this.fw.clitics.has(w) || this.fw.negationBefore.has(w) || this.fw.adverbs.has(w);
      while (g - 1 > a && inGroup(this.folded(g - 1)) && !this.mentionAt(g - 1) && !/[,;:]/u.test(this.gapAfter(g - 1))) g--;
      return { group: g, que: k };
    }
    return undefined;
  }

  /**
   * The "que" of a relative clause on the subject, between `first` and the verb group at `groupStart`, whose own verb is
   * done: an auxiliary then a participle ("que Le Monde a interrogé", "que j'ai rencontré à Vladivostok", "que nous avons
   * interrogé"), no comma before the verb group. -1 when there is none.
   */
  private completedRelative(first: number, groupStart: number): number {
    for (let k = groupStart - 2; k > first; k--) {
      if (/[,;:]/u.test(this.gapAfter(k))) return -1;
      if (!['que', 'qu'].includes(this.folded(k)) || this.inQuote(k) || !this.isRelativeQue(k)) continue;
      // "que je rencontre", a verb of meeting in the present after the writer's "je".
      if (this.folded(k + 1) === 'je' && k + 2 < groupStart && this.metByWriter(k, groupStart)) return k;
      // "a interrogé", or after the speaker's own pronoun "j'ai rencontré", "nous avons interrogé".
      for (let j = k + 1; j + 1 < groupStart; j++) {
        const auxiliary = this.fw.avoir.has(this.folded(j)) || (j - 1 > k && this.fw.speakerPronouns.has(this.folded(j - 1)));
        if (auxiliary && ACCENTED_PARTICIPLE.test(this.tok(j + 1)?.text ?? '')) return k;
      }
      return -1;
    }
    return -1;
  }

  /** "une facture que …": a "que" right after a noun that follows its determiner (an adjective between) is a relative pronoun. */
  private isRelativeQue(k: number): boolean {
    const prev = this.folded(k - 1);
    // "Un chiffre que l'analyste juge …": a verb's form after an article that is no object pronoun is a noun.
    const verb = (j: number): boolean => j >= 0 && this.rv.forms.has(this.folded(j)) && !(this.fw.determiners.has(this.folded(j - 1)) && !this.fw.clitics.has(this.folded(j - 1)));
    // "les officiers sud-coréens que …": a nationality adjective closes the noun as any adjective does.
    const adjective = this.mentionAt(k - 1)?.kind === 'adjective';
    if (verb(k - 1) || isFunctionWord(this.fw, prev) || (this.mentionAt(k - 1) && !adjective) || /[,;:]/u.test(this.gapAfter(k - 1))) return false;
    // "la première fois que", "chaque fois qu'": a time conjunction; "a assuré son hôte que": the object of a verb of saying.
    if (prev === 'fois' || this.fw.timeUnits.has(prev) || [k - 2, k - 3, k - 4].some(verb)) return false;
    const noun = adjective ? this.tokenAt(this.mentionAt(k - 1)!.start) - 1 : k - 1;
    return [noun - 1, noun - 2].some((d) => this.fw.determiners.has(this.folded(d)) && !this.fw.prepositions.has(this.folded(d)));
  }

  /** The first preposition of place or time in [from, b), outside a mention, or b: where a role's qualifiers end. */
  private qualifierEnd(from: number, b: number): number {
    // "le sous-officier", "le contre-amiral": a preposition joined by a hyphen is the first half of a compound noun.
    for (let k = from; k < b; k++) if (this.fw.prepositions.has(this.folded(k)) && !this.fw.qualifyingPrepositions.has(this.folded(k)) && !this.mentionAt(k) && !this.isHyphen(this.gapAfter(k))) return k;
    return b;
  }

  /** Whether "par" stands among the six words before token k (after h), with no mention nor punctuation in between. */
  private agentBefore(k: number, h: number): boolean {
    for (let j = k - 1; j > h && k - j <= 6; j--) {
      if (this.folded(j) === 'par') return true;
      if (this.mentionAt(j) || /[,.;:!?«»“”"()]/u.test(this.gapAfter(j))) return false;
    }
    return false;
  }

  /** Whether a comma part holds an auxiliary, a negation or a reporting verb outside a mention: a clause, not a noun phrase. */
  private hasVerb(part: { first: number; end: number }): boolean {
    for (let k = part.first; k < part.end; k++) {
      if (this.mentionAt(k)) continue;
      const w = this.folded(k);
      const auxiliary = (this.fw.avoir.has(w) && !/^[àÀ]$/u.test(this.tok(k)?.text ?? '')) || this.fw.etre.has(w);
      if (auxiliary || this.fw.negationBefore.has(w) || this.rv.forms.get(w)?.some((f) => f.key !== 'pp' && f.key !== 'inf' && f.key !== 'ppr')) return true;
    }
    return false;
  }

  /** The antecedent of "qui": the last person named before it in the clause, else the noun phrase just before it. */
  private relativeAntecedent(s: number, segStart: number, qui: number, number: GrammaticalNumber | undefined): NpResult | undefined {
    if (qui - 1 < segStart) return undefined;
    const parts = this.commaParts(segStart, qui);
    const commaBefore = /,/u.test(this.gapAfter(qui - 1));
    // "un ancien diplomate chinois, sous couvert d'anonymat, pour qui …": an anonymity phrase set off between the antecedent
    // and the relative is the antecedent's apposition.
    const last = parts[parts.length - 1];
    const anonymity = commaBefore && last && parts.length > 1 && !this.fw.determiners.has(this.folded(last.first)) && this.vague.phrases.longestAt(this.v.tokens, last.first, last.end)?.end === last.end ? last : undefined;
    const part = commaBefore ? parts[parts.length - (anonymity ? 2 : 1)] : { first: Math.max(segStart, qui - 8), end: qui };
    if (!part) return undefined;
    const relative = (src: Source | undefined): NpResult | undefined => (src ? { number: number ?? 's', source: src.vague ? src : { ...src, how: SPEAKER_RULES.relative } } : undefined);
    for (let k = part.end - 1; k >= part.first; k--) {
      const m = this.mentionAt(k);
      if (m?.type === 'person') return relative(this.mentionSource(m));
    }
    // "Moscou a réagi par la voix du ministère des Affaires étrangères, qui a dénoncé …": a source the sentence has already
    // read, ending right before "qui", is its antecedent.
    // "…, se souvient un officier de l'armée de l'air ukrainienne, qui s'exprime …": generic or not.
    const read = this.current.find((a) => !a.inQuote && a.source?.span && this.tokenAt(a.source.span.end - 1) === qui - 1);
    if (read?.source) return relative(read.source);
    // "des sources ukrainiennes, qui y voient …", "un responsable du département du Commerce, qui s'exprime …": a part set
    // off by commas that opens on a determiner is the whole antecedent, generic or not.
    if (commaBefore && this.fw.determiners.has(this.folded(part.first))) {
      const whole = this.resolveNp(part.first, part.end, anonymity ? [anonymity] : [], number, s)?.source;
      if (whole) return relative(whole);
    }
    // "C'est le ministre de la Défense qui a annoncé …": a cleft's focus, all of it, is the antecedent.
    for (let c = qui - 2; c >= segStart && qui - c <= 12 && !/[,;:.!?«»“”"()]/u.test(this.gapAfter(c)); c--) {
      if (this.folded(c) === 'est' && this.folded(c - 1) === 'c' && c + 1 < qui) {
        const focus = this.resolveNp(c + 1, qui, [], number, s)?.source;
        if (focus) return relative(focus);
        break;
      }
    }
    let d = part.end - 1;
    while (d > part.first && !this.fw.determiners.has(this.folded(d)) && !(this.mentionAt(d) && this.mentionAt(d)!.kind !== 'adjective')) d--;
    return relative(this.resolveNp(d, part.end, [], number, s)?.source);
  }

  private commaParts(a: number, b: number): { first: number; end: number }[] {
    const parts: { first: number; end: number }[] = [];
    let start = a;
    let depth = 0;
    for (let k = a; k < b; k++) {
      const gap = this.gapAfter(k);
      for (const c of gap) {
        if (c === '(' || c === '[') depth++;
        else if ((c === ')' || c === ']') && depth > 0) depth--;
      }
      if (k + 1 < b && depth === 0 && /,/u.test(gap)) {
        parts.push({ first: start, end: k + 1 });
        start = k + 1;
      }
    }
    if (start < b) parts.push({ first: start, end: b });
    return parts;
  }

  private isOpener(k: number): boolean {
    const w = this.folded(k);
    // Folding makes "dès" the determiner "des": "Dès novembre 2024, le conseiller …" opens on a time phrase.
    if (this.tok(k)?.text.toLowerCase() === 'dès') return true;
    if (this.mentionAt(k) && isCapitalised(this.tok(k)?.text ?? '')) return false;
    // "Le même jour, une déclaration commune …": a time or manner phrase set off by a comma, an adverb or two after it
    // ("La veille encore, …").
    const phrase = this.fw.adverbialPhrases.longestAt(this.v.tokens, k, this.v.tokens.length);
    let phraseEnd = phrase?.end ?? k;
    while (phrase && phraseEnd - phrase.end < 2 && this.fw.adverbs.has(this.folded(phraseEnd)) && !/,/u.test(this.gapAfter(phraseEnd - 1))) phraseEnd++;
    if (phrase && /,/u.test(this.gapAfter(phraseEnd - 1))) return true;
    if (this.fw.clauseOpeners.has(w)) return !(this.fw.determiners.has(w) && this.nouns.longestAt(this.v.tokens, k + 1, k + 4) !== undefined);
    // "Du côté russe, …": a contracted article before a word that opens a clause ("Côté russe, …").
    if (w === 'du' && this.fw.clauseOpeners.has(this.folded(k + 1)) && !this.fw.determiners.has(this.folded(k + 1))) return true;
    return this.isDurationOpener(k) || this.isDateOpener(k) || this.isParticipialOpener(k);
  }

  /** "Le 5 octobre, …", "Le 28 avril dernier, …", "Fin mars, …": a date opens the sentence before its subject. */
  private isDateOpener(k: number): boolean {
    let j = k;
    if (this.folded(j) === 'le') j++;
    if (/^\d{1,2}(?:er)?$/u.test(this.folded(j))) j++;
    else if (j === k && this.fw.dateWords.has(this.folded(j))) j++;
    else return false;
    return this.fw.dateWords.has(this.folded(j)) && !this.mentionAt(j);
  }

  /** "Deux jours plus tôt, …", "Quelques semaines après, …", "48 heures après l'annonce, …": a number and a noun of duration. */
  private isDurationOpener(k: number): boolean {
    const w = this.folded(k);
    const counted = /^\d/u.test(w) || this.fw.pronominalDeterminers.has(w) || this.fw.indefiniteDeterminers.has(w);
    return counted && !this.mentionAt(k) && (this.fw.timeUnits.has(this.folded(k + 1)) || (this.fw.premodifiers.has(this.folded(k + 1)) && this.fw.timeUnits.has(this.folded(k + 2))));
  }

  /**
   * "Questionné jeudi sur …", "Commentant le rapport …", "Interrogée sur …": a participle that opens a phrase before the
   * subject is no noun phrase, whatever state or body its complements name. It is a participle by its ending (-é, -ée,
   * -és, -ées, -ant) or by the reporting lexicon, is no role or body noun, and a preposition, determiner or adverb follows.
   */
  private isParticipialOpener(k: number): boolean {
    const t = this.tok(k);
    if (!t || this.mentionAt(k) || this.inQuote(k)) return false;
    const w = t.folded;
    const next = this.folded(k + 1);
    // "Réunis début avril au siège de l'Otan, …", "Détenus depuis janvier, …": a participle in -is, -us or -it is told from
    // other words by its length and by a date or a preposition right after it.
    // "Réunis eux aussi à Kuala Lumpur, …": or a stressed pronoun or an adverb; "Réunis le 11 juillet à …": or a date.
    // "Entendu par la commission le 5 février, …": or in -u.
    const irregular = (/(?:is|ise|ises|us|ue|ues|it|its|ite|ites)$/u.test(w) || (/u$/u.test(w) && !/au$/u.test(w))) && w.length >= 5 && !isFunctionWord(this.fw, w) && (this.fw.prepositions.has(next) || this.fw.dateWords.has(next) || this.fw.stressedPronouns.has(next) || this.fw.adverbs.has(next) || (next === 'le' && /^\d/u.test(this.folded(k + 2))));
    const participle = irregular || /(?:é|ée|és|ées)$/u.test(t.text.toLowerCase()) || /ant$/u.test(w) || (this.rv.forms.get(w)?.some((f) => f.key === 'pp' || f.key === 'ppr') ?? false);
    if (!participle || this.nouns.longestAt(this.v.tokens, k, k + 4) || this.vague.heads.longestAt(this.v.tokens, k, k + 4)) return false;
    if (/,/u.test(this.gapAfter(k))) return true;
    return this.fw.prepositions.has(next) || this.fw.determiners.has(next) || this.fw.adverbs.has(next) || this.fw.clauseOpeners.has(next) || this.fw.dateWords.has(next) || this.fw.adverbialPhrases.longestAt(this.v.tokens, k + 1, k + 5) !== undefined;
  }

  /**
   * A coordinator that joins subjects: "et du renseignement" in "le sous-secrétaire chargé du terrorisme et du
   * renseignement financier" joins two complements of one role, which leaves the phrase singular.
   */
  private hasSubjectCoordinator(a: number, b: number): boolean {
    // "le vice-ministre des Routes et des Transports": after a complement in "de", "et des" goes on with the complement.
    let complement = false;
    for (let k = a; k < b; k++) {
      const w = this.folded(k);
      const next = this.folded(k + 1);
      // "le service d'enquêtes fiscales et économiques", "le service des douanes et accises": a bare word after "et" in
      // a complement goes on with it.
      const bare = complement && !this.fw.determiners.has(next) && /^\p{Ll}/u.test(this.tok(k + 1)?.text ?? '') && !this.mentionAt(k + 1);
      if (w === 'et' && !['du', 'de', 'd'].includes(next) && !(complement && next === 'des') && !bare) return true;
      complement ||= k > a && ['de', 'du', 'des', 'd'].includes(w);
      if (w === 'ainsi' && this.folded(k + 1) === 'que') return true;
    }
    return false;
  }

  private hasCoordinator(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.folded(k) === 'et' || (this.folded(k) === 'ainsi' && this.folded(k + 1) === 'que')) return true;
    return false;
  }

  /** The subject after an incise verb: ", a déclaré aux journalistes le porte-parole du ministère, Lim Soosuk." */
  private postverbalNp(j: number, end: number, number: GrammaticalNumber | undefined, quoted = false): { first: number; end: number; appositives: { first: number; end: number }[] } | undefined {
    let i = j;
    let inPP = false;
    let prevWasPrep = false;
    let start = -1;
    while (i < end && i - j < 16) {
      if (i > j && /[.;:!?«»“”"]/u.test(this.gapAfter(i - 1))) return undefined;
      if (i > j && /,/u.test(this.gapAfter(i - 1)) && start < 0) return undefined;
      if (this.inQuote(i) && !quoted) return undefined;
      const w = this.folded(i);
      const phrase = this.fw.adverbialPhrases.longestAt(this.v.tokens, i, end);
      if (phrase && !inPP) {
        i = phrase.end;
        continue;
      }
      if (this.fw.complementizers.has(w)) return undefined;
      // "a balayé dès vendredi le porte-parole": folded, "dès" would be the determiner "des".
      if (this.tok(i)?.text.toLowerCase() === 'dès' && !inPP) {
        inPP = true;
        prevWasPrep = true;
        i++;
        continue;
      }
      const isDet = this.fw.determiners.has(w) && w !== 'de' && w !== 'd';
      // "titrait le 3 octobre le quotidien …": a date with its article.
      if (w === 'le' && !inPP && /^\d{1,2}(?:er)?$/u.test(this.folded(i + 1)) && this.fw.dateWords.has(this.folded(i + 2))) {
        i += /^\d{4}$/u.test(this.folded(i + 3)) ? 4 : 3;
        continue;
      }
      const capital = isCapitalised(this.tok(i)?.text ?? '') && !this.fw.prepositions.has(w);
      if (inPP) {
        if ((isDet || capital || this.mentionAt(i)?.type === 'person') && !prevWasPrep && !this.fw.determiners.has(this.folded(i - 1))) {
          start = i;
          break;
        }
        prevWasPrep = this.fw.prepositions.has(w);
        i++;
        continue;
      }
      // "répète inlassablement le ministère": an adverb in -ment the list lacks, lower-case and with no determiner before it.
      const mannerAdverb = w.length > 7 && w.endsWith('ment') && !capital && !this.mentionAt(i) && (i === j || !this.fw.determiners.has(this.folded(i - 1)));
      // "se vantait en avril le quotidien …": a date between the verb and its subject.
      // "a rapporté samedi 8 mars 2025 l'agence KCNA": the day and the year beside a date word.
      const dateNumber = /^\d{1,4}(?:er)?$/u.test(w) && (this.fw.dateWords.has(this.folded(i - 1)) || this.fw.dateWords.has(this.folded(i + 1)));
      if ((this.fw.adverbs.has(w) || mannerAdverb || this.fw.dateWords.has(w) || dateNumber) && !isDet) {
        i++;
        continue;
      }
      if (this.fw.prepositions.has(w) && !isDet) {
        inPP = true;
        prevWasPrep = true;
        i++;
        continue;
      }
      if (isDet || capital || this.mentionAt(i)) {
        start = i;
        break;
      }
      // "observe sœur Cecilia Pak": a title in lower case before a name opens the subject at the name.
      if (this.fw.honorifics.has(w) && this.mentionAt(i + 1)?.type === 'person' && this.mentionAt(i + 1)?.start === this.tok(i + 1)?.start) {
        start = i + 1;
        break;
      }
      // "ajoute celui-ci": a demonstrative pronoun, whom resolveNp reads as "ce dernier".
      if (this.fw.vaguePronouns.has(w) || this.fw.subjectPronouns.has(w) || (['celui', 'celle'].includes(w) && this.folded(i + 1) === 'ci')) {
        start = i;
        break;
      }
      return undefined;
    }
    if (start < 0) return undefined;
    // The phrase runs to punctuation, a relative pronoun or a preposition other than de; a name in apposition after a comma belongs to it.
    const stopWords = new Set(['qui', 'que', 'qu', 'dans', 'lors', 'selon', 'devant', 'pendant', 'apres', 'avant', 'a', 'au', 'aux', 'en', 'sur', 'pour', 'par', 'lorsque', 'quand', 'alors', 'car', 'mais', 'avec', 'sans', 'depuis', 'vendredi', 'jeudi', 'mercredi', 'mardi', 'lundi', 'samedi', 'dimanche', 'hier']);
    let k = start;
    const appositives: { first: number; end: number }[] = [];
    let partStart = start;
    let mainEnd = -1;
    while (k < end && k - start < 30) {
      if (k > start) {
        const gap = this.gapAfter(k - 1);
        if (/[.;:!?«»“”"]/u.test(gap)) break;
        if (/,/u.test(gap)) {
          const w = this.folded(k);
          const nameNext = (isCapitalised(this.tok(k)?.text ?? '') && !this.fw.determiners.has(w) && !this.fw.clauseOpeners.has(w)) || this.mentionAt(k)?.type === 'person';
          const listNext = number === 'p' && this.fw.determiners.has(w);
          // "le quotidien du parti unique, le Rodong Sinmun": a body's name with its article.
          const bodyNext = this.fw.determiners.has(w) && this.mentionAt(k + 1)?.type === 'organisation' && this.mentionAt(k + 1)?.kind !== 'adjective';
          // "le porte-parole de l'état-major, le colonel Lee Sung-jun": a title with its article, then the name.
          const titledNext = this.titledNameAt(k, end) !== undefined;
          if (!nameNext && !listNext && !bodyNext && !titledNext) break;
          if (mainEnd < 0) mainEnd = k;
          else appositives.push({ first: partStart, end: k });
          partStart = k;
        }
      }
      const w = this.folded(k);
      // "écrit le quotidien le 22 août": a date after the subject is no part of it.
      if (k > start && w === 'le' && /^\d{1,2}(?:er)?$/u.test(this.folded(k + 1)) && this.fw.dateWords.has(this.folded(k + 2))) break;
      if (k > start && stopWords.has(w) && !this.mentionAt(k)) {
        // "l'ambassadrice américaine par intérim auprès de l'ONU, Dorothy Shea": a role goes on to the name that closes the clause.
        const name = mainEnd < 0 ? this.roleNameAhead(start, k, end) : -1;
        if (name < 0) break;
        k = name;
        continue;
      }
      if (this.inQuote(k) && !quoted) break;
      k++;
    }
    if (mainEnd < 0) return { first: start, end: k, appositives: [] };
    appositives.push({ first: partStart, end: k });
    return { first: start, end: mainEnd, appositives };
  }

  /**
   * The source a noun phrase names. Order: a pronoun; a generic head ("des experts") unless a named body makes it specific;
   * an entity mention heading the phrase; a person in the phrase or its apposition; a role, body or statement noun;
   * a capitalised name; any entity in the phrase.
   */
  private resolveNp(a0: number, b0: number, appositives: readonly { first: number; end: number }[], number: GrammaticalNumber | undefined, sentence: number, subject?: 'preverbal' | 'inversion' | 'quotedInversion'): NpResult | undefined {
    // A phrase may take up a pronoun whose antecedent is read through the sentence's subject, which may be that phrase
    // again ("L'un d'eux, Derek Halloran, 39 ans, …"): past a few levels the phrase names no one rather than recursing.
    if (this.npDepth >= MAX_NP_DEPTH) return undefined;
    this.npDepth++;
    try {
      return this.resolveNpOnce(a0, b0, appositives, number, sentence, subject);
    } finally {
      this.npDepth--;
    }
  }

  private resolveNpOnce(a0: number, b0: number, appositives: readonly { first: number; end: number }[], number: GrammaticalNumber | undefined, sentence: number, subject?: 'preverbal' | 'inversion' | 'quotedInversion'): NpResult | undefined {
    let a = a0;
    let b = this.withoutPartyGloss(a0, b0);
    for (let guard = 0; a < b && guard < 6; guard++) {
      const phrase = this.fw.adverbialPhrases.longestAt(this.v.tokens, a, b);
      if (phrase) a = phrase.end;
      else if (this.fw.conjunctions.has(this.folded(a)) && !this.mentionAt(a) && !this.fw.determiners.has(this.folded(a))) a++;
      else break;
    }
    if (a >= b) return undefined;
    const w = this.folded(a);
    const n = number ?? this.guessNumber(a, b);
    if (this.fw.subjectPronouns.has(w)) return b - a <= 2 ? { number: this.fw.subjectPronouns.get(w)!, pronoun: { number: this.fw.subjectPronouns.get(w)!, token: a } } : undefined;
    if (this.fw.vaguePronouns.has(w) && b - a <= 2) return { number: 's', source: this.onSource(a) };
    // "Je pense que …": the one who speaks, whom the quotation or the interview names.
    if (this.fw.speakerPronouns.has(w) && b - a <= 2) return undefined;
    // "menace encore la sœur de Kim Jong Un": a kin of a person is the person the article names whom the base describes so
    // ("Sœur de Kim Jong Un, …").
    const kin = DEFINITE_ARTICLES.has(w) && w !== 'les' ? this.kinDescribed(a + 1, b) : undefined;
    if (kin) return { number: 's', source: this.describedSource(kin, this.tok(a)?.start ?? 0, sentence, SPEAKER_RULES.knowledgeBase) };
    // "résume l'un d'eux": one of the plural source named before ("plusieurs responsables de la défense").
    if (b - a === 4 && ['un', 'une'].includes(this.folded(a + 1)) && ['d', 'de'].includes(this.folded(a + 2)) && ['eux', 'elles'].includes(this.folded(a + 3)) && w === 'l') {
      // "L'un d'eux, l'ancien ministre Itsunori Onodera, a jugé …": the one named in apposition.
      const named = this.appositivePerson(appositives);
      if (named) return { number: 's', source: named };
      const group = this.resolvePronoun('p', this.tok(a)!.start, sentence, a + 3);
      const label = this.textOf(a, b);
      // "Deux soldats nord-coréens capturés … ont été interrogés par les services ukrainiens. L'un d'eux aurait affirmé …":
      // one of the unnamed people the sentence before opened on, not the body named last.
      const people = group.vague ? undefined : this.peopleOpening(sentence - 1);
      const unnamed = people ? this.vague.byId.get(VAGUE_UNNAMED_PERSON) : undefined;
      if (people && unnamed) return { number: 's', source: this.vagueSource(unnamed, `${label} (${people})`, this.spanOf(a, b)) };
      return { number: 's', source: { ...group, label: `${label} (${group.label})`, span: this.spanOf(a, b) } };
    }
    // "Ce dernier a qualifié l'accident d'« acte criminel »": the person named last, in the three sentences before; "cette
    // dernière" only a woman the article shows to be one.
    // "Selon l'intéressé, …", "l'intéressée": the person the article is talking about, named last, the same way.
    // "Celui-ci rappelle que …", "celle-ci" the same way.
    const latter = (w === 'ce' && this.folded(a + 1) === 'dernier') || (w === 'cette' && this.folded(a + 1) === 'derniere') || (['celui', 'celle'].includes(w) && this.folded(a + 1) === 'ci');
    const concerned = w === 'l' && ['interesse', 'interessee'].includes(this.folded(a + 1));
    if (b - a === 2 && (latter || concerned)) {
      const feminine = w === 'cette' || w === 'celle' || this.folded(a + 1) === 'interessee';
      // "Sergueï Lavrov a reçu Choe Son Hui. « … », a assuré cette dernière": the latest of that gender; the base's
      // description may show it ("Diplomate nord-coréenne").
      // "… selon les chiffres du ministère des Affaires étrangères. Ce dernier a conseillé …": a body named after the last
      // person, whose article shows the gender, may be the one meant.
      const people = this.peopleNamedBack(this.tok(a)!.start, sentence - 3).next();
      const personAt = people.done ? -1 : people.value.start;
      for (const m of this.mentionsBack(this.tok(a)!.start, sentence - 1)) {
        if (m.start <= personAt) break;
        if (m.type !== 'organisation' || m.kind === 'adjective' || this.inQuote(this.tokenAt(m.start))) continue;
        const gender = this.genderBefore(this.tokenAt(m.start)) ?? this.appositionGender(this.tokenAt(m.start));
        if (gender === (feminine ? 'f' : 'm')) return { number: 's', source: { ...this.mentionSource(m), how: SPEAKER_RULES.latter } };
        if (gender) break;
      }
      for (const m of this.peopleNamedBack(this.tok(a)!.start, sentence - 3)) {
        const gender = this.nameGender(this.tokenAt(m.start), true) ?? this.kbGender(m.entityId);
        if (feminine ? gender !== 'f' : gender === 'f') {
          if (gender === undefined) return undefined;
          continue;
        }
        return { number: 's', source: { ...this.mentionSource(m), how: SPEAKER_RULES.latter } };
      }
      return undefined;
    }
    // "« … », titre le premier", "tempère le second": one of the persons or bodies a sentence just before named together.
    if (b - a === 2 && ['le', 'la'].includes(w) && ORDINAL_PLACES.has(this.folded(a + 1))) {
      const picked = this.ordinalAntecedent(ORDINAL_PLACES.get(this.folded(a + 1))!, this.tok(a)!.start, sentence);
      return picked ? { number: 's', source: { ...this.mentionSource(picked), how: SPEAKER_RULES.latter } } : undefined;
    }
    // "raconte le plus âgé des deux prisonniers", "assure la plus jeune": a superlative standing for a person picks out one
    // of a group the article has shown, and is that one.
    if (this.isSuperlativePerson(a, b, subject)) {
      const labelEnd = Math.min(b, a + MAX_LABEL_TOKENS);
      return { number: w === 'les' ? 'p' : 's', source: { label: this.textOf(a, labelEnd), span: this.spanOf(a, labelEnd), how: SPEAKER_RULES.nounPhrase } };
    }
    const allParts = [{ first: a, end: b }, ...appositives];
    let h = a;
    while (h < b && this.isPremodifier(h) && !this.mentionAt(h)) h++;
    // "Selon un conducteur de camion qui fait la navette depuis dix ans": a person's own relative clause describes him.
    const relative = h < b && this.isPersonNoun(h) ? this.subjectRelative(h + 1, b) : -1;
    if (relative > h) b = relative;
    const labelEnd = Math.min(b, a + MAX_LABEL_TOKENS);
    const label = this.textOf(a, labelEnd);
    const span = this.spanOf(a, labelEnd);
    // "un haut responsable américain s'exprimant sous couvert d'anonymat": anonymity makes any source generic.
    // "Des responsables japonais, sous couvert d'anonymat, s'inquiètent": the anonymity may stand in an apposition.
    const anonymous = allPartsAnonymous(this.vague.phrases, this.v.tokens, [{ first: a, end: b }, ...appositives]);
    if (anonymous) return { number: n, source: this.vagueSource(anonymous.value, label, span) };
    // Generic heads first: "des experts", "les médias occidentaux", "d'aucuns".
    for (let k = a; k <= h && k < b; k++) {
      const vm = this.vague.heads.longestAt(this.v.tokens, k, b);
      if (!vm || !this.standsAlone(vm.first, vm.end)) continue;
      // "selon la même source": the source named last, whatever it was.
      if (vm.first > a && ['meme', 'memes'].includes(this.folded(vm.first - 1))) {
        const prior = [...this.antecedents].reverse().find((x) => x.speaker && x.sentence <= sentence);
        const lv = this.lastVague;
        if (lv && lv.sentence <= sentence && (!prior || lv.sentence >= prior.sentence)) return { number: n, source: lv.source };
        if (prior?.source.vague) return { number: n, source: prior.source };
        if (prior) return { number: n, source: { ...prior.source, how: SPEAKER_RULES.continued } };
      }
      const possessive = this.possessiveSource(vm, a, label, span, sentence) ?? this.describedOwnerSource(vm, a, b, label, span, sentence);
      if (possessive) return { number: n, source: possessive };
      // "l'entourage du président", "les proches de Kim Jong-un": the people around someone, whoever is named, stay generic.
      if (vm.value.ownedStaysGeneric) return { number: n, source: this.vagueSource(vm.value, label, span) };
      // "le diplomate russe Vassili Nebenzia", "l'expert Andreï Lankov": a generic head that names its person is that person.
      const named = this.personIn([{ first: vm.end, end: b }]) ?? this.appositivePerson(appositives) ?? this.nameAfter(vm.end, b);
      if (named) return { number: n, source: named };
      // "Selon l'ONG OVD-Info, …": a generic head after its article, then the name that closes the phrase, is that one.
      // "l'ONG sud-coréenne NK Watch": a nationality may stand between the head and the name.
      // "le blogueur militaire Rybar": a lower-case adjective may stand there too.
      let nameStart = vm.end;
      for (let skipped = 0; skipped < 2 && nameStart < b; skipped++) {
        const adjective = this.mentionAt(nameStart);
        const word = this.tok(nameStart)?.text ?? '';
        const bare = !adjective && /^\p{Ll}/u.test(word) && !isFunctionWord(this.fw, this.folded(nameStart)) && !this.rv.forms.has(this.folded(nameStart)) && isCapitalised(this.tok(nameStart + 1)?.text ?? '');
        if ((adjective?.kind !== 'adjective' && !bare) || isCapitalised(word) || !/^\s+$/u.test(this.gapAfter(nameStart - 1))) break;
        nameStart = adjective ? this.tokenAt(adjective.end - 1) + 1 : nameStart + 1;
      }
      // "Le média indépendant Meduza": a body the rules or the base name right after the head is who it is.
      const body = DEFINITE_ARTICLES.has(w) && vm.first === h ? this.namedAfterHead(vm.end, b) : undefined;
      if (body) return { number: n, source: this.mentionSource(body) };
      let nameEnd = nameStart;
      while (DEFINITE_ARTICLES.has(w) && vm.first === h && nameEnd < b && isCapitalised(this.tok(nameEnd)?.text ?? '') && (nameEnd === nameStart || /^[\s\u00a0-]*$/u.test(this.gapAfter(nameEnd - 1)))) nameEnd++;
      if (nameEnd > nameStart && nameEnd >= b) return { number: n, source: { label: this.textOf(nameStart, nameEnd), span: this.spanOf(nameStart, nameEnd), how: SPEAKER_RULES.capitalised } };
      if (!this.isSpecific(vm.value, vm.end, b, allParts, w)) {
        // "Le diplomate a ajouté" after a named diplomat is that diplomat; "des diplomates" stays generic.
        const earlier = this.describedBy(vm, a, h, b, n, sentence) ?? (n === 's' ? this.echoedPerson(a, vm.first, b, sentence) ?? this.introducedAgain(a, vm.first, b) ?? this.describedWitness(vm, a, sentence) : undefined);
        return { number: n, source: earlier ?? this.vagueSource(vm.value, label, span) };
      }
      // "la chercheuse de l'Observatoire …" after "Hélène Ravel": a definite description of the person named before.
      // "Selon cette chercheuse du Centre d'analyse …": a demonstrative points back the same way.
      const described = (DEFINITE_ARTICLES.has(w) || this.fw.demonstratives.has(w)) && n === 's' ? this.describedBy(vm, a, h, b, n, sentence) : undefined;
      if (described) return { number: n, source: described };
      // "des experts de l'ONU", "des responsables sud-coréens": the generic head is qualified by a named body or state.
      const qualifier = this.entityIn(vm.end, b);
      return { number: n, source: { label, span, how: SPEAKER_RULES.qualifiedGeneric, ...(qualifier ? { entityId: qualifier.entityId } : {}) } };
    }
    const headMention = this.mentionAt(h);
    // "« … », a déploré l'Argentin" after "Rafael Grossi": a nationality as a noun, capitalised after its article, is the
    // person of that nationality named just before.
    if (headMention?.kind === 'adjective' && headMention.type === 'country' && h === a + 1 && DEFINITE_ARTICLES.has(w) && isCapitalised(this.tok(h)?.text ?? '') && this.tokenAt(headMention.end - 1) + 1 >= b) {
      const person = this.nationalNamedBefore(headMention, this.tok(a)?.start ?? 0, sentence, 2);
      if (person) return { number: n, source: person };
    }
    // "Le Polonais Bartosz Wierzbicki rappelle …": a nationality as a noun, then a name no rule took, is that person.
    if (headMention?.kind === 'adjective' && headMention.type === 'country' && h === a + 1 && DEFINITE_ARTICLES.has(w) && isCapitalised(this.tok(h)?.text ?? '')) {
      const first = this.tokenAt(headMention.end - 1) + 1;
      const nameEnd = this.capitalRun(first, b);
      if (nameEnd - first >= 2 && nameEnd >= b) return { number: n, source: { label: this.textOf(first, nameEnd), span: this.spanOf(first, nameEnd), how: SPEAKER_RULES.capitalised } };
    }
    if (headMention && headMention.type !== 'weapon' && headMention.kind !== 'adjective' && headMention.type !== 'person') {
      // "Le Parti démocrate, dirigé par M. Lee, a accusé": the agent of a participle in apposition leads the body; the
      // body speaks. "Le ministère, par la voix de son porte-parole, …" gives the voice.
      const agent = (part: { first: number; end: number }): boolean => this.folded(part.first + 1) === 'par' && /^\p{Ll}/u.test(this.tok(part.first)?.text ?? '') && !this.mentionAt(part.first);
      const person = this.personIn(allParts.slice(1).filter((part) => !agent(part)));
      if (person) return { number: n, source: person };
      return { number: n, source: { label: this.entityLabel(a, b, headMention), entityId: headMention.entityId, span, how: headMention.foundBy } };
    }
    if (headMention?.type === 'person') return { number: n, source: this.mentionSource(headMention) };
    const noun = this.nouns.longestAt(this.v.tokens, h, b);
    if (noun) {
      // "le président américain sur son réseau Truth Social": a complement of place or time names nobody the role describes.
      const person = this.personIn([{ first: noun.end, end: this.qualifierEnd(noun.end, b) }]) ?? this.appositivePerson(appositives);
      if (person && noun.value.kind !== 'statement' && noun.value.kind !== 'document') return { number: n, source: person };
      // "The Economist se montre plus prudent : l'hebdomadaire estime …": a medium noun takes up the medium its own sentence
      // opened on, before any that spoke earlier.
      const opener = noun.value.id === MEDIA_ROLE && noun.first === h && DEFINITE_ARTICLES.has(w) && w !== 'les' ? this.mediumOpening(a, sentence) : undefined;
      if (opener) return { number: n, source: this.describedSource(opener, this.tok(a)?.start ?? 0, sentence, SPEAKER_RULES.definite) };
      if (noun.value.anaphora && noun.first === h) {
        const earlier = this.resolveDescription(noun.value.anaphora, a, noun.first, noun.end, b, n, sentence) ?? (noun.value.kind === 'role' ? this.echoedPerson(a, h, b, sentence) : undefined);
        if (earlier) return { number: n, source: earlier };
      }
      if (noun.value.kind === 'institution' && noun.first === h && DEFINITE_ARTICLES.has(w) && !this.entityIn(noun.end, b)) {
        const named = this.bodyNamedWith(noun.first, noun.end, sentence);
        if (named) return { number: n, source: { ...this.mentionSource(named), how: SPEAKER_RULES.definite } };
      }
      // "a écrit la police fédérale américaine" after "Le FBI …", "Le quotidien conservateur y voit …" after "Le Chosun Ilbo …".
      if ((noun.value.kind === 'institution' || noun.value.id === MEDIA_ROLE) && noun.first === h && ['le', 'la', 'l', 'du'].includes(w)) {
        const described = this.bodyDescribedAs(noun.first, noun.end, b, sentence, noun.value.id === MEDIA_ROLE);
        if (described) return { number: n, source: described };
        // "Kyiv Independent" as a press review's section title, then "« … », titre le quotidien anglophone": the medium
        // the section is about.
        const heading = noun.value.id === MEDIA_ROLE && w !== 'du' ? this.sectionMedium(sentence) : undefined;
        if (heading) return { number: n, source: heading };
      }
      if (noun.value.kind === 'statement' && ['le', 'la', 'l', 'ce', 'cette', 'ces', 'les'].includes(w)) {
        const end = this.statementPhraseEnd(noun.end, b);
        // "… par la voix de son ministère des Affaires étrangères, dont le communiqué … « … », affirme le texte": the text is
        // that statement, and the label says which one.
        const earlier = this.earlierStatement(a, sentence);
        // "Le texte estime …" after "Un rapport publié par le RUSI …": a text that takes up a document, not a statement.
        const author = !earlier && end === noun.end && this.folded(noun.first) === 'texte' ? this.documentAuthor(a, sentence) : undefined;
        if (author) return { number: n, source: this.writtenBy(author, this.textOf(a, end), this.spanOf(a, end)) };
        const label = earlier ? `${this.textOf(a, end)} (${earlier.label})` : this.textOf(a, end);
        return { number: n, source: { label, span: this.spanOf(a, end), how: SPEAKER_RULES.statement, ...(earlier?.entityId ? { entityId: earlier.entityId } : {}) } };
      }
      // "Le traité a été ratifié. Son article 4 prévoit …": a text's part says which text it belongs to.
      // "Le traité a été ratifié. L'article 4 prévoit …": a part with no complement belongs to the text named before too.
      const part = PART_OF_TEXT.test(this.folded(noun.first)) && DEFINITE_ARTICLES.has(w) && this.nounPhraseEndsAfterNumber(noun.end, b);
      const whole = noun.value.id === LEGAL_TEXT && (this.fw.possessives.has(w) || part) ? this.wholeText(a, sentence) : undefined;
      if (whole) return { number: n, source: { label: `${label} (${whole})`, span, how: noun.value.id } };
      const entity = this.entityIn(noun.end, this.mediumCut(noun.end, b));
      // "le quotidien du parti unique, le Rodong Sinmun": a body named in apposition to a body or medium noun is that body.
      const body = noun.value.kind === 'institution' || noun.value.id === MEDIA_ROLE ? this.appositiveBody(appositives) : undefined;
      if (body && (!entity || entity.kind === 'adjective')) return { number: n, source: this.mentionSource(body) };
      // "selon des images satellites analysées par des chercheurs", "un rapport confidentiel": a document nobody is named for.
      // "un centre de réflexion sud-coréen": a demonym says where the body is, not which one it is.
      // "un sondage Gallup": a capitalised name right after the noun names its author.
      const nameAfterNoun = noun.end < b && isCapitalised(this.tok(noun.end)?.text ?? '') && /^\s+$/u.test(this.gapAfter(noun.end - 1));
      // "d'après les relevés de plusieurs sites de suivi des vols": a document of makers the article does not name either.
      // Not "Le document d'une trentaine de pages": the complement names someone who could have made it.
      const maker = noun.end + 2;
      const ofUnnamed = noun.value.kind === 'document' && noun.first === h && DEFINITE_ARTICLES.has(w) && !entity && ['de', 'd'].includes(this.folded(noun.end)) && this.fw.indefiniteDeterminers.has(this.folded(noun.end + 1)) && !['des', 'de', 'd'].includes(this.folded(noun.end + 1)) && maker < b && (this.nouns.longestAt(this.v.tokens, maker, b)?.first === maker || this.vague.heads.longestAt(this.v.tokens, maker, b)?.first === maker || this.isPersonNoun(maker) || this.fw.labelNouns.has(this.folded(maker).replace(/s$/u, '')));
      const unnamed = (noun.value.kind === 'document' || noun.value.kind === 'institution') && (!entity || entity.kind === 'adjective') && (this.fw.indefiniteDeterminers.has(w) || ofUnnamed) && !nameAfterNoun && !this.authorAfter(noun.end, sentence, subject ? undefined : b);
      // "selon un institut britannique": a body the article does not name.
      const anonymous = unnamed ? this.vague.byId.get(noun.value.kind === 'document' ? 'vague:documents' : 'vague:bodies') : undefined;
      if (anonymous) return { number: n, source: this.vagueSource(anonymous, label, span) };
      // "a lâché un sénateur de la majorité", "résume le directeur d'une entreprise de gros œuvre": someone the article
      // does not name is a generic source, however precisely described.
      // "avertit toutefois un éditorial du journal" after "Le quotidien saoudien Asharq Al-Awsat": a writing of the paper
      // a definite medium noun takes up is that paper's.
      // "conclut son éditorialiste" after "le Hankyoreh salue …"; "Dans le Korea Herald, …, un éditorial plaide …": the
      // paper a possessive points to, or the paper the sentence opens in.
      const staff = noun.value.anaphora?.roles.has(MEDIA_ROLE) === true && noun.first === h;
      const paper = staff ? this.mediumOfComplement(noun.end, b, sentence) ?? (['son', 'sa', 'ses'].includes(w) && noun.end >= b ? this.mediumNamedBefore(this.tok(a)?.start ?? 0, sentence - 1) ?? this.mediumSpokeBefore(this.tok(a)?.start ?? 0, sentence) : ['un', 'une'].includes(w) ? this.mediumFrame(a, sentence) : undefined) : undefined;
      if (paper) return { number: n, source: this.writtenBy(paper, this.textOf(a, noun.end), this.spanOf(a, noun.end)) };
      const unnamedPerson = noun.value.unnamedVague && noun.first === h && this.isUnnamedDescription(w, noun.end, b) ? this.vague.byId.get(VAGUE_UNNAMED_PERSON) : undefined;
      if (unnamedPerson) return { number: n, source: this.vagueSource(unnamedPerson, label, span) };
      // "Le document affirme …", "Selon ses auteurs, …", "les auteurs du rapport": a document taken up, or its authors,
      // speak for whoever wrote it.
      const takenUp = noun.first === h && !entity && (DEFINITE_ARTICLES.has(w) || this.fw.demonstratives.has(w) || (noun.value.id === AUTHORS && this.fw.possessives.has(w)));
      const author = takenUp && ((noun.value.kind === 'document' && noun.value.id !== LEGAL_TEXT) || noun.value.id === AUTHORS) ? this.documentAuthor(a, sentence) : undefined;
      if (author) return { number: n, source: this.writtenBy(author, label, span) };
      // "« … », précise leur rapport" after "Les enquêteurs de Conflict Armament Research …": a document a possessive gives
      // to the body named just before is that body's.
      const owner = noun.first === h && !entity && noun.value.kind === 'document' && noun.value.id !== LEGAL_TEXT && this.fw.possessives.has(w) ? this.ownerBefore(a, sentence) : undefined;
      if (owner) return { number: n, source: this.writtenBy(this.mentionSource(owner), label, span) };
      // "une quinzaine de pays … ont dénoncé dans une déclaration commune": countries that speak together speak by their
      // statement, which the label names.
      // "quatorze pays": a number makes "pays" plural, as "le pays" is not.
      const plural = n === 'p' || !['le', 'la', 'l', 'ce', 'cet', 'cette', 'son', 'sa', 'un', 'une'].includes(w);
      const statement = plural && (noun.value.kind === 'collective' || (noun.value.kind === 'role' && /s$/u.test(this.folded(noun.end - 1)))) ? this.jointStatementNear(a, sentence, this.signerNouns.has(this.foldedRun(noun.first, noun.end))) : undefined;
      if (statement) return { number: n, source: { label: `${label} (${statement})`, span, how: noun.value.id, ...(entity ? { entityId: entity.entityId } : {}) } };
      return { number: n, source: { label, span, how: noun.value.id, ...(entity ? { entityId: entity.entityId } : {}) } };
    }
    const appositive = this.appositivePerson(appositives);
    if (appositive) return { number: n, source: appositive };
    const capEnd = this.capitalRun(h, b);
    if (capEnd > h) {
      if (capEnd - h > 1 || (this.tok(h)?.text.length ?? 0) > 2) this.capitalNames.add(this.textOf(h, capEnd));
      return { number: n, source: this.unlessPseudonym({ label: this.textOf(h, capEnd), span: this.spanOf(h, capEnd), how: SPEAKER_RULES.capitalised }, this.tok(capEnd - 1)!.end) };
    }
    const echoed = this.echoedPerson(a, h, b, sentence) ?? (n === 's' ? this.introducedAgain(a, h, b) : undefined) ?? (n === 's' && subject ? this.unlistedRole(a, h, b, sentence) : undefined);
    if (echoed) return { number: n, source: echoed };
    // "L'un des fabricants cités, la société Helix Microsystems, affirme …": a body named in apposition to a head no
    // lexicon knows is who speaks.
    // "Le candidat conservateur Kim Moon-soo, du Parti du pouvoir au peuple, a accusé": a person whose name closes the
    // phrase speaks, not the body in apposition.
    const closingName = this.mentionAt(b - 1);
    if (closingName?.type === 'person' && closingName.kind === 'name' && appositives.length > 0) {
      const person = this.personIn([{ first: a, end: b }]);
      if (person) return { number: n, source: person };
    }
    const body = this.appositiveBody(appositives);
    if (body) return { number: n, source: this.mentionSource(body) };
    // "Selon plusieurs délégués", "selon des courtiers basés à Singapour": after a marker or as an agent, someone
    // unnamed introduced by an indefinite article is a generic source too.
    const someone = this.fw.indefiniteDeterminers.has(w) && w !== 'de' && w !== 'd' && h > a && h < b && this.isPersonNoun(h);
    // "à en croire les négociants de la ville", "selon les dockers": after a marker, people known only by what they do, whom
    // the article has not shown before, are a generic source as "des négociants" would be.
    if (!subject && w === 'les' && this.markerEndsAt(a) && h === a + 1 && h < b && /s$/u.test(this.folded(h)) && this.isPersonNoun(h) && !this.mentionAt(h) && !this.headSeenBefore(h) && (this.entityIn(h + 1, b)?.kind ?? 'adjective') === 'adjective') {
      const witness = this.vague.byId.get(VAGUE_WITNESSES);
      if (witness) return { number: 'p', source: this.vagueSource(witness, label, span) };
    }
    // "Sa mère lui a confié que …", "raconte son voisin": someone the article shows only by kin or company, and does not
    // name, is a generic source, whoever's kin.
    if (subject !== 'inversion' && this.fw.possessives.has(w) && h === a + 1 && h < b && this.fw.kinNouns.has(this.folded(h)) && !this.mentionAt(h) && !this.personIn([{ first: a, end: b }]) && this.capitalRun(h + 1, b) === h + 1) {
      const unnamed = this.vague.byId.get(VAGUE_UNNAMED_PERSON);
      if (unnamed) return { number: n, source: this.vagueSource(unnamed, label, span) };
    }
    const position = subject ?? (someone ? 'inversion' : undefined);
    const headed = position ? this.unknownHead(a, h, b, label, span, n, position, sentence) : undefined;
    if (headed) return headed;
    const person = this.personIn([{ first: a, end: b }]);
    if (person) return { number: n, source: person };
    // "Le voyagiste Vostok Intour": a common noun no lexicon lists, then a name of two capitalised words at least.
    const named = this.fw.determiners.has(w) ? this.nameAfter(a + 1, b) : undefined;
    if (named) return { number: n, source: named };
    const entity = this.entityIn(a, b);
    // "Un marin philippin ayant travaillé à bord", "des hommes en uniforme russe": a demonym adjective on a noun that no
    // lexicon knows as a source says where someone is from, not who speaks ("les autorités russes" is resolved above).
    if (entity && entity.kind === 'adjective' && !isCapitalised(entity.surface)) {
      // "Un marin philippin raconte avoir vu …": someone unnamed, introduced by an indefinite article, is a witness.
      const witness = this.fw.indefiniteDeterminers.has(w) ? this.vague.byId.get(VAGUE_WITNESSES) : undefined;
      return witness ? { number: n, source: this.vagueSource(witness, label, span) } : undefined;
    }
    // "Pour l'Estonienne, …" after "la haute représentante de l'UE, Kaja Kallas": a nationality as a noun, singular and
    // definite, is the person of that nationality named just before.
    if (entity && entity.kind === 'adjective' && entity.type === 'country' && h === a + 1 && entity.start === this.tok(h)?.start && ['le', 'la', 'l'].includes(w)) {
      const national = this.nationalNamedBefore(entity, this.tok(a)!.start, sentence);
      if (national) return { number: n, source: national };
    }
    if (entity) {
      // Label from the entity's own noun phrase, leaving out whatever came before it ("date 2024-01 L'Union européenne …").
      let from = this.tokenAt(entity.start);
      if (from - 1 >= a && this.fw.determiners.has(this.folded(from - 1))) from--;
      const end = Math.min(b, from + MAX_LABEL_TOKENS);
      return { number: n, source: { label: this.textOf(from, end), span: this.spanOf(from, end), entityId: entity.entityId, how: entity.foundBy } };
    }
    return undefined;
  }

  /**
   * "Agnès Ryu, religieuse qui accompagne des réfugiés … « … », explique la religieuse": a definite description whose head
   * noun the article set beside a person's name, as a title before it or opening an apposition after it, is that person,
   * whether or not a lexicon knows the noun. The most recent such person is the one meant.
   */
  private echoedPerson(a: number, h: number, b: number, s: number): Source | undefined {
    const head = this.bareDefiniteHead(a, h);
    if (!head) return undefined;
    // "le ministre sud-coréen" after "le ministre russe …, Sergueï Lavrov": a state or body in the description is a
    // qualifier the echo cannot check.
    for (let k = h + 1; k < b; k++) if (this.mentionAt(k)) return undefined;
    const offset = this.tok(a)!.start;
    for (const m of this.peopleNamedBack(offset, 0)) {
      if (this.besideName(head.folded, this.tokenAt(m.start), this.tokenAt(m.end - 1) + 1)) return this.describedSource(m, offset, s, SPEAKER_RULES.definite);
    }
    return undefined;
  }

  /** The head right after a definite article ("le diplomate", "l'enseignant"): a lower-case word, not a function word. */
  private bareDefiniteHead(a: number, h: number): Token | undefined {
    const head = this.tok(h);
    // "le jeune homme": premodifiers may stand between.
    for (let k = a + 1; k < h; k++) if (!this.fw.premodifiers.has(this.folded(k)) || this.fw.determiners.has(this.folded(k))) return undefined;
    if (h <= a || h - a > 3 || !['le', 'la', 'l'].includes(this.folded(a)) || !head || !/^\p{Ll}/u.test(head.text) || isFunctionWord(this.fw, head.folded)) return undefined;
    return head;
  }

  /** The word stands among the few words right before a name [k0, k1), or heads its apposition (", la fondatrice de …"). */
  private besideName(word: string, k0: number, k1: number): boolean {
    // "le capitaine Oleh Marchenko"; "le ministre de la Défense, Shin Won-sik": the comma of the apposition may stand
    // between the role and the name.
    const apposed = k0 > 0 && /^\s*,\s*$/u.test(this.gapAfter(k0 - 1));
    for (let j = k0 - 1; j >= 0 && k0 - j <= (apposed ? 8 : 4); j--) {
      // "Revue de presse" as a rubric, then "Les obus de Kim Jong Un": a line break ends the words about the name.
      if (!(apposed && j === k0 - 1) && /[,.;:!?«»“”"()\n]/u.test(this.gapAfter(j))) break;
      if (this.folded(j) === word) return true;
    }
    if (k1 >= this.v.tokens.length || !/^\s*,\s*$/u.test(this.gapAfter(k1 - 1))) return false;
    let j = k1;
    while (j < k1 + 3 && (this.fw.determiners.has(this.folded(j)) || this.fw.premodifiers.has(this.folded(j)))) j++;
    return this.folded(j) === word;
  }

  /** A capitalised name right after a head and its adjectives ("l'analyste Ankit Panda"), as a source, if there is one. */
  private nameAfter(k: number, b: number): Source | undefined {
    let j = k;
    while (j < b && j - k < 3 && !isCapitalised(this.tok(j)?.text ?? '') && ((!this.fw.prepositions.has(this.folded(j)) && !this.fw.determiners.has(this.folded(j))) || this.fieldComplement(j)) && /^\s+$/u.test(this.gapAfter(j))) j++;
    const end = this.capitalRun(j, b);
    // Two capitalised words at least: one may be a place or an adjective ("un diplomate Occidental").
    if (end - j < 2) return undefined;
    return { label: this.textOf(j, end), span: this.spanOf(j, end), how: SPEAKER_RULES.capitalised };
  }

  /** "en balistique", "de paiement": "en" or "de" and a lowercase noun naming a field, between a role and a name. */
  private fieldComplement(j: number): boolean {
    // "la plateforme de paiement Corvex Pay", "le cabinet d'analyse …": "de" and a bare noun qualify the head the same way.
    return ['en', 'de', 'd'].includes(this.folded(j)) && !isCapitalised(this.tok(j + 1)?.text ?? '') && !this.fw.determiners.has(this.folded(j + 1)) && !this.mentionAt(j + 1);
  }

  /** A determiner, a premodifier, a number or a title before the head ("les onze États", "les 11 pays", "M. Lavrov"). */
  private isPremodifier(k: number): boolean {
    const w = this.folded(k);
    // "Une cinquantaine d'États membres": a round number before "de" counts like a determiner.
    const round = /^(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?$/u.test(w) && ['de', 'd'].includes(this.folded(k + 1));
    return this.fw.determiners.has(w) || this.fw.premodifiers.has(w) || /^\d+$/u.test(w) || round || this.isHonorific(k);
  }

  /** "M." or "Mme" before a capitalised name. */
  private isHonorific(k: number): boolean {
    const t = this.tok(k);
    return t !== undefined && this.fw.honorifics.has(t.folded) && isCapitalised(t.text) && isCapitalised(this.tok(k + 1)?.text ?? '');
  }

  /** "Plusieurs affirment" is a vague subject; in "Plusieurs centaines d'entre eux" the same word is a determiner. */
  private standsAlone(first: number, end: number): boolean {
    // "Beaucoup plus que des devises.": a quantity compared is an adverb, not someone.
    if (end - first === 1 && COMPARATIVES.has(this.folded(end))) return false;
    if (end - first !== 1 || !this.fw.determiners.has(this.folded(first))) return true;
    const next = this.folded(end);
    if (next === 'd' && this.folded(end + 1) === 'entre') return true;
    return end >= this.v.tokens.length || this.fw.avoir.has(next) || this.fw.etre.has(next) || this.fw.negationBefore.has(next) || this.fw.clitics.has(next) || this.rv.forms.has(next) || /[,.;:]/u.test(this.gapAfter(first));
  }

  /**
   * A person's description that picks out nobody a reader could find: an indefinite one ("un sénateur", "des généraux
   * russes"), or a definite one whose complement is itself indefinite ("le directeur d'une entreprise de Vladivostok").
   */
  private isUnnamedDescription(w: string, from: number, b: number): boolean {
    if (this.fw.indefiniteDeterminers.has(w)) return true;
    if (!DEFINITE_ARTICLES.has(w)) return false;
    return ['de', 'd'].includes(this.folded(from)) && from + 1 < b && ['un', 'une'].includes(this.folded(from + 1));
  }

  private vagueSource(e: VagueEntry, label: string, span: Span): Source {
    return { label, span, how: e.id, vague: true, reason: e.reason, reasonId: e.id };
  }

  /**
   * A generic head is specific when a named body is its complement (des experts de l'ONU) or, for officials, when a named
   * state or body qualifies it (des responsables sud-coréens); a name further on in the clause does not count.
   */
  private isSpecific(e: VagueEntry, from: number, b: number, parts: readonly { first: number; end: number }[], determiner: string): boolean {
    if (e.specificWith === 'none') return false;
    // "les responsables sud-coréens" are the government's; "des responsables sud-coréens", "un officier ukrainien" are
    // some among many that the reader cannot identify. With an indefinite determiner no body makes them a source: one
    // official ("un responsable du ministère japonais de la Défense", "un haut responsable de l'Otan") or several ("des
    // responsables du Pentagone") are anonymous people whatever body employs them.
    const indefinite = this.fw.indefiniteDeterminers.has(determiner);
    if (e.specificWith === 'state' && indefinite) return false;
    const needs = e.specificWith;
    const candidates: number[] = [];
    for (let k = from; k < Math.min(b, from + 5); k++) candidates.push(k);
    for (const part of parts.slice(1)) for (let k = part.first; k < Math.min(part.end, part.first + 3); k++) candidates.push(k);
    for (const k of candidates) {
      // "une estimation du renseignement ukrainien": a body a state makes specific is named as much as the state's.
      if (needs !== 'state' && k - from <= 1 && this.stateBodyAt(k, b)) return true;
      const m = this.mentionAt(k);
      if (!m || (m.type !== 'country' && m.type !== 'organisation' && m.type !== 'person')) continue;
      if (needs === 'state') return true;
      // "Des spécialistes de la Corée du Nord": after an expert's head, a country is the field, not the employer.
      if (m.type === 'country' && e.specificWith === 'organisation' && EXPERT_HEADS.has(e.id)) continue;
      // "le commentateur de la chaîne publique CCTV": a medium or body noun and its qualifiers may stand before the name.
      const head = this.mediumNounBefore(k, from);
      const prev = this.folded(head - 1);
      // The "de" that governs the body, right before it or before its article.
      const de = ['de', 'du', 'des', 'd'].includes(prev) ? head - 1 : ['l', 'la', 'le', 'les'].includes(prev) && ['de', 'd'].includes(this.folded(head - 2)) ? head - 2 : -1;
      // "des médias proches des Forces de soutien rapide": close to a body, not the body's own.
      if (de < 0 || ['proche', 'proches'].includes(this.folded(de - 1))) continue;
      if (m.kind !== 'adjective' && head - from <= 3) return true;
    }
    return false;
  }

  /** Where "la chaîne publique" starts before the name at k: a medium or body noun, then lower-case words only; else k. */
  private mediumNounBefore(k: number, from: number): number {
    for (let x = k - 1; x >= from && x >= k - 3; x--) {
      if (this.mentionAt(x) || !/^\p{Ll}/u.test(this.tok(x)?.text ?? '') || /[,;:«»“”"()]/u.test(this.gapAfter(x))) return k;
      const noun = this.nouns.longestAt(this.v.tokens, x, k);
      if (noun?.first === x && (noun.value.kind === 'institution' || noun.value.id === MEDIA_ROLE)) return x;
    }
    return k;
  }

  private mentionSource(m: Mention): Source {
    const source = sourceOfMention(m, unknownPersonNames(this.v.mentions));
    return m.type === 'person' ? this.unlessPseudonym(source, m.end) : source;
  }

  /** "assure Moussa (le prénom a été modifié)": a name that is not the person's own names nobody a reader could check. */
  private unlessPseudonym(source: Source, nameEnd: number): Source {
    PSEUDONYM_NOTE.lastIndex = nameEnd;
    const note = PSEUDONYM_NOTE.exec(this.v.text);
    // "Myong-hee, elle, regarde …" after "dit Myong-hee (le prénom a été modifié)": the name stays a pseudonym.
    const noted = note !== null && this.fw.pseudonymNotes.has(fold(note[1]!).replace(/\s+/gu, ' ').trim());
    if (noted) this.pseudonyms.add(source.label);
    const unnamed = noted || this.pseudonyms.has(source.label) ? this.vague.byId.get(VAGUE_UNNAMED_PERSON) : undefined;
    return unnamed ? this.vagueSource(unnamed, source.label, source.span ?? { start: nameEnd, end: nameEnd }) : source;
  }

  private entityLabel(a: number, b: number, m: Mention): string {
    // "la Maison Blanche" rather than the whole clause, unless the phrase is short.
    return b - a <= 6 ? this.textOf(a, b) : m.surface;
  }

  /** A person named in the phrase, not as the complement of another role ("la sœur du dirigeant Kim Jong Un"). */
  private personIn(parts: readonly { first: number; end: number }[]): Source | undefined {
    for (const part of parts) {
      for (let k = part.first; k < part.end; k++) {
        const m = this.mentionAt(k);
        if (m?.type !== 'person') continue;
        if (this.isRoleComplement(part.first, k)) continue;
        return this.mentionSource(m);
      }
    }
    return undefined;
  }

  private isRoleComplement(first: number, k: number): boolean {
    for (let j = first + 1; j < k; j++) {
      if (!['de', 'du', 'des', 'd'].includes(this.folded(j - 1))) continue;
      let x = j;
      while (x < k && (this.fw.determiners.has(this.folded(x)) || this.fw.premodifiers.has(this.folded(x)))) x++;
      const noun = this.nouns.longestAt(this.v.tokens, x, k);
      if (noun && (noun.value.kind === 'role' || noun.value.kind === 'collective')) return true;
    }
    return false;
  }

  /** The first apposition when it is only the name of a body, with its article (", le Rodong Sinmun,"). */
  private appositiveBody(appositives: readonly { first: number; end: number }[]): Mention | undefined {
    const part = appositives[0];
    if (!part) return undefined;
    const f = this.fw.determiners.has(this.folded(part.first)) && !this.mentionAt(part.first) ? part.first + 1 : part.first;
    const m = this.mentionAt(f);
    if (!m || m.type !== 'organisation' || m.kind === 'adjective' || this.tokenAt(m.end - 1) + 1 !== part.end) return undefined;
    return m;
  }

  private appositivePerson(appositives: readonly { first: number; end: number }[]): Source | undefined {
    const part = appositives[0];
    if (!part) return undefined;
    // ", le colonel Bakary Sangaré,": the person is the name after the title and its article.
    const titledName = this.titledNameAt(part.first, part.end + 1);
    const titledPerson = titledName ? this.mentionAt(titledName.first) : undefined;
    if (titledPerson) return this.mentionSource(titledPerson);
    // ", M. Ouchakov,": the person is the name after the title.
    const f = this.isHonorific(part.first) ? part.first + 1 : part.first;
    const m = this.mentionAt(f);
    if (m?.type === 'person') return this.mentionSource(m);
    const capEnd = this.capitalRun(f, part.end);
    if (capEnd > f && !this.mentionAt(f)) {
      return { label: this.textOf(f, capEnd), span: this.spanOf(f, capEnd), how: SPEAKER_RULES.capitalised };
    }
    return undefined;
  }

  /** One past the last capitalised word of a name starting at h ("Kim Yo Jong", "Mme Kallas" → "Kallas"). */
  private capitalRun(h: number, b: number): number {
    let k = h;
    // "un PIB estimé à …": an acronym no rule or base entry knows is a common noun written in capitals, not a name.
    if (/^\p{Lu}{2,5}$/u.test(this.tok(h)?.text ?? '') && !this.mentionAt(h)) return h;
    // "Yann Le Goff", "Marc De Smet": a capitalised particle inside a name, between two capitalised words. An adverb that
    // opens the sentence ("Aussitôt après le vote, …") is no name.
    // "Dominique de Villepin", "Ursula von der Leyen": lower-case particles, at most two, before a capitalised word.
    const isParticle = (j: number): boolean => this.fw.nameParticles.has(this.tok(j)?.text ?? '') && /^\s+$/u.test(this.gapAfter(j));
    const particle = (j: number): boolean => {
      if (j <= h || !isParticle(j)) return false;
      const next = j + 1 < b && isParticle(j + 1) && !isCapitalised(this.tok(j + 1)?.text ?? '') ? j + 2 : j + 1;
      return next < b && isCapitalised(this.tok(next)?.text ?? '') && !isFunctionWord(this.fw, this.folded(next)) && !this.mentionAt(next);
    };
    while (k < b && (isCapitalised(this.tok(k)?.text ?? '') || particle(k)) && (particle(k) || (!this.fw.determiners.has(this.folded(k)) && !this.fw.prepositions.has(this.folded(k)) && !this.fw.clauseOpeners.has(this.folded(k)) && !this.fw.subjectPronouns.has(this.folded(k)) && !this.fw.demonstrativePronouns.has(this.folded(k)) && !this.fw.adverbs.has(this.folded(k)))) && !this.mentionAt(k)) {
      k++;
      // "Myong-hee", "Yun-ah": a given name's second syllable, in lower case after a hyphen.
      if (k < b && /^-$/u.test(this.gapAfter(k - 1)) && /^\p{Ll}{2,5}$/u.test(this.tok(k)?.text ?? '')) k++;
      if (k < b && !/^[\s\u00a0'’-]+$/u.test(this.gapAfter(k - 1))) break;
    }
    return k;
  }

  /** Tokens [first, k) are a determiner and its noun with at most two words more: the noun phrase opens the sentence. */
  private subjectHeadBefore(k: number, first: number): boolean {
    return k - first <= 4 && this.fw.determiners.has(this.folded(first));
  }

  /**
   * "… a annoncé le Service de sécurité d'Ukraine (SBU). … s'est félicité le service": a definite body noun with no name of
   * its own is the body named in the last five sentences whose name holds that noun ("Service de sécurité", "agence
   * officielle KCNA").
   */
  private bodyNamedWith(first: number, end: number, sentence: number): Mention | undefined {
    const words = Array.from({ length: end - first }, (_, i) => this.folded(first + i));
    for (const m of this.mentionsBack(this.tok(first)?.start ?? 0, sentence - 5)) {
      if (m.type !== 'organisation' || m.kind === 'adjective') continue;
      const k = this.tokenAt(m.start);
      const k1 = this.tokenAt(Math.max(m.start, m.end - 1)) + 1;
      // The noun inside the name, or before it in the same phrase ("l'agence officielle nord-coréenne KCNA").
      let from = k;
      while (from > 0 && k - from < 6 && !/[,.;:!?()«»“”"]/u.test(this.gapAfter(from - 1))) from--;
      const around = Array.from({ length: k1 - from }, (_, j) => this.folded(from + j));
      if (words.every((x) => around.includes(x))) return m;
      // "écrit l'équipe" after "la MSMT": the noun of the body's full name in the base, whatever the article called it.
      const named = this.nameWords(m.entityId);
      if (named.size > 0 && words.every((x) => named.has(x))) return m;
    }
    return undefined;
  }

  /**
   * The body named in the last five sentences that the base describes with the noun [first, end) and with every state the
   * words after it up to b qualify it by ("la police fédérale américaine": the FBI, "Police fédérale américaine."). Any
   * other entity in the phrase says the description is of something else.
   */
  private bodyDescribedAs(first: number, end: number, b: number, sentence: number, medium: boolean): Source | undefined {
    const nounWords = Array.from({ length: end - first }, (_, i) => this.folded(first + i));
    const states: string[] = [];
    const others: string[] = [];
    for (let k = end; k < b; k++) {
      const m = this.mentionAt(k);
      if (!m) {
        if (!isFunctionWord(this.fw, this.folded(k))) others.push(this.folded(k));
        continue;
      }
      if (m.kind !== 'adjective' || m.type !== 'country') return undefined;
      states.push(m.entityId);
    }
    const offset = this.tok(first)?.start ?? 0;
    // A medium is often redescribed by what the base does not say ("le quotidien conservateur"): for one, the latest
    // body of the last two sentences that the base calls so is enough; any other body's description must hold every word
    // ("le ministère des Affaires étrangères" is no "Direction … du ministère de la Défense").
    // "tranche le journal" after "Le quotidien nationaliste Global Times": a medium the article itself introduced with a
    // medium noun, named by a name the base does not know.
    if (medium && states.length === 0) {
      const introduced = this.mediumIntroduced(first, sentence - 2);
      if (introduced) return introduced;
    }
    for (const m of this.mentionsBack(offset, medium ? sentence - 2 : sentence - 5)) {
      if (m.type !== 'organisation' || m.kind === 'adjective' || this.inQuote(this.tokenAt(m.start))) continue;
      const words = this.descriptionOf(m.entityId);
      // Any word for a medium fits one the base calls a newspaper ("le journal" for "quotidien du Parti du travail").
      const fits = words !== undefined && (wordsName(words.lead, nounWords, false) || (medium && this.hasRole(words.lead, MEDIA_ANAPHORA)));
      if (!words || !fits || !states.every((q) => this.namesEntity(words.lead, q))) {
        // A body named as a complement ("le quotidien du Parti du travail") is not the one a medium noun could be.
        if (medium && !['de', 'du', 'des', 'd'].includes(this.folded(this.tokenAt(m.start) - 1))) return undefined;
        continue;
      }
      if (!medium && !others.every((w) => words.lead.includes(w))) continue;
      return this.describedSource(m, offset, sentence, SPEAKER_RULES.knowledgeBase);
    }
    return undefined;
  }

  /**
   * The latest name, in the sentences since `sinceSentence` and before token k, that a medium noun introduces ("le
   * quotidien nationaliste Global Times", "le journal Chosun Ilbo"), outside quotations: a capitalised run two words or
   * less after the noun, or a mention there.
   */
  private mediumIntroduced(k: number, sinceSentence: number): Source | undefined {
    const from = this.v.sentenceTokens[Math.max(0, sinceSentence)]?.first ?? 0;
    for (let j = k - 1; j >= from; j--) {
      const noun = this.nouns.longestAt(this.v.tokens, j, k);
      if (noun?.first !== j || noun.value.id !== MEDIA_ROLE || this.inQuote(j)) continue;
      for (let n = noun.end; n < Math.min(k, noun.end + 3); n++) {
        if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(n - 1)) && n > noun.end) break;
        // "le quotidien du Parti du travail" is the party's paper, not the party.
        if (this.fw.prepositions.has(this.folded(n)) || this.fw.determiners.has(this.folded(n))) break;
        const m = this.mentionAt(n);
        if (m && m.kind !== 'adjective' && m.type === 'organisation') return this.mentionSource(m);
        if (m) continue;
        const end = this.capitalRun(n, k);
        if (end > n) return { label: this.textOf(n, end), span: this.spanOf(n, end), how: SPEAKER_RULES.definite };
      }
    }
    return undefined;
  }

  /**
   * The medium that opens the sentence of token a, before it and outside quotations ("The Economist se montre plus
   * prudent : l'hebdomadaire …"): a body found as a medium's name, or one the base describes as a medium.
   */
  private mediumOpening(a: number, sentence: number): Mention | undefined {
    const range = this.v.sentenceTokens[sentence];
    if (!range) return undefined;
    let k = range.first;
    // "À Abou Dhabi, The National …", "Enfin, le Global Times …": a frame of place or a connective before the subject.
    while (k < a && !this.mentionAt(k) && !DEFINITE_ARTICLES.has(this.folded(k))) k++;
    if (k < a && DEFINITE_ARTICLES.has(this.folded(k))) k++;
    const m = this.mentionAt(k);
    if (!m || m.type !== 'organisation' || m.kind === 'adjective' || this.inQuote(k) || m.end > (this.tok(a)?.start ?? 0)) return undefined;
    return this.isMedium(m) ? m : undefined;
  }

  /**
   * The medium a definite complement right after token k takes up ("du journal", "de l'hebdomadaire", "du quotidien
   * saoudien"), ending the phrase at b: the medium the article introduced with a medium noun in the sentences before, or a
   * body the base describes so.
   */
  private mediumOfComplement(k: number, b: number, sentence: number): Source | undefined {
    const first = this.folded(k) === 'du' ? k + 1 : this.folded(k) === 'de' && ['la', 'l'].includes(this.folded(k + 1)) ? k + 2 : -1;
    if (first < 0) return undefined;
    const medium = this.nouns.longestAt(this.v.tokens, first, b);
    if (medium?.first !== first || medium.value.id !== MEDIA_ROLE) return undefined;
    for (let j = medium.end; j < b; j++) if (this.mentionAt(j)?.kind !== 'adjective') return undefined;
    return this.mediumIntroduced(first, sentence - 2) ?? this.bodyDescribedAs(medium.first, medium.end, b, sentence, true);
  }

  /**
   * The person named in the article whom the base describes by the kin noun at k and the person after it up to b ("sœur
   * de Kim Jong Un" for "Sœur de Kim Jong Un, haute responsable …"), when there is one and only one.
   */
  private kinDescribed(k: number, b: number): Mention | undefined {
    const noun = this.folded(k);
    if (!this.fw.kinNouns.has(noun) || !['de', 'du'].includes(this.folded(k + 1))) return undefined;
    const relative = this.mentionAt(k + 2);
    if (relative?.type !== 'person' || relative.kind === 'adjective' || this.tokenAt(relative.end - 1) + 1 !== b) return undefined;
    let found: Mention | undefined;
    for (const m of this.v.mentions) {
      if (m.type !== 'person' || m.kind === 'adjective' || m.unknown || m.entityId === relative.entityId || m.entityId === found?.entityId) continue;
      const lead = this.descriptionOf(m.entityId)?.lead;
      if (!lead || lead[0] !== noun || !this.namesEntity(lead, relative.entityId)) continue;
      if (found) return undefined;
      found = m;
    }
    return found;
  }

  /** A body found as a medium's name, or one the base describes as a medium. */
  private isMedium(m: Mention): boolean {
    const words = this.descriptionOf(m.entityId);
    return m.foundBy === ENTITY_RULES.mediumName || (words !== undefined && this.hasRole(words.lead, MEDIA_ANAPHORA));
  }

  /** The medium named last before an offset since a sentence, outside quotations: a medium's name, or a body the base calls one. */
  private mediumNamedBefore(offset: number, since: number): Source | undefined {
    for (const m of this.mentionsBack(offset, since)) {
      if (m.type !== 'organisation' || m.kind === 'adjective' || this.inQuote(this.tokenAt(m.start))) continue;
      if (this.isMedium(m)) return this.mentionSource(m);
    }
    return undefined;
  }

  /**
   * "Le quotidien progressiste juge … », conclut son éditorialiste": the medium that spoke in the sentence before,
   * taken up there by a description rather than named.
   */
  private mediumSpokeBefore(offset: number, sentence: number): Source | undefined {
    for (let i = this.antecedents.length - 1; i >= 0; i--) {
      const x = this.antecedents[i]!;
      if (x.sentence < sentence - 1) return undefined;
      if (x.at >= offset || !x.speaker || x.source.vague || !x.source.entityId) continue;
      const m = this.v.mentions.find((o) => o.entityId === x.source.entityId && o.start < offset);
      if (m && this.isMedium(m)) return this.mentionSource(m);
    }
    return undefined;
  }

  /**
   * The name a press review's section title gives, when the nearest title before sentence s, within eight sentences, is
   * a name alone: a body the rules found, or one to four capitalised words ("Dzerkalo Tyjnia"). Only in an article with
   * two such titles at least, a press review's shape: a lone one is a credit or a rubric.
   */
  private sectionMedium(s: number): Source | undefined {
    if (!this.nameTitles) {
      const titles = this.v.sentences.map((_, p) => this.nameTitle(p));
      this.nameTitles = titles.filter((x) => x !== undefined).length >= 2 ? titles : [];
    }
    if (this.nameTitles.length === 0) return undefined;
    for (let p = s - 1; p >= 0 && p >= s - 8; p--) if (isHeadline(this.v, p)) return this.nameTitles[p];
    return undefined;
  }

  /** The name a headline p consists of, alone: a body's mention, or one to four capitalised words. */
  private nameTitle(p: number): Source | undefined {
    const range = this.v.sentenceTokens[p];
    if (!range || range.end - range.first > 4 || range.end <= range.first || !isHeadline(this.v, p) || isByline(this.v, p)) return undefined;
    const m = this.mentionAt(range.first);
    if (m && m.type === 'organisation' && m.kind !== 'adjective' && this.tokenAt(m.end - 1) + 1 === range.end) return this.mentionSource(m);
    const end = this.capitalRun(range.first, range.end);
    if (end !== range.end || m) return undefined;
    // No span: the title names the medium, which no rule typed; a description does not take it up as a person.
    return { label: this.textOf(range.first, end), how: SPEAKER_RULES.capitalised };
  }

  /** The medium of a frame "Dans le Korea Herald, …" that opens the sentence of token a, before it. */
  private mediumFrame(a: number, sentence: number): Source | undefined {
    const range = this.v.sentenceTokens[sentence];
    if (!range || this.folded(range.first) !== 'dans') return undefined;
    let k = range.first + 1;
    if (DEFINITE_ARTICLES.has(this.folded(k))) k++;
    const m = this.mentionAt(k);
    if (!m || m.type !== 'organisation' || m.kind === 'adjective' || this.tokenAt(m.end - 1) >= a || !/,/u.test(this.gapAfter(this.tokenAt(m.end - 1)))) return undefined;
    return this.isMedium(m) ? this.mentionSource(m) : undefined;
  }

  /**
   * "l'Allemande Christiane Vollrath (PPE)", "Le Polonais Bartosz Wierzbicki (ECR)": an acronym in brackets right after a
   * person's name glosses that person (a party, a group); the phrase ends before it.
   */
  private withoutPartyGloss(a: number, b: number): number {
    const k = b - 1;
    if (k - 1 <= a || !/\(\s*$/u.test(this.gapAfter(k - 1)) || !/^\s*\)/u.test(this.gapAfter(k)) || !/^[\p{Lu}\d&+-]{2,8}$/u.test(this.tok(k)?.text ?? '')) return b;
    // A person's mention, or two capitalised words no rule took ("Christiane Vollrath").
    const before = this.mentionAt(k - 1);
    const named = before ? before.type === 'person' && before.kind !== 'adjective' : k - 2 > a && [k - 2, k - 1].every((j) => !this.mentionAt(j) && isCapitalised(this.tok(j)?.text ?? '') && !isFunctionWord(this.fw, this.folded(j)));
    return named ? k : b;
  }

  /** One past "commune", "conjointe" or "finale" after a statement noun ending at k, or k. */
  private statementPhraseEnd(k: number, b: number): number {
    return k < b && JOINT_WORD.test(this.folded(k)) ? k + 1 : k;
  }

  /** Whether nothing but a number follows a part's noun in [k, b): "L'article 4", not "l'article 51 de la Charte". */
  private nounPhraseEndsAfterNumber(k: number, b: number): boolean {
    let j = k;
    while (j < b && /^\d+(?:er|e)?$/u.test(this.folded(j))) j++;
    return j === b && j > k;
  }

  /** The text named last before token a, within three sentences, that a possessive part ("son article 4") belongs to. */
  private wholeText(a: number, sentence: number): string | undefined {
    const from = this.v.sentenceTokens[Math.max(0, sentence - 3)]?.first ?? 0;
    for (let k = a - 1; k >= from; k--) {
      const noun = this.nouns.longestAt(this.v.tokens, k, Math.min(this.v.tokens.length, k + 4));
      if (!noun || noun.first !== k || this.inQuote(k) || !(noun.value.id === LEGAL_TEXT || noun.value.kind === 'statement') || PART_OF_TEXT.test(this.folded(k))) continue;
      // "la signature d'un traité … qui, selon son article 4, …": any article, not another possessive.
      if (!this.fw.determiners.has(this.folded(k - 1)) || this.fw.possessives.has(this.folded(k - 1))) continue;
      return this.textOf(k - 1, noun.end);
    }
    return undefined;
  }

  /**
   * Who wrote the document named last before token a, in this sentence or the three before: "Un rapport publié jeudi par
   * l'institut CAR …. Ses auteurs affirment …", "le premier rapport de l'Équipe … (MSMT) …. Le document affirme …": the
   * body or person after "de" or "par" right after the document's noun; else the named source of the sentence that frames
   * it ("Dans son évaluation annuelle, le VSD estimait …"). A document taken up again ("le document") points further back;
   * the nearest one introduced decides: when it names no author, no one; nor when a treaty or a statement is named since.
   */
  private documentAuthor(a: number, sentence: number): Source | undefined {
    let floor = sentence - 3;
    for (let t = sentence; t >= Math.max(0, floor); t--) {
      const range = this.v.sentenceTokens[t];
      if (!range) continue;
      for (let k = Math.min(a, range.end) - 1; k >= range.first; k--) {
        const doc = this.nouns.longestAt(this.v.tokens, k, Math.min(range.end, k + 4));
        if (!doc || doc.first !== k || this.inQuote(k)) continue;
        // "Un rapport", "le premier rapport", "son évaluation"; not "ont relevé des dates", a verb.
        let d = k - 1;
        while (d > range.first && !this.fw.determiners.has(this.folded(d)) && this.isPremodifier(d)) d--;
        if (!this.fw.determiners.has(this.folded(d))) continue;
        // A treaty or a statement named since is the text meant.
        if (doc.value.id === LEGAL_TEXT || doc.value.kind === 'statement') return undefined;
        if (doc.value.kind !== 'document') continue;
        // "un rapport publié jeudi par l'institut …", "le rapport annuel du RUSI"; not "un rapport sur les livraisons de la Russie".
        for (let j = doc.end; j < doc.end + 4 && j < range.end && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(j - 1)); j++) {
          const w = this.folded(j);
          if (!['de', 'du', 'des', 'd', 'par'].includes(w)) {
            if (this.fw.prepositions.has(w)) break;
            continue;
          }
          for (let c = j + 1; c < j + 5 && c < range.end && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(c - 1)); c++) {
            const m = this.mentionAt(c);
            if (!m || m.kind === 'adjective') continue;
            if (m.type === 'organisation' || m.type === 'person' || m.type === 'country') return { ...this.mentionSource(m), how: SPEAKER_RULES.documentAuthor };
            break;
          }
          break;
        }
        // "Dans son évaluation annuelle, le VSD estimait …", "Dans un rapport publié mercredi, la MSMT détaille …": the named
        // source of the sentence that frames its document with a possessive or "dans". "Selon le rapport, la Corée du Nord a
        // livré …" names no author.
        const at = this.tok(k)?.start ?? 0;
        const framed = this.fw.possessives.has(this.folded(d)) || this.folded(d - 1) === 'dans';
        const speaker = t < sentence && framed ? this.antecedents.find((x) => x.sentence === t && x.speaker && !x.source.vague && x.source.entityId !== undefined && x.at >= at) : undefined;
        if (speaker) return { ...speaker.source, how: SPEAKER_RULES.documentAuthor };
        // "« … », tranche le document": a document taken up again points further back; one introduced with no author ends the search.
        const det = this.folded(d);
        if (!DEFINITE_ARTICLES.has(det) && det !== 'du' && det !== 'au' && !this.fw.demonstratives.has(det)) return undefined;
        floor = Math.min(floor, t - 3);
      }
    }
    return undefined;
  }

  /**
   * A joint statement ("une déclaration commune", "un communiqué conjoint") named in sentence s, or the one before, in words;
   * `signers` ("Les signataires", a signer noun of `signingCues.json`) also take up one named earlier in the article.
   */
  private jointStatementNear(a: number, s: number, signers: boolean): string | undefined {
    const from = this.v.sentenceTokens[Math.max(0, s - 1)]?.first ?? 0;
    const to = this.v.sentenceTokens[s]?.end ?? a;
    for (let k = to - 1; k >= from; k--) {
      const noun = this.nouns.longestAt(this.v.tokens, k, Math.min(to, k + 4));
      if (!noun || noun.first !== k || noun.value.kind !== 'statement' || this.inQuote(k)) continue;
      // "un communiqué commun", whether the lexicon's form holds "commun" or the word follows it.
      const end = this.statementPhraseEnd(noun.end, to);
      if (end === noun.end && !JOINT_WORD.test(this.folded(noun.end - 1))) continue;
      return this.textOf(this.fw.determiners.has(this.folded(k - 1)) ? k - 1 : k, end);
    }
    return signers ? this.earlierStatement(a, s)?.label : undefined;
  }

  /** "ses auteurs (Conflict Armament Research)": the phrase, where it stands, speaking for the author the base or the article names. */
  private writtenBy(author: Source, label: string, span: Span): Source {
    const name = author.entityId ? this.entityOf?.(author.entityId)?.name : undefined;
    return { ...author, label: `${label} (${name ?? author.label})`, span };
  }

  /**
   * The statement an article introduced before token a, in the last eight sentences, in words: its issuer when the text
   * names one with "dont" (son ministère des Affaires étrangères, dont le communiqué …) or a genitive (la déclaration
   * commune du G7), else its own phrase (une déclaration commune). A bare "le texte" that only refers back is skipped.
   */
  private earlierStatement(a: number, sentence: number): { label: string; entityId?: string } | undefined {
    const from = this.v.sentenceTokens[Math.max(0, sentence - 8)]?.first ?? 0;
    const farthest = this.v.sentenceTokens[Math.max(0, sentence - FAR_STATEMENT_SENTENCES)]?.first ?? 0;
    let sk = sentence;
    for (let k = a - 1; k >= farthest; k--) {
      // Further back than eight sentences, only a statement whose issuer the article named: "poursuit le texte", paragraphs
      // after "Dans un communiqué …, Kim Yo Jong s'en prend …" in a piece that reads one statement through.
      const far = k < from;
      while (sk > 0 && (this.v.sentenceTokens[sk]?.first ?? 0) > k) sk--;
      const noun = this.nouns.longestAt(this.v.tokens, k, Math.min(this.v.tokens.length, k + 4));
      if (!noun || noun.first !== k || noun.value.kind !== 'statement' || this.inQuote(k)) continue;
      const det = k - 1 >= 0 && this.fw.determiners.has(this.folded(k - 1)) ? k - 1 : k;
      const end = this.statementPhraseEnd(noun.end, this.v.tokens.length);
      const dont = this.folded(det - 1) === 'dont';
      if (DEFINITE_ARTICLES.has(this.folded(det)) && end === noun.end && !dont) continue;
      if (dont && !far) {
        // The issuer before "dont": back to the preposition that opens its phrase ("de son ministère …").
        let s0 = det - 1;
        while (s0 - 1 >= from && det - 1 - s0 < 8 && !/^(de|du|par|avec|pour)$/u.test(this.folded(s0 - 1))) s0--;
        if (s0 < det - 1) {
          const issuer = this.entityIn(s0, det - 1);
          return { label: this.textOf(s0, det - 1), ...(issuer && issuer.kind !== 'adjective' ? { entityId: issuer.entityId } : {}) };
        }
      }
      const genitive = ['de', 'du', 'des', 'd'].includes(this.folded(end)) ? this.mentionAt(end + 1) ?? this.mentionAt(end + 2) : undefined;
      if (genitive && genitive.kind !== 'adjective' && genitive.type !== 'place') return { label: genitive.surface, entityId: genitive.entityId };
      const issuer = this.statementIssuer(k, det, a, sk);
      if (issuer || far) return issuer;
      return { label: this.textOf(det, end) };
    }
    return undefined;
  }

  /**
   * Who alone issued the statement whose noun is at token k (its determiner at det, in sentence sk), as the article says
   * before token a: its signer ("Le texte est signé de Kim Yo Jong"), else the subject that issues it ("La porte-parole
   * Maria Zakharova a publié une déclaration") or the subject of the clause a fronted "Dans un communiqué …," opens. A
   * person or body the article names, never a medium that only carried the text ("diffusé par KCNA").
   */
  private statementIssuer(k: number, det: number, a: number, sk: number): { label: string; entityId?: string } | undefined {
    const signer = this.signerOf(k);
    if (signer && signer.at + 2 < a) return { label: signer.mention.surface, entityId: signer.mention.entityId };
    const range = this.v.sentenceTokens[sk];
    if (!range) return undefined;
    const subject = this.openingSubject(sk).source;
    if (!subject?.entityId || subject.vague || !subject.span) return undefined;
    const at = subject.span;
    const fronted = det === k - 1 && this.folded(k - 2) === 'dans' && afterDateline(this.v, range.first, range.end) === k - 2 && (this.tok(k)?.start ?? 0) < at.start;
    let issued = false;
    for (let j = k - 1; !fronted && !issued && j >= range.first && (this.tok(j)?.start ?? 0) >= at.end; j--) issued = this.issuing.has(this.folded(j)) || this.issuing.has(this.foldedRun(j, j + 2));
    return fronted || issued ? { label: subject.label, entityId: subject.entityId } : undefined;
  }

  /**
   * The first signer the article gives the statement whose noun is at token k, anywhere after it ("Le texte est signé de
   * Kim Yo Jong"): a person or a body, not a medium that carried it. Read once per statement, however often it is taken up.
   */
  private signerOf(k: number): { at: number; mention: Mention } | undefined {
    if (this.signers.has(k)) return this.signers.get(k);
    let found: { at: number; mention: Mention } | undefined;
    for (let j = k + 1; j + 2 < this.v.tokens.length && !found; j++) {
      if (this.inQuote(j) || !this.issuing.has(this.folded(j)) || !['de', 'par'].includes(this.folded(j + 1)) || !this.textSubjectEndsAt(j, k)) continue;
      const m = this.mentionAt(j + 2);
      if (m && m.kind === 'name' && (m.type === 'person' || m.type === 'organisation') && !this.isMedium(m)) found = { at: j, mention: m };
    }
    this.signers.set(k, found);
    return found;
  }

  /** True when the words before the verb at token j, after token k, are a text's noun and an auxiliary: "Le texte est signé". */
  private textSubjectEndsAt(j: number, k: number): boolean {
    let p = j - 1;
    while (p > k && (this.fw.etre.has(this.folded(p)) || this.fw.avoir.has(this.folded(p)) || this.folded(p) === 'ete' || this.isAdverb(p))) p--;
    for (let x = p; x >= Math.max(k, p - 3); x--) {
      const noun = this.nouns.longestAt(this.v.tokens, x, p + 1);
      if (noun && noun.end === p + 1 && noun.value.kind === 'statement') return true;
    }
    return false;
  }

  /** Where "consulté par", "obtenu par" starts in [k, end), or end: the medium that saw a document did not write it ("un document consulté par l'AFP"). */
  private mediumCut(k: number, end: number): number {
    for (let j = k; j + 1 < end; j++) if (this.folded(j + 1) === 'par' && this.fw.mediumParticiples.has(this.folded(j))) return j;
    return end;
  }

  /** "du renseignement ukrainien", "des services sud-coréens" at token j: "de", then a generic head a state makes specific, then the state. */
  private stateBodyAt(j: number, end: number): boolean {
    if (!['de', 'd', 'du', 'des'].includes(this.folded(j))) return false;
    const h = DEFINITE_ARTICLES.has(this.folded(j + 1)) ? j + 2 : j + 1;
    const head = this.vague.heads.longestAt(this.v.tokens, h, end);
    const state = head?.value.specificWith === 'state' ? this.mentionAt(head.end) : undefined;
    return state?.type === 'country' && this.tokenAt(state.start) === head!.end;
  }

  /** "un rapport publié mercredi par le RUSI": a body or person named as the author further on in the clause. */
  private authorAfter(k: number, sentence: number, bound?: number): boolean {
    let end = k;
    // "Selon des données de suivi maritime, les pétroliers … en Italie": a phrase that is no subject ends where it ends.
    const limit = Math.min(this.v.sentenceTokens[sentence]?.end ?? k, k + 14, bound ?? Infinity);
    while (end < limit && (end === k || !/[;:.!?«»“”"]/u.test(this.gapAfter(end - 1)))) {
      // "Un centre de réflexion sud-coréen affirme que la Russie …": the clause the source reports names no author.
      const w = this.folded(end);
      if (end > k && (this.fw.complementizers.has(w) || this.rv.forms.get(w)?.some((f) => f.key !== 'pp' && f.key !== 'inf'))) break;
      end++;
    }
    end = this.mediumCut(k, end);
    const m = this.entityIn(k, end);
    if (m !== undefined && m.kind !== 'adjective') return true;
    // "analysées par Beyond Parallel": a capitalised name as the agent, known to the base or not.
    for (let j = k; j + 1 < end; j++) if (this.folded(j) === 'par' && isCapitalised(this.tok(j + 1)?.text ?? '') && !this.fw.determiners.has(this.folded(j + 1))) return true;
    // "Un rapport du renseignement ukrainien", "une note des services sud-coréens": a generic head that a state makes
    // specific is the author, as it would be as the subject.
    for (let j = k; j + 2 < end; j++) if (this.stateBodyAt(j, end)) return true;
    // "Un rapport cosigné par onze pays", "un rapport de onze pays": counted states or allies are its authors.
    for (let j = k; j + 2 < end; j++) {
      if (!['par', 'de', 'd'].includes(this.folded(j))) continue;
      const w = this.folded(j + 1);
      const counted = /^\d+$/u.test(w) || (this.fw.premodifiers.has(w) && !this.fw.determiners.has(w));
      if (counted && this.nouns.longestAt(this.v.tokens, j + 2, end)?.value.kind === 'collective') return true;
    }
    return false;
  }

  /**
   * "La mission russe auprès des Nations unies à Genève a dénoncé", "lâche un voisin d'Olena": a common noun no lexicon
   * lists heads the phrase, and what it names after a preposition is its complement, not the speaker. An indefinite one
   * after the verb of an incise is someone unnamed (a witness); a definite one, with a named complement or only an
   * adjective or two ("La délégation helvétique a rappelé que"), is that phrase itself.
   */
  private unknownHead(a: number, h: number, b: number, label: string, span: Span, n: GrammaticalNumber, position: 'preverbal' | 'inversion' | 'quotedInversion', sentence: number): { number: GrammaticalNumber; source: Source } | undefined {
    // "L'un des prisonniers, âgé de 26 ans, y explique …": one of a group of people the article does not name.
    if (this.oneOfPeople(a, b)) {
      const witness = this.vague.byId.get(VAGUE_WITNESSES);
      return witness ? { number: 's', source: this.vagueSource(witness, label, span) } : undefined;
    }
    const w = this.folded(a);
    const head = this.tok(h);
    // "mes anciens collègues à New York me disent …": people of the writer's own, whom the article does not name.
    if (FIRST_PERSON_POSSESSIVES.has(w) && h > a && h < b && head && !this.mentionAt(h) && this.isPersonNoun(h) && !this.nameAfter(h + 1, b) && !this.v.mentions.some((m) => m.type === 'person' && m.kind !== 'adjective' && m.start >= head.start && m.start < (this.tok(b - 1)?.end ?? 0))) {
      const unnamed = this.vague.byId.get(VAGUE_UNNAMED_PERSON);
      if (unnamed) return { number: n, source: this.vagueSource(unnamed, label, span) };
    }
    if (h <= a || h >= b || !head || !this.fw.determiners.has(w) || this.mentionAt(h) || !/^\p{Ll}/u.test(head.text) || this.fw.prepositions.has(head.folded)) return undefined;
    for (let k = a; k < b - 1; k++) if (/[.;:!?«»“”"()]/u.test(this.gapAfter(k))) return undefined;
    // "Le 5 octobre": a date is no speaker.
    // "un artilleur de 23 ans": an age is no date.
    for (let k = a; k < b; k++) if ((/^\d/u.test(this.folded(k)) && this.folded(k + 1) !== 'ans') || this.fw.dateWords.has(this.folded(k))) return undefined;
    let complement: Mention | undefined;
    for (let k = h + 1; k < b && !complement; k++) {
      const m = this.mentionAt(k);
      // "Des courtiers … interrogés par RFI": the medium that relays them is an agent, not a complement naming them.
      // Counted from the mention's first word: "par le quotidien Chosun Ilbo" is an agent at "Ilbo" too.
      const mk = m ? this.tokenAt(m.start) : k;
      // "cité par le site d'information Ikon": a medium noun and its complement may stand between "par" and the name.
      const agent = m !== undefined && this.agentBefore(mk, h);
      if (m && m.kind !== 'adjective' && !agent) complement = m;
      // "Un vide que les chercheurs de l'IAFM disent …": a clause inside the phrase, whose subject may be the speaker.
      // A participle with its agent ("interrogés par le quotidien …") is no clause.
      else if (!m && (this.fw.relativePronouns.has(this.folded(k)) || this.fw.complementizers.has(this.folded(k)) || (this.rv.forms.has(this.folded(k)) && this.folded(k + 1) !== 'par'))) {
        // "Les soldats que nous avons rencontrés disent …": people the writer met, whom the article does not name.
        const unnamed = this.metByWriter(k, b) ? this.vague.byId.get(VAGUE_UNNAMED_PERSON) : undefined;
        return unnamed ? { number: n, source: this.vagueSource(unnamed, label, span) } : undefined;
      }
    }
    // "», confie l'administrateur d'un autre canal", "», lâche ce vétéran de 58 ans": after a quotation, a person noun
    // after a definite or demonstrative article, with no name in it, is someone the article does not name: the generic
    // source of the sentence before for a demonstrative, else an unnamed person when no one was named just before.
    const demonstrative = this.fw.demonstratives.has(w);
    // "Algirdas Vaitkus sort ses jumelles. À 71 ans, cet ancien chauffeur du kolkhoze vit …": a demonstrative subject
    // describes anew the one person the sentence before named.
    if (position === 'preverbal' && demonstrative && n === 's' && !complement && b - h <= 8 && this.isPersonNoun(h)) {
      const anew = this.describedAnew(w, span.start, sentence, 1);
      if (anew) return { number: n, source: anew };
    }
    // "selon un entrepreneur local. « … », reconnaît cet homme d'affaires": a demonstrative after a quotation takes up the
    // generic source of the sentence before, however short the phrase.
    if (position === 'quotedInversion' && !complement && demonstrative && b - h <= 8 && this.isPersonNoun(h) && this.lastVague?.sentence === sentence - 1) return { number: n, source: this.lastVague.source };
    // "a réagi l'eurodéputée belge Saskia Verbeeck": a name after the head, known to no rule, names the person.
    if (position === 'quotedInversion' && !complement && ((DEFINITE_ARTICLES.has(w) && w !== 'les') || demonstrative) && b - h > 3 && b - h <= 8 && this.isPersonNoun(h) && !this.nameAfter(h + 1, b)) {
      const last = this.lastVague;
      if (demonstrative && last && last.sentence === sentence - 1) return { number: n, source: last.source };
      // "Marek Nowak désigne une colline. « … », raconte cet agriculteur de 58 ans": a demonstrative describes anew the one
      // person just named (the sentence before, or before a quotation that spans two), when the gender agrees.
      const anew = demonstrative && n === 's' ? this.describedAnew(w, span.start, sentence, 2) : undefined;
      if (anew) return { number: n, source: anew };
      const unnamed = this.vague.byId.get(VAGUE_UNNAMED_PERSON);
      if (unnamed && this.peopleNamedBack(span.start, sentence - 2).next().done) return { number: n, source: this.vagueSource(unnamed, label, span) };
    }
    // "La mère d'un autre disparu affirme que …", "Le patron d'une société de fret assure …": a person known only as
    // someone's relation or employee, when that someone is introduced by an indefinite article, is not named either.
    if (position === 'preverbal' && !complement && DEFINITE_ARTICLES.has(w) && w !== 'les' && b - h <= 8 && this.isPersonNoun(h) && ['de', 'd'].includes(this.folded(h + 1)) && ['un', 'une'].includes(this.folded(h + 2))) {
      const unnamed = this.vague.byId.get(VAGUE_UNNAMED_PERSON);
      if (unnamed) return { number: n, source: this.vagueSource(unnamed, label, span) };
    }
    // "assure un conducteur de tramway venu déblayer": someone unnamed may be described at some length.
    // "D'après un ancien cadre d'un grand groupe d'électronique d'Osaka": a place the base does not know is no complement.
    // "« … », affirme la légende d'une des publications les plus partagées": right after a quotation and its verb, a
    // definite phrase on a common noun is who or what speaks, however long its complement.
    const long = !complement && b - h > (this.fw.indefiniteDeterminers.has(w) && this.isPersonNoun(h) ? 11 : 4);
    // "« … », assure la légende de la vidéo": a head and its complement are enough there.
    const complemented = !complement && b - h > 2 && ['de', 'du', 'des', 'd'].includes(this.folded(h + 1));
    // Of something the article does not name ("d'une des publications"), it stays as anonymous as a document with no author.
    if ((long || complemented) && DEFINITE_ARTICLES.has(w) && position === 'quotedInversion' && h === a + 1 && /^\p{Ll}{3,}/u.test(head.text) && !isFunctionWord(this.fw, head.folded) && !this.rv.forms.has(head.folded) && !this.nameAfter(h + 1, b)) {
      // "la légende de la vidéo": a short phrase of a thing and its complement is as anonymous.
      const ofSomething = (['de', 'd'].includes(this.folded(h + 1)) && this.fw.indefiniteDeterminers.has(this.folded(h + 2)) && !['de', 'd'].includes(this.folded(h + 2))) || (!long && !this.isPersonNoun(h));
      const anonymous = ofSomething ? this.vague.byId.get('vague:documents') : undefined;
      return { number: n, source: anonymous ? this.vagueSource(anonymous, label, span) : { label, span, how: SPEAKER_RULES.nounPhrase } };
    }
    if (long) return undefined;
    const k = complement ? this.tokenAt(complement.start) : -1;
    // "un projet présenté par Kim": an agent is no complement of the head.
    const preposition = (j: number): boolean => this.fw.prepositions.has(this.folded(j)) && this.folded(j) !== 'par';
    const governed = complement !== undefined && (preposition(k - 1) || (this.fw.determiners.has(this.folded(k - 1)) && preposition(k - 2)));
    // Opening the sentence, only a noun that names a person by its form ("Un gérant de fonds parisien y voit …"): "Une flotte
    // de pétroliers … assure la navette" is no one speaking.
    // Nor, after a verb with no quotation before it, a thing: "…, Andriy Kostine, a évoqué en février une vingtaine de tirs".
    if (this.fw.indefiniteDeterminers.has(w) && (!complement || governed) && (position === 'quotedInversion' || this.isPersonNoun(h))) {
      const witness = this.vague.byId.get(VAGUE_WITNESSES);
      return witness ? { number: n, source: this.vagueSource(witness, label, span) } : undefined;
    }
    // "La délégation helvétique a rappelé que …": a short definite phrase, its head and an adjective or two, is the speaker.
    const short = !complement && b - h <= 3 && Array.from({ length: b - h - 1 }, (_, i) => this.tok(h + 1 + i)).every((t) => t !== undefined && /^\p{Ll}/u.test(t.text) && !isFunctionWord(this.fw, t.folded));
    // "Sur le front, les artilleurs ukrainiens jugent …", "Les stratèges américains parlent d'un « axe »": people known only
    // by what they do and where they are from, many and unnamed, are a generic source.
    // Not a group the article has shown before ("les deux hommes", "les prisonniers" after "deux prisonniers").
    // Only with a nationality ("les prisonniers", "les juges" of a court are a group the article is about).
    // "…, murmurent les commerçants": after the verb, the bare plural of a trade is such a group too.
    const bareAfterVerb = b === h + 1 && position !== 'preverbal' && PERSON_NOUN.test(head.folded.replace(/s$/u, ''));
    if (w === 'les' && short && h === a + 1 && (this.mentionAt(h + 1)?.kind === 'adjective' || bareAfterVerb) && this.isPersonNoun(h) && !this.headSeenBefore(h)) {
      const unnamed = this.vague.byId.get(VAGUE_UNNAMED_PERSON);
      if (unnamed) return { number: 'p', source: { ...this.vagueSource(unnamed, label, span), how: SPEAKER_RULES.unnamedGroup } };
    }
    // After a clause with no quotation, "…, assure la navette" and "…, a comparé le geste de Moscou à …" are a verb and
    // its object.
    if (DEFINITE_ARTICLES.has(w) && (governed || short) && position !== 'inversion') {
      // "« … », raconte le prisonnier": after a quotation, a person known only by what he is, with no one named in this
      // sentence or the two before ("Sa directrice, sœur Marie-Thérèse Kwon, … « … », détaille la religieuse" is her), is
      // someone the article does not name.
      const unnamed = short && position === 'quotedInversion' && w !== 'les' && PERSON_NOUN.test(head.folded) && this.peopleNamedBack(span.start, sentence - 2).next().done ? this.vague.byId.get(VAGUE_UNNAMED_PERSON) : undefined;
      // "Ingrid Solheim, la traqueuse de pétroliers …" as the headline, then "« … », lance l'ancienne enquêtrice": the only
      // person the article has named so far is whom a portrait goes on describing.
      const gender = this.genderBefore(h) ?? this.genderOfNoun(head.folded);
      const portrayed = unnamed ? this.onlyPersonNamedBefore(span.start, gender) : short && w !== 'les' && this.isPersonNoun(h) ? this.unknownNamedJustBefore(span.start, sentence - (position === 'quotedInversion' ? 3 : 1), gender) : undefined;
      if (portrayed) return { number: n, source: this.describedSource(portrayed, span.start, sentence, SPEAKER_RULES.definite) };
      return { number: n, source: unnamed ? this.vagueSource(unnamed, label, span) : { label, span, how: SPEAKER_RULES.nounPhrase } };
    }
    return undefined;
  }

  /** "Deux soldats", "Des prisonniers": the words of a plural determiner and a person noun that open sentence s, if they do. */
  private peopleOpening(s: number): string | undefined {
    const range = this.v.sentenceTokens[s];
    if (!range) return undefined;
    const f = afterDateline(this.v, range.first, range.end);
    if (f + 1 >= range.end || this.fw.determiners.get(this.folded(f)) !== 'p' || this.mentionAt(f + 1) || !this.fw.personNouns.has(this.folded(f + 1))) return undefined;
    return this.textOf(f, f + 2);
  }

  /** Whether tokens [k, b) are "que nous avons rencontrés", "que j'ai interrogées": people the writer met. */
  private metByWriter(k: number, b: number): boolean {
    if (!['que', 'qu'].includes(this.folded(k))) return false;
    const writer = this.folded(k + 1);
    // "Les officiers que je rencontre le disent tous": in the present, the verb's form is the participle's.
    if (writer === 'je' && k + 2 < b && this.fw.metParticiples.has(this.folded(k + 2))) return true;
    const aux = writer === 'nous' ? 'avons' : writer === 'j' ? 'ai' : '';
    return aux !== '' && this.folded(k + 2) === aux && k + 3 < b && this.fw.metParticiples.has(this.folded(k + 3));
  }

  /** The first "qui" of [a, b) set off by no punctuation, opening a clause whose subject is the noun before it, or -1. */
  private subjectRelative(a: number, b: number): number {
    for (let k = a; k < b; k++) {
      if (this.folded(k) === 'qui' && !/[,;:«»“”"()]/u.test(this.gapAfter(k - 1))) return k;
      const m = this.mentionAt(k);
      if ((m && m.kind !== 'adjective') || this.fw.relativePronouns.has(this.folded(k)) || this.fw.complementizers.has(this.folded(k))) return -1;
    }
    return -1;
  }

  private entityIn(a: number, b: number): Mention | undefined {
    let adjective: Mention | undefined;
    for (let k = a; k < b; k++) {
      const m = this.mentionAt(k);
      if (!m || (m.type !== 'country' && m.type !== 'organisation' && m.type !== 'person')) continue;
      if (m.kind !== 'adjective') return m;
      adjective ??= m;
    }
    return adjective;
  }

  private guessNumber(a: number, b: number): GrammaticalNumber {
    if (this.hasSubjectCoordinator(a, b)) return 'p';
    // "estiment la plupart des spécialistes": a plural whatever its article.
    if (this.folded(a) === 'la' && this.folded(a + 1) === 'plupart') return 'p';
    return this.fw.determiners.get(this.folded(a)) ?? 's';
  }

  // ---- pronouns ----------------------------------------------------------------------------------------------

  private numberOfSource(a: Attribution): GrammaticalNumber {
    const start = a.source?.span?.start;
    if (start === undefined) return 's';
    const k = this.tokenAt(start);
    const end = a.source?.span ? this.tokenAt(a.source.span.end - 1) + 1 : k + 1;
    return this.guessNumberForSource(k, end, a);
  }

  private guessNumberForSource(k: number, end: number, a: Attribution): GrammaticalNumber {
    // The reporting verb's own number is the surest guide.
    const verbTok = this.tokenAt(a.span.start);
    for (let j = verbTok; j < verbTok + 4 && j < this.v.tokens.length; j++) {
      const forms = this.rv.forms.get(this.folded(j));
      const n = forms?.find((f) => f.number)?.number ?? this.fw.avoir.get(this.folded(j)) ?? this.fw.etre.get(this.folded(j));
      if (n) return n;
    }
    const det = this.folded(k - 1);
    if (this.fw.determiners.get(det) === 'p' || this.fw.determiners.get(this.folded(k)) === 'p') return 'p';
    return this.hasCoordinator(k, end) ? 'p' : 's';
  }

  private tokenAt(offset: number): number {
    return partitionPoint(this.v.tokens, (t) => t.end <= offset);
  }

  private pushAntecedent(source: Source, number: GrammaticalNumber, at: number, sentence: number, speaker: boolean): void {
    this.insertAntecedent({ source, number, at, sentence, speaker, ...this.describe(source, sentence) });
  }

  /** A pronoun or a description at `offset` refers to the antecedent: it is named again there, and is the source. */
  private referTo(a: Antecedent, offset: number, s: number, how: string): Source {
    this.insertAntecedent({ ...a, at: offset, sentence: s });
    // A pseudonym taken up stays generic, with its reason.
    const generic = a.source.vague ? { vague: true as const, ...(a.source.reason ? { reason: a.source.reason } : {}), ...(a.source.reasonId ? { reasonId: a.source.reasonId } : {}) } : {};
    return { label: a.source.label, ...(a.source.entityId ? { entityId: a.source.entityId } : {}), ...(a.source.span ? { span: a.source.span } : {}), how, ...generic };
  }

  private insertAntecedent(a: Antecedent): void {
    // Kept in order of position; new antecedents are almost always the latest, so insert from the end.
    let i = this.antecedents.length;
    while (i > 0 && this.antecedents[i - 1]!.at > a.at) i--;
    this.antecedents.splice(i, 0, a);
  }

  /**
   * Every person the sentence names is a candidate for a later "elle" or "il", if not a preferred one: in "l'AFP a
   * interrogé Hélène Castaing, chercheuse … Selon elle, …" the object is the one meant, and her gender says so.
   */
  private pushPersonCandidates(s: number): void {
    const range = this.v.sentenceTokens[s];
    if (!range) return;
    for (let k = range.first; k < range.end; k++) {
      const m = this.mentionAt(k);
      if (!m || m.type !== 'person' || this.inQuote(k)) continue;
      k = this.tokenAt(m.end - 1);
      if (this.antecedents.some((a) => a.sentence === s && a.source.span && a.source.span.start <= m.start && m.end <= a.source.span.end)) continue;
      const source: Source = { label: m.surface, span: { start: m.start, end: m.end }, entityId: m.entityId, how: m.foundBy };
      this.insertAntecedent({ source, number: 's', at: m.start, sentence: s, speaker: false, mentioned: true, ...this.describe(source, s) });
    }
  }

  /**
   * The subject of a sentence without attribution is still a candidate for a later "il" ("Kim s'est rendu … Il a déclaré");
   * a speaker when a quotation in its predicate is its words ("Le Global Times dénonce « l'hystérie » … Il affirme …").
   */
  private pushSubjectCandidate(s: number, opening: OpeningSubject, quoting: boolean): void {
    const range = this.v.sentenceTokens[s];
    if (!range) return;
    // A subject noun phrase at the head of the sentence: "Les ministres du G7 se sont réunis", "Séoul, Washington et Tokyo ont …".
    // A pronoun's antecedent was named again where the pronoun stands ("… Han Ok-sun. Dans son appartement, elle fait
    // défiler les images publiées par l'armée"), not a complement of the sentence.
    const subject = opening.np;
    if (subject?.pronoun) return;
    if (subject?.source && !subject.source.vague && subject.source.span) {
      this.pushAntecedent(subject.source, subject.number, subject.source.span.start, s, quoting);
      return;
    }
    for (let k = range.first; k < range.end && k - range.first < 15; k++) {
      if (this.inQuote(k)) continue;
      const m = this.mentionAt(k);
      if (!m || m.kind === 'adjective' || (m.type !== 'person' && m.type !== 'organisation' && m.type !== 'country')) continue;
      if (this.media.some((x) => x.start <= m.start && m.end <= x.end)) continue;
      if (['de', 'du', 'des', 'd', 'a', 'au', 'aux', 'en', 'par', 'pour', 'vers', 'contre', 'avec', 'entre', 'sur'].includes(this.folded(k - 1))) continue;
      // "Kharkiv (Ukraine) - Dans un hangar, …": a name in brackets glosses the one before it; it is no subject.
      if (k > range.first && /\($/u.test(this.gapAfter(k - 1))) continue;
      let last = this.tokenAt(m.end - 1);
      let number: GrammaticalNumber = this.fw.determiners.get(this.folded(k - 1)) === 'p' ? 'p' : 's';
      const next = this.mentionAt(last + 2);
      if (this.folded(last + 1) === 'et' && next && next.kind !== 'adjective') {
        number = 'p';
        last = this.tokenAt(next.end - 1);
      }
      const span = this.spanOf(k, last + 1);
      const label = number === 'p' && last > this.tokenAt(m.end - 1) ? this.textOf(k, last + 1) : m.surface;
      this.pushAntecedent({ label, span, how: m.foundBy, ...(m.entityId ? { entityId: m.entityId } : {}) }, number, m.start, s, false);
      return;
    }
  }

  /**
   * "Son concurrent de gauche, le Hankyoreh, se montre …": a short phrase on a determiner that no lexicon knows, then a
   * person or body named in apposition between commas, is that person or body.
   */
  private namedInApposition(a: number, end: number): NpResult | undefined {
    if (!(this.fw.determiners.has(this.folded(a)) || this.fw.possessives.has(this.folded(a))) || this.fw.prepositions.has(this.folded(a)) || this.mentionAt(a)) return undefined;
    let k = a + 1;
    while (k < end && k - a < 6 && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(k - 1)) && !this.mentionAt(k) && !this.rv.forms.has(this.folded(k))) k++;
    if (k >= end || !/^\s*,\s*$/u.test(this.gapAfter(k - 1))) return undefined;
    const f = DEFINITE_ARTICLES.has(this.folded(k)) ? k + 1 : k;
    const named = this.mentionAt(f);
    if (!named || named.start !== this.tok(f)?.start || named.kind !== 'name' || (named.type !== 'person' && named.type !== 'organisation')) return undefined;
    const nameEnd = this.tokenAt(named.end - 1) + 1;
    if (nameEnd >= end || !/^\s*,\s*$/u.test(this.gapAfter(nameEnd - 1))) return undefined;
    return { number: 's', source: this.mentionSource(named) };
  }

  /** The sentence's opening subject, read once, and its source: a pronoun is resolved (and so named again) here. */
  private openingSubject(s: number): OpeningSubject {
    const range = this.v.sentenceTokens[s];
    const np = range ? this.sentenceSubject(s, range.first, range.end) : undefined;
    if (!np) return {};
    if (!np.pronoun) return { np, ...(np.source ? { source: np.source } : {}) };
    const k = np.pronoun.token;
    // "Il aura fallu quinze ans …", "Il s'agit de …": an impersonal "il" is no one.
    if (this.folded(k) === 'il') for (let j = k + 1; j < Math.min(range!.end, k + 4); j++) if (this.fw.impersonalVerbs.has(this.folded(j))) return {};
    return { np, source: this.resolvePronoun(np.pronoun.number, this.tok(k)!.start, s, k) };
  }

  /**
   * The noun phrase that opens a sentence as its subject, after adverbials and one introductory phrase: a named entity,
   * a list of them, or a role, body or collective noun. It runs to the first auxiliary, clitic, negation or reporting verb.
   */
  private sentenceSubject(s: number, first: number, end: number): NpResult | undefined {
    let a = afterDateline(this.v, first, end);
    for (let guard = 0; a < end && guard < 4; guard++) {
      const phrase = this.fw.adverbialPhrases.longestAt(this.v.tokens, a, end);
      if (phrase) {
        a = phrase.end;
        continue;
      }
      // "Elle s'attend à …": a subject pronoun, though "elle" is also a word of "quant à elle".
      if (this.fw.subjectPronouns.has(this.folded(a)) && !/,/u.test(this.gapAfter(a))) break;
      // "Ancien sergent logisticien, Ri Myong-ho a fait défection": the subject is the name after a fronted apposition.
      const named = this.frontedApposition(a, end);
      if (named >= 0) {
        a = named;
        continue;
      }
      if (this.fw.conjunctions.has(this.folded(a)) && !this.mentionAt(a) && !this.fw.determiners.has(this.folded(a))) {
        a++;
        continue;
      }
      if (this.isOpener(a) && !this.inQuote(a)) {
        // "En juin, …", "Interrogé sur …, …": the subject comes after the introductory phrase's comma.
        let k = a;
        while (k < end && k - a < 15 && !/,/u.test(this.gapAfter(k)) && !STOP_PUNCT.test(this.gapAfter(k))) k++;
        if (k >= end - 1 || !/,/u.test(this.gapAfter(k))) return undefined;
        a = k + 1;
        // "Aux yeux de Camille Férand, chercheuse à l'IEDA, les Pantsir …": a role with no determiner after the opener is
        // an apposition to the name that closed it, not the subject.
        const role = !this.fw.determiners.has(this.folded(a)) && /^\p{Ll}/u.test(this.tok(a)?.text ?? '') && (this.nouns.longestAt(this.v.tokens, a, end)?.value.kind === 'role' || this.vague.heads.longestAt(this.v.tokens, a, end) !== undefined);
        if (role) {
          let r = a;
          while (r < end && r - a < 12 && !/[,.;:!?«»“”"]/u.test(this.gapAfter(r))) r++;
          if (r < end - 1 && /,/u.test(this.gapAfter(r))) a = r + 1;
        }
        continue;
      }
      break;
    }
    if (a >= end || this.inQuote(a)) return undefined;
    // "Dans son appartement de Nowon, elle fait défiler …": a subject pronoun, for the caller to resolve.
    const pronoun = this.fw.subjectPronouns.get(this.folded(a));
    if (pronoun) return { number: pronoun, pronoun: { number: pronoun, token: a } };
    let h = a;
    while (h < end && this.isPremodifier(h) && !this.mentionAt(h)) h++;
    const m = this.mentionAt(h);
    // "Le diplomate a renvoyé …": a generic head may be a description of the person named before, or a generic source.
    // "le site Aïr Info": a common noun with a name in apposition right after it.
    // "Le candidat conservateur Kim Moon-soo": an adjective or two may stand between the head and the name.
    const q = h + 1 + (/^\s+$/u.test(this.gapAfter(h)) ? this.afterBareWords(h + 1, end) - h - 1 : 0);
    const named = this.mentionAt(q);
    const nameAfterHead = named !== undefined && named.kind === 'name' && (named.type === 'person' || named.type === 'organisation') && this.tokenAt(named.start) === q && /^\s+$/u.test(this.gapAfter(q - 1)) && /^\p{Ll}/u.test(this.tok(h)?.text ?? '');
    const headed = (m && m.kind !== 'adjective' && (m.type === 'person' || m.type === 'organisation' || m.type === 'country')) || this.nouns.longestAt(this.v.tokens, h, end) !== undefined || (this.fw.determiners.has(this.folded(a)) && this.vague.heads.longestAt(this.v.tokens, h, end) !== undefined) || nameAfterHead;
    // "Un ancien cheminot se souvient des convois. « … », sourit-il": someone unnamed, whom a pronoun may take up.
    const someone = h > a && this.fw.indefiniteDeterminers.has(this.folded(a)) && /^\p{Ll}/u.test(this.tok(h)?.text ?? '') && this.isPersonNoun(h);
    // "Le marin regarde …" after "un marin azerbaïdjanais": the unnamed person the article introduced.
    const again = h > a && DEFINITE_ARTICLES.has(this.folded(a)) && this.introduced.has(this.folded(h));
    // "Myong-hee, elle, regarde …": a pseudonym the article gave before.
    const run = this.capitalRun(h, end);
    const pseudonym = this.pseudonyms.size > 0 && this.pseudonyms.has(this.textOf(h, run));
    // "Le soir, sur le quai, Sergueï allume une cigarette" after "confie Sergueï": a name no rule found, that spoke before.
    const spoke = run > h && !headed && this.capitalNames.has(this.textOf(h, run)) && this.antecedents.some((x) => x.speaker && !x.source.entityId && !x.source.vague && x.source.label === this.textOf(h, run));
    if (!headed && !someone && !again && !pseudonym && !spoke) return this.namedInApposition(a, end);
    let k = h + 1;
    let appositives: { first: number; end: number }[] = [];
    while (k < end && k - a < 14) {
      const gap = this.gapAfter(k - 1);
      // "Les ministres du G7 – Allemagne, Canada et Japon – ont exprimé …": a spaced dash opens an apposition.
      if (/[.;:!?«»“”"()]/u.test(gap) || /\s[-–—]\s/u.test(gap) || this.inQuote(k)) break;
      const w = this.folded(k);
      if (/,/u.test(gap)) {
        // A list of names goes on after a comma ("Séoul, Washington et Tokyo"); a name in apposition closes the subject
        // ("L'ambassadeur russe à l'ONU, Vassili Nebenzia, a …"); anything else ends it.
        appositives = this.appositionAfter(k, end);
        if (appositives.length > 0) break;
        const next = this.mentionAt(k) ?? (this.fw.determiners.has(w) ? this.mentionAt(k + 1) : undefined);
        if (!next || next.kind === 'adjective') break;
      }
      // Folding makes "à" the auxiliary "a": the written accent tells them apart.
      const auxiliary = (this.fw.avoir.has(w) && !/^[àÀ]$/u.test(this.tok(k)?.text ?? '')) || this.fw.etre.has(w);
      // "Washington, Séoul et Tokyo y voient …": the clitic "y" opens the verb group.
      if (auxiliary || this.fw.negationBefore.has(w) || REFLEXIVE_PRONOUNS.has(w) || (w === 'y' && !this.mentionAt(k)) || this.fw.relativePronouns.has(w) || this.fw.complementizers.has(w)) break;
      if (this.rv.forms.has(w) && !this.mentionAt(k)) break;
      // "un vendeur replie ses drapeaux": after someone unnamed, a lower-case word right before a determiner is a verb.
      if (someone && !this.mentionAt(k) && /^\p{Ll}/u.test(this.tok(k)?.text ?? '') && !isFunctionWord(this.fw, w) && VERB_OBJECT_DETERMINERS.has(this.folded(k + 1)) && !/[,;:]/u.test(this.gapAfter(k))) break;
      // "Le quotidien conservateur Chosun Ilbo va plus loin": after a name, a lower-case word that is no function word
      // opens the predicate.
      const before = this.mentionAt(k - 1);
      if (before && before.kind === 'name' && (before.type === 'person' || before.type === 'organisation') && !this.mentionAt(k) && this.tokenAt(before.end - 1) === k - 1 && /^\p{Ll}/u.test(this.tok(k)?.text ?? '') && !isFunctionWord(this.fw, w)) break;
      k++;
    }
    return this.resolveNp(a, k, appositives, undefined, s, 'preverbal');
  }

  /** Gender, type, roles and qualifiers of a source, read from its own words and the role phrase around it. */
  private describe(source: Source, s: number): Description {
    const roles = new Set<string>();
    const qualifiers = new Set<string>();
    const trades = new Set<string>();
    if (source.entityId) qualifiers.add(source.entityId);
    const span = source.span;
    if (!span) return { roles, qualifiers };
    const k0 = this.tokenAt(span.start);
    const k1 = Math.max(k0 + 1, this.tokenAt(Math.max(span.start, span.end - 1)) + 1);
    let gender: Gender | undefined;
    let type: EntityType | undefined;
    // In a role phrase only the head's nouns describe the person: in "la sœur du dirigeant" she is not a leader, nor masculine.
    const read = (first: number, end: number, headOnly: boolean): void => {
      let complement = false;
      for (let k = first; k < end; k++) {
        // "l'amiral sud-coréen à la retraite": a noun after a preposition, or a preposition and an article, is a complement.
        if (headOnly && k > first && (this.isComplementPreposition(k - 1) || (k - 1 > first && DEFINITE_ARTICLES.has(this.folded(k - 1)) && this.isComplementPreposition(k - 2)))) complement = true;
        // "spécialiste de la non-prolifération et chercheuse associée": a coordinated second head.
        if (headOnly && k > first && this.folded(k - 1) === 'et' && !this.fw.determiners.has(this.folded(k))) complement = false;
        if (headOnly && k === first && this.fw.determiners.has(this.folded(k))) gender ??= this.genderOfDeterminer(this.folded(k));
        const noun = complement ? undefined : this.nouns.longestAt(this.v.tokens, k, end);
        if (noun) {
          roles.add(noun.value.id);
          for (const t of noun.value.trades?.get(this.foldedRun(noun.first, noun.end)) ?? []) trades.add(t);
          gender ??= this.genderBefore(k) ?? this.genderOfNoun(this.folded(k));
        }
        const head = complement ? undefined : this.vague.heads.longestAt(this.v.tokens, k, end);
        if (head) roles.add(head.value.id);
        const m = this.mentionAt(k);
        if (m && (m.type === 'country' || m.type === 'organisation' || m.type === 'person')) qualifiers.add(m.entityId);
        if (this.isHonorific(k)) gender ??= this.fw.honorifics.get(this.folded(k));
      }
    };
    // The source's own words decide its type: its first entity, or its first role or body noun.
    for (let k = k0; k < k1 && !type; k++) {
      const m = this.mentionAt(k);
      if (m && m.kind !== 'adjective' && (m.type === 'person' || m.type === 'organisation' || m.type === 'country')) {
        type = m.type;
        if (m.type === 'country') gender ??= this.genderBefore(k);
        break;
      }
      const noun = this.nouns.longestAt(this.v.tokens, k, k1);
      // "l'agence officielle KCNA": a role noun right before the name of a body is that body's.
      const named = noun ? this.mentionAt(noun.end) : undefined;
      if (noun?.value.kind === 'role' && named && named.kind !== 'adjective' && (named.type === 'organisation' || named.type === 'country')) type = named.type;
      else if (noun?.value.kind === 'role') type = 'person';
      // A collective ("les deux alliés", "les trois pays") speaks as a body does.
      else if (noun?.value.kind === 'institution' || noun?.value.kind === 'collective') type = 'organisation';
      // A document speaks for its authors ("des images analysées par Beyond Parallel … Les chercheurs ont compté").
      else if (noun?.value.kind === 'document') type = 'organisation';
    }
    // A name the base does not know ("Kim Jong Gyu"), whatever rule found it, is a person's.
    // "a déclaré Kim, cité par KCNA" after "Kim Jong-un" and "Kim Ju-ae": one word that is the first or last of a person's
    // name the article gives is a person's too, whichever person it is.
    if (!type && (source.how === SPEAKER_RULES.capitalised || (source.how === VAGUE_UNNAMED_PERSON && isCapitalised(source.label)) || (!source.entityId && k1 - k0 >= 2 && this.isNameRun(k0, k1)) || (!source.entityId && k1 - k0 === 1 && this.personNameParts().has(this.tok(k0)?.text ?? '')))) type = 'person';
    // "Elle assure …" with no one to take it up: the pronoun still shows the gender of whoever it is.
    const singular = PRONOUN_GENDERS.get(this.folded(k0));
    if (source.how === SPEAKER_RULES.pronounUnresolved && singular) {
      type = 'person';
      gender ??= singular;
    }
    // "sa sœur Haruko", "Mme Kim": an honorific right before the name shows the gender.
    const before = this.tok(k0 - 1);
    if (before && this.fw.honorifics.has(before.folded) && (isCapitalised(before.text) || before.text.length >= 3) && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(k0 - 1))) gender ??= this.fw.honorifics.get(before.folded);
    gender ??= this.nameGender(k0, type === 'person' && this.mentionAt(k0)?.type === 'person');
    read(k0, k1, false);
    if (type === 'person') for (const part of this.roleContext(k0, k1, s)) read(part.first, part.end, true);
    return { roles, qualifiers, ...(trades.size > 0 ? { trades } : {}), ...(gender ? { gender } : {}), ...(type ? { type } : {}) };
  }

  /** Token k opens a complement of a role noun: "de", "à" (not the auxiliary "a"), "en", "chez". */
  private isComplementPreposition(k: number): boolean {
    const w = this.folded(k);
    return COMPLEMENT_PREPOSITIONS.has(w) && (w !== 'a' || /^[àÀ]$/u.test(this.tok(k)?.text ?? ''));
  }

  /** The folded words of tokens [first, end), joined by spaces. */
  private foldedRun(first: number, end: number): string {
    const words: string[] = [];
    for (let k = first; k < end; k++) words.push(this.folded(k));
    return words.join(' ');
  }

  /** The first and last words of the persons' names the article gives ("Kim" and "Jong-un" for "Kim Jong-un"), read once. */
  private personNameParts(): ReadonlySet<string> {
    if (!this.namePartsMemo) {
      const parts = new Set<string>();
      for (const m of this.v.mentions) {
        if (m.type !== 'person' || m.kind === 'adjective') continue;
        const words = m.surface.split(/\s+/u);
        if (words.length < 2) continue;
        parts.add(words[0]!);
        parts.add(words[words.length - 1]!);
      }
      this.namePartsMemo = parts;
    }
    return this.namePartsMemo;
  }

  /** The role phrase of a named person: before it ("le président russe Vladimir Poutine", "la porte-parole …, Maria Zakharova") or after it in apposition. */
  private roleContext(k0: number, k1: number, s: number): { first: number; end: number }[] {
    const range = this.v.sentenceTokens[s];
    if (!range) return [];
    const out: { first: number; end: number }[] = [];
    // "son avocate, Me Yoon Mi-ra": an honorific before the name stands between it and its apposition.
    let n0 = k0;
    while (n0 - 1 > range.first && this.isHonorific(n0 - 1) && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(n0 - 1))) n0--;
    // Before: the contiguous words, or the comma part of an apposition, back to the nearest role noun.
    const j = n0 - 1;
    if (j >= range.first && /,/u.test(this.gapAfter(j)) && !/[.;:!?«»“”"]/u.test(this.gapAfter(j))) {
      let f = j;
      while (f > range.first && n0 - f < 12 && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(f - 1))) f--;
      // "La Corée du Sud a convoqué l'ambassadeur de Russie, Gueorgui Zinoviev", "La réponse de l'ambassadeur
      // nord-coréen, Han Tae Song, …": the apposition is the role phrase nearest the name, with its article.
      for (let k = j; k > f; k--) {
        if (this.nouns.longestAt(this.v.tokens, k, j + 1)?.value.kind !== 'role' && !this.vague.heads.longestAt(this.v.tokens, k, j + 1)) continue;
        f = this.fw.determiners.has(this.folded(k - 1)) ? k - 1 : k;
        break;
      }
      out.push({ first: f, end: j + 1 });
    } else {
      let f = n0;
      while (f > range.first && n0 - f < 9 && /^[\s\u00a0'’-]*$/u.test(this.gapAfter(f - 1)) && !this.inQuote(f - 1)) f--;
      for (let k = n0 - 1; k >= f; k--) {
        // A role or a generic head describes the person; a text ("le traité … signé par Vladimir Poutine") does not.
        if (this.nouns.longestAt(this.v.tokens, k, n0)?.value.kind !== 'role' && !this.vague.heads.longestAt(this.v.tokens, k, n0)) continue;
        // "l'amiral sud-coréen à la retraite Kwon Tae-jin": "retraite" after "à la" is a complement of the role before it, no
        // role; "Au ministre russe Sergueï Lavrov", where the preposition opens the phrase, still has its role.
        const preposition = this.isComplementPreposition(k - 1) ? k - 1 : DEFINITE_ARTICLES.has(this.folded(k - 1)) && this.isComplementPreposition(k - 2) ? k - 2 : -1;
        if (preposition > f) continue;
        out.push({ first: k, end: n0 });
        break;
      }
    }
    // After: ", porte-parole du Kremlin," or ", la sœur du dirigeant".
    if (k1 < range.end && /,/u.test(this.gapAfter(k1 - 1)) && !/[.;:!?«»“”"]/u.test(this.gapAfter(k1 - 1))) {
      const w = this.folded(k1);
      if (this.fw.determiners.has(w) || this.nouns.longestAt(this.v.tokens, k1, range.end) || this.vague.heads.longestAt(this.v.tokens, k1, range.end)) {
        let e = k1 + 1;
        while (e < range.end && e - k1 < 10 && !/[,.;:!?«»“”"()]/u.test(this.gapAfter(e - 1))) e++;
        // "Choi Myong-hui, un nom d'emprunt pour …": a note on the name describes no one.
        const words = this.foldedRun(k1, e);
        if (![...this.fw.pseudonymNotes].some((note) => `${words} `.startsWith(`${note.replace(/['’]/gu, ' ')} `))) out.push({ first: k1, end: e });
      }
    }
    return out;
  }

  /** Every word of [k0, k1) capitalised, none a mention, determiner or title: a name of its own. */
  private isNameRun(k0: number, k1: number): boolean {
    for (let k = k0; k < k1; k++) {
      if (!isCapitalised(this.tok(k)?.text ?? '') || this.mentionAt(k) || this.isHonorific(k)) return false;
      // "Yann Le Goff": a particle inside the name is no determiner.
      if (this.fw.determiners.has(this.folded(k)) && !(k > k0 && k + 1 < k1)) return false;
    }
    return true;
  }

  /** Gender shown by the determiner before a noun, over premodifiers ("la nouvelle porte-parole"). */
  private genderBefore(k: number): Gender | undefined {
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const w = this.folded(j);
      const g = this.genderOfDeterminer(w);
      if (g) return g;
      if (!this.fw.premodifiers.has(w)) return undefined;
    }
    return undefined;
  }

  private genderOfDeterminer(w: string): Gender | undefined {
    if (w === 'la' || w === 'une' || w === 'cette' || w === 'sa') return 'f';
    if (w === 'le' || w === 'un' || w === 'ce' || w === 'cet') return 'm';
    return undefined;
  }

  /**
   * "le plus âgé", "la plus jeune des deux sœurs", "les moins gradés": a definite article, "plus" or "moins" and an
   * adjective heading the phrase. Alone, only after the verb ("raconte le plus âgé"): before it, "Le plus probable" is
   * no one. With a complement, the group is counted or quantified ("des deux", "de tous") or made of people ("des
   * prisonniers").
   */
  private isSuperlativePerson(a: number, b: number, subject: 'preverbal' | 'inversion' | 'quotedInversion' | undefined): boolean {
    if (!['le', 'la', 'les', 'l'].includes(this.folded(a)) || !['plus', 'moins'].includes(this.folded(a + 1)) || a + 2 >= b) return false;
    const adjective = this.tok(a + 2);
    if (!adjective || this.mentionAt(a + 2) || !/^\p{Ll}/u.test(adjective.text) || isFunctionWord(this.fw, adjective.folded) || adjective.folded.endsWith('ment')) return false;
    if (a + 3 === b) return subject === 'inversion' || subject === 'quotedInversion';
    if (!['de', 'des', 'd'].includes(this.folded(a + 3)) || a + 4 >= b) return false;
    if (/^\d+$/u.test(this.folded(a + 4)) || this.fw.pronominalDeterminers.has(this.folded(a + 4))) return true;
    // A person noun, plural: "des prisonniers", "des ouvrières", "des témoins".
    return this.isPersonNoun(a + 4) || this.genderOfNoun(this.folded(a + 4).replace(/[sx]$/u, '')) !== undefined || this.nouns.longestAt(this.v.tokens, a + 4, b)?.value.kind === 'role';
  }

  /** "l'un des prisonniers", "une de ses collègues", "l'un d'eux" is not: one of a group named by a plural noun of persons. */
  private oneOfPeople(a: number, b: number): boolean {
    let k = a;
    if (this.folded(k) === 'l') k++;
    if (!['un', 'une'].includes(this.folded(k))) return false;
    k++;
    if (!['de', 'des', 'd'].includes(this.folded(k))) return false;
    k++;
    // "l'un de ses soldats": a possessive counts as a determiner.
    if ((this.fw.determiners.has(this.folded(k)) || this.fw.possessives.has(this.folded(k))) && this.folded(k) !== 'des') k++;
    const noun = this.tok(k);
    // "l'un des deux prisonniers", a counted group the article has already set apart, has a numeral here, no plural noun.
    if (k >= b || !noun || this.mentionAt(k) || !/^\p{Ll}+s$/u.test(noun.text)) return false;
    const singular = noun.folded.slice(0, -1);
    if (!(this.vague.heads.longestAt(this.v.tokens, k, k + 1) !== undefined || (!singular.endsWith('ment') && this.genderOfNoun(singular) !== undefined))) return false;
    // "L'un des fabricants cités, la société texane Helix Microsystems, assure …": the apposition names who it is.
    let commas = 0;
    for (let j = k + 1; j < this.v.tokens.length && j - k <= 12; j++) {
      if (/[.;:!?«»“”"()]/u.test(this.gapAfter(j - 1))) break;
      if (/,/u.test(this.gapAfter(j - 1)) && ++commas > 2) break;
      const m = this.mentionAt(j);
      if (m && m.kind !== 'adjective' && (m.type === 'person' || m.type === 'organisation')) return false;
      if (!m && isCapitalised(this.tok(j)?.text ?? '')) return false;
    }
    return true;
  }

  /** A head noun that names one person by its form: a feminine or masculine agent noun ("chercheuse", "expert"). */
  private isPersonNoun(k: number): boolean {
    const w = this.folded(k);
    // "un membre permanent du Conseil de sécurité" is a state.
    if (this.fw.notPersonPhrases.has(`${w} ${this.folded(k + 1)}`)) return false;
    // "un incident jugé « dangereux »", "un armement": a thing whose ending is a person's.
    if (this.fw.notPersonNouns.has(w) || /ments?$/u.test(w)) return false;
    // "courtiers", "négociants": a plural whose singular has the ending of a person.
    const plural = w.length > 4 && /[sx]$/u.test(w) && PERSON_NOUN.test(w.slice(0, -1));
    return this.vague.heads.longestAt(this.v.tokens, k, k + 1) !== undefined || this.fw.personNouns.has(w) || this.genderOfNoun(w) !== undefined || plural;
  }

  /** "une société de Vladivostok, Primorsk Logistik": the gender the article of the noun a name is in apposition to shows. */
  private appositionGender(k: number): Gender | undefined {
    if (!/^\s*,\s*$/u.test(this.gapAfter(k - 1))) return undefined;
    for (let j = k - 2; j >= 0 && k - j <= 8; j--) {
      if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(j))) return undefined;
      const gender = this.mentionAt(j) ? undefined : this.genderOfDeterminer(this.folded(j));
      if (gender) return gender;
    }
    return undefined;
  }

  /** Gender shown by the form of a role noun (ambassadrice, présidente); "ministre" or "porte-parole" shows none. */
  private genderOfNoun(w: string): Gender | undefined {
    if (/(?:trice|esse|ee|ienne|euse|ere|ante|ente|effe|ale)$/u.test(w)) return 'f';
    if (/(?:eur|ien|ier|ant|ent|al|at|if)$/u.test(w)) return 'm';
    return undefined;
  }

  /**
   * The nearest earlier named source that agrees in number (and in gender, where both show it), within five sentences;
   * a person or body that spoke recently wins over a more recent country or place. An unresolved pronoun still counts as a source.
   */
  private resolvePronoun(number: GrammaticalNumber, offset: number, s: number, token: number): Source {
    const w = this.folded(token);
    const gender = number === 's' ? PRONOUN_GENDERS.get(w) : undefined;
    // The subject that opens the pronoun's sentence, read once for the two rules below that need it.
    const range = this.v.sentenceTokens[s];
    const subject = range && token > range.first + 1 ? this.sentenceSubject(s, range.first, token) : undefined;
    const own = this.ownSubject(s, subject, token, number, gender);
    if (own) return { ...own, how: SPEAKER_RULES.pronoun };
    const topic = range ? this.dislocatedTopic(s, range.first, token, number) : undefined;
    if (topic) return topic.vague ? topic : { ...topic, how: SPEAKER_RULES.pronoun };
    let fallback: Antecedent | undefined;
    let chosen: Antecedent | undefined;
    // "Ri Chol-min a quitté la Corée du Nord. Le JDD l'a rencontré. … se souvient-il": with no speaker to go back to, a
    // person named recently is likelier than a body or a medium.
    let person: Antecedent | undefined;
    // "Séoul, Washington et Tokyo ont condamné ces transferts, qu'ils qualifient de …": a source named earlier in the same sentence counts too.
    // "Selon KCNA, il a exigé …": the one a "selon" frame names is not the subject of the clause it frames.
    const here = this.current
      .filter((a) => !a.inQuote && !a.negated && a.source && !a.source.vague && a.span.start < offset && !this.antecedents.some((x) => x.source === a.source))
      .filter((a) => !(a.cueId.startsWith('marker:') && this.framed(a, token)))
      .map((a): Antecedent => ({ source: a.source!, number: this.numberOfSource(a), at: a.span.start, sentence: s, speaker: a.reporting !== false, ...this.describe(a.source!, s) }));
    // "…, s'est félicité M. Poutine …, saluant un accord qui ouvre selon lui « … »": a person the sentence names before the
    // pronoun, outside quotations, whatever rule has yet to read the verb that makes him its subject.
    for (let k = range?.first ?? token; k < token; k++) {
      const m = this.mentionAt(k);
      if (!m || m.type !== 'person' || m.kind === 'adjective' || this.inQuote(k) || m.start >= offset) continue;
      if (here.some((h) => h.source.entityId === m.entityId) || this.antecedents.some((x) => x.sentence === s && x.source.entityId === m.entityId)) continue;
      const source = this.mentionSource(m);
      here.push({ source, number: 's', at: m.start, sentence: s, speaker: true, ...this.describe(source, s) });
    }
    // "Des blogueurs militaires russes évoquent des pertes, dues selon eux à …": the generic source of the same sentence.
    // Not the inverted pronoun of an incise when that subject reports nothing ("Un pasteur les a cachés six semaines,
    // raconte-t-il": the one who tells is who spoke before); "Des diplomates jugent … : une partie, font-ils valoir, …" is theirs.
    const reports = (x: Source): boolean => this.current.some((a) => a.source?.span?.start === x.span?.start && !a.inQuote);
    if (here.length === 0 && subject?.source?.vague && subject.number === number && (subject.source.span?.end ?? Infinity) <= offset && (!this.isHyphen(this.gapAfter(token - 1)) || reports(subject.source))) return subject.source;
    const candidates = here.length > 0 ? [...this.antecedents, ...here].sort((x, y) => x.at - y.at) : this.antecedents;
    // "…, résume un officier sous couvert d'anonymat. Pour lui, …": a pronoun right after a generic source is that source,
    // and stays generic, unless someone was named after it.
    const lv = this.lastVague;
    // A sentence in between that names no source (the first sentence of a quotation) does not break the chain.
    // Across that sentence, nobody may have been named since ("On murmure … Ri, lui, n'attend rien. « … », lâche-t-il");
    // names inside a quotation do not count ("« On vend à Singapour, qui revend à Moscou. … », résume-t-il"), nor those of
    // the generic source's own phrase ("Des diplomates occidentaux en poste à Oulan-Bator").
    // "Une étudiante … tient une pancarte. « … », dit-il": a generic source of the other gender is not the one meant.
    // "Certains États membres, explique-t-il, craignent …": a source of the other number named since does not break it.
    const lvGender = lv?.source.span && gender ? this.genderOfDeterminer(this.folded(this.tokenAt(lv.source.span.start))) ?? this.describe(lv.source, lv.sentence).gender : undefined;
    // "glisse un grutier russe. « … . … . … », poursuit-il": a quotation of several sentences, whose incise the pronoun opens,
    // may follow the generic source's sentence at once.
    let from = s;
    for (let k = token - 1; k >= 0 && token - k <= 4 && from === s; k--) {
      const q = this.v.quotes[this.v.tokenQuote[k] ?? -1];
      if (q) from = Math.min(s, partitionPoint(this.v.sentences, (x) => x.end <= q.start));
    }
    if (here.length === 0 && lv && (lv.sentence >= s - 2 || lv.sentence === from - 1) && lv.sentence < s && lv.number === number && !(lvGender && lvGender !== gender) && !candidates.some((c) => c.number === number && (c.speaker || (lv.sentence < s - 1 && !this.inQuote(this.tokenAt(c.at)))) && c.at >= (lv.source.span?.end ?? Infinity) && c.at < offset)) return lv.source;
    // "…, a déclaré Mme Kim dans un communiqué diffusé par l'agence KCNA. Elle accuse …": a body whose gender is unknown
    // waits for a person of the pronoun's gender in its own sentence.
    let deferred: Antecedent | undefined;
    // "« Au début, je croyais que les Ukrainiens allaient me tuer », raconte-t-il": who says "je" is a person, never a
    // body or a state named since.
    const firstPerson = number === 's' && this.quotesFirstPerson(s);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const a = candidates[i]!;
      if (a.sentence < s - 5) break;
      if (deferred && a.sentence < deferred.sentence) break;
      if (a.at >= offset || a.number !== number) continue;
      if (firstPerson && (a.type === 'organisation' || a.type === 'country')) continue;
      if (gender && a.gender && a.gender !== gender) continue;
      if (a.type === 'person' && number === 's' && !(fallback && a.sentence < fallback.sentence - 1)) person ??= a;
      if (a.mentioned && !(gender && a.gender === gender)) continue;
      // "Selon elle": the nearest person known to be a woman is the one meant, speaker or not; "selon lui" the nearest man,
      // unless a man spoke before him in his sentence ("X estime que la visite de M. Choïgou … « … », dit-il" is X).
      const outspoken = gender === 'm' && (a.mentioned || !a.speaker) && candidates.some((c) => c.speaker && !c.mentioned && c.type === 'person' && c.gender !== 'f' && c.sentence === a.sentence && c.at < a.at);
      // "Dans le foyer de sœur Pak, Choi prépare un examen. « … », dit-elle": the subject, whose gender nothing shows,
      // outranks a woman its sentence merely names in a complement.
      const subjectFirst = fallback?.type === 'person' && !fallback.mentioned && !fallback.gender && a.mentioned === true && a.sentence === fallback.sentence;
      if (gender && !outspoken && !subjectFirst && a.gender === gender && a.type === 'person' && !(fallback && a.sentence < fallback.sentence - 1) && !(fallback?.type === 'person' && a.sentence < fallback.sentence)) {
        chosen = a;
        break;
      }
      // A preferred antecedent must stand close to the most recent one that agrees, or it would skip over the obvious one.
      if (fallback && a.sentence < fallback.sentence - 2) break;
      // States that speak together ("Séoul, Washington et Tokyo ont condamné") speak as a body does.
      if (a.speaker && (a.type === 'person' || a.type === 'organisation' || (a.type === 'country' && a.number === 'p'))) {
        // "Kim Jong-un est allé plus loin. Selon lui, …": the person a later sentence made its subject outranks an earlier speaker.
        // "Le Hankyoreh se montre plus mesuré : selon lui, …": so does a body that is the subject of the pronoun's own sentence.
        // "Le Global Times reste silencieux. Il se contente de rappeler …": so does the body the sentence before opened on,
        // when the pronoun opens its own.
        const opens = range !== undefined && afterDateline(this.v, range.first, range.end) === token;
        if ((fallback?.type === 'person' || (fallback?.type === 'organisation' && (fallback.sentence === s || (opens && fallback.sentence === s - 1)))) && a.sentence < fallback.sentence) {
          chosen = fallback;
          break;
        }
        if (gender && a.type !== 'person' && !a.gender) {
          deferred ??= a;
          continue;
        }
        chosen = a;
        break;
      }
      fallback ??= a;
    }
    // "Selon l'agence KCNA, Kim Jong Un a supervisé le tir. « … », a-t-il déclaré": a person whose gender nothing shows, the
    // subject of the sentence in which a body spoke before, outranks that body.
    const subjectAfterBody = deferred && person && !person.mentioned && !person.gender && person.sentence === deferred.sentence && person.at > deferred.at ? person : undefined;
    // "Il s'appelle Kim Chol-su. … « … », se souvient-il": with no one else to go back to, the person merely named.
    const a = chosen ?? subjectAfterBody ?? deferred ?? (fallback && fallback.type !== 'person' && person ? person : fallback) ?? (person && person.sentence >= s - 2 && (!gender || !person.gender || person.gender === gender) ? person : undefined);
    if (!a) return { label: this.tok(token)?.text ?? 'il', span: this.spanOf(token, token + 1), how: SPEAKER_RULES.pronounUnresolved };
    return this.referTo(a, offset, s, SPEAKER_RULES.pronoun);
  }

  /** Whether a quotation in sentence s speaks in the first person singular ("je", "me", "mon"), outside any it nests. */
  private quotesFirstPerson(s: number): boolean {
    const range = this.v.sentenceTokens[s];
    if (!range) return false;
    for (let k = range.first; k < range.end; k++) if (this.inQuote(k) && FIRST_PERSON_SINGULAR.has(this.folded(k))) return true;
    return false;
  }

  /**
   * "Quant à l'agence officielle KCNA, elle célèbre …", "Quant aux experts, ils …": a topic set off before the pronoun
   * that takes it up at once is its subject, named or generic.
   */
  private dislocatedTopic(s: number, first: number, token: number, number: GrammaticalNumber): Source | undefined {
    const a = afterDateline(this.v, first, token);
    if (this.folded(a) !== 'quant' || !['a', 'au', 'aux'].includes(this.folded(a + 1)) || !/,/u.test(this.gapAfter(token - 1))) return undefined;
    for (let k = a + 1; k < token - 1; k++) if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(k)) || this.inQuote(k)) return undefined;
    // "Quant aux experts": the contracted article is read as the article it holds.
    const as = { au: 'le', aux: 'les' }[this.folded(a + 1)];
    const np = as ? this.withArticle(a + 1, as, () => this.resolveNp(a + 1, token, [], undefined, s, 'preverbal')) : this.resolveNp(a + 2, token, [], undefined, s, 'preverbal');
    if (!np?.source || np.pronoun || np.number !== number || (!np.source.vague && !np.source.entityId)) return undefined;
    const span = np.source.span;
    // The label leaves out the contracted article: "experts", not "aux experts".
    if (as && span && this.tokenAt(span.start) === a + 1) {
      const last = this.tokenAt(span.end - 1);
      return { ...np.source, label: this.textOf(a + 2, last + 1), span: this.spanOf(a + 2, last + 1) };
    }
    return np.source;
  }

  /** The marker's source phrase ends at the comma right before the pronoun token ("Selon KCNA, il …"). */
  private framed(a: Attribution, token: number): boolean {
    const end = this.tokenAt(a.span.end - 1);
    return end === token - 1 && /,/u.test(this.gapAfter(end));
  }

  /**
   * "La Corée du Nord n'a jamais reconnu ces vols, qu'elle qualifie de « fabrications »", "La Chine, elle, dit …": a
   * pronoun in a clause set off from the sentence's own named subject, agreeing with it, is that subject.
   */
  private ownSubject(s: number, np: NpResult | undefined, token: number, number: GrammaticalNumber, gender: Gender | undefined): Source | undefined {
    const source = np?.source;
    // A pseudonym is generic, yet the person a pronoun set off from it points back to.
    const pseudonym = source?.vague === true && source.how === VAGUE_UNNAMED_PERSON && this.pseudonyms.has(source.label);
    if (!source?.span || np?.number !== number) return undefined;
    const subjectEnd = this.tokenAt(source.span.end - 1) + 1;
    // "Les autorités régionales, elles, parlent d'une « coopération »": a pronoun set off right after its subject is it,
    // named or not.
    const dislocated = subjectEnd === token && /^\s*,\s*$/u.test(this.gapAfter(token - 1)) && /^\s*,/u.test(this.gapAfter(token));
    if (!dislocated && ((source.vague && !pseudonym) || (!source.entityId && !pseudonym))) return undefined;
    if (subjectEnd > token) return undefined;
    let setOff = false;
    // "Le site Aïr Info parle d'une « guerre des étiquettes » : selon lui, …": a colon sets the clause off too.
    for (let k = subjectEnd - 1; k < token && !setOff; k++) setOff = /[,:]/u.test(this.gapAfter(k)) || this.fw.complementizers.has(this.folded(k + 1)) || this.fw.relativePronouns.has(this.folded(k + 1));
    if (!setOff) return undefined;
    const described = this.describe(source, s);
    // "La télévision d'État russe a diffusé le toast porté par Kim Jong Un, dans lequel il a souhaité …": the article of
    // the subject shows its gender when its words do not.
    const shown = described.gender ?? this.genderOfDeterminer(this.folded(this.tokenAt(source.span.start)));
    if (gender && shown && shown !== gender) return undefined;
    // "Yoshimasa Hayashi a estimé que … « … ». Le Japon « ne tolérera pas » …, a-t-il ajouté": the state a spokesman
    // speaks for is no subject of the pronoun when he spoke in the sentence before.
    // So is it after "Fu Cong s'est gardé de toute critique. Pékin « … », a-t-il répété": the person the sentence before is about.
    if (described.type === 'country' && this.isHyphen(this.gapAfter(token - 1)) && this.antecedents.some((a) => (a.speaker || !a.mentioned) && a.type === 'person' && a.sentence === s - 1)) return undefined;
    return source;
  }

  /** A description's label ("Le Premier ministre") that opens on a determiner and holds every one of the folded words. */
  private holdsAll(label: string, words: readonly string[]): boolean {
    const t = tokenize(label).map((x) => x.folded);
    return !this.fw.determiners.has(t[0] ?? '') || words.every((w) => t.includes(w));
  }

  /**
   * A definite description with no name of its own ("le diplomate", "l'ambassadeur", "les experts") refers back to the
   * nearest earlier source its lexicon entry allows: of the right type, described with a compatible role, agreeing in
   * number and gender, and qualified by every state or body that qualifies the description.
   */
  private resolveDescription(anaphora: Anaphora, det: number, headFirst: number, headEnd: number, b: number, number: GrammaticalNumber, s: number): Source | undefined {
    // "a renchéri son homologue sud-coréen" after "le Sud-Coréen Shin Won-sik": a possessive role qualified by a
    // nationality is the person of that nationality named in the paragraphs before.
    if (['son', 'sa'].includes(this.folded(det)) && number === 's' && anaphora.types.includes('person')) {
      const nationality = this.mentionAt(headEnd);
      if (nationality?.kind === 'adjective' && nationality.type === 'country' && this.tokenAt(nationality.end - 1) + 1 >= b) return this.nationalNamedBefore(nationality, this.tok(det)?.start ?? 0, s, 6);
    }
    if (!['le', 'la', 'l', 'les', 'ce', 'cet', 'cette', 'ces'].includes(this.folded(det))) return undefined;
    const demonstrated = this.anaphoricVague(anaphora, det, s) ?? (number === 's' && anaphora.types.includes('person') ? this.shownJustBefore(det, s) : undefined);
    if (demonstrated) return demonstrated;
    // "Algirdas Vaitkus sort ses jumelles. À 71 ans, cet ancien chauffeur du kolkhoze vit …": a demonstrative describes anew
    // the one person the sentence before named.
    if (this.fw.demonstratives.has(this.folded(det)) && number === 's' && anaphora.types.includes('person')) {
      const anew = this.describedAnew(this.folded(det), this.tok(det)?.start ?? 0, s, 1);
      if (anew) return anew;
    }
    const offset = this.tok(det)?.start ?? 0;
    const gender = this.genderBefore(headFirst) ?? this.genderOfNoun(this.folded(headFirst));
    const qualifiers: string[] = [];
    const qualifiersEnd = this.qualifierEnd(headEnd, b);
    for (let k = headEnd; k < b; k++) {
      // "le dirigeant, cité par KCNA": what follows a comma is no qualifier of the description; nor what follows a
      // preposition of place or time ("le président américain sur son réseau Truth Social"), unlike "de" or "à" ("à l'ONU").
      // Nor anything after a colon or inside a quotation ("Le chercheur relativise : « Pour l'artillerie russe, … »").
      if (k > headEnd && /[,:;«»“”"()]/u.test(this.gapAfter(k - 1))) break;
      if (k >= qualifiersEnd || this.inQuote(k)) break;
      const m = this.mentionAt(k);
      if (m && (m.type === 'country' || m.type === 'organisation' || m.type === 'person')) qualifiers.push(m.entityId);
    }
    // "Hélène Ravel a suivi la cérémonie … « … », résume la chercheuse de l'Observatoire des alliances eurasiennes": a
    // body the base does not know, named here for the first time, tells who the person named before works for; it
    // cannot single out another.
    const known = qualifiers.filter((q) => this.v.mentions.some((m) => m.entityId === q && (!m.unknown || m.start < offset)));
    // "le ministre de la Défense" after "Le Premier ministre": a capitalised complement no entity covers (a portfolio) sets
    // the role apart from another description that does not hold it.
    const portfolio: string[] = [];
    for (let k = headEnd; k < qualifiersEnd && k < b && !this.inQuote(k); k++) if (isCapitalised(this.tok(k)?.text ?? '') && !this.mentionAt(k)) portfolio.push(this.folded(k));
    const own = this.nouns.longestAt(this.v.tokens, headFirst, headEnd);
    const trade = own?.value.trades?.get(this.foldedRun(own.first, own.end));
    for (let i = this.antecedents.length - 1; i >= 0; i--) {
      const a = this.antecedents[i]!;
      // "Pour l'économiste du CEPII, …" paragraphs after "Mathieu Delorme, économiste au CEPII": a role and a body the
      // article itself gave one person name that person however far back; anything less reaches five sentences.
      const far = a.sentence < s - 5;
      // Far back, only a person given a role of the description's: the checks below make the role and every body agree.
      if (far && (known.length === 0 || known.length < qualifiers.length || a.type !== 'person' || a.roles.size === 0 || anaphora.roles.has('*'))) continue;
      if (portfolio.length > 0 && a.source.entityId === undefined && !this.holdsAll(a.source.label, portfolio)) continue;
      // A person merely mentioned may be meant when the article gave that person the role ("l'ambassadeur sud-coréen Lee
      // Dong-hwan a pris la parole. …, le diplomate a dénoncé …").
      const roleGiven = a.type === 'person' && !anaphora.roles.has('*') && a.source.span !== undefined && this.titledJustBefore(a.source.span.start, anaphora);
      if (a.at >= offset || (a.mentioned && !roleGiven) || a.source.vague || !a.type || !anaphora.types.some((t) => t === a.type)) continue;
      // "la chercheuse", "l'expert": one person, never a body the article named by an acronym.
      if (number === 's' && anaphora.types.includes('person') && a.type !== 'person' && this.fw.determiners.get(this.folded(det)) === 's' && !['les', 'ces'].includes(this.folded(det)) && this.isPersonNoun(headFirst)) continue;
      // "les experts" may name a panel ("le groupe d'experts de l'ONU"): a body is singular however many speak for it.
      if (a.number !== number && !(a.type === 'organisation' && number === 'p')) continue;
      if (gender && a.gender && gender !== a.gender) continue;
      // "Les photographies publiées par le Rodong Sinmun … », titrait le journal": a role the article never gave the source
      // may be the one the base describes it with ("Quotidien officiel du Parti du travail de Corée").
      // A person's base description is read by describedPerson, with its states, not here.
      const roleOk = roleGiven || (a.roles.size === 0 ? anaphora.roleless || (a.type === 'organisation' && a.source.entityId !== undefined && this.fitsDescription(a.source.entityId, anaphora, [], false)) : anaphora.roles.has('*') || [...a.roles].some((r) => anaphora.roles.has(r)));
      // The body named for the first time may only tell more about a person the base does not know either: Kim Jong Un is
      // no "chercheuse du Centre d'études coréennes".
      // "titre le quotidien du Parti du travail de Corée" after "Le Rodong Sinmun": a body whose base description names the
      // qualifier ("Quotidien officiel du Parti du travail de Corée") is qualified by it.
      const qualified = known.every((q) => a.qualifiers.has(q)) || (a.type === 'organisation' && a.source.entityId !== undefined && known.length > 0 && this.fitsDescription(a.source.entityId, anaphora, known, false));
      if (!roleOk || !qualified || (known.length < qualifiers.length && (a.type !== 'person' || !this.unknownPerson(a.source)))) continue;
      // "Pour le procureur, …" after "son avocate, Yoon Mi-ra": one entry's trades are not one another.
      if (!sameTrade(trade, a.trades)) continue;
      return this.referTo(a, offset, s, SPEAKER_RULES.definite);
    }
    // "Oksana Hrytsenko aligne les fragments. « … », résume la cheffe du laboratoire": a woman described by her role is
    // the woman named in the sentence before or her own, when the article names no other woman in between.
    // A description qualified by a known body ("la chercheuse de l'ONU") is left to the base.
    if (gender === 'f' && number === 's' && known.length === 0 && anaphora.types.includes('person') && this.isPersonNoun(headFirst)) {
      const woman = this.womanNamedBefore(offset, s);
      if (woman) return woman;
    }
    // "l'ancien Premier ministre néerlandais": a former role, which the base writes in a clause of its own.
    let former = false;
    for (let k = det + 1; k < headFirst; k++) former ||= FORMER_WORDS.has(this.folded(k));
    if (number !== 's') return undefined;
    const described = this.describedPerson(anaphora, qualifiers, offset, s, former);
    if (described) return described;
    // "…, relève Nicolas Perrenoud, professeur de droit. L'article 4 prévoit … « … », poursuit le juriste": a man described
    // by a role the article did not give him is the person who spoke last, in the two sentences before, when no one else
    // has been named since.
    // "un marin azerbaïdjanais", then paragraphs later "le marin": the unnamed person introduced, before whoever spoke last.
    const again = this.introducedAgain(det, headFirst, b);
    if (again) return again;
    if (gender !== 'f' && known.length === 0 && anaphora.types.includes('person') && this.isPersonNoun(headFirst)) return this.lastSpeakerDescribed(offset, s, gender, false, false, trade);
    // "Pour Damien Spleeters, « … ». L'enquêteur belge, qui …": a nationality the article never gave the person who spoke
    // last, or gave that one, describes that person anew, when the base does not know them.
    if (known.length > 0 && known.length === qualifiers.length && known.every((q) => this.isCountry(q, undefined)) && anaphora.types.includes('person') && this.isPersonNoun(headFirst)) {
      return this.lastSpeakerDescribed(offset, s, gender, false, false, trade, known);
    }
    return undefined;
  }

  /**
   * The person who spoke last — in the two sentences before, or ten when the article has named no one else — when no one
   * else has been named since and nothing shows another gender: whom a role the article never gave anyone describes
   * ("poursuit le juriste", "répond l'enseignant"). `onlyPerson`: only when the article has named no one else at all.
   */
  private lastSpeakerDescribed(offset: number, s: number, gender: Gender | undefined, onlyPerson = false, bySubject = false, trade?: readonly string[], states?: readonly string[]): Source | undefined {
    // "Viktor Orlov … sourit l'ancien cheminot. Sa voisine, Galina, … « … », glisse la sexagénaire": a person the article
    // showed to be of the other sex is no one the description could mean.
    const named = this.antecedents.filter((a) => a.at < offset && a.type === 'person' && !a.source.vague && !(gender && a.gender && a.gender !== gender));
    const last = named.reduce<Antecedent | undefined>((x, y) => (x && x.at > y.at ? x : y), undefined);
    const same = (a: Antecedent): boolean => (a.source.entityId ?? a.source.label) === (last?.source.entityId ?? last?.source.label);
    // The only person the article has named so far may be described a few paragraphs later; anyone else, only by the
    // next two sentences.
    const alone = named.every(same);
    if (onlyPerson && !alone) return undefined;
    const people = named.filter((a) => a.sentence >= s - (alone ? 10 : 2));
    // `bySubject`, for a noun that says what a person is (la jeune femme, le soldat): "Claire Dubois fait pivoter son
    // écran. « … », lance la jeune femme": the subject of a sentence before counts as much as a speaker; so does any
    // mention of the only person the article has named ("Il est minuit quand Seo Yun-ah …").
    if (!last || !people.every(same) || !people.some((a) => (a.speaker && !a.mentioned) || (bySubject && (!a.mentioned || alone)))) return undefined;
    // A woman's role needs a woman the article showed to be one (for a noun that says what a person is, anyone not shown
    // to be a man); a man's, anyone not shown to be a woman.
    if (gender === 'f' ? (bySubject ? last.gender === 'm' : last.gender !== 'f') : last.gender === 'f') return undefined;
    // "Pour le procureur" is not the lawyer who spoke last.
    if (!sameTrade(trade, last.trades)) return undefined;
    // `states`: the nationality the description gives, so only someone the base does not know, whom no other state
    // qualifies ("ancien officier de l'armée suisse" for "l'analyste suisse").
    if (states && ((last.source.entityId !== undefined && !this.unknownPerson(last.source)) || [...last.qualifiers].some((q) => !states.includes(q) && this.isCountry(q, undefined)))) return undefined;
    return this.referTo(last, offset, s, SPEAKER_RULES.definite);
  }

  /**
   * "Le blogueur, proche des troupes aéroportées, accuse …" after "…, écrivait Andreï Volkov", "Cette transfuge de 52
   * ans …" after "Ri Myong-suk fait défiler …": one person of a generic kind the lexicon gives no antecedents to (a
   * witness, a blogger), named by a definite or demonstrative article, is the person who spoke last, or for a
   * demonstrative the person just named.
   */
  private describedWitness(vm: SequenceMatch<VagueEntry>, a: number, s: number): Source | undefined {
    const w = this.folded(a);
    // "l'ancienne capitaine de corvette": adjectives may stand before the head, but not one that counts or sets apart a new
    // person ("Le troisième témoin", "l'autre habitant").
    let premodified = vm.first > a + 1;
    for (let k = a + 1; k < vm.first; k++) if (!this.isPremodifier(k) || ORDINAL_WORD.test(this.folded(k))) premodified = false;
    if ((vm.first !== a + 1 && !premodified) || !(['le', 'la', 'l'].includes(w) || this.fw.demonstratives.has(w)) || !this.isPersonNoun(vm.first)) return undefined;
    const offset = this.tok(a)!.start;
    const gender = this.genderOfDeterminer(w) ?? this.genderBefore(vm.first) ?? this.genderOfNoun(this.folded(vm.first));
    // "Park Eun-ji épluche les images … À 46 ans, l'ancienne capitaine de corvette dirige …": in a portrait, the only person
    // named so far is whom a definite description goes on describing.
    // Only a noun that names a person, not a generic source of another kind ("la presse japonaise").
    const head = this.folded(vm.first);
    const personal = this.fw.personNouns.has(head) || PERSON_NOUN.test(head);
    const portrayed = (): Source | undefined => {
      const m = this.fw.demonstratives.has(w) || !personal ? undefined : this.onlyPersonNamedBefore(offset, gender);
      return m ? this.describedSource(m, offset, s, SPEAKER_RULES.definite) : undefined;
    };
    if (vm.value.anaphora) return portrayed();
    // Nor is "la presse japonaise" the woman who spoke last: only a person or a witness is.
    const spoke = personal || vm.value.id === VAGUE_WITNESSES ? this.lastSpeakerDescribed(offset, s, gender, false, this.fw.personNouns.has(head)) : undefined;
    if (spoke) return spoke;
    if (!this.fw.demonstratives.has(w)) return portrayed();
    for (const m of this.peopleNamedBack(offset, s - 1)) {
      const named = this.antecedents.filter((x) => x.source.entityId === m.entityId && x.type === 'person');
      if (gender && named.some((x) => x.gender && x.gender !== gender)) return undefined;
      return this.describedSource(m, offset, s, SPEAKER_RULES.definite);
    }
    return undefined;
  }

  /**
   * "« … », répond l'enseignant": a definite singular noun of a person no lexicon lists (its form says it is an agent:
   * enseignant, religieuse, retraité is not), alone or with adjectives, is the person who spoke last, when the article
   * has named no one else.
   */
  private unlistedRole(a: number, h: number, b: number, s: number): Source | undefined {
    const head = this.bareDefiniteHead(a, h);
    if (!head || head.folded.endsWith('ment') || !this.isPersonNoun(h)) return undefined;
    for (let k = h + 1; k < b; k++) {
      const t = this.tok(k);
      if (!t || this.mentionAt(k) || !/^\p{Ll}/u.test(t.text) || isFunctionWord(this.fw, t.folded) || !/^\s+$/u.test(this.gapAfter(k - 1))) return undefined;
    }
    // A noun no lexicon lists says nothing of the person's role: only the one person named so far is safe to give it.
    return this.lastSpeakerDescribed(this.tok(a)!.start, s, this.genderOfDeterminer(this.folded(a)) ?? this.genderOfNoun(head.folded), true, this.fw.personNouns.has(head.folded));
  }

  /**
   * "Vladimir Poutine a reçu Kim Jong Un. Le dirigeant russe a assuré …": when the article never gave the person the
   * role, the knowledge base may. The most recent person named since the article's start whose description has the
   * role, and names the qualifying state or body in its first clause (a person's own state; later clauses name the
   * states the person deals with, as in "ambassadeur de Russie en Corée du Nord"), is the one meant.
   */
  private describedPerson(anaphora: Anaphora, qualifiers: readonly string[], offset: number, s: number, former: boolean): Source | undefined {
    if (!this.entityOf || !anaphora.types.includes('person')) return undefined;
    const states = qualifiers.filter((q) => this.v.mentions.some((m) => m.entityId === q && (m.type === 'country' || m.type === 'organisation')));
    // "… sur ordre de Kim Jong-un. … « … », a déclaré le dirigeant": with no state to qualify it, a description reaches only
    // the person named in the sentences just before, the one the base describes with the role.
    if (states.length === 0) {
      for (const m of this.peopleNamedBack(offset, s - 2)) {
        if (m.unknown) continue;
        return this.fitsDescription(m.entityId, anaphora, [], former) ? this.describedSource(m, offset, s, SPEAKER_RULES.knowledgeBase) : undefined;
      }
      return undefined;
    }
    // A description qualified by a state ("le président ukrainien") is specific enough to reach back to the article's start.
    // "… entre le Premier ministre Shigeru Ishiba et le président Lee Jae-myung. Le président sud-coréen a appelé …": the
    // article's own title before a name outranks the knowledge base, whose description may be out of date.
    let described: Mention | undefined;
    for (let i = this.v.mentions.length - 1; i >= 0; i--) {
      const m = this.v.mentions[i]!;
      if (m.start >= offset) continue;
      if (m.type !== 'person' || m.kind === 'adjective') continue;
      if (this.titledWith(m, anaphora, states)) return this.describedSource(m, offset, s, SPEAKER_RULES.definite);
      if (described || m.unknown) continue;
      if (this.fitsDescription(m.entityId, anaphora, states, former)) described = m;
    }
    // "La rapporteuse spéciale de l'ONU parle de « travail forcé ». … Elizabeth Salmón estime …": the person the base
    // describes so may be named only later in the article.
    if (!described) described = this.v.mentions.find((m) => m.start >= offset && m.type === 'person' && m.kind !== 'adjective' && !m.unknown && this.fitsDescription(m.entityId, anaphora, states, former));
    return described ? this.describedSource(described, offset, s, SPEAKER_RULES.knowledgeBase) : undefined;
  }

  /** A person the knowledge base does not hold: named by a rule of capitalised words, or a mention the base does not know. */
  private unknownPerson(source: Source): boolean {
    return source.entityId === undefined || unknownPersonNames(this.v.mentions).has(source.entityId);
  }

  /** Whether the base describes the person with a role of the anaphora and the qualifying states, once per article. */
  private fitsDescription(entityId: string, anaphora: Anaphora, states: readonly string[], former: boolean): boolean {
    let byAnaphora = this.fits.get(anaphora);
    if (!byAnaphora) this.fits.set(anaphora, (byAnaphora = new Map()));
    const key = `${former ? 'former' : ''}\u0000${entityId}\u0000${states.join('\u0000')}`;
    let fit = byAnaphora.get(key);
    if (fit === undefined) {
      const words = this.descriptionOf(entityId);
      // A body may be named in any clause, with the role it goes with ("…, puis secrétaire du Conseil de sécurité russe");
      // a former role and its state only in the clause of the former role.
      const isBody = (q: string): boolean => this.v.mentions.some((m) => m.entityId === q && m.type === 'organisation');
      fit = words !== undefined && this.hasRole(former ? words.former : words.all, anaphora) && states.every((q) => this.namesEntity(former ? words.former : isBody(q) ? words.all : words.lead, q));
      byAnaphora.set(key, fit);
    }
    return fit;
  }

  /**
   * The person named in the last three sentences whose nationality the demonym gives: in the words around the name ("le
   * ministre sud-coréen Cho Tae-yul") or in the base's description ("ancienne Première ministre estonienne").
   */
  private nationalNamedBefore(demonym: Mention, offset: number, s: number, back = 3): Source | undefined {
    const surface = tokenize(demonym.surface).map((t) => t.folded);
    for (const m of this.peopleNamedBack(offset, s - back)) {
      const k0 = this.tokenAt(m.start);
      const k1 = this.tokenAt(m.end - 1) + 1;
      let near = false;
      for (let k = Math.max(0, k0 - 5); k < k1 + 8 && k < this.v.tokens.length && !near; k++) {
        if (k >= k1 && /[.;:!?«»“”"]/u.test(this.gapAfter(k - 1))) break;
        near = this.mentionAt(k)?.entityId === demonym.entityId && k !== this.tokenAt(demonym.start);
      }
      const words = this.descriptionOf(m.entityId);
      if (near || (words !== undefined && wordsName(words.all, surface, true))) return this.describedSource(m, offset, s, SPEAKER_RULES.definite);
    }
    return undefined;
  }

  /** A role of the anaphora stands among the four words right before the name at `offset` ("l'ambassadeur sud-coréen Lee"). */
  private titledJustBefore(offset: number, anaphora: Anaphora): boolean {
    const k0 = this.tokenAt(offset);
    // "l'ambassadeur de Russie, Gueorgui Zinoviev": the role may stand before the name in apposition, a comma between.
    const apposed = /^\s*,\s*$/u.test(this.gapAfter(k0 - 1));
    for (let j = k0 - 1; j >= 0 && k0 - j <= (apposed ? 5 : 4); j--) {
      if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(j)) && !(apposed && j === k0 - 1)) return false;
      const noun = this.nouns.longestAt(this.v.tokens, j, k0);
      if (noun && noun.first === j) return anaphora.roles.has(noun.value.id);
      const w = this.folded(j);
      if (this.fw.avoir.has(w) || this.fw.etre.has(w) || this.rv.forms.has(w)) return false;
    }
    return false;
  }

  /** The latest person named in sentences s-1 and s before the offset, when a given name or a title shows she is a woman. */
  private womanNamedBefore(offset: number, s: number): Source | undefined {
    for (const m of this.peopleNamedBack(offset, s - 2)) {
      const gender = this.nameGender(this.tokenAt(m.start), true);
      // "Au bord du fleuve, Wang Lihua, 47 ans, empile des cartons. … « … », soupire la grossiste": a person the base does
      // not know, whose name shows no gender, named last in the two sentences before, is the woman described.
      if (gender === 'f' || (gender === undefined && m.unknown === true)) return this.describedSource(m, offset, s, SPEAKER_RULES.definite);
      // A man, or someone the base knows with no gender shown, stands in between: the description may be of someone else.
      return undefined;
    }
    return undefined;
  }

  private describedSource(m: Mention, offset: number, s: number, how: string): Source {
    const source = this.mentionSource(m);
    const described = this.describe(source, s);
    // "Choi Myong-hui … « … », raconte cette femme de 52 ans. Elle se souvient …": a description shows the gender a
    // name did not.
    const head = this.tokenAt(offset) + 1;
    const gender = described.gender ?? this.genderBefore(head) ?? this.genderOfNoun(this.folded(head));
    this.insertAntecedent({ source, number: 's', at: offset, sentence: s, speaker: false, ...described, ...(gender ? { gender } : {}) });
    return { ...source, how };
  }

  /** The person's name comes right after a title of one of the anaphora's roles, qualified by no other state ("le président Lee"). */
  private titledWith(m: Mention, anaphora: Anaphora, states: readonly string[]): boolean {
    const k = this.tokenAt(m.start);
    for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
      const noun = this.nouns.longestAt(this.v.tokens, j, k);
      if (noun && (noun.end === k || this.onlyQualifiers(noun.end, k))) {
        if (!(anaphora.roles.has('*') || anaphora.roles.has(noun.value.id))) return false;
        let qualified = false;
        for (let q = noun.end; q < k; q++) {
          const qm = this.mentionAt(q);
          if (qm && (qm.type === 'country' || qm.type === 'organisation') && !states.includes(qm.entityId)) return false;
          qualified ||= qm !== undefined && states.includes(qm.entityId);
        }
        // "par son homologue Choe Son-hui, le ministre russe …": a title with no state fits "russe" only if the base says so.
        return qualified || states.length === 0 || m.unknown === true || this.fitsDescription(m.entityId, anaphora, states, false);
      }
      if (/[,.;:!?«»“”"()]/u.test(this.gapAfter(j))) return false;
    }
    return false;
  }

  /** Tokens [a, b) are demonyms or other mentions of states and bodies only ("sud-coréen" in "le président sud-coréen Lee"). */
  private onlyQualifiers(a: number, b: number): boolean {
    for (let q = a; q < b; q++) if (!this.mentionAt(q)) return false;
    return true;
  }

  /** The folded words of an entity's name in the base, read once per entity. */
  private nameWords(entityId: string): ReadonlySet<string> {
    let words = this.nameWordsMemo.get(entityId);
    if (!words) {
      const name = this.entityOf?.(entityId)?.name;
      words = new Set(name ? tokenize(name).map((t) => t.folded) : []);
      this.nameWordsMemo.set(entityId, words);
    }
    return words;
  }

  /**
   * The `place`-th (0-based) of the persons or bodies the latest sentence that names two or more of them names, in the two
   * sentences before `offset` or earlier in its own.
   */
  private ordinalAntecedent(place: number, offset: number, sentence: number): Mention | undefined {
    const named = [...this.mentionsBack(offset, sentence - 2)].filter((m) => m.end <= offset && m.kind !== 'adjective' && m.kind !== 'metonym' && (m.type === 'person' || m.type === 'organisation') && !this.inQuote(this.tokenAt(m.start))).reverse();
    for (let p = sentence; p >= Math.max(0, sentence - 2); p--) {
      const { start, end } = this.v.sentences[p]!;
      const seen: Mention[] = [];
      for (const m of named) if (m.start >= start && m.end <= end && !seen.some((x) => x.entityId === m.entityId)) seen.push(m);
      if (seen.length >= 2) return seen[place];
    }
    return undefined;
  }

  /** The gender the base's description of a person shows in its lead ("Diplomate nord-coréenne", "Homme politique russe"). */
  private kbGender(entityId: string): Gender | undefined {
    const lead = this.descriptionOf(entityId)?.lead ?? [];
    for (const w of lead) {
      if (['de', 'du', 'des', 'd'].includes(w)) break;
      // "nord-coréenne", "nord-coréen": a demonym in -éen, which the endings of role nouns leave out.
      const g = this.fw.nounGenders.get(w) ?? (/eenne$/u.test(w) ? 'f' : /een$/u.test(w) ? 'm' : this.genderOfNoun(w));
      if (g) return g;
    }
    return undefined;
  }

  private descriptionOf(entityId: string): DescriptionWords | undefined {
    if (!this.descriptions.has(entityId)) {
      const text = this.entityOf?.(entityId)?.description;
      this.descriptions.set(entityId, text ? descriptionWords(text) : undefined);
    }
    return this.descriptions.get(entityId);
  }

  /** Whether the words hold a role noun or generic head the anaphor accepts ("Président de la Russie" for "le dirigeant"). */
  private hasRole(words: readonly string[], anaphora: Anaphora): boolean {
    if (anaphora.roles.has('*')) return true;
    const tokens = words.map((w, i): Token => ({ start: i, end: i, text: w, folded: w }));
    for (let k = 0; k < tokens.length; k++) {
      const noun = this.nouns.longestAt(tokens, k, tokens.length)?.value.id;
      const head = this.vague.heads.longestAt(tokens, k, tokens.length)?.value.id;
      if ((noun && anaphora.roles.has(noun)) || (head && anaphora.roles.has(head))) return true;
    }
    return false;
  }

  /** Whether the words name an entity the way this article writes it: by a name or acronym it uses, or by its demonym. */
  private namesEntity(words: readonly string[], entityId: string): boolean {
    for (const m of this.v.mentions) {
      if (m.entityId !== entityId || m.kind === 'metonym') continue;
      if (wordsName(words, tokenize(m.surface).map((t) => t.folded), m.kind === 'adjective')) return true;
    }
    // "le dirigeant américain" for "Président des États-Unis": the base's own names of a state the article qualifies by.
    const entity = this.entityOf?.(entityId);
    return entity !== undefined && [entity.name, ...entity.aliases].some((name) => wordsName(words, tokenize(name).map((t) => t.folded), false));
  }
}

const signerNounCache = new WeakMap<object, ReadonlySet<string>>();

/** The folded forms of the signer nouns of `signingCues.json` ("signataires", "pays signataires"). */
function signerNounForms(lexicons: LexiconFiles): ReadonlySet<string> {
  const file = lexicons.get('signingCues');
  if (typeof file !== 'object' || file === null) return new Set();
  const hit = signerNounCache.get(file);
  if (hit) return hit;
  const out = new Set<string>();
  const nouns = (file as Record<string, unknown>)['signerNouns'];
  for (const noun of Array.isArray(nouns) ? nouns : []) {
    const forms = (noun as { forms?: unknown }).forms;
    for (const form of Array.isArray(forms) ? forms : []) if (typeof form === 'string') out.add(tokenize(form).map((t) => t.folded).join(' '));
  }
  signerNounCache.set(file, out);
  return out;
}

const givenGenderCache = new WeakMap<object, ReadonlyMap<string, Gender>>();

/** The gender of each given name of `entityRules.json`: a woman's, a man's, or none for an epicene name. */
function givenNameGenders(lexicons: LexiconFiles): ReadonlyMap<string, Gender> {
  const file = lexicons.get('entityRules');
  if (typeof file !== 'object' || file === null) return new Map();
  const hit = givenGenderCache.get(file);
  if (hit) return hit;
  const list = (key: string): string[] => {
    const value = (file as Record<string, unknown>)[key];
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  };
  const feminine = new Set(list('feminineGivenNames'));
  const epicene = new Set(list('epiceneGivenNames'));
  const out = new Map<string, Gender>();
  for (const name of list('givenNames')) if (!epicene.has(name)) out.set(name, feminine.has(name) ? 'f' : 'm');
  givenGenderCache.set(file, out);
  return out;
}
