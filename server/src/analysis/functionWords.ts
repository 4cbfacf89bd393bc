import type { LexiconFiles } from './analysisContext';
import type { GrammaticalNumber } from './conjugation';
import { isObject, strings } from './conjugation';
import { SequenceIndex } from './wordSequences';

/** Closed-class words the attribution rules read, as folded sets. */
export interface FunctionWords {
  readonly subjectPronouns: ReadonlyMap<string, GrammaticalNumber>;
  readonly stressedPronouns: ReadonlyMap<string, GrammaticalNumber>;
  readonly vaguePronouns: ReadonlySet<string>;
  /** "cela", "ceci", "ça": a pronoun that takes up a fact, never a name however capitalised. */
  readonly demonstrativePronouns: ReadonlySet<string>;
  /** Words by which a line announces a sanctions list's entries ("Principales désignations :"). */
  readonly designationWords: ReadonlySet<string>;
  /** Nouns of an image or a recording ("vidéo", "cliché"): "On y voit …" after one describes it. */
  readonly imageNouns: ReadonlySet<string>;
  /** Rubrics over an opinion piece ("Tribune", "Chronique"): a quotation for its title is its author's. */
  readonly opinionRubrics: ReadonlySet<string>;
  /** Verbs whose "il" is impersonal ("Il aura fallu", "Il s'agit"). */
  readonly impersonalVerbs: ReadonlySet<string>;
  /** Nouns of someone's words ("la formule de X, « … »"). */
  readonly wordingNouns: ReadonlySet<string>;
  /** Participles of meeting people ("que nous avons rencontrés"). */
  readonly metParticiples: ReadonlySet<string>;
  readonly determiners: ReadonlyMap<string, GrammaticalNumber>;
  readonly avoir: ReadonlyMap<string, GrammaticalNumber>;
  readonly etre: ReadonlyMap<string, GrammaticalNumber>;
  readonly conditionalAuxiliaries: ReadonlySet<string>;
  readonly passiveParticiples: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly negationBefore: ReadonlySet<string>;
  readonly negationAfter: ReadonlySet<string>;
  readonly clitics: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly premodifiers: ReadonlySet<string>;
  /** Adjectives after which, following a determiner, a word is a noun, never a verb ("son propre chiffre"). */
  readonly nounAdjectives: ReadonlySet<string>;
  /** Determiners that pick some members of a class without saying which (des responsables, un officier). */
  readonly indefiniteDeterminers: ReadonlySet<string>;
  /** Demonstrative determiners (ce, cette, ces): the noun phrase points back. */
  readonly demonstratives: ReadonlySet<string>;
  /** Third-person possessive determiners (son, ses, leurs): the noun belongs to someone named before. */
  readonly possessives: ReadonlySet<string>;
  /** Determiners that may stand alone as a subject (certains affirment): they do not rule out a verb after them. */
  readonly pronominalDeterminers: ReadonlySet<string>;
  /** Nouns of duration: after a number they open a time phrase (Deux jours plus tôt, …). */
  readonly timeUnits: ReadonlySet<string>;
  /** Capitalised particles inside a name, as written (Yann Le Goff): matched on the word's text, not folded. */
  readonly nameParticles: ReadonlySet<string>;
  /** Nouns of people whose ending does not show it (cheminot, docker). */
  readonly personNouns: ReadonlySet<string>;
  /** Participles whose passive with "être" and an agent reports (est estimé à … par, a été démenti par). */
  readonly passiveReports: ReadonlySet<string>;
  /** Nouns of a person's kin and company (mère, voisin): after a possessive, someone unnamed. */
  readonly kinNouns: ReadonlySet<string>;
  /** Nouns of things with a person's ending (incident, arsenal, réacteur). */
  readonly notPersonNouns: ReadonlySet<string>;
  /** Two folded words whose first, a person noun elsewhere, names a state here ("membre permanent"). */
  readonly notPersonPhrases: ReadonlySet<string>;
  /** Nouns whose gender their ending does not show (homme, sœur, fille), as honorifics map theirs. */
  readonly nounGenders: ReadonlyMap<string, 'f' | 'm' | undefined>;
  /** Phrases opening a sentence that points back at the one before as what its source says ("c'est ce qu'"). */
  readonly cataphoricOpenings: SequenceIndex<true>;
  /** Phrases opening an explainer's title ("Ce que l'on sait"): such a title asserts nothing. */
  readonly explainerTitles: SequenceIndex<true>;
  /** Folded forms of the verbs by which someone is questioned ("interrogé", "questionne"). */
  readonly questioningForms: ReadonlySet<string>;
  /** Conjunctions that open a subordinate clause with its own subject ("tandis que", "lorsque"). */
  readonly subordinators: SequenceIndex<true>;
  /** Folded words that open an indirect question right after a verb of saying ("n'a pas précisé quels équipements"). */
  readonly indirectQuestionWords: ReadonlySet<string>;
  /** Folded notes that a name in brackets after it is not the person's own ("le prénom a été modifié"). */
  readonly pseudonymNotes: ReadonlySet<string>;
  /** Words that open a date (début, fin, mi, months, weekdays). */
  readonly dateWords: ReadonlySet<string>;
  /** Verbs that carry the infinitive of a verb of saying in its verb group ("veut croire que", "doit reconnaître que"). */
  readonly modalVerbs: ReadonlySet<string>;
  /** Verbs that carry an infinitive without changing who speaks (continuent de nier). */
  readonly aspectualVerbs: ReadonlySet<string>;
  /** Participles whose agent only saw or relayed a document (consulté par, obtenu par). */
  readonly mediumParticiples: ReadonlySet<string>;
  /** Their infinitives (que nous avons pu consulter). */
  readonly mediumInfinitives: ReadonlySet<string>;
  /** Nouns of a label or an inscription: a quotation right after one is nobody's speech. */
  readonly labelNouns: ReadonlySet<string>;
  /** Nouns a quoted name may follow, with or without "de" ("un traité de « … »", "l'exercice « … »"). */
  readonly titleNouns: ReadonlySet<string>;
  /** Words that open a relative clause on a thing ("dont", "où"), lower-case as written: folded, "où" would be "ou". */
  readonly thingRelatives: ReadonlySet<string>;
  /** First- and second-person pronouns (je, nous, vous): never a name. */
  readonly speakerPronouns: ReadonlySet<string>;
  /** A transcript's labels for whoever asks the questions (journaliste, animatrice), folded: their turns source nothing. */
  readonly interviewerLabels: ReadonlySet<string>;
  /** Prepositions whose complement may qualify a role (de, à, auprès, en, pour). */
  readonly qualifyingPrepositions: ReadonlySet<string>;
  /** Multi-word adverbials skipped like adverbs (de son côté, la semaine dernière). */
  readonly adverbialPhrases: SequenceIndex<true>;
  /** Capitalised titles before a name (M., Mme), with the gender they show. */
  /** Capitalised titles before a name, with the gender they show (undefined for "Me", "Dr"). */
  readonly honorifics: ReadonlyMap<string, 'f' | 'm' | undefined>;
  /** Folded month names and abbreviations ("juil") with the month's number. */
  readonly monthNumbers: ReadonlyMap<string, number>;
}

