import type { LexiconFiles } from './analysisContext';
import { compileParadigms, conjugate, foldWords, isObject, lemmaRest, strings, type FormKey } from './conjugation';
import type { Token } from './normalize';
import type { Mention } from './types';
import { sequenceIndexOf, SequenceIndex } from './wordSequences';

/** Kinds of contestable assertion. */
export type ClaimCategory = 'transfer' | 'use' | 'deployment' | 'violation' | 'accusation' | 'casualty' | 'provenance' | 'intention' | 'responsibility' | 'payment' | 'figure';

/** A claim cue of the lexicon. */
export interface ClaimCueEntry {
  /** "claim:livrer" */
  readonly id: string;
  readonly category: ClaimCategory;
  /** English phrase for the diagnostic's question: "delivered weapons". */
  readonly gloss: string;
  /** The same in French, a predicate in the third person singular: "a livré des armes". */
  readonly glossFr?: string;
  /** Object classes one of which must stand near the cue. */
  readonly requires: readonly string[];
  readonly window: number;
  /** Words after the conjugated one ("chercher à" → ["a"]). */
  readonly rest: readonly string[];
  /** The verb asserts only before an infinitive ("Moscou entend reprendre"). */
  readonly then?: 'infinitive';
  /** With se/s' before it the verb has another sense ("les soldats s'entraînent", "l'incident s'est produit"). */
  readonly notReflexive?: true;
  /** Folded word sequences that give the verb another sense right after it ("tire de son soutien des bénéfices"). */
  readonly notFollowedBy?: SequenceIndex<true>;
}

/** A cue found in a sentence: token range [first, end). */
export interface ClaimCueHit {
  readonly entry: ClaimCueEntry;
  readonly first: number;
  readonly end: number;
  /** In the conditional ("aurait livré", "fournirait"): the journalistic conditional reports someone else's claim. */
  readonly conditional: boolean;
  /** A conjugated verb ("ont frappé", "livre"), not a noun, a figure, an infinitive or a bare participle: the line is a clause. */
  readonly finite?: boolean;
}

/** The claim-cue lexicon compiled for matching. */
export interface CompiledClaimCues {
  readonly verbs: ReadonlyMap<string, readonly { entry: ClaimCueEntry; key: FormKey }[]>;
  readonly phrases: SequenceIndex<ClaimCueEntry>;
  readonly objects: SequenceIndex<string>;
  readonly hedges: ReadonlySet<string>;
  readonly numberWords: ReadonlySet<string>;
  readonly quantityNouns: ReadonlySet<string>;
  readonly legalTexts: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly figure: ClaimCueEntry;
  /** Every entry by id ("claim:livrer"). */
  readonly byId: ReadonlyMap<string, ClaimCueEntry>;
}

const CATEGORIES: readonly ClaimCategory[] = ['transfer', 'use', 'deployment', 'violation', 'accusation', 'casualty', 'provenance', 'intention', 'responsibility', 'payment', 'figure'];
const CONDITIONAL_AUX = new Set(['aurait', 'auraient', 'serait', 'seraient']);
// Auxiliaries that make a past participle a compound tense ("ont frappé", "a été livré") rather than an adjective ("missiles livrés").
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'ete']);
// Determiners before a written cardinal that refer back to things already counted ("les deux hommes").
const DEFINITE = new Set(['les', 'ces', 'leurs', 'ses', 'aux', 'nos', 'vos']);
const ARTICLES_NOT_CLITIC = new Set(['un', 'une', 'des', 'du', 'ces', 'ses', 'leurs', 'son', 'sa', 'cette', 'cet', 'ce']);
const DETERMINERS = new Set([...ARTICLES_NOT_CLITIC, 'le', 'la', 'l', 'les', 'de', 'd', 'leur', 'nos', 'vos', 'quelques', 'plusieurs', 'certains', 'certaines']);
const cache = new WeakMap<object, { paradigms: unknown; compiled: CompiledClaimCues }>();

/** Compiles `claimCues.json` (verbs conjugated with `conjugations.json`), once per loaded object. */
export function claimCues(lexicons: LexiconFiles): CompiledClaimCues {
  const file = lexicons.get('claimCues');
  const paradigmsFile = lexicons.get('conjugations');
  if (!isObject(file)) return compile({}, paradigmsFile);
  const hit = cache.get(file);
  if (hit && hit.paradigms === paradigmsFile) return hit.compiled;
  const compiled = compile(file, paradigmsFile);
  cache.set(file, { paradigms: paradigmsFile, compiled });
  return compiled;
}

