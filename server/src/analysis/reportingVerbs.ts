import type { LexiconFiles } from './analysisContext';
import { compileParadigms, conjugate, foldWords, isObject, lemmaRest, numberOf, strings, type FormKey, type GrammaticalNumber } from './conjugation';
import { sequenceIndexOf, SequenceIndex } from './wordSequences';

/** Where a reporting verb counts: anywhere, only with a complement (que, colon, quotation) or in an incise, or only in an incise. */
export type VerbUsage = 'any' | 'complement' | 'incise';

/** A reporting verb of the lexicon. */
export interface ReportingVerb {
  /** Shown to the user: "verb:déclarer". */
  readonly id: string;
  readonly lemma: string;
  readonly usage: VerbUsage;
  /** Only with se/s' (s'inquiéter). */
  readonly pronominal: boolean;
  /** Folded words after the conjugated one ("mettre en garde" → ["en", "garde"]). */
  readonly rest: readonly string[];
  /** The subject passes on its object's words (citer): the one cited speaks. */
  readonly relay: boolean;
  /** Folded prepositions after which an infinitive is reported content: "a promis de livrer", "s'engage à fournir". */
  readonly infinitiveAfter: readonly string[];
  /** With a named subject, a noun-phrase object is reported content ("Le NIS évoque des transferts"). */
  readonly nounObject: boolean;
  /** A report only when the subject is a person or a described source, not a named state or body ("Le Kremlin s'appuie sur …"). */
  readonly describedSubjects: boolean;
  /** Only with the clitic "y" before it: "les enquêteurs y voient une manœuvre". */
  readonly withY: boolean;
  /** With "on" as its subject, the source is the text named before (« … », y lit-on). */
  readonly textSource: boolean;
  /** A report only when its subject is a text (le traité prévoit, le livre blanc désigne). */
  readonly documentSubjects: boolean;
  /** Negated, still a report of a position (n'exclut pas de …). */
  readonly negatedReports: boolean;
  /** A report only with one of these folded word sequences within twelve words after the verb (adopter des sanctions). */
  readonly objectWords?: SequenceIndex<true>;
  /** No report when one of these word sequences comes right after the verb: "relever de la" is to fall under, not to note. */
  readonly notFollowedBy?: SequenceIndex<true>;
}

/** What a folded word may be: a form of some reporting verb. */
export interface ReportingForm {
  readonly verb: ReportingVerb;
  readonly key: FormKey;
  readonly number?: GrammaticalNumber;
}

/** A prepositional cue that introduces a source: "selon", "d'après", "cité par", "de source". */
export interface SourceMarker {
  readonly id: string;
  /** apposition: only in a noun phrase set off by a comma that sums up the clause before ("…, un chiffre avancé par Kiev"). */
  readonly where: 'anywhere' | 'sentence-start' | 'apposition';
  readonly notFollowedBy: ReadonlySet<string>;
  /** Its phrase must end on a colon ("Réponse de Kiev : « … »"). */
  readonly colon?: true;
  readonly vague: boolean;
  /** It names a medium ("cité par KCNA"), a speaker only when the sentence names nobody else. */
  readonly relay: boolean;
  /** Nouns that must head the marker's phrase, whose complement then names the source ("dans un rapport du CSNU"). */
  readonly heads?: SequenceIndex<true>;
  /** The marker holds its source as an object pronoun of this number ("à l'en croire", "à les entendre"). */
  readonly pronoun?: 's' | 'p';
  /** The marker is a relative pronoun ("selon lequel"): its source is the body or person named right before its comma. */
  readonly relative?: true;
  /** With `relative`: only a person named right before the comma ("…, pour qui …"). */
  readonly personOnly?: true;
}

/** The reporting-verb lexicon compiled for matching. */
export interface ReportingLexicon {
  readonly forms: ReadonlyMap<string, readonly ReportingForm[]>;
  readonly ambiguous: ReadonlySet<string>;
  readonly markers: SequenceIndex<SourceMarker>;
  readonly verbCount: number;
  readonly formCount: number;
}

const cache = new WeakMap<object, { paradigms: unknown; lexicon: ReportingLexicon }>();

