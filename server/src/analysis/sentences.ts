import { fold } from './normalize';
import { partitionPoint } from './sortedSearch';
import type { Sentence } from './types';

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end a sentence.
// "etc." is left out: a lower-case word after it already joins, and "…, etc. Les …" ends a sentence.
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'st', 'ste', 'gén', 'gen', 'col', 'cf', 'av']);
// Abbreviations that stand before a number ("art. 4", "vol. 2", "p. 12", "env. 300"): elsewhere they are words ("explosé en
// vol. Des analystes …", "… de l'art. Le …").
const NUMBERED_ABBREVIATIONS = new Set(['env', 'no', 'n°', 'p', 'vol', 'art']);

/** Splits an article into sentences, trimmed, with original offsets; repairs the segmenter's misses on abbreviations and initials. */
export function splitSentences(text: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const [from, to] of chunks(text)) {
    for (const seg of segmenter.segment(text.slice(from, to))) {
      const s = trimSpan(text, from + seg.index, from + seg.index + seg.segment.length);
      if (!s) continue;
      // The segmenter cuts "… pas. » Le ministre" before the closing mark: give the mark back to its sentence.
      const closing = /^[»”)\]]+/u.exec(text.slice(s.start, s.start + 4))?.[0];
      const prev = raw[raw.length - 1];
      if (closing && prev && !text.slice(prev.end, s.start).includes('\n')) {
        prev.end = s.start + closing.length;
        const rest = trimSpan(text, s.start + closing.length, s.end);
        if (rest) raw.push(rest);
        continue;
      }
      raw.push(s);
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged.map((s, index) => ({ start: s.start, end: s.end, index }));
}

// Intl.Segmenter slows down quadratically on long strings (about 15 s for one 1 MB line here), so it is given one
// paragraph at a time, and a paragraph longer than CHUNK is cut after a full stop (or a space) near that length.
const CHUNK = 4000;

function* chunks(text: string): Generator<[number, number]> {
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    while (end - pos > CHUNK) {
      const window = text.slice(pos + CHUNK / 2, pos + CHUNK);
      const stop = window.lastIndexOf('. ');
      const space = window.lastIndexOf(' ');
      const cut = pos + CHUNK / 2 + (stop >= 0 ? stop + 2 : space >= 0 ? space + 1 : window.length);
      yield [pos, cut];
      pos = cut;
    }
    yield [pos, end];
    pos = end;
  }
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Months as wires abbreviate them before a stop ("7 nov.", "12 janv."), folded: the abbreviated keys of `monthNumbers` in
 * `functionWords.json`, here because cutting sentences reads no lexicon.
 */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['janv', 'jan', 'fevr', 'fev', 'avr', 'juil', 'sept', 'sep', 'oct', 'nov', 'dec']);

function shouldJoin(text: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const between = text.slice(prev.end, next.start);
  // A blank line or a line break always separates: headlines and paragraphs carry no final stop.
  if (between.includes('\n')) return false;
  // Only the edges matter; slicing whole sentences would make long merged runs quadratic.
  const prevText = text.slice(Math.max(prev.start, prev.end - 40), prev.end);
  const nextText = text.slice(next.start, Math.min(next.end, next.start + 40));
  // A closing quotation mark or bracket cut off after ". »" belongs to the sentence it closes.
  if (/^[»”"’)\]\s.,;:!?…]+$/u.test(text.slice(next.start, Math.min(next.end, next.start + 12))) && next.end - next.start <= 12) return true;
  const lastWord = /([\p{L}°]+)\.$/u.exec(prevText)?.[1];
  if (lastWord !== undefined) {
    // "M. Lavrov", "Mme Kallas", initials such as "J. Biden".
    // "de 240 mm. Les cargaisons …": after a number, "mm" is millimetres, not "MM." (messieurs).
    const unit = lastWord === 'mm' && /\d[\s\u00a0\u202f]*mm\.$/u.test(prevText);
    if ((ABBREVIATIONS.has(lastWord.toLowerCase()) && !unit) || /^\p{Lu}$/u.test(lastWord)) return true;
    if (NUMBERED_ABBREVIATIONS.has(lastWord.toLowerCase()) && /^\d/u.test(nextText)) return true;
    // "SEOUL, 7 nov. (Yonhap) -- …": a wire's abbreviated month before its agency or year.
    if (MONTH_ABBREVIATIONS.has(fold(lastWord)) && /^[(\d]/u.test(nextText)) return true;
  }
  // The segmenter sometimes cuts before a lower-case continuation, or after "? »" before the incise that names the
  // speaker ("« Que reçoit-il en retour ? », lance le chercheur").
  // "« … à Moscou ! » : c'est avec ce message …": a colon goes on with the sentence too.
  if (/^[\p{Ll},;:]/u.test(nextText)) return true;
  // A lone capitalised word cut off by a stray stop after a name ("Kamikawa. Yoko.") belongs to the sentence before.
  if (next.end - next.start <= 20 && /^\p{Lu}[\p{L}-]*\.?$/u.test(nextText) && /\p{Lu}[\p{Ll}-]+\.$/u.test(prevText)) return true;
  return false;
}

/** The sentence containing an offset, by binary search; undefined past the last sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const s = sentences[partitionPoint(sentences, (x) => x.end <= offset)];
  return s && s.start <= offset ? s : undefined;
}

/** A sentence that asks (ends on its question mark): it asserts nothing, and in an interview it is the journalist's. */
export function isQuestion(text: string, sentence: Sentence): boolean {
  return text.charCodeAt(sentence.end - 1) === 63; // '?'
}