function entryOf(e: Record<string, unknown>, rest: readonly string[]): ClaimCueEntry | undefined {
  if (typeof e['id'] !== 'string') return undefined;
  const category = CATEGORIES.find((c) => c === e['category']) ?? 'transfer';
  const window = typeof e['window'] === 'number' && e['window'] > 0 ? e['window'] : 12;
  const glossFr = typeof e['glossFr'] === 'string' ? { glossFr: e['glossFr'] } : {};
  const then = e['then'] === 'infinitive' ? { then: 'infinitive' as const } : {};
  const notReflexive = e['notReflexive'] === true ? { notReflexive: true as const } : {};
  const words = sequenceIndexOf(e['notFollowedBy']);
  const notFollowedBy = words ? { notFollowedBy: words } : {};
  return { id: e['id'], category, gloss: typeof e['gloss'] === 'string' ? e['gloss'] : 'asserted this', ...glossFr, requires: strings(e['requires']), window, rest, ...then, ...notReflexive, ...notFollowedBy };
}

function compile(file: Record<string, unknown>, paradigmsFile: unknown): CompiledClaimCues {
  const paradigms = compileParadigms(paradigmsFile);
  const verbs = new Map<string, { entry: ClaimCueEntry; key: FormKey }[]>();
  const byId = new Map<string, ClaimCueEntry>();
  for (const v of Array.isArray(file['verbs']) ? file['verbs'] : []) {
    if (!isObject(v) || typeof v['lemma'] !== 'string' || typeof v['paradigm'] !== 'string') continue;
    const entry = entryOf(v, lemmaRest(v['lemma']));
    if (!entry) continue;
    byId.set(entry.id, entry);
    for (const f of conjugate(v['lemma'], v['paradigm'], paradigms, v['extraForms'])) {
      const list = verbs.get(f.form) ?? [];
      list.push({ entry, key: f.key });
      verbs.set(f.form, list);
    }
  }
  const phrases = new SequenceIndex<ClaimCueEntry>();
  for (const p of Array.isArray(file['phrases']) ? file['phrases'] : []) {
    if (!isObject(p)) continue;
    const entry = entryOf(p, []);
    if (!entry) continue;
    byId.set(entry.id, entry);
    for (const form of strings(p['forms'])) phrases.add(form, entry);
  }
  const objects = new SequenceIndex<string>();
  const classes = isObject(file['objectClasses']) ? file['objectClasses'] : {};
  for (const [name, words] of Object.entries(classes)) for (const w of strings(words)) objects.add(w, name);
  const q = isObject(file['quantity']) ? file['quantity'] : {};
  const figure: ClaimCueEntry = {
    id: typeof q['id'] === 'string' ? q['id'] : 'claim:figure',
    category: 'figure',
    gloss: typeof q['gloss'] === 'string' ? q['gloss'] : 'gives this figure',
    ...(typeof q['glossFr'] === 'string' ? { glossFr: q['glossFr'] } : {}),
    requires: [],
    window: 0,
    rest: [],
  };
  byId.set(figure.id, figure);
  return {
    verbs,
    phrases,
    objects,
    hedges: new Set(strings(file['hedges']).flatMap(foldWords)),
    numberWords: new Set(strings(q['numberWords']).flatMap(foldWords)),
    quantityNouns: new Set(strings(q['nouns']).flatMap(foldWords)),
    legalTexts: new Set(strings(file['legalTexts']).flatMap(foldWords)),
    adverbs: new Set(strings(file['adverbs']).flatMap(foldWords)),
    figure,
    byId,
  };
}

/** What the claim finder reads of an article. */
export interface ClaimScope {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly tokenMention: Int32Array;
  readonly mentions: readonly Mention[];
}

