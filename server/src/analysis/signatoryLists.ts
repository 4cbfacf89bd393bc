import type { LexiconFiles } from './analysisContext';
import { fold, isCapitalised, tokenIndexAtOrAfter, tokenize, type Token } from './normalize';
import { partitionPoint } from './sortedSearch';
import type { Mention, MentionKind, Sentence, Signatory, SignatoryList, SignatoryRole, Span, SpanText } from './types';

/** What the signatory analysis needs of an article. */
export interface SignatoryInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly lexicons: LexiconFiles;
  /** The article's words when the caller has them already (`findEntities(...).tokens`), to spare a second tokenization. */
  readonly tokens?: readonly Token[];
}

/** One verb of `lexicons/signingCues.json`. */
export interface SigningVerb {
  readonly id: string;
  readonly lemmas: readonly string[];
  readonly conjugation?: 'er';
  readonly participles?: readonly string[];
  readonly finite?: readonly { readonly form: string; readonly plural: boolean }[];
  readonly passive: boolean;
  readonly active: boolean;
  readonly role: SignatoryRole;
  readonly joining?: boolean;
  readonly needsStatement?: boolean;
  readonly coalition?: boolean;
  readonly inversion?: boolean;
  readonly reason: string;
}

/** One statement noun of `lexicons/signingCues.json`. */
export interface StatementNoun {
  readonly id: string;
  readonly forms: readonly string[];
  readonly joint: boolean;
  readonly noGenitive?: boolean;
}

/** One signer noun of `lexicons/signingCues.json`: a noun naming the signers ("signataires") or their signature. */
export interface SignerNoun {
  readonly id: string;
  readonly forms: readonly string[];
  readonly frames: readonly ('apposition' | 'among' | 'genitive')[];
  readonly needsStatement?: boolean;
  readonly reason: string;
}

/** The `signingCues` lexicon, as `schemas/signingCues.schema.json` describes it (the loader validated it). */
export interface SigningCuesFile {
  readonly verbs: readonly SigningVerb[];
  readonly statementNouns: readonly StatementNoun[];
  readonly nounModifiers?: readonly string[];
  readonly connectors: readonly string[];
  readonly determiners: readonly string[];
  readonly genitiveDeterminers: readonly string[];
  readonly titles: readonly string[];
  readonly totals: {
    readonly approximators: readonly string[];
    readonly exactMarkers?: readonly string[];
    readonly numberWords: Readonly<Record<string, number>>;
    readonly roundNouns: Readonly<Record<string, number>>;
    readonly units: readonly string[];
    readonly inclusion: readonly string[];
  };
  readonly openEndings?: readonly string[];
  readonly auxiliaries: { readonly plural: readonly string[]; readonly singular: readonly string[] };
  readonly bridgeWords: readonly string[];
  readonly passiveAdverbs: readonly string[];
  readonly passiveComplements?: readonly string[];
  readonly jointAdverbs?: readonly string[];
  readonly separateAdverbs?: readonly string[];
  readonly negations: readonly string[];
  readonly negativeCues: readonly { readonly id: string; readonly forms: readonly string[] }[];
  readonly subjectIntroducers: readonly string[];
  readonly relativeIntroducers?: readonly string[];
  readonly signerNouns?: readonly SignerNoun[];
  readonly amongWords?: readonly string[];
  readonly signedDocuments?: readonly string[];
  readonly agreementNouns?: readonly string[];
  readonly personTitles?: readonly string[];
  readonly presenters?: readonly string[];
  readonly behalfPhrases?: readonly string[];
  readonly additiveIntroducers?: readonly string[];
  readonly dateWords: readonly string[];
  readonly dateSuffixes?: readonly string[];
}

/** A place where the article names a statement by its noun ("le communiqué", "une déclaration commune"): a reference to it. */
export interface StatementMention extends SpanText {
  /** Lexicon id of the noun ("noun:communique-conjoint"). */
  readonly nounId: string;
  /** True when the noun itself says the statement is joint. */
  readonly joint: boolean;
}

/** Signatory lists and statement mentions of one article. */
export interface SignatoryAnalysis {
  readonly lists: SignatoryList[];
  readonly statementMentions: StatementMention[];
}

/** Finds the lists of signatories of an article. Pure, and never throws on any text. */
export function findSignatoryLists(input: SignatoryInput): SignatoryList[] {
  return analyseSignatories(input).lists;
}

/** Finds the lists of signatories and the mentions of statements by their noun. Pure, and never throws on any text. */
export function analyseSignatories(input: SignatoryInput): SignatoryAnalysis {
  const cues = compiledCues(input.lexicons);
  if (!cues) return { lists: [], statementMentions: [] };
  try {
    return new ArticleScan(input, cues).run();
  } catch {
    // The core never throws: an unforeseen text shape costs this article its lists, not the whole analysis.
    return { lists: [], statementMentions: [] };
  }
}

// ---------------------------------------------------------------------------------------------
// Phrases as folded word sequences.

interface PhraseNode<T> {
  next?: Map<string, PhraseNode<T>>;
  values?: T[];
}

/** A phrase found in the text: tokens [start, end). */
interface Hit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** Phrases as sequences of folded words; a phrase may only span spaces, hyphens and apostrophes. */
class PhraseTrie<T> {
  private readonly root: PhraseNode<T> = {};
  maxLength = 0;