/** A role, body, collective or document noun that makes a noun phrase a source. */
export interface SourceNoun {
  readonly id: string;
  readonly kind: 'role' | 'institution' | 'collective' | 'statement' | 'document';
  /** What the noun may refer back to after a definite determiner ("le diplomate" → the diplomat named before). */
  readonly anaphora?: Anaphora;
  /** A person of this role whom the article does not name is a generic source ("un sénateur de la majorité"). */
  readonly unnamedVague?: boolean;
  /**
   * Trades among its forms, by form: the keys of the groups a form belongs to ("source:people#0"). A description refers
   * back to no one the article gave a trade of other groups only: "le procureur" is not the lawyer named before.
   */
  readonly trades?: ReadonlyMap<string, readonly string[]>;
}

/** What a definite description may refer back to: a source of one of `types` described by one of `roles` ("*": any). */
export interface Anaphora {
  readonly types: readonly ('person' | 'organisation' | 'country')[];
  readonly roles: ReadonlySet<string>;
  /** A source the article described with no role at all qualifies too. */
  readonly roleless: boolean;
  /** Only the singular refers back; the plural stays generic. */
  readonly singular?: true;
}

/** Reads an `anaphora` object of a lexicon entry; anything malformed reads as none. */
export function anaphoraOf(v: unknown): Anaphora | undefined {
  if (!isObject(v)) return undefined;
  const types = strings(v['types']).filter((t): t is 'person' | 'organisation' | 'country' => t === 'person' || t === 'organisation' || t === 'country');
  const roles = new Set(strings(v['roles']));
  if (types.length === 0 || roles.size === 0) return undefined;
  return { types, roles, roleless: v['roleless'] === true, ...(v['singular'] === true ? { singular: true as const } : {}) };
}