/** Every claim cue in tokens [first, end) of a sentence, hedged ones left out. Never throws. */
export function findClaimCues(scope: ClaimScope, first: number, end: number, lex: CompiledClaimCues): ClaimCueHit[] {
  const out: ClaimCueHit[] = [];
  const legal = legalSubject(scope, first, end, lex);
  const covered = new Set<number>();
  const add = (hit: ClaimCueHit): void => {
    // "La résolution 2397 plafonne à 500 000 barils les livraisons …": a sentence about what a legal text says states its
    // terms; only a breach of it, or an accusation, is asserted.
    if (legal && hit.entry.category !== 'violation' && hit.entry.category !== 'accusation') return;
    for (let k = hit.first; k < hit.end; k++) if (covered.has(k)) return;
    for (let k = hit.first; k < hit.end; k++) covered.add(k);
    out.push(hit);
  };
  const t = scope.tokens;
  for (let k = first; k < end; k++) {
    let phrase = lex.phrases.longestAt(t, k, end);
    // Folding makes "frappé" and "frappe" one word: after an auxiliary it is the verb ("ont frappé"), not the noun.
    if (phrase && phrase.end - phrase.first === 1 && hasAuxiliary(t, k, first) && lex.verbs.get(t[k]!.folded)?.some((f) => f.key === 'pp')) phrase = undefined;
    if (phrase && requirementMet(scope, lex, phrase.value, phrase.first, phrase.end, first, end) && !hedged(scope, lex, phrase.first, first)) {
      add({ entry: phrase.value, first: phrase.first, end: phrase.end, conditional: false });
      k = phrase.end - 1;
      continue;
    }
    const forms = lex.verbs.get(t[k]!.folded);
    if (forms) {
      for (const f of forms) {
        let e = k + 1;
        let ok = true;
        // "s'appuie aussi sur": an adverb may stand before the rest of the lemma.
        if (f.entry.rest.length > 0 && lex.adverbs.has(t[e]?.folded ?? '') && t[e + 1]?.folded === f.entry.rest[0]) e++;
        for (const w of f.entry.rest) {
          if (t[e]?.folded !== w || e >= end) {
            ok = false;
            break;
          }
          e++;
        }
        // "L'accusé a plaidé": folded, "accusé" is also "accuse"; a written final é is a participle's, never a finite form's.
        if (f.key !== 'pp' && /é$/iu.test(t[k]!.text)) continue;
        // A present participle of intention describes ("des tentatives visant à …"); it does not assert an aim.
        if (f.key === 'ppr' && f.entry.category === 'intention') continue;
        // "des produits de la mer", "des données de ciblage": a bare participle right after a determiner is a noun.
        if (f.key === 'pp' && k - 1 >= first && DETERMINERS.has(t[k - 1]!.folded) && !hasAuxiliary(t, k, first)) continue;
        // "chargé de l'industrie des munitions": a participle before "de" and an article names a duty, not a load.
        if (/(?:é|ée|és|ées)$/u.test(t[k]!.text) && !hasAuxiliary(t, k, first) && ['de', 'du', 'des', 'd'].includes(t[k + 1]?.folded ?? '') && ['l', 'la', 'le', 'les'].includes(t[k + 2]?.folded ?? '')) continue;
        // "changé la donne", "une vente": after an article that cannot be an object pronoun, any form is a noun.
        if (k - 1 >= first && ARTICLES_NOT_CLITIC.has(t[k - 1]!.folded) && f.key !== 'pp') continue;
        if (f.entry.then === 'infinitive' && !infinitiveAt(t, e, end)) continue;
        if (f.entry.notReflexive && reflexiveBefore(t, k, first)) continue;
        if (f.entry.notFollowedBy?.longestAt(t, e, end)) continue;
        if (!ok || !requirementMet(scope, lex, f.entry, k, e, first, end) || hedged(scope, lex, k, first, f.key === 'inf') || negated(t, k, e, first, end)) continue;
        const conditional = f.key.startsWith('cond') || (f.key === 'pp' && auxiliaryIsConditional(t, k, first));
        const finite = f.key !== 'inf' && f.key !== 'ppr' && (f.key !== 'pp' || hasAuxiliary(t, k, first));
        add({ entry: f.entry, first: k, end: e, conditional, finite });
        break;
      }
    }
    const fig = figureAt(t, k, end, lex);
    if (fig > k) add({ entry: lex.figure, first: k, end: fig, conditional: false });
  }
  return out.sort((a, b) => a.first - b.first);
}

function hasAuxiliary(t: readonly Token[], k: number, first: number): boolean {
  for (let j = k - 1; j >= first && k - j <= 3; j--) if (AUXILIARIES.has(t[j]!.folded) || CONDITIONAL_AUX.has(t[j]!.folded)) return true;
  return false;
}

function auxiliaryIsConditional(t: readonly Token[], k: number, first: number): boolean {
  for (let j = k - 1; j >= first && k - j <= 4; j--) if (CONDITIONAL_AUX.has(t[j]!.folded)) return true;
  return false;
}

function requirementMet(scope: ClaimScope, lex: CompiledClaimCues, e: ClaimCueEntry, a: number, b: number, first: number, end: number): boolean {
  if (e.requires.length === 0) return true;
  const from = Math.max(first, a - e.window);
  const to = Math.min(end, b + e.window);
  for (let k = from; k < to; k++) {
    if (k >= a && k < b) continue;
    const m = scope.tokenMention[k] ?? -1;
    if (m >= 0 && scope.mentions[m]?.type === 'weapon' && e.requires.includes('military')) return true;
    // "actor": a state, body or person named before the cue ("Moscou entend reprendre …").
    const mention = m >= 0 ? scope.mentions[m] : undefined;
    if (mention && k < a && mention.kind !== 'adjective' && (mention.type === 'country' || mention.type === 'organisation' || mention.type === 'person') && e.requires.includes('actor')) return true;
    // "Les Nord-Coréens ont été engagés": a demonym noun names the people of a state, soldiers or workers here.
    if (m >= 0 && scope.mentions[m]?.kind === 'adjective' && /^\p{Lu}/u.test(scope.tokens[k]!.text) && k > first && e.requires.includes('personnel') && (k < a || k >= b)) return true;
    const o = lex.objects.longestAt(scope.tokens, k, to);
    if (o && e.requires.includes(o.value) && (o.first >= b || o.end <= a)) return true;
  }
  return false;
}

