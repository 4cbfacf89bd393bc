import { fold } from './normalize';

/** Inflection slots of a paradigm: tense.number for finite forms, pp (past participle), ppr (present participle). */
export type FormKey = 'pres.s' | 'pres.p' | 'impf.s' | 'impf.p' | 'ps.s' | 'ps.p' | 'fut.s' | 'fut.p' | 'cond.s' | 'cond.p' | 'pp' | 'ppr' | 'inf';

/** Grammatical number of a subject: singular or plural. */
export type GrammaticalNumber = 's' | 'p';

/** One generated form of a verb, folded for matching. */
export interface VerbForm {
  readonly form: string;
  readonly key: FormKey;
}

interface Paradigm {
  readonly strip: string;
  readonly endings: ReadonlyMap<FormKey, readonly string[]>;
}

/** Paradigms by name, compiled from `conjugations.json`. */
export type Paradigms = ReadonlyMap<string, Paradigm>;

const FORM_KEYS: readonly FormKey[] = ['pres.s', 'pres.p', 'impf.s', 'impf.p', 'ps.s', 'ps.p', 'fut.s', 'fut.p', 'cond.s', 'cond.p', 'pp', 'ppr'];
const compiled = new WeakMap<object, Paradigms>();
const EMPTY: Paradigms = new Map();

/** Compiles the paradigms of `conjugations.json` once per loaded object; anything malformed is skipped, never thrown. */
export function compileParadigms(file: unknown): Paradigms {
  if (!isObject(file)) return EMPTY;
  const cached = compiled.get(file);
  if (cached) return cached;
  const out = new Map<string, Paradigm>();
  const paradigms = file['paradigms'];
  if (isObject(paradigms)) {
    for (const [name, p] of Object.entries(paradigms)) {
      if (!isObject(p) || typeof p['strip'] !== 'string' || !isObject(p['endings'])) continue;
      const endings = new Map<FormKey, string[]>();
      for (const key of FORM_KEYS) endings.set(key, strings(p['endings'][key]));
      out.set(name, { strip: p['strip'], endings });
    }
  }
  compiled.set(file, out);
  return out;
}

/**
 * Every third-person form of a verb, folded. Only the first word of a multi-word lemma is conjugated
 * ("mettre en garde" → "met", "mis", …); the caller matches the remaining words.
 */
export function conjugate(lemma: string, paradigmName: string, paradigms: Paradigms, extra?: unknown): VerbForm[] {
  const head = lemma.trim().split(/\s+/u)[0] ?? '';
  const out: VerbForm[] = [{ form: foldWord(head), key: 'inf' }];
  const p = paradigms.get(paradigmName);
  if (p && head.endsWith(p.strip)) {
    const stem = head.slice(0, head.length - p.strip.length);
    for (const [key, endings] of p.endings) for (const e of endings) out.push({ form: foldWord(stem + e), key });
  }
  if (isObject(extra)) {
    for (const key of FORM_KEYS) for (const f of strings(extra[key])) out.push({ form: foldWord(f), key });
  }
  return out.filter((f) => f.form.length > 0);
}

/** The words after the first of a multi-word lemma, folded ("mettre en garde" → ["en", "garde"]). */
export function lemmaRest(lemma: string): string[] {
  return lemma.trim().split(/\s+/u).slice(1).flatMap(foldWords);
}

/** Number of a finite form key, if it has one. */
export function numberOf(key: FormKey): GrammaticalNumber | undefined {
  if (key.endsWith('.s')) return 's';
  if (key.endsWith('.p')) return 'p';
  return undefined;
}

/** Folds a phrase into the words the tokenizer would produce ("l'anonymat" → ["l", "anonymat"]). */
export function foldWords(phrase: string): string[] {
  return (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);
}

function foldWord(word: string): string {
  return foldWords(word).join('');
}

/** True for a plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The strings of an array, or none. */
export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