const wordsCache = new WeakMap<object, FunctionWords>();
const nounsCache = new WeakMap<object, SequenceIndex<SourceNoun>>();

/** A closed-class word: determiner, preposition, conjunction, pronoun, clitic, adverb or auxiliary. */
export function isFunctionWord(fw: FunctionWords, w: string): boolean {
  return fw.determiners.has(w) || fw.prepositions.has(w) || fw.conjunctions.has(w) || fw.subjectPronouns.has(w) || fw.clitics.has(w) || fw.adverbs.has(w) || fw.relativePronouns.has(w) || fw.avoir.has(w) || fw.etre.has(w);
}

/** Compiles `functionWords.json`, once per loaded object. */
export function functionWords(lexicons: LexiconFiles): FunctionWords {
  const file = lexicons.get('functionWords');
  if (!isObject(file)) return compileWords({});
  const hit = wordsCache.get(file);
  if (hit) return hit;
  const words = compileWords(file);
  wordsCache.set(file, words);
  return words;
}

/** The source-noun entry of a named medium's role ("l'agence officielle", "le quotidien"): a relay, not a voice. */
export const MEDIA_ROLE = 'source:media-named-role';

/** Ids of the source nouns that name a text (statements and documents), once per compiled index. */
const textNounsCache = new WeakMap<SequenceIndex<SourceNoun>, ReadonlySet<string>>();
export function textNounIds(nouns: SequenceIndex<SourceNoun>): ReadonlySet<string> {
  let ids = textNounsCache.get(nouns);
  if (!ids) {
    ids = new Set(nouns.values().filter((n) => n.kind === 'statement' || n.kind === 'document').map((n) => n.id));
    textNounsCache.set(nouns, ids);
  }
  return ids;
}

/** Compiles `sourceNouns.json`, once per loaded object. */
export function sourceNouns(lexicons: LexiconFiles): SequenceIndex<SourceNoun> {
  const file = lexicons.get('sourceNouns');
  if (!isObject(file)) return new SequenceIndex();
  const hit = nounsCache.get(file);
  if (hit) return hit;
  const index = new SequenceIndex<SourceNoun>();
  const entries = Array.isArray(file['entries']) ? file['entries'] : [];
  for (const e of entries) {
    if (!isObject(e) || typeof e['id'] !== 'string') continue;
    const k = e['kind'];
    const kind = k === 'institution' || k === 'collective' || k === 'statement' || k === 'document' ? k : 'role';
    const anaphora = anaphoraOf(e['anaphora']);
    const trades = tradeGroups(e['id'], e['tradeGroups']);
    const noun: SourceNoun = { id: e['id'], kind, ...(anaphora ? { anaphora } : {}), ...(e['unnamedVague'] === true ? { unnamedVague: true } : {}), ...(trades ? { trades } : {}) };
    for (const form of strings(e['forms'])) index.add(form, noun);
  }
  nounsCache.set(file, index);
  return index;
}

/** Each form's trade groups, keyed "<entry id>#<index>"; forms of no group are left out. */
function tradeGroups(id: string, v: unknown): ReadonlyMap<string, readonly string[]> | undefined {
  if (!Array.isArray(v)) return undefined;
  const byForm = new Map<string, string[]>();
  v.forEach((group, i) => {
    for (const form of strings(group)) {
      const keys = byForm.get(form) ?? [];
      keys.push(`${id}#${i}`);
      byForm.set(form, keys);
    }
  });
  return byForm.size > 0 ? byForm : undefined;
}