/** "les prétendus transferts", "un embargo interdisant l'exportation d'armes": the cue is mentioned, not asserted. */
function hedged(scope: ClaimScope, lex: CompiledClaimCues, a: number, first: number, infinitive = false): boolean {
  for (let k = a - 1; k >= first && a - k <= 5; k--) if (lex.hedges.has(scope.tokens[k]!.folded)) return true;
  // "pensé pour frapper Séoul": an infinitive of purpose describes what something is for.
  if (infinitive && a - 1 >= first && scope.tokens[a - 1]!.folded === 'pour') return true;
  // "ont interdit à la Corée du Nord d'exporter des armes": an infinitive governed by a hedge further back is not asserted either.
  if (infinitive && a - 1 >= first && ['de', 'd'].includes(scope.tokens[a - 1]!.folded)) {
    for (let k = a - 2; k >= first && a - k <= 12; k--) if (lex.hedges.has(scope.tokens[k]!.folded)) return true;
  }
  const next = scope.tokens[a + 1];
  return next !== undefined && lex.hedges.has(next.folded) && /^(?:potentiel|potentielle|potentiels|potentielles|presume|presumee|presumes|presumees|eventuel|eventuelle|eventuels|eventuelles)$/u.test(next.folded);
}

/** "ne livre aucune arme", "n'a jamais envoyé de soldats": a negated verb denies the fact; "ne livre que des obus" still asserts it. */
function negated(t: readonly Token[], a: number, b: number, first: number, end: number): boolean {
  let ne = false;
  for (let k = a - 1; k >= first && a - k <= 3; k--) if (t[k]!.folded === 'ne' || t[k]!.folded === 'n') ne = true;
  if (!ne) return false;
  for (let k = b; k < end && k - b < 4; k++) if (t[k]!.folded === 'que' || t[k]!.folded === 'qu') return false;
  return true;
}

/** One past the quantity noun of a figure starting at k ("plus de 1 000 conteneurs", "des dizaines de morts"), or k. */
function figureAt(t: readonly Token[], k: number, end: number, lex: CompiledClaimCues): number {
  const isNumber = (w: string): boolean => /^\d+$/u.test(w) || lex.numberWords.has(w);
  const w = t[k]?.folded ?? '';
  if (!isNumber(w)) return k;
  // Only the first word of a number counts, so "1 000" is one figure.
  if (k > 0 && isNumber(t[k - 1]!.folded)) return k;
  // "les deux hommes", "ces trois navires": a written cardinal after a definite determiner counts the ones already named.
  if (k > 0 && DEFINITE.has(t[k - 1]!.folded) && !/^\d/u.test(w) && !/(?:aine|aines|ier|iers|ion|ions|ard|ards)$/u.test(w)) return k;
  let j = k + 1;
  while (j < end && j - k < 4 && (isNumber(t[j]!.folded) || t[j]!.folded === 'de' || t[j]!.folded === 'd')) j++;
  if (j < end && lex.quantityNouns.has(t[j]!.folded)) return j + 1;
  return k;
}

/** se/s' before the verb at k, past a negation and an auxiliary of être ("s'entraînent", "ne s'est pas produit"). */
function reflexiveBefore(t: readonly Token[], k: number, first: number): boolean {
  let j = k - 1;
  if (j >= first && (AUXILIARIES.has(t[j]!.folded) || CONDITIONAL_AUX.has(t[j]!.folded))) j--;
  if (j >= first && ['ne', 'n'].includes(t[j]!.folded)) j--;
  return j >= first && ['se', 's'].includes(t[j]!.folded);
}

/** An infinitive at k, after an optional de, d' or à and a reflexive pronoun ("reprendre", "de perdre", "s'imposer"). */
function infinitiveAt(t: readonly Token[], k: number, end: number): boolean {
  let j = k;
  if (j < end && ['de', 'd', 'a'].includes(t[j]!.folded)) j++;
  if (j < end && ['se', 's'].includes(t[j]!.folded)) j++;
  const w = t[j]?.folded ?? '';
  return j < end && w.length > 3 && /(?:er|ir|re|oir)$/u.test(w);
}

/** The sentence opens on a legal text ("La résolution 2397 …", "Les sanctions de l'ONU …"). */
function legalSubject(scope: ClaimScope, first: number, end: number, lex: CompiledClaimCues): boolean {
  let k = first;
  while (k < end && k - first < 2 && DETERMINERS.has(scope.tokens[k]!.folded)) k++;
  return k < end && lex.legalTexts.has(scope.tokens[k]!.folded);
}
