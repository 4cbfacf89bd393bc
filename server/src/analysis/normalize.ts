import { partitionPoint } from './sortedSearch';

/** A word of the text with its offsets in the original string (UTF-16). */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly text: string;
  /** Lower-cased, accent-free form used for matching. */
  readonly folded: string;
}

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/** Lower-cases, strips diacritics and folds ligatures (œ → oe) so that "État", "Etat" and "ÉTAT" compare equal. */
export function fold(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const folded = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/** Folds a whole phrase: words folded, every run of separators (spaces, hyphens, apostrophes) made one space. */
export function foldPhrase(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.folded)
    .join(' ');
}

// Letters and digits only: hyphens and apostrophes separate words, so "Jong-un", "Jong Un" and "l’ONU"
// all become sequences of plain words and compare equal after folding.
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into words (letter/digit runs), keeping original offsets. Never throws. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], folded: fold(m[0]) });
  }
  return out;
}

/** The index of the first token starting at or after an offset (tokens.length past the last), by binary search. */
export function tokenIndexAtOrAfter(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens, (t) => t.start < offset);
}

/** True when the characters between two words may sit inside one name: spaces, hyphens, apostrophes, nothing else. */
export function isJoiner(gap: string): boolean {
  return gap.length <= 3 && /^[\s\u00a0\u202f\-‐‑’'ʼ]*$/u.test(gap) && gap.length > 0;
}

/** True when the word begins with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  // ASCII first, without a regular expression: this runs for nearly every word of every article.
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** True when every letter of the word is upper case and it has at least two letters ("DIA", "CSNU", "KN"). */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
}

/** Replaces typographic apostrophes and non-breaking spaces with plain ones, keeping every offset in place. */
export function flattenTypography(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f\u2007]/g, ' ');
}
