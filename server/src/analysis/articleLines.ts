import { isCapitalised } from './normalize';
import type { ArticleView } from './speakers';
import { MONTH_ABBREVIATIONS } from './sentences';

// The lines of an article that are not its body: headlines, section titles and bylines.

// A line without final punctuation and at most this many words is a headline: it restates the body, which carries the sources.
const HEADLINE_WORDS = 25;

/** A line of its own, with no final punctuation and few words: a headline or a section title. */
export function isHeadline(view: ArticleView, s: number, quoted = false): boolean {
  const sentence = view.sentences[s];
  const range = view.sentenceTokens[s];
  if (!sentence || !range || !isOwnLine(view, s)) return false;
  // With `quoted`, a line that is a quotation of its own ("“Une ligne rouge franchie”") counts too.
  const line = view.text.slice(sentence.start, sentence.end);
  return !/[.!?…:;»”")]\s*$/u.test(quoted ? line.replace(/[\s»”"]+$/u, '') : line) && range.end - range.first <= HEADLINE_WORDS;
}

/** Sentence s stands on a line of its own: nothing but blanks before it or after it on its line. */
export function isOwnLine(view: ArticleView, s: number): boolean {
  const sentence = view.sentences[s];
  if (!sentence || !opensLine(view, s)) return false;
  let lineEnd = view.text.indexOf('\n', sentence.end);
  if (lineEnd < 0) lineEnd = view.text.length;
  return view.text.slice(sentence.end, lineEnd).trim() === '';
}

/** Sentence s opens its line: nothing but blanks before it on its line. */
export function opensLine(view: ArticleView, s: number): boolean {
  const sentence = view.sentences[s];
  if (!sentence) return false;
  const lineStart = view.text.lastIndexOf('\n', sentence.start - 1) + 1;
  return view.text.slice(lineStart, sentence.start).trim() === '';
}

/**
 * A byline on a line of its own: "Par Léa Marchand, envoyée spéciale à Kiev", "De notre correspondant à Séoul", "Avec notre
 * correspondante à Séoul, …", "Propos recueillis par …". It says who wrote the article, and asserts nothing.
 */
export function isByline(view: ArticleView, s: number): boolean {
  const range = view.sentenceTokens[s]!;
  const first = view.tokens[range.first];
  const second = view.tokens[range.first + 1];
  if (!first || !second || range.end - range.first < 2) return false;
  if (first.text === 'Par' && isCapitalised(second.text)) return true;
  // "De notre envoyé spécial à Khasan", "Avec notre correspondante à Séoul, Camille Ferrand".
  if ((first.text === 'De' || first.text === 'Par' || first.text === 'Avec') && (second.folded === 'notre' || second.folded === 'nos')) return true;
  if (first.text === 'Propos' && second.folded === 'recueillis') return true;
  // "Claire Jourdan, envoyée spéciale à Séoul", "Marc Lefort, correspondant à Moscou": a name, then the reporter's post.
  if (!isCapitalised(first.text)) return false;
  for (let k = range.first + 1; k < range.end && k - range.first <= 4; k++) {
    const t = view.tokens[k]!;
    if (REPORTER_POSTS.has(t.folded) && /,\s*$/u.test(view.text.slice(view.tokens[k - 1]!.end, t.start))) return true;
  }
  return false;
}

const REPORTER_POSTS: ReadonlySet<string> = new Set(['envoye', 'envoyee', 'envoyes', 'envoyees', 'correspondant', 'correspondante', 'correspondants', 'correspondantes']);

/**
 * The first token of sentence tokens [first, end) after a live blog's time or a wire's dateline closed by a dash
 * ("14 h 05 – Le ministère …", "MOSCOU, 3 mars (AFP) - Le Kremlin …"), else `first`: the dateline names the place and
 * the agency, neither the subject nor the actor. With `bracketedAgency`, a dateline in mixed case whose agency stands
 * in brackets before the dash counts too ("Séoul, 12 mars (AFP) - Le procès …").
 */
export function afterDateline(view: ArticleView, first: number, end: number, bracketedAgency = false): number {
  const opener = view.tokens[first]?.text ?? '';
  const timeOrCapitals = /^\d/u.test(opener) || /^\p{Lu}{2,}/u.test(opener);
  for (let k = first; k < end - 1 && k - first < 10; k++) {
    const gap = view.text.slice(view.tokens[k]!.end, view.tokens[k + 1]!.start);
    // "SEOUL, 7 nov. (Yonhap) -- Le président …": a wire may write its dash double, and abbreviate its month.
    if (/\s(?:[-–—]|--)\s/u.test(gap) && (timeOrCapitals || (bracketedAgency && /\)\s*(?:[-–—]|--)/u.test(gap)))) return k + 1;
    if (/[.;:!?«»“”"]/u.test(MONTH_ABBREVIATIONS.has(view.tokens[k]!.folded) ? gap.replace(/^\./u, '') : gap)) break;
  }
  return first;
}