  add(phrase: string, value: T): void {
    const words = tokenize(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w.folded);
      if (!child) {
        child = {};
        node.next.set(w.folded, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.maxLength = Math.max(this.maxLength, words.length);
  }

  /** The longest phrase starting at token i and ending before `limit`. */
  longestAt(scan: TokenView, i: number, limit: number): Hit<T> | undefined {
    let node: PhraseNode<T> | undefined = this.root;
    let best: Hit<T> | undefined;
    for (let k = i; k < limit && node; k++) {
      if (k > i && !scan.joined(k - 1)) break;
      node = node.next?.get(scan.folded(k));
      if (node?.values) best = { start: i, end: k + 1, value: node.values[0]! };
    }
    return best;
  }

  /** The longest phrase ending exactly at token `end` (exclusive) and starting at or after `floor`. */
  endingAt(scan: TokenView, end: number, floor: number): Hit<T> | undefined {
    for (let s = Math.max(floor, end - this.maxLength); s < end; s++) {
      const h = this.exact(scan, s, end);
      if (h) return h;
    }
    return undefined;
  }

  private exact(scan: TokenView, s: number, end: number): Hit<T> | undefined {
    let node: PhraseNode<T> | undefined = this.root;
    for (let k = s; k < end && node; k++) {
      if (k > s && !scan.joined(k - 1)) return undefined;
      node = node.next?.get(scan.folded(k));
    }
    return node?.values ? { start: s, end, value: node.values[0]! } : undefined;
  }
}

/** Read access to the article's tokens for the phrase matcher. */
interface TokenView {
  folded(k: number): string;
  /** True when token k and k+1 may belong to one phrase. */
  joined(k: number): boolean;
}

// ---------------------------------------------------------------------------------------------
// The lexicon compiled once per lexicon object.

interface VerbForm {
  readonly verb: SigningVerb;
  readonly participle: boolean;
  readonly plural?: boolean;
}

interface CompiledCues {
  readonly verbs: PhraseTrie<VerbForm>;
  /** Folded forms of the verbs by which one party alone issues or signs a text (`issuingVerbForms`). */
  readonly issuing: ReadonlySet<string>;
  readonly nouns: PhraseTrie<StatementNoun>;
  readonly nounModifiers: ReadonlySet<string>;
  readonly connectors: PhraseTrie<true>;
  readonly determiners: ReadonlySet<string>;
  readonly genitive: ReadonlySet<string>;
  readonly titleWords: ReadonlySet<string>;
  readonly approximators: PhraseTrie<true>;
  readonly exactMarkers: PhraseTrie<true>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly roundNouns: ReadonlyMap<string, number>;
  readonly units: ReadonlySet<string>;
  readonly inclusion: PhraseTrie<true>;
  readonly openEndings: PhraseTrie<true>;
  readonly auxiliaries: PhraseTrie<'plural' | 'singular'>;
  readonly bridge: PhraseTrie<true>;
  readonly passiveAdverbs: PhraseTrie<true>;
  readonly passiveComplements: ReadonlySet<string>;
  readonly jointAdverbs: PhraseTrie<true>;
  readonly separateAdverbs: PhraseTrie<true>;
  readonly negations: ReadonlySet<string>;
  readonly negative: PhraseTrie<string>;
  readonly subjectIntroducers: PhraseTrie<true>;
  readonly relativeIntroducers: PhraseTrie<true>;
  readonly signerNouns: PhraseTrie<SignerNoun>;
  readonly among: PhraseTrie<true>;
  readonly signedDocuments: ReadonlySet<string>;
  readonly agreementNouns: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly presenters: PhraseTrie<true>;
  readonly behalf: PhraseTrie<true>;
  readonly additive: PhraseTrie<true>;
  readonly dates: PhraseTrie<true>;
  readonly dateSuffixes: ReadonlySet<string>;
}

const compiledMemo = new WeakMap<object, CompiledCues>();

function compiledCues(lexicons: LexiconFiles): CompiledCues | undefined {
  const file = lexicons.get('signingCues');
  if (!file || typeof file !== 'object') return undefined;
  let c = compiledMemo.get(file);
  if (!c) {
    c = compile(file as SigningCuesFile);
    compiledMemo.set(file, c);
  }
  return c;
}

/**
 * The folded forms, of one word or two, of the verbs by which one party alone issues or signs a text ("publié",
 * "diffuse", "signée", "rendu public"): the verbs of `signingCues.json` that have a passive and do not join others.
 */
export function issuingVerbForms(lexicons: LexiconFiles): ReadonlySet<string> {
  return compiledCues(lexicons)?.issuing ?? new Set();
}

/** Participles and third-person forms of a regular -er verb: "signer" → signé(e)(s), signe, signent, signaient, signeront, signèrent. */
function inflectEr(lemma: string): { participles: string[]; finite: { form: string; plural: boolean }[] } {
  const stem = lemma.replace(/er$/u, '');
  if (stem === lemma) return { participles: [], finite: [] };
  return {
    participles: ['é', 'ée', 'és', 'ées'].map((s) => stem + s),
    finite: [
      { form: `${stem}e`, plural: false },
      { form: `${stem}ent`, plural: true },
      { form: `${stem}aient`, plural: true },
      { form: `${stem}eront`, plural: true },
      { form: `${stem}èrent`, plural: true },
    ],
  };
}

function wordSet(phrases: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const p of phrases ?? []) for (const t of tokenize(p)) out.add(t.folded);
  return out;
}

function difference(a: Set<string>, b: ReadonlySet<string>): Set<string> {
  for (const w of b) a.delete(w);
  return a;
}

function trieOf(phrases: readonly string[] | undefined): PhraseTrie<true> {
  const t = new PhraseTrie<true>();
  for (const p of phrases ?? []) t.add(p, true);
  return t;
}

function compile(f: SigningCuesFile): CompiledCues {
  const verbs = new PhraseTrie<VerbForm>();
  const issuing = new Set<string>();
  for (const verb of f.verbs ?? []) {
    const participles = [...(verb.participles ?? [])];
    const finite = [...(verb.finite ?? [])];
    if (verb.conjugation === 'er') {
      for (const lemma of verb.lemmas) {
        const forms = inflectEr(lemma);
        participles.push(...forms.participles);
        finite.push(...forms.finite);
      }
    }
    for (const p of participles) verbs.add(p, { verb, participle: true });
    for (const x of finite) verbs.add(x.form, { verb, participle: false, plural: x.plural });
    if (!verb.joining && verb.passive && (verb.role === 'issuer' || verb.role === 'signatory')) {
      for (const form of [...participles, ...finite.map((x) => x.form)]) issuing.add(tokenize(form).map((t) => t.folded).join(' '));
    }
  }
  const nouns = new PhraseTrie<StatementNoun>();
  for (const n of f.statementNouns ?? []) for (const form of n.forms) nouns.add(form, n);
  const auxiliaries = new PhraseTrie<'plural' | 'singular'>();
  for (const a of f.auxiliaries?.plural ?? []) auxiliaries.add(a, 'plural');
  for (const a of f.auxiliaries?.singular ?? []) auxiliaries.add(a, 'singular');
  const negative = new PhraseTrie<string>();
  for (const n of f.negativeCues ?? []) for (const form of n.forms) negative.add(form, n.id);
  const signerNouns = new PhraseTrie<SignerNoun>();
  for (const n of f.signerNouns ?? []) for (const form of n.forms) signerNouns.add(form, n);
  const numberMap = (r: Readonly<Record<string, number>> | undefined): Map<string, number> =>
    new Map(Object.entries(r ?? {}).map(([k, v]) => [fold(k), v]));
  return {
    verbs,
    issuing,
    nouns,
    nounModifiers: wordSet(f.nounModifiers),
    connectors: trieOf(f.connectors),
    determiners: wordSet(f.determiners),
    genitive: wordSet(f.genitiveDeterminers),
    // "et" inside "chefs d'État et de gouvernement" must stay a connector, never a title word.
    titleWords: difference(wordSet(f.titles), wordSet(f.connectors)),
    approximators: trieOf(f.totals?.approximators),
    exactMarkers: trieOf(f.totals?.exactMarkers),
    numbers: numberMap(f.totals?.numberWords),
    roundNouns: numberMap(f.totals?.roundNouns),
    units: wordSet(f.totals?.units),
    inclusion: trieOf(f.totals?.inclusion),
    openEndings: trieOf(f.openEndings),
    auxiliaries,
    bridge: trieOf(f.bridgeWords),
    passiveAdverbs: trieOf(f.passiveAdverbs),
    passiveComplements: wordSet(f.passiveComplements),
    jointAdverbs: trieOf(f.jointAdverbs),
    separateAdverbs: trieOf(f.separateAdverbs),
    negations: wordSet(f.negations),
    negative,
    subjectIntroducers: trieOf(f.subjectIntroducers),
    relativeIntroducers: trieOf(f.relativeIntroducers),
    signerNouns,
    among: trieOf(f.amongWords),
    signedDocuments: wordSet(f.signedDocuments),
    agreementNouns: wordSet(f.agreementNouns),
    personTitles: wordSet(f.personTitles),
    presenters: trieOf(f.presenters),
    behalf: trieOf(f.behalfPhrases),
    additive: trieOf(f.additiveIntroducers),
    dates: trieOf(f.dateWords),
    dateSuffixes: wordSet(f.dateSuffixes),
  };
}

// ---------------------------------------------------------------------------------------------
// The scan of one article.

/** A member candidate: a country or organisation mention over tokens [t0, t1). */
interface MemberRef {
  readonly mention: Mention;
  readonly t0: number;
  readonly t1: number;
}

/** A run of members joined by connectors, with the words that lead into it. */
interface Region {
  readonly members: MemberRef[];
  /** First token of the region, after extending back over determiners and titles. */
  readonly lead: number;
  /** One past the last member. */
  readonly end: number;
  /** Others counted but not named inside the run: "…, du Royaume-Uni et d'une quarantaine d'autres pays, ainsi que …". */
  readonly others?: Total;
}

interface Total {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** "près de 50", "une quarantaine": the text gives the number as an estimate. */
  readonly approximate: boolean;
}

/** The decision that a region is a list of signatories. */
interface Attachment {
  readonly verb?: SigningVerb;
  readonly cue: string;
  readonly role: SignatoryRole;
  readonly partial: boolean;
  readonly total?: Total;
  readonly noun?: Hit<StatementNoun>;
  /** First token of the list's span (a stated total may precede the members). */
  readonly spanStart: number;
  /** A member named outside the run: the subject who signed "avec ses homologues de …". */
  readonly subject?: MemberRef;
}

// Characters allowed between two words of one list: spaces, commas, apostrophes, hyphens, slashes.
const LIST_GAP = /^[\s\u00a0\u202f,'’ʼ\-‐‑/]*$/u;
// Relative pronouns that open a clause about the member before them.
const RELATIVE = /^(qui|dont|lequel|laquelle|lesquels|lesquelles)$/u;
// The metadata line some articles start with, sometimes followed by the body on the same line.
const HEADER = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*/u;
// Characters that open a clause before a subject.
// What opens an enumeration after its total: a colon, a dash, a bracket.
const OPENS_LIST = /[:—–([]/u;
const CLAUSE_BREAK = /[,;:«»"“”(—–\n]/u;

class ArticleScan implements TokenView {
  private readonly tokens: readonly Token[];
  private readonly cover: Int32Array;
  private readonly mentionEnd: Int32Array;
  private readonly mentions: readonly Mention[];
  private readonly nounHits: Hit<StatementNoun>[] = [];
  /** Where the body starts after a ` date YYYY-MM` header on the first line: the header ends a clause. */
  private readonly headerEnd: number;

  constructor(
    private readonly input: SignatoryInput,
    private readonly cues: CompiledCues,
  ) {
    this.tokens = input.tokens ?? tokenize(input.text);
    this.headerEnd = HEADER.exec(input.text)?.[0].length ?? -1;
    this.mentions = input.mentions;
    this.cover = new Int32Array(this.tokens.length).fill(-1);
    this.mentionEnd = new Int32Array(this.tokens.length).fill(-1);
    // Mentions come from the same tokenizer, so they start and end on token boundaries; any other mention is ignored.
    input.mentions.forEach((m, idx) => {
      const t0 = this.firstTokenAtOrAfter(m.start);
      const last = this.firstTokenAtOrAfter(m.end) - 1;
      if (this.tokens[t0]?.start !== m.start || this.tokens[last]?.end !== m.end || last < t0) return;
      for (let k = t0; k <= last; k++) this.cover[k] = idx;
      this.mentionEnd[t0] = last + 1;
    });
  }

  folded(k: number): string {
    return this.tokens[k]?.folded ?? '';
  }

  joined(k: number): boolean {
    const a = this.tokens[k];
    const b = this.tokens[k + 1];
    if (!a || !b) return false;
    const gap = this.input.text.slice(a.end, b.start);
    return gap.length <= 3 && /^[\s\u00a0\u202f\-‐‑’'ʼ]*$/u.test(gap);
  }

  /** The text from the start of token `a` to the start of token `b`. */
  private textBetween(a: number, b: number): string {
    const x = this.tokens[a];
    const y = this.tokens[b];
    return x && y ? this.input.text.slice(x.start, y.start) : '';
  }

  /** The text between token k-1 and token k. */
  private gapBefore(k: number): string {
    const a = this.tokens[k - 1];
    const b = this.tokens[k];
    return a && b ? this.input.text.slice(a.end, b.start) : '';
  }

  run(): SignatoryAnalysis {
    const lists: SignatoryList[] = [];
    const sentenceRanges = this.input.sentences.map((s) => this.tokenRange(s));
    // Statement nouns everywhere first: the lists and the relative dates need them.
    for (const [s0, s1] of sentenceRanges) {
      for (let k = s0; k < s1; k++) {
        const h = this.cues.nouns.longestAt(this, k, s1);
        if (!h) continue;
        // "a communiqué" is a verb, not a noun.
        if (this.cues.auxiliaries.endingAt(this, h.start, s0)) continue;
        this.nounHits.push(h);
        k = h.end - 1;
      }
    }
    const listSentences: number[] = [];
    sentenceRanges.forEach(([s0, s1], si) => {
      // "Outre les États-Unis, la déclaration a été signée par …": members named besides the clause's own list.
      let besides: Region | undefined;
      for (const whole of this.regions(s0, s1)) {
        let found = whole;
        let a = this.attach(found, s0, s1);
        // "publiée à Singapour, les ministres de la Défense du Japon, de … ont condamné": a complement ran into the list.
        for (const rest of a ? [] : this.titledRests(whole)) {
          a = this.attach(rest, s0, s1);
          if (a) {
            found = rest;
            break;
          }
        }
        if (!a) {
          if (this.isBesides(found, s0, s1)) besides = found;
          continue;
        }
        const region = besides ? { members: [...besides.members, ...found.members], lead: besides.lead, end: found.end } : found;
        besides = undefined;
        const members = distinctMembers(a.subject ? [a.subject, ...region.members] : region.members);
        const enough = members.length >= 2 || (members.length >= 1 && (a.total?.value ?? 0) >= 2);
        if (!enough) continue;
        // "diffusé par KCNA, le ministère nord-coréen des Affaires étrangères a accusé": two names set side by side by a
        // comma alone, with no total, are an apposition or two clauses, not a list.
        // "Les États-Unis, le Japon et leurs alliés": an open ending ends the enumeration.
        const open = this.cues.openEndings.longestAt(this, region.end, s1) ?? this.othersAt(region.end, s1);
        if (!a.subject && !a.total && !open && region.members.length === 2 && !this.joinedByConnector(region.members[0]!, region.members[1]!)) continue;
        lists.push(this.toList(region, a, members, s0, s1));
        listSentences.push(si);
      }
    });
    const withDates = lists.map((l, i) => this.withWhen(l, listSentences[i]!, sentenceRanges, listSentences[0]!));
    return { lists: withDates, statementMentions: this.statementMentions(lists) };
  }

  private tokenRange(s: Span): [number, number] {
    return [this.firstTokenAtOrAfter(s.start), this.firstTokenAtOrAfter(s.end)];
  }

  private firstTokenAtOrAfter(offset: number): number {
    return tokenIndexAtOrAfter(this.tokens, offset);
  }

  private mentionAt(k: number): MemberRef | undefined {
    const idx = this.cover[k]!;
    if (idx < 0 || this.mentionEnd[k]! < 0) return undefined;
    return { mention: this.mentions[idx]!, t0: k, t1: this.mentionEnd[k]! };
  }

  private isStateOrBody(m: Mention): boolean {
    return m.type === 'country' || m.type === 'organisation';
  }

  /** A demonym is a member only right after a title ("le secrétaire d'État américain") or coordinated with one that is. */
  private adjectiveIsMember(k: number, previous: MemberRef | undefined, sawSeparatorOnly: boolean): boolean {
    if (k > 0 && this.cues.titleWords.has(this.folded(k - 1)) && LIST_GAP.test(this.gapBefore(k)) && !/,/u.test(this.gapBefore(k))) return true;
    return previous?.mention.kind === 'adjective' && sawSeparatorOnly;
  }

  /** Runs of members in one sentence, each member joined to the next by a comma or a connector. */
  private regions(s0: number, s1: number): Region[] {
    const out: Region[] = [];
    let k = s0;
    while (k < s1) {
      const m = this.mentionAt(k);
      if (!m || !this.isStateOrBody(m.mention) || (m.mention.kind === 'adjective' && !this.adjectiveIsMember(k, undefined, false))) {
        k = m ? m.t1 : k + 1;
        continue;
      }
      const members = [m];
      let others: Total | undefined;
      for (;;) {
        const last = members[members.length - 1]!;
        // "… et d'une quarantaine d'autres pays, ainsi que l'UE": counted others, then the run goes on after a connector.
        const counted = others ? undefined : this.othersAt(last.t1, s1);
        const next = this.nextMember(counted ? { ...last, t1: counted.end } : last, s1);
        if (!next) break;
        if (counted) others = counted;
        members.push(next);
      }
      const end = members[members.length - 1]!.t1;
      out.push({ members, lead: this.leadOf(m.t0, s0), end, ...(others ? { others } : {}) });
      k = end;
    }
    return out;
  }

  /**
   * The tails of a region that restart after a comma with a titled noun phrase ("…, les ministres de la Défense du Japon,
   * de …"): the members before that comma may belong to another clause. Each tail keeps at least two members.
   */
  private titledRests(region: Region): Region[] {
    const out: Region[] = [];
    // "en marge d'une réunion de l'Otan, Séoul, Washington et Tokyo avaient exprimé": a complement's last word ran into a
    // list that opens the clause after its comma.
    const first = region.members[0]!;
    const second = region.members[1];
    let onlyDeterminers = second !== undefined && this.gapBefore(first.t1).includes(',');
    for (let k = first.t1; second && k < second.t0 && onlyDeterminers; k++) onlyDeterminers = this.cues.determiners.has(this.folded(k)) && !this.cues.genitive.has(this.folded(k));
    if (this.cues.genitive.has(this.folded(region.lead)) && region.members.length >= 3 && onlyDeterminers) {
      out.push({ members: region.members.slice(1), lead: first.t1, end: region.end, ...(region.others ? { others: region.others } : {}) });
    }
    for (let i = 1; i + 1 < region.members.length; i++) {
      const prev = region.members[i - 1]!;
      const cur = region.members[i]!;
      for (let k = prev.t1; k + 1 < cur.t0; k++) {
        if (!this.gapBefore(k).includes(',')) continue;
        if (!this.cues.determiners.has(this.folded(k)) || this.cues.genitive.has(this.folded(k))) break;
        if (this.cues.titleWords.has(this.folded(k + 1))) out.push({ members: region.members.slice(i), lead: k, end: region.end });
        break;
      }
    }
    return out;
  }

  /** A connector ("et", "ainsi que"), a hyphen or a slash stands between two members, not a comma alone. */
  private joinedByConnector(x: MemberRef, y: MemberRef): boolean {
    // "Washington-Séoul", "Séoul/Tokyo": a hyphen or a slash joins them too.
    const from = this.tokens[x.t1 - 1]?.end ?? 0;
    const to = this.tokens[y.t0]?.start ?? from;
    if (!/,/u.test(this.input.text.slice(from, to))) return true;
    for (let k = x.t1; k < y.t0; k++) if (this.cues.connectors.longestAt(this, k, y.t0)) return true;
    return false;
  }

  /** The member after `last` when only separators, determiners, titles and names sit between them. */
  private nextMember(last: MemberRef, s1: number): MemberRef | undefined {
    // "le Royal United Services Institute (RUSI) et …": the member's own acronym in brackets is part of the member.
    const acronym = this.bracketedSameEntity(last);
    const from = acronym ? acronym.t1 : last.t1;
    let separated = false;
    let titled = last.mention.kind === 'adjective';
    let words = 0;
    let capitals = 0;
    let onlySeparators = true;
    // "Cho Tae-yul (Corée du Sud), Takeshi Iwaya (Japon)": a member in brackets after its person closes its bracket.
    const bracketed = this.inBrackets(last);
    for (let k = from; k < s1 && words <= 16; ) {
      const gap = k === from && (acronym || bracketed) ? this.gapBefore(k).replace(/^\s*[)\]]/u, '') : this.gapBefore(k);
      // "La Lituanie, la Lettonie et l'Estonie — ainsi que l'Union européenne — ont …": a dash may open a connector.
      // "… [dont l'Allemagne, …, la Pologne] ainsi que l'Union européenne": a bracket may close before a connector too.
      const dashedConnector = k === from && /^\s*[–—)\]]\s*$/u.test(gap) && this.cues.connectors.longestAt(this, k, s1) !== undefined;
      // "…, Hanna Virkkunen (Norvège)": a name the base does not know, then its country in brackets.
      const next = this.mentionAt(k);
      if (/^\s*\(\s*$/u.test(gap) && separated && capitals > 0 && next && this.isStateOrBody(next.mention) && next.mention.kind !== 'adjective' && this.inBrackets(next)) return next;
      if (!LIST_GAP.test(gap) && !dashedConnector) return undefined;
      if (gap.includes(',') || gap.includes('/')) separated = true;
      const m = this.mentionAt(k);
      if (m && this.isStateOrBody(m.mention)) {
        const hyphenated = k === from && /^[-‐‑/]$/u.test(gap);
        if (!(separated || hyphenated)) return undefined;
        if (m.mention.kind === 'adjective' && !this.adjectiveIsMember(k, last, onlySeparators)) return undefined;
        return m;
      }
      if (m) {
        // A person named after a title ("le secrétaire d'État américain Antony Blinken") sits inside the list.
        if (m.mention.type !== 'person') return undefined;
        const state = this.stateInBracketsAfter(m);
        if (state && separated) return state;
        k = m.t1;
        words++;
        onlySeparators = false;
        continue;
      }
      // A relative clause between commas describes the member before it: "l'Italie, qui préside le G7, ainsi que …".
      if (gap.includes(',') && RELATIVE.test(this.folded(k))) {
        const after = this.relativeEnd(k, s1);
        if (after === undefined) return undefined;
        k = after;
        separated = false;
        continue;
      }
      const conn = this.cues.connectors.longestAt(this, k, s1);
      if (conn) {
        separated = true;
        k = conn.end;
        words += conn.end - conn.start;
        continue;
      }
      const w = this.folded(k);
      onlySeparators = false;
      if (this.cues.titleWords.has(w)) titled = true;
      else if (this.cues.determiners.has(w) || (w === 'par' && ['que', 'et'].includes(this.folded(k - 1)))) {
        // Articles and elisions: "d'Allemagne", "du Canada", "de l'UE"; the agent repeated: "ainsi que par le haut représentant".
      } else if (isCapitalised(this.tokens[k]!.text) && (titled || bracketed) && capitals < 4) capitals++;
      else return undefined;
      k++;
      words++;
    }
    return undefined;
  }

  /** The mention of the same entity right after `m` in brackets ("Institute (RUSI)"), when there is one. */
  private bracketedSameEntity(m: MemberRef): MemberRef | undefined {
    if (!/^\s*[([]$/u.test(this.gapBefore(m.t1))) return undefined;
    const inner = this.mentionAt(m.t1);
    if (!inner || inner.mention.entityId !== m.mention.entityId || !/^[)\]]/u.test(this.gapBefore(inner.t1))) return undefined;
    return inner;
  }

  /** A member alone in brackets: "(Corée du Sud)". */
  private inBrackets(m: MemberRef): boolean {
    return /\(\s*$/u.test(this.gapBefore(m.t0)) && /^\s*\)/u.test(this.gapBefore(m.t1));
  }

  /** The state or body in brackets right after a person: "Takeshi Iwaya (Japon)". */
  private stateInBracketsAfter(person: MemberRef): MemberRef | undefined {
    if (!/^\s*\(\s*$/u.test(this.gapBefore(person.t1))) return undefined;
    const m = this.mentionAt(person.t1);
    return m && this.isStateOrBody(m.mention) && m.mention.kind !== 'adjective' && this.inBrackets(m) ? m : undefined;
  }

  /** The token after a relative clause that closes with a comma within twelve words. */
  private relativeEnd(k: number, s1: number): number | undefined {
    for (let j = k + 1; j < s1 && j - k <= 12; j++) {
      const gap = this.gapBefore(j);
      // "…, dont les onze pays membres – les États-Unis, … – ont annoncé": a clause that opens a list of its own.
      if (/[;:«»"“”()—–]/u.test(gap)) return undefined;
      if (gap.includes(',')) return j;
    }
    return undefined;
  }

  /** Extends a region back over determiners and titles ("les ministres des Affaires étrangères d'…"). */
  private leadOf(first: number, s0: number): number {
    let k = first;
    const firstMember = this.mentionAt(first);
    const alone = firstMember !== undefined && this.inBrackets(firstMember);
    while (k > s0) {
      const w = this.folded(k - 1);
      // "Les ministres Cho Tae-yul (Corée du Sud), …": the person before the bracketed first member leads the list.
      const before = this.cover[k - 1]! >= 0 ? this.mentionAt(k - 1) : undefined;
      if (before && before.mention.type === 'person' && k === first && alone) {
        k = before.t0;
        continue;
      }
      // The same with a name the base does not know: capitalised words before the bracket.
      if (!before && k === first && alone && isCapitalised(this.tokens[k - 1]!.text)) {
        let j = k - 1;
        while (j > s0 && j > k - 4 && this.cover[j - 1]! < 0 && isCapitalised(this.tokens[j - 1]!.text) && /^[\s\u00a0'’\-‐‑]*$/u.test(this.gapBefore(j))) j--;
        k = j;
        continue;
      }
      if (this.cover[k - 1]! >= 0) break;
      if (!(this.cues.determiners.has(w) || this.cues.titleWords.has(w))) break;
      if (!/^[\s\u00a0\u202f'’ʼ\-‐‑]*$/u.test(this.gapBefore(k))) break;
      k--;
    }
    return k;
  }

  /** One past the words that may follow the last member before the verb: a title's rest and a person's name. */
  private tailOf(region: Region, s1: number): number {
    const last = region.members[region.members.length - 1]!;
    let k = region.end;
    const aside = this.namesAsideEnd(k, s1);
    if (aside !== undefined) return aside;
    let steps = 0;
    while (k < s1 && steps < 10) {
      const gap = this.gapBefore(k);
      if (!LIST_GAP.test(gap)) break;
      const m = this.mentionAt(k);
      if (m) {
        if (m.mention.type !== 'person') break;
        k = m.t1;
      } else {
        const w = this.folded(k);
        const titled = last.mention.kind === 'adjective';
        if (!titled || gap.includes(',')) break;
        if (!(this.cues.titleWords.has(w) || this.cues.determiners.has(w) || isCapitalised(this.tokens[k]!.text))) break;
        k++;
      }
      steps++;
    }
    return k;
  }

  /**
   * After a list, the members' people between dashes or brackets ("… sud-coréenne, japonaise et américaine – Cho Tae-yul,
   * Yoko Kamikawa et Antony Blinken – ont publié"): one past the aside when it holds only names, commas and "et".
   */
  private namesAsideEnd(k: number, s1: number): number | undefined {
    const open = this.gapBefore(k);
    if (!/^\s*[–—(]\s*$|^\s+[-‐‑]\s+$/u.test(open)) return undefined;
    const closing = /\(/u.test(open) ? /^\s*\)\s*$/u : /^\s*[–—]\s*$|^\s+[-‐‑]\s+$/u;
    let names = 0;
    for (let j = k; j < s1 && j - k <= 16; ) {
      if (j > k && closing.test(this.gapBefore(j))) return names > 0 ? j : undefined;
      if (j > k && !/^[\s\u00a0,'’\-‐‑]*$/u.test(this.gapBefore(j))) return undefined;
      const m = this.mentionAt(j);
      if (m) {
        if (m.mention.type !== 'person') return undefined;
        names++;
        j = m.t1;
      } else if (isCapitalised(this.tokens[j]!.text)) {
        // A name the base does not know.
        names++;
        j++;
      } else if (this.folded(j) === 'et') j++;
      else return undefined;
    }
    return undefined;
  }

  /** A stated total ending at token `end` ("près de 50 pays", "une cinquantaine d'États"). */
  /** "les onze pays membres de l'équipe": a total whose unit takes a complement before the list opens. */
  private totalBeforeComplement(end: number, s0: number): Total | undefined {
    for (let k = end - 1; k > s0 && end - k <= 5; k--) {
      if (k + 1 < end && !/^[\s\u00a0'’]*$/u.test(this.gapBefore(k + 1))) return undefined;
      if (['de', 'du', 'des', 'd'].includes(this.folded(k))) {
        const t = this.totalEndingAt(k, s0);
        if (t) return { ...t, end };
        if (this.cues.units.has(this.folded(k - 1))) return undefined;
      }
    }
    return undefined;
  }

  private totalEndingAt(end: number, s0: number): Total | undefined {
    let unit = end - 1;
    // "les onze États participants", "les quatre partenaires indo-pacifiques": up to two adjectives after the unit.
    for (let adjectives = 0; adjectives < 2 && unit - 1 >= s0 && !this.cues.units.has(this.folded(unit)); adjectives++) {
      const t = this.tokens[unit]!;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || this.cues.determiners.has(t.folded) || !/^[\s\u00a0\-‐‑]*$/u.test(this.gapBefore(unit))) return undefined;
      unit--;
    }
    if (unit < s0 || !this.cues.units.has(this.folded(unit))) return undefined;
    // "pays membres", "États signataires": two unit words, the number before the first.
    if (unit - 1 >= s0 && this.cues.units.has(this.folded(unit - 1))) unit--;
    let value: number | undefined;
    let approximate = false;
    let start = unit - 1;
    if (start < s0) return undefined;
    const w = this.folded(start);
    if (/^\d{1,4}$/u.test(w)) value = Number(w);
    else if (this.cues.numbers.has(w)) {
      // Compound numerals: "dix-sept", "vingt et un", "soixante-dix", "quatre-vingt-dix" are read word by word.
      const words: number[] = [this.cues.numbers.get(w)!];
      while (start - 1 >= s0) {
        const prev = this.folded(start - 1);
        if (this.cues.numbers.has(prev)) words.unshift(this.cues.numbers.get(prev)!);
        else if (prev === 'et' && start - 2 >= s0 && this.cues.numbers.has(this.folded(start - 2))) {
          // "vingt et un": "et" only between two number words.
        } else break;
        start--;
      }
      value = frenchNumeral(words);
    }
    else if ((w === 'de' || w === 'd') && start - 1 >= s0 && this.cues.roundNouns.has(this.folded(start - 1))) {
      value = this.cues.roundNouns.get(this.folded(start - 1));
      approximate = true;
      start -= 1;
      if (start - 1 >= s0 && /^une?$/u.test(this.folded(start - 1))) start -= 1;
    }
    if (value === undefined) return undefined;
    const approx = this.cues.approximators.endingAt(this, start, s0);
    const exact = approx ? undefined : this.cues.exactMarkers.endingAt(this, start, s0);
    if (approx) {
      start = approx.start;
      approximate = true;
    } else if (exact) start = exact.start;
    // "par les onze pays membres : …": the article belongs to the total, so "par" comes right before it.
    else if (start - 1 >= s0 && /^(les|ses|leurs|ces)$/u.test(this.folded(start - 1))) start -= 1;
    return { start, end, value, approximate };
  }

  private negativeBefore(k: number, s0: number): boolean {
    return this.cues.negative.endingAt(this, k, s0) !== undefined;
  }

  private negatedBefore(k: number, s0: number): boolean {
    for (let j = Math.max(s0, k - 5); j < k; j++) if (this.cues.negations.has(this.folded(j))) return true;
    return false;
  }

  /** Statement nouns within tokens [from, to), by binary search over the hits (they are in text order). */
  private nounsIn(from: number, to: number): Hit<StatementNoun>[] {
    const hits = this.nounHits;
    const lo = partitionPoint(hits, (h) => h.start < from);
    const out: Hit<StatementNoun>[] = [];
    for (let i = lo; i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
    return out;
  }

  private nounWithin(from: number, to: number): Hit<StatementNoun> | undefined {
    return this.nounsIn(from, to)[0];
  }

  /** Decides whether a region is a list of signatories, and by which cue. */
  private attach(region: Region, s0: number, s1: number): Attachment | undefined {
    let anchor = region.lead;
    let total: Total | undefined;
    const incl = this.cues.inclusion.endingAt(this, anchor, s0);
    const inclusionAt = incl && /^[\s\u00a0,:]*$/u.test(this.gapBefore(anchor)) ? incl : undefined;
    if (inclusionAt) {
      // "près de 50 pays, dont …", "une cinquantaine de délégations — parmi elles …".
      total = /^[\s\u00a0,:—–([]*$/u.test(this.gapBefore(inclusionAt.start)) ? this.totalEndingAt(inclusionAt.start, s0) : undefined;
      if (total) anchor = total.start;
    } else if (OPENS_LIST.test(this.gapBefore(anchor))) {
      // "les onze pays membres : …", "les onze pays membres de l'équipe — …", "(les États-Unis, …)": the total before the opening.
      total = this.totalEndingAt(anchor, s0) ?? this.totalBeforeComplement(anchor, s0);
      // "les ministres des Affaires étrangères de neuf pays — …": the title before the total heads the subject.
      if (total) anchor = this.leadOf(total.start, s0);
    }
    // "avec" after a signing verb joins counterparts; after anything else it names a party to a war or a talk.
    const counterparts = total ? undefined : this.withCounterparts(region, anchor, s0, s1);
    if (counterparts) return counterparts;
    if (this.negativeBefore(anchor, s0)) return undefined;
    // "Quatorze pays ont signé la déclaration : l'Allemagne, …": the colon opens the list of the total before it.
    const colon = !inclusionAt && !total && /:/u.test(this.gapBefore(anchor));
    const a = this.attachAt(region, anchor, total, inclusionAt, colon, s0, s1);
    // "…, soit trois pays au total": a total after the members restates their count.
    const restated = a && !a.total ? this.restatedTotal(region.end, s1) : undefined;
    if (a && restated) return { ...a, total: restated };
    // "les États-Unis et dix autres pays": the stated total is the named members plus the others.
    const others = a && !a.total ? (region.others ?? this.othersAt(region.end, s1)) : undefined;
    if (!a || !others) return a;
    const named = distinctMembers(region.members).length;
    return { ...a, partial: true, total: { start: others.start, end: others.end, value: named + others.value, approximate: others.approximate } };
  }

  private attachAt(region: Region, anchor: number, total: Total | undefined, inclusionAt: Hit<true> | undefined, colon: boolean, s0: number, s1: number): Attachment | undefined {
    return (
      this.passive(region, anchor, total, s0) ??
      this.apposition(region, anchor, total, s0) ??
      this.active(region, anchor, total, s0, s1) ??
      this.inverted(region, anchor, total, s0, s1) ??
      this.signerFrame(region, anchor, total, s0) ??
      (inclusionAt && !total ? this.distantTotal(region, inclusionAt.start, s0) : undefined) ??
      (colon ? this.distantTotal(region, anchor, s0) : undefined)
    );
  }

  /**
   * "La ministre canadienne des Affaires étrangères a cosigné avec ses homologues d'Australie, de France et du Japon une
   * déclaration …": the list follows "avec" after a signing verb, and the subject's own state signs too.
   */
  private withCounterparts(region: Region, anchor: number, s0: number, s1: number): Attachment | undefined {
    let q = anchor;
    if (q <= s0 || this.folded(q - 1) !== 'avec') return undefined;
    q--;
    const adverb = this.cues.passiveAdverbs.endingAt(this, q, s0) ?? this.cues.bridge.endingAt(this, q, s0);
    if (adverb) q = adverb.start;
    const verb = this.cues.verbs.endingAt(this, q, s0);
    if (!verb || !verb.value.verb.active || verb.value.verb.coalition || this.negatedBefore(verb.start, s0)) return undefined;
    // "le traité de défense mutuelle signé avec Moscou": a participle with no auxiliary qualifies a noun; no one in the
    // sentence signs with the one party named.
    if (verb.value.participle && region.members.length < 2) {
      let j = verb.start;
      const adverbBefore = this.cues.passiveAdverbs.endingAt(this, j, s0);
      if (adverbBefore) j = adverbBefore.start;
      if (!this.cues.auxiliaries.endingAt(this, j, s0)) return undefined;
    }
    const v = verb.value.verb;
    const noun = this.nounsIn(region.end, Math.min(s1, region.end + 12))[0] ?? this.nounsIn(Math.max(s0, verb.start - 12), verb.start).pop();
    if (v.needsStatement && !noun) return undefined;
    let subject: MemberRef | undefined;
    for (let k = s0; k < verb.start && !subject; k++) {
      const m = this.mentionAt(k);
      if (m && this.isStateOrBody(m.mention)) subject = m;
    }
    return { verb: v, cue: v.id, role: v.role, partial: Boolean(v.joining), ...(noun ? { noun } : {}), spanStart: anchor, ...(subject ? { subject } : {}) };
  }

  /** ", soit trois pays (au total)" right after the members: tokens [start, end) and the count. */
  private restatedTotal(k: number, s1: number): Total | undefined {
    if (this.folded(k) !== 'soit' || !this.gapBefore(k).includes(',')) return undefined;
    for (let end = k + 2; end <= Math.min(s1, k + 6); end++) {
      const t = this.totalEndingAt(end, k + 1);
      if (t) return { ...t, start: k };
    }
    return undefined;
  }

  /** "et dix autres pays" right after the members: so many unnamed members more. Tokens [start, end), value the number of others. */
  private othersAt(k: number, s1: number): Total | undefined {
    if (this.folded(k) !== 'et') return undefined;
    let j = k + 1;
    // "et de dix autres pays", "et d'une quarantaine d'autres pays": the genitive of the title before the list repeated.
    if (['de', 'd'].includes(this.folded(j))) j++;
    let value: number | undefined;
    let approximate = false;
    const round = ['un', 'une'].includes(this.folded(j)) ? this.cues.roundNouns.get(this.folded(j + 1)) : undefined;
    if (round !== undefined && ['de', 'd'].includes(this.folded(j + 2))) {
      // "une quarantaine d'autres pays": an estimate.
      value = round;
      approximate = true;
      j += 3;
    } else {
      const words: number[] = [];
      for (; j < s1 && words.length < 4; j++) {
        const w = this.folded(j);
        if (/^\d{1,4}$/u.test(w) && words.length === 0) words.push(Number(w));
        else if (this.cues.numbers.has(w)) words.push(this.cues.numbers.get(w)!);
        else if (!(w === 'et' && words.length > 0)) break;
      }
      if (words.length > 0) value = frenchNumeral(words);
    }
    if (value === undefined || j + 1 >= s1 || !/^autres?$/u.test(this.folded(j)) || !this.cues.units.has(this.folded(j + 1))) return undefined;
    return { start: k, end: j + 2, value, approximate };
  }

  /** A region introduced by "outre", "aux côtés de", closed by a comma, at the start of a clause: members besides the clause's list. */
  private isBesides(region: Region, s0: number, s1: number): boolean {
    const intro = this.cues.additive.endingAt(this, region.lead, s0);
    if (!intro || !/^[\s\u00a0'’]*$/u.test(this.gapBefore(region.lead))) return false;
    if (region.end >= s1 || !/^\s*,\s*$/u.test(this.gapBefore(region.end))) return false;
    return this.clauseStartsAt(intro.start, s0);
  }

  /**
   * A list named by a signer noun: "Les signataires – X, Y –", "Les signataires (X, Y)", "Les signataires sont X",
   * "Parmi les signataires (de la déclaration) figurent X", "Le texte porte la signature de X".
   */
  private signerFrame(region: Region, anchor: number, total: Total | undefined, s0: number): Attachment | undefined {
    // "porte la signature de onze gouvernements (Allemagne, …)": the genitive frame with a total before the list.
    const genitiveAt = this.cues.genitive.has(this.folded(anchor)) ? anchor : anchor - 1;
    if (total && genitiveAt > s0 && this.cues.genitive.has(this.folded(genitiveAt)) && /^[\s\u00a0'’]*$/u.test(this.gapBefore(genitiveAt + 1))) {
      const hit = this.cues.signerNouns.endingAt(this, genitiveAt, s0);
      if (!hit || !hit.value.frames.includes('genitive')) return undefined;
      const noun = this.nounsIn(s0, hit.start).filter((h) => hit.start - h.end <= 12).pop();
      if (hit.value.needsStatement && !noun && !this.wordWithin(this.cues.signedDocuments, s0, hit.start)) return undefined;
      return { cue: hit.value.id, role: 'signatory', partial: total.value > distinctMembers(region.members).length, total, ...(noun ? { noun } : {}), spanStart: anchor };
    }
    if (total || anchor <= s0) return undefined;
    const gap = this.gapBefore(anchor);
    const plain = (g: string): boolean => /^[\s\u00a0'’]*$/u.test(g);
    // Genitive: "la signature de l'Allemagne, du Canada": the list's lead is the genitive right after the noun.
    if (this.cues.genitive.has(this.folded(anchor)) && plain(gap)) {
      const hit = this.cues.signerNouns.endingAt(this, anchor, s0);
      if (!hit || !hit.value.frames.includes('genitive')) return undefined;
      // The statement must come before the signature ("Le texte porte la signature de"): a treaty's signature is no statement's.
      const noun = this.nounsIn(s0, hit.start).filter((h) => hit.start - h.end <= 12).pop();
      if (hit.value.needsStatement && !noun) return undefined;
      return { cue: hit.value.id, role: 'signatory', partial: false, ...(noun ? { noun } : {}), spanStart: anchor };
    }
    // Between the noun and the list: a dash, a parenthesis or a colon (apposition), or a presenting verb.
    const punct = /[–—(:]/u.test(gap) || /^\s+-\s+$/u.test(gap);
    let q = anchor;
    let presented = false;
    if (!punct) {
      if (!/^[\s\u00a0,]*$/u.test(gap)) return undefined;
      const p = this.cues.presenters.endingAt(this, q, s0);
      if (p) {
        presented = true;
        q = p.start;
        if (!/^[\s\u00a0,]*$/u.test(this.gapBefore(q))) return undefined;
      }
    }
    // "les signataires de la déclaration commune": the statement complement sits between the noun and what follows.
    const complement = this.nounsIn(Math.max(s0, q - 6), q).find((h) => h.end === q);
    if (complement) {
      q = complement.start;
      for (let n = 0; n < 2 && q > s0 && this.cues.determiners.has(this.folded(q - 1)); n++) q--;
    }
    const hit = this.cues.signerNouns.endingAt(this, q, s0);
    if (!hit) return undefined;
    let before = hit.start;
    if (!this.cues.among.endingAt(this, before, s0) && before > s0 && this.cues.determiners.has(this.folded(before - 1))) before--;
    const among = this.cues.among.endingAt(this, before, s0) !== undefined;
    if (among) {
      if (!hit.value.frames.includes('among')) return undefined;
      // "Parmi les signataires, X et Y …" needs no verb; the list is a subset of the signatories.
      if (!punct && !presented && !gap.includes(',')) return undefined;
      return { cue: hit.value.id, role: 'signatory', partial: true, spanStart: anchor };
    }
    if (!hit.value.frames.includes('apposition') || !(punct || presented)) return undefined;
    // "Les signataires – …" heads its clause; "les cibles des signataires : …" is about something else.
    const prev = hit.start > s0 ? this.folded(hit.start - 1) : '';
    if (this.cues.genitive.has(prev) || !this.clauseStartsAt(this.cues.determiners.has(prev) ? hit.start - 1 : hit.start, s0)) return undefined;
    return { cue: hit.value.id, role: 'signatory', partial: false, spanStart: anchor };
  }

  /** A word of the set among tokens [from, to): an agreement noun ("un traité"), a document named before ("Son rapport"). */
  private wordWithin(words: ReadonlySet<string>, from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (words.has(this.folded(j))) return true;
    return false;
  }

  /** "<participle> (également) par <list>": "cosigné par près de 50 pays, dont …". */
  private passive(region: Region, anchor: number, total: Total | undefined, s0: number): Attachment | undefined {
    const par = anchor - 1;
    if (par < s0 || this.folded(par) !== 'par' || !/^[\s\u00a0]*$/u.test(this.gapBefore(anchor))) return undefined;
    let q = par;
    let also = false;
    let jointly = false;
    // Adverbs and date words may sit between the participle and "par": "signée jeudi par", "cosigné également par".
    for (let n = 0; n < 3; n++) {
      const adv = this.cues.passiveAdverbs.endingAt(this, q, s0) ?? this.cues.dates.endingAt(this, q, s0);
      if (!adv) break;
      if (/^(egalement|aussi)$/u.test(this.folded(adv.start))) also = true;
      if (this.cues.jointAdverbs.endingAt(this, adv.end, adv.start)) jointly = true;
      q = adv.start;
    }
    const cue = this.cues.verbs.endingAt(this, q, s0) ?? this.participleBeforeComplement(q, s0);
    if (!cue || !cue.value.participle || !cue.value.verb.passive) return undefined;
    if (this.negatedBefore(cue.start, s0)) return undefined;
    const noun = this.nounsIn(Math.max(s0, cue.start - 20), cue.start).filter((h) => cue.start - h.end <= 15).pop();
    // "un rapport publié conjointement par X et Y": publishing jointly is issuing together, whatever the text is called;
    // so is a document published by a counted group of states ("un rapport publié jeudi par onze pays, dont …").
    const counted = total !== undefined && total.value >= 3 && this.wordWithin(this.cues.signedDocuments, s0, cue.start);
    if (cue.value.verb.needsStatement && !noun && !(jointly && region.members.length >= 2) && !counted) return undefined;
    // "le traité signé en juin par Moscou et Pyongyang": the parties to an agreement.
    if (cue.value.verb.role === 'signatory' && !cue.value.verb.joining && !noun && this.wordWithin(this.cues.agreementNouns, Math.max(s0, cue.start - 4), cue.start)) return undefined;
    // "également signée par", "a aussi été signé par": the adverb may also precede the participle.
    for (let j = Math.max(s0, cue.start - 3); j < cue.start; j++) if (/^(egalement|aussi)$/u.test(this.folded(j))) also = true;
    const partial = Boolean(cue.value.verb.joining) || also || (total !== undefined && total.value > region.members.length);
    return { verb: cue.value.verb, cue: cue.value.verb.id, role: cue.value.verb.role, partial, ...(total ? { total } : {}), ...(noun ? { noun } : {}), spanStart: anchor };
  }

  /**
   * The participle before a short time or place complement ending at `q`: "cosignée | en octobre à l'ONU | par".
   * The complement holds only its prepositions, month names, numbers and capitalised names, so no clause hides in it.
   */
  private participleBeforeComplement(q: number, s0: number): Hit<VerbForm> | undefined {
    let p = q;
    for (let n = 0; n < 6 && p > s0; n++) {
      if (!/^[\s\u00a0'’]*$/u.test(this.gapBefore(p))) return undefined;
      const w = this.tokens[p - 1]!;
      const filler = this.cues.passiveComplements.has(w.folded) || /^\d{1,4}$/u.test(w.text) || (isCapitalised(w.text) && p - 1 > s0);
      if (!filler) return undefined;
      p--;
      const cue = this.cues.verbs.endingAt(this, p, s0);
      // The complement must open with a preposition: "signé Paris par" is no French.
      if (cue?.value.participle && this.cues.passiveComplements.has(this.folded(p)) && !isCapitalised(this.tokens[p]!.text)) return cue;
    }
    return undefined;
  }

  /** "une déclaration commune des ministres de …", "le communiqué Séoul-Washington-Tokyo", "dans un communiqué conjoint le ministre …". */
  private apposition(region: Region, anchor: number, total: Total | undefined, s0: number): Attachment | undefined {
    // "une déclaration commune de quatorze pays, parmi lesquels …": a total is the genitive of a statement noun.
    if (total && !this.cues.genitive.has(this.folded(anchor - 1))) return undefined;
    const plain = (k: number): boolean => /^[\s\u00a0'’]*$/u.test(this.gapBefore(k));
    const partial = total !== undefined && total.value > region.members.length;
    // Between the noun and its issuers: modifiers and dates only ("communiqué conjoint de jeudi de …"), no punctuation.
    let q = anchor;
    for (let n = 0; n < 4 && q > s0 && plain(q); n++) {
      if (this.nounsIn(q - 4, q).some((h) => h.end === q)) break;
      const date = this.cues.dates.endingAt(this, q, s0);
      // "une déclaration commune au nom de 51 États": read on behalf of its signers; "une déclaration lue devant la
      // Conférence du désarmement au nom de 47 délégations": a short complement may stand between the noun and its signers.
      const behalf = this.cues.genitive.has(this.folded(q)) ? this.cues.behalf.endingAt(this, q, s0) : undefined;
      if (behalf) {
        const far = this.nounsIn(Math.max(s0, behalf.start - 10), behalf.start).filter((h) => !CLAUSE_BREAK.test(this.textBetween(h.end, behalf.start))).pop();
        if (far && far.end < behalf.start) return { cue: far.value.id, role: 'signatory', partial, ...(total ? { total } : {}), noun: far, spanStart: anchor };
      }
      if (date) q = date.start;
      else if (behalf) q = behalf.start;
      else if (this.cues.nounModifiers.has(this.folded(q - 1))) q--;
      else break;
    }
    if (!plain(q)) return undefined;
    const noun = this.nounsIn(Math.max(s0, q - 4), q).find((h) => h.end === q);
    if (!noun || noun.value.noGenitive) return undefined;
    // A generic noun right before bare names ("indique le communiqué la Russie …") needs a genitive or a hyphenated list.
    const lead = this.folded(region.lead);
    const bare = !this.cues.determiners.has(lead) && !this.cues.titleWords.has(lead);
    const second = region.members[1];
    if (!noun.value.joint && bare && !(second && /^[-‐‑/]$/u.test(this.gapBefore(second.t0)))) return undefined;
    return { cue: noun.value.id, role: 'issuer', partial, ...(total ? { total } : {}), noun, spanStart: anchor };
  }

  /** "<list> (ont) (fermement) <verb>": the list is the verb's subject. */
  private active(region: Region, anchor: number, total: Total | undefined, s0: number, s1: number): Attachment | undefined {
    // The members' people between dashes after the list; its closing dash may stand before the verb.
    const aside = this.namesAsideEnd(region.end, s1);
    let k = aside ?? this.tailOf(region, s1);
    // "… par l'Australie et la Nouvelle-Zélande, qui ont cosigné …": the list is the antecedent of the relative's subject.
    const relative = k < s1 && this.folded(k) === 'qui' && this.gapBefore(k).includes(',');
    if (!relative && !this.clauseStartsAt(anchor, s0)) return undefined;
    // A genitive lead is a complement ("les exercices de la Corée du Sud …"), unless "aux côtés du Japon, …" governs it.
    if (!total && this.cues.genitive.has(this.folded(anchor)) && !this.cues.additive.endingAt(this, anchor, s0)) return undefined;
    if (relative) k++;
    let partial = false;
    const open = this.cues.openEndings.longestAt(this, k, s1) ?? this.othersAt(k, s1);
    if (open && /^[\s\u00a0,]*$/u.test(this.gapBefore(k))) {
      partial = true;
      k = open.end;
    }
    let aux: 'plural' | 'singular' | undefined;
    let incise = false;
    const lastMember = region.members[region.members.length - 1]!;
    const dashInside = /[–—]/u.test(this.input.text.slice(this.tokens[region.members[0]!.t0]!.start, this.tokens[lastMember.t0]!.start));
    for (let steps = 0; k < s1 && steps < 8; steps++) {
      const gap = this.gapBefore(k);
      // The closing dash or bracket of "Quatre pays – le Royaume-Uni, …, les Pays-Bas – ont signé" may stand before the verb.
      const closes =
        steps === 0 &&
        (((total !== undefined || dashInside ? /^\s*[–—)\]]\s*$/u : /^\s*\)\s*$/u).test(gap) && (total !== undefined || dashInside || this.inBrackets(lastMember))) ||
          (k > region.end && aside === k));
      // "ont « fermement condamné »": quotation marks around the verb group, after the auxiliary.
      const quoted = aux !== undefined && /^[\s\u00a0«»“”"]*$/u.test(gap);
      if (!/^[\s\u00a0,'’\-‐‑]*$/u.test(gap) && !closes && !quoted) return undefined;
      const verb = this.cues.verbs.longestAt(this, k, s1);
      if (verb && (!verb.value.participle || aux)) return this.activeVerb(region, verb, aux, total, partial, anchor, s0, s1);
      const a = this.cues.auxiliaries.longestAt(this, k, s1);
      const b = this.cues.bridge.longestAt(this, k, s1) ?? this.cues.dates.longestAt(this, k, s1);
      // "ont à nouveau condamné", "ont à leur tour condamné": folded, "à" is the auxiliary "a"; the longer phrase wins.
      if (a && !(b && b.end > a.end)) {
        aux = a.value;
        k = a.end;
        continue;
      }
      if (b) {
        k = b.end;
        continue;
      }
      // One short incise between commas: "…, réunis à Rome, ont signé", "ont, dans un communiqué conjoint, dénoncé".
      if (!incise && gap.includes(',')) {
        const close = this.inciseEnd(k, s1);
        if (close === undefined) return undefined;
        incise = true;
        k = close;
        continue;
      }
      return undefined;
    }
    return undefined;
  }

  /** Between the subject and the verb, words that add this reaction to others' ("elles aussi", "de leur côté", "chacun"). */
  private alongOthers(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.cues.separateAdverbs.longestAt(this, k, to)) return true;
    return false;
  }

  /** "« … », ont déclaré <list> dans un communiqué": a verb of saying after a quotation, its subject after it. */
  private inverted(region: Region, anchor: number, total: Total | undefined, s0: number, s1: number): Attachment | undefined {
    if (total || this.cues.genitive.has(this.folded(anchor))) return undefined;
    let q = anchor;
    for (let n = 0; n < 2 && q > s0 && /^[\s\u00a0]*$/u.test(this.gapBefore(q)); n++) {
      const skip = this.cues.dates.endingAt(this, q, s0) ?? this.cues.bridge.endingAt(this, q, s0);
      if (!skip) break;
      q = skip.start;
    }
    if (!/^[\s\u00a0]*$/u.test(this.gapBefore(q))) return undefined;
    const verb = this.cues.verbs.endingAt(this, q, s0);
    if (!verb) return undefined;
    let v0 = verb.start;
    let plural = verb.value.plural === true;
    if (verb.value.participle) {
      const aux = this.cues.auxiliaries.endingAt(this, v0, s0);
      if (!aux) return undefined;
      plural = aux.value === 'plural';
      v0 = aux.start;
    }
    // "la déclaration, à laquelle se sont associés X et Y": after a relative pronoun that refers to a statement.
    const rel = this.cues.relativeIntroducers.endingAt(this, v0, s0);
    const antecedent = rel ? this.nounsIn(Math.max(s0, rel.start - 5), rel.start).find((h) => rel.start - h.end <= 1) : undefined;
    if (antecedent && verb.value.verb.active && (plural || !verb.value.verb.coalition)) {
      const v = verb.value.verb;
      return { verb: v, cue: v.id, role: v.role, partial: Boolean(v.joining), noun: antecedent, spanStart: anchor };
    }
    if (!verb.value.verb.inversion) return undefined;
    // Inversion happens after a quotation or an incise, never after a subject.
    if (!/[,»"”]/u.test(this.gapBefore(v0))) return undefined;
    if (!plural || region.members.length < 2) return undefined;
    const noun = this.nounWithin(this.tailOf(region, s1), Math.min(s1, region.end + 8));
    if (!noun) return undefined;
    const v = verb.value.verb;
    return { verb: v, cue: v.id, role: v.role, partial: false, noun, spanStart: anchor };
  }

  private activeVerb(region: Region, verb: Hit<VerbForm>, aux: 'plural' | 'singular' | undefined, total: Total | undefined, partial: boolean, anchor: number, s0: number, s1: number): Attachment | undefined {
    const v = verb.value.verb;
    if (!v.active) return undefined;
    const plural = aux ? aux === 'plural' : verb.value.plural === true;
    if (v.coalition && (!plural || (region.members.length < 2 && !total))) return undefined;
    // The statement follows the verb ("ont exigé dans une déclaration commune"), or opens the sentence before the subject
    // ("Dans une déclaration commune, X et Y ont exigé"); a noun that says the statement is joint only, since
    // "Selon le communiqué, la Russie et la Corée du Nord ont exigé" reports what others demand.
    const noun =
      this.nounWithin(verb.end, Math.min(s1, verb.end + 7)) ??
      // "ont adressé à la présidence en exercice de l'organisation une lettre commune": a joint noun as a farther object.
      this.nounsIn(verb.end, Math.min(s1, verb.end + 14)).find((h) => h.value.joint) ??
      // "ont exprimé leur « grave préoccupation » face à …, dans une déclaration commune": a joint statement later in the clause.
      // "…, dans leur première déclaration commune": up to two words between "dans" and the noun.
      this.nounsIn(verb.end, Math.min(s1, verb.end + 30)).find((h) => h.value.joint && [1, 2, 3].some((d) => this.folded(h.start - d) === 'dans')) ??
      this.nounsIn(s0, anchor).filter((h) => h.value.joint && anchor - h.end <= 8 && this.gapBefore(anchor).includes(',')).pop() ??
      // "… ont condamné dans une déclaration commune … Les ministres des Affaires étrangères d'Australie, du Canada, …, ainsi
      // que le haut représentant de l'UE, se disent « préoccupés »": ministers listed by their title, speaking with one
      // voice, speak for the joint statement the lines before announced.
      (v.coalition && this.titledLead(region) ? this.jointNounBefore(s0) : undefined);
    // "les ministres des Affaires étrangères d'Allemagne, du Canada, …, ont qualifié cette coopération de « menace »": the
    // ministers of three states at least, listed under their title, speak with one voice without a noun for it.
    const ministers = v.coalition && this.wordWithin(this.cues.personTitles, region.lead, region.members[0]!.t0) && distinctMembers(region.members).length >= 3;
    if (v.needsStatement && !noun && !ministers) return undefined;
    // "Moscou et Pyongyang ont signé en juin un traité": the parties to an agreement, not a statement's signatories.
    if (v.role === 'signatory' && !v.joining && !noun && this.wordWithin(this.cues.agreementNouns, verb.end, Math.min(s1, verb.end + 8))) return undefined;
    // "L'Otan et l'Union européenne ont, elles aussi, dénoncé une menace": reactions added to others' say nothing of one
    // voice, unless a joint text is named.
    // "Washington, Londres et Paris ont dénoncé séparément la signature": the same right after the verb.
    if (v.coalition && !noun && (this.alongOthers(region.end, verb.start) || this.cues.separateAdverbs.longestAt(this, verb.end, s1))) return undefined;
    return {
      verb: v,
      cue: v.id,
      role: v.role,
      partial: partial || Boolean(v.joining) || (total !== undefined && total.value > region.members.length),
      ...(total ? { total } : {}),
      ...(noun ? { noun } : {}),
      spanStart: anchor,
    };
  }

  /** The words that lead into the list hold a title ("Les ministres des Affaires étrangères de …"). */
  private titledLead(region: Region): boolean {
    for (let k = region.lead; k < region.members[0]!.t0; k++) {
      const w = this.folded(k);
      if (this.cues.titleWords.has(w) && !this.cues.determiners.has(w) && !this.cues.genitive.has(w)) return true;
    }
    return false;
  }

  /** The last joint statement noun within sixty words before token `s0`. */
  private jointNounBefore(s0: number): Hit<StatementNoun> | undefined {
    return this.nounsIn(Math.max(0, s0 - 60), s0).filter((h) => h.value.joint).pop();
  }

  /** The token after an incise that closes with a comma within ten words and names no state. */
  private inciseEnd(k: number, s1: number): number | undefined {
    for (let j = k; j < s1 && j - k < 10; j++) {
      // A capital may sit in the incise ("réunis à Canberra"), a named state may not: it would belong to the list. A body
      // may, after a participle that opens the incise ("réunis en marge d'une rencontre de l'OTAN").
      const m = this.mentionAt(j);
      const participial = j > k && /(?:é|ée|és|ées|is|ies|us|ues)$/u.test(this.tokens[k]!.text.toLowerCase());
      if (m && this.isStateOrBody(m.mention) && m.mention.kind !== 'metonym' && !(participial && m.mention.type === 'organisation')) return undefined;
      if (j > k && this.gapBefore(j).includes(',')) return j;
      if (/[;:«»"“”()]/u.test(this.gapBefore(j + 1))) return undefined;
    }
    return undefined;
  }

  /** A subject starts a sentence, follows punctuation, or follows a conjunction ("que", "et", "mais"). */
  private clauseStartsAt(k: number, s0: number): boolean {
    if (k <= s0 || this.tokens[k]?.start === this.headerEnd) return true;
    if (CLAUSE_BREAK.test(this.gapBefore(k))) return true;
    // "NEW YORK, 5 novembre (AFP) - Les gouvernements de …": a hyphen between spaces is a dash.
    if (/\s[-‐‑]\s/u.test(this.gapBefore(k))) return true;
    // "Outre les États-Unis, l'Allemagne et le Canada ont signé": the member besides heads the subject with the others.
    return this.cues.subjectIntroducers.endingAt(this, k, s0) !== undefined || this.cues.additive.endingAt(this, k, s0) !== undefined;
  }

  /** "Une cinquantaine de pays ont cosigné le texte, dont le Japon …": the total and its verb sit before the list. */
  private distantTotal(region: Region, inclusionStart: number, s0: number): Attachment | undefined {
    for (let end = inclusionStart; end > s0; end--) {
      const total = this.totalEndingAt(end, s0);
      if (!total || this.negativeBefore(total.start, s0)) continue;
      // Passive: "signé par près de 50 pays …, dont".
      const pass = this.passive(region, total.start, total, s0);
      if (pass) return { ...pass, partial: true, spanStart: region.lead };
      // Active: "près de 50 pays ont cosigné …, dont".
      for (let k = total.end, steps = 0; k < inclusionStart && steps < 4; steps++) {
        const verb = this.cues.verbs.longestAt(this, k, inclusionStart);
        if (verb && verb.value.verb.active && !verb.value.verb.coalition) {
          const v = verb.value.verb;
          if (v.needsStatement && !this.nounWithin(verb.end, inclusionStart)) break;
          return { verb: v, cue: v.id, role: v.role, partial: true, total, spanStart: region.lead };
        }
        const a = this.cues.auxiliaries.longestAt(this, k, inclusionStart) ?? this.cues.bridge.longestAt(this, k, inclusionStart);
        if (!a) break;
        k = a.end;
      }
    }
    return undefined;
  }

  private toList(region: Region, a: Attachment, members: MemberRef[], s0: number, s1: number): SignatoryList {
    const start = this.tokens[Math.min(a.spanStart, region.lead)]!.start;
    const end = this.tokens[region.end - 1]!.end;
    const noun = a.noun ?? this.nearestNoun(region, s0, s1);
    return {
      start,
      end,
      members: members.map(toSignatory),
      ...(a.total ? { statedTotal: a.total.value, ...(a.total.approximate ? { totalApproximate: true as const } : {}) } : {}),
      cue: a.cue,
      role: a.role,
      ...(a.partial ? { partial: true } : {}),
      ...(noun ? { statementNoun: this.spanText(noun.start, noun.end) } : {}),
    };
  }

  private nearestNoun(region: Region, s0: number, s1: number): Hit<StatementNoun> | undefined {
    let best: Hit<StatementNoun> | undefined;
    let bestDistance = Infinity;
    for (const h of this.nounsIn(s0, s1)) {
      const d = h.end <= region.lead ? region.lead - h.end : h.start - region.end;
      if (d >= 0 && d < bestDistance) {
        best = h;
        bestDistance = d;
      }
    }
    return best;
  }

  private spanText(t0: number, t1: number): SpanText {
    const start = this.tokens[t0]!.start;
    const end = this.tokens[t1 - 1]!.end;
    return { start, end, text: this.input.text.slice(start, end) };
  }

  /** The relative date of a list's statement: in its sentence, else in the nearest sentence naming a statement, else in the lead. */
  private withWhen(list: SignatoryList, sentence: number, ranges: readonly [number, number][], firstListSentence: number): SignatoryList {
    const inSentence = (si: number): SpanText | undefined => {
      const r = ranges[si];
      return r ? this.dateIn(r[0], r[1]) : undefined;
    };
    let when = inSentence(sentence);
    // Else the nearest sentence that names a statement, earlier first at equal distance, within a few sentences.
    for (let d = 1; !when && d <= 8; d++) {
      for (const si of [sentence - d, sentence + d]) {
        const r = ranges[si];
        if (!when && r && this.nounsIn(r[0], r[1]).length > 0) when = inSentence(si);
      }
    }
    // The lead of a news article dates the event it reports, before any list.
    for (let si = 0; !when && si < Math.min(2, firstListSentence + 1, ranges.length); si++) when = inSentence(si);
    return when ? { ...list, when } : list;
  }

  private dateIn(s0: number, s1: number): SpanText | undefined {
    for (let k = s0; k < s1; k++) {
      const h = this.cues.dates.longestAt(this, k, s1);
      if (!h) continue;
      let end = h.end;
      if (end < s1 && this.cues.dateSuffixes.has(this.folded(end)) && /^\s+$/u.test(this.gapBefore(end))) end++;
      return this.spanText(h.start, end);
    }
    return undefined;
  }

  /** Statement nouns that stand for a statement of the corpus, not "le communiqué de la marine". */
  private statementMentions(lists: readonly SignatoryList[]): StatementMention[] {
    const out: StatementMention[] = [];
    for (const h of this.nounHits) {
      const after = h.end;
      const owned = !h.value.joint && after < this.tokens.length && this.cues.genitive.has(this.folded(after)) && /^\s+$/u.test(this.gapBefore(after));
      if (owned) {
        const afterStart = this.tokens[after]!.start;
        const isList = lists.some((l) => l.start <= afterStart && afterStart < l.end);
        const isDate = this.cues.dates.longestAt(this, after + 1, this.tokens.length) !== undefined;
        if (!isList && !isDate) continue;
      }
      const st = this.spanText(h.start, h.end);
      out.push({ ...st, nounId: h.value.id, joint: h.value.joint });
    }
    return out;
  }
}

function distinctMembers(members: readonly MemberRef[]): MemberRef[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    if (seen.has(m.mention.entityId)) return false;
    seen.add(m.mention.entityId);
    return true;
  });
}

function toSignatory(m: MemberRef): Signatory {
  const kind: MentionKind = m.mention.kind;
  return { start: m.mention.start, end: m.mention.end, entityId: m.mention.entityId, kind };
}

/** The value of a French numeral given as its word values in order: "quatre vingt dix" is 4 × 20 + 10, "dix sept" 10 + 7. */
export function frenchNumeral(words: readonly number[]): number {
  let total = 0;
  let pending = 0;
  for (const w of words) {
    if ((w === 20 && pending === 4) || w === 100) {
      pending = (pending || 1) * w;
    } else {
      total += pending;
      pending = w;
    }
  }
  return total + pending;
}
