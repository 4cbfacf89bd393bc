import type { Sentence } from './types';

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'st', 'ste', 'gén', 'gen', 'col', 'cf', 'etc', 'env', 'no', 'n°', 'av', 'p', 'vol', 'art']);

/** Splits an article into sentences, trimmed, with original offsets; repairs the segmenter's misses on abbreviations and initials. */
export function splitSentences(text: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const s = trimSpan(text, seg.index, seg.index + seg.segment.length);
    if (s) raw.push(s);
  }
  const merged: { start: number; end: number }[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged.map((s, index) => ({ start: s.start, end: s.end, index }));
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : undefined;
}

function shouldJoin(text: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const between = text.slice(prev.end, next.start);
  // A blank line or a line break always separates: headlines and paragraphs carry no final stop.
  if (between.includes('\n')) return false;
  const prevText = text.slice(prev.start, prev.end);
  const nextText = text.slice(next.start, next.end);
  const lastWord = /([\p{L}°]+)\.$/u.exec(prevText)?.[1];
  if (lastWord !== undefined) {
    // "M. Lavrov", "Mme Kallas", initials such as "J. Biden".
    if (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord)) return true;
  }
  // The segmenter sometimes cuts before a lower-case continuation.
  if (/^\p{Ll}/u.test(nextText)) return true;
  // A lone capitalised word cut off by a stray stop ("Kamikawa. Yoko.") belongs to the sentence before.
  if (/^\p{Lu}[\p{L}-]*\.?$/u.test(nextText) && nextText.length <= 20) return true;
  return false;
}

/** The sentence containing an offset, by binary search; undefined past the last sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