/** Compiles `reportingVerbs.json` with the paradigms of `conjugations.json`, once per loaded object. */
export function reportingLexicon(lexicons: LexiconFiles): ReportingLexicon {
  const file = lexicons.get('reportingVerbs');
  const paradigmsFile = lexicons.get('conjugations');
  if (!isObject(file)) return compile({}, paradigmsFile);
  const hit = cache.get(file);
  if (hit && hit.paradigms === paradigmsFile) return hit.lexicon;
  const lexicon = compile(file, paradigmsFile);
  cache.set(file, { paradigms: paradigmsFile, lexicon });
  return lexicon;
}

function compile(file: Record<string, unknown>, paradigmsFile: unknown): ReportingLexicon {
  const paradigms = compileParadigms(paradigmsFile);
  const forms = new Map<string, ReportingForm[]>();
  let verbCount = 0;
  let formCount = 0;
  const verbs = Array.isArray(file['verbs']) ? file['verbs'] : [];
  for (const v of verbs) {
    if (!isObject(v) || typeof v['lemma'] !== 'string' || typeof v['paradigm'] !== 'string') continue;
    const usage = v['usage'] === 'complement' || v['usage'] === 'incise' ? v['usage'] : 'any';
    const pronominal = v['pronominal'] === true;
    const verb: ReportingVerb = { id: `verb:${v['lemma']}${pronominal ? ' (pronominal)' : ''}`, lemma: v['lemma'], usage, pronominal, rest: lemmaRest(v['lemma']), relay: v['relay'] === true, infinitiveAfter: Array.isArray(v['infinitiveAfter']) ? v['infinitiveAfter'].filter((x): x is string => typeof x === 'string') : [], nounObject: v['nounObject'] === true, describedSubjects: v['describedSubjects'] === true, withY: v['withY'] === true, textSource: v['textSource'] === true, documentSubjects: v['documentSubjects'] === true, negatedReports: v['negatedReports'] === true, ...optional('objectWords', sequenceIndexOf(v['objectWords'])), ...optional('notFollowedBy', sequenceIndexOf(v['notFollowedBy'])) };
    verbCount++;
    for (const f of conjugate(v['lemma'], v['paradigm'], paradigms, v['extraForms'])) {
      const list = forms.get(f.form) ?? [];
      const n = numberOf(f.key);
      list.push(n ? { verb, key: f.key, number: n } : { verb, key: f.key });
      forms.set(f.form, list);
      formCount++;
    }
  }
  const markers = new SequenceIndex<SourceMarker>();
  const markerList = Array.isArray(file['markers']) ? file['markers'] : [];
  for (const m of markerList) {
    if (!isObject(m) || typeof m['id'] !== 'string') continue;
    const marker: SourceMarker = {
      id: m['id'],
      where: m['where'] === 'sentence-start' || m['where'] === 'apposition' ? m['where'] : 'anywhere',
      notFollowedBy: new Set(strings(m['notFollowedBy']).flatMap(foldWords)),
      vague: m['vague'] === true,
      ...optional<'colon', true>('colon', m['colon'] === true ? true : undefined),
      relay: m['relay'] === true,
      ...optional('heads', sequenceIndexOf(m['heads'])),
      ...optional<'pronoun', 's' | 'p'>('pronoun', m['pronoun'] === 's' || m['pronoun'] === 'p' ? m['pronoun'] : undefined),
      ...optional<'relative', true>('relative', m['relative'] === true ? true : undefined),
      ...optional<'personOnly', true>('personOnly', m['personOnly'] === true ? true : undefined),
    };
    for (const form of strings(m['forms'])) {
      markers.add(form, marker);
      // "de l'aveu de" is written "de l'aveu d'un responsable" before a vowel: the elided form is the same marker.
      if (/ de$/u.test(form)) markers.add(`${form.slice(0, -2)}d'`, marker);
    }
  }
  return { forms, ambiguous: new Set(strings(file['ambiguousForms']).flatMap(foldWords)), markers, verbCount, formCount };
}

/** `{ [key]: value }` when there is a value, else nothing: optional fields stay absent. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  const out: { [P in K]?: V } = {};
  if (value !== undefined) out[key] = value;
  return out;
}