function phrases(v: unknown): SequenceIndex<true> {
  const index = new SequenceIndex<true>();
  for (const p of strings(v)) index.add(p, true);
  return index;
}

/** Honorifics and the gender each shows; "any" shows none. */
function honorificGenders(v: unknown): Map<string, 'f' | 'm' | undefined> {
  const out = new Map<string, 'f' | 'm' | undefined>();
  if (isObject(v)) for (const [w, g] of Object.entries(v)) if (g === 'f' || g === 'm' || g === 'any') out.set(w, g === 'any' ? undefined : g);
  return out;
}

function monthNumbers(v: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (isObject(v)) for (const [w, n] of Object.entries(v)) if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 12) out.set(w, n);
  return out;
}

function compileWords(file: Record<string, unknown>): FunctionWords {
  const set = (key: string): Set<string> => new Set(strings(file[key]));
  const numbered = (v: unknown): Map<string, GrammaticalNumber> => {
    const out = new Map<string, GrammaticalNumber>();
    if (isObject(v)) for (const [w, n] of Object.entries(v)) if (n === 's' || n === 'p') out.set(w, n);
    return out;
  };
  const aux = isObject(file['auxiliaries']) ? file['auxiliaries'] : {};
  return {
    subjectPronouns: numbered(file['subjectPronouns']),
    stressedPronouns: numbered(file['stressedPronouns']),
    vaguePronouns: set('vaguePronouns'),
    demonstrativePronouns: set('demonstrativePronouns'),
    designationWords: set('designationWords'),
    imageNouns: set('imageNouns'),
    opinionRubrics: set('opinionRubrics'),
    impersonalVerbs: set('impersonalVerbs'),
    wordingNouns: set('wordingNouns'),
    metParticiples: set('metParticiples'),
    determiners: numbered(file['determiners']),
    avoir: numbered(aux['avoir']),
    etre: numbered(aux['etre']),
    conditionalAuxiliaries: set('conditionalAuxiliaries'),
    passiveParticiples: set('passiveParticiples'),
    adverbs: set('adverbs'),
    negationBefore: set('negationBefore'),
    negationAfter: set('negationAfter'),
    clitics: set('clitics'),
    prepositions: set('prepositions'),
    clauseOpeners: set('clauseOpeners'),
    conjunctions: set('conjunctions'),
    relativePronouns: set('relativePronouns'),
    complementizers: set('complementizers'),
    premodifiers: set('premodifiers'),
    nounAdjectives: set('nounAdjectives'),
    indefiniteDeterminers: set('indefiniteDeterminers'),
    demonstratives: set('demonstratives'),
    possessives: set('possessives'),
    pronominalDeterminers: set('pronominalDeterminers'),
    timeUnits: set('timeUnits'),
    nameParticles: set('nameParticles'),
    personNouns: set('personNouns'),
    passiveReports: set('passiveReports'),
    kinNouns: set('kinNouns'),
    pseudonymNotes: set('pseudonymNotes'),
    notPersonNouns: set('notPersonNouns'),
    notPersonPhrases: set('notPersonPhrases'),
    nounGenders: honorificGenders(file['nounGenders']),
    cataphoricOpenings: phrases(file['cataphoricOpenings']),
    explainerTitles: phrases(file['explainerTitles']),
    questioningForms: set('questioningForms'),
    subordinators: phrases(file['subordinators']),
    indirectQuestionWords: set('indirectQuestionWords'),
    dateWords: set('dateWords'),
    modalVerbs: set('modalVerbs'),
    aspectualVerbs: set('aspectualVerbs'),
    mediumParticiples: set('mediumParticiples'),
    mediumInfinitives: set('mediumInfinitives'),
    labelNouns: set('labelNouns'),
    titleNouns: set('titleNouns'),
    thingRelatives: set('thingRelatives'),
    speakerPronouns: set('speakerPronouns'),
    interviewerLabels: set('interviewerLabels'),
    qualifyingPrepositions: set('qualifyingPrepositions'),
    adverbialPhrases: phrases(file['adverbialPhrases']),
    honorifics: honorificGenders(file['honorifics']),
    monthNumbers: monthNumbers(file['monthNumbers']),
  };
}
