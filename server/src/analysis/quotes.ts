import type { Span } from './types';

/** A quotation found by its marks, before any speaker is known. */
export interface QuotationMarks extends Span {
  /** The quoted text without its marks, trimmed. */
  readonly inner: Span;
  /** The opening mark. */
  readonly mark: '«' | '“' | '"';
  /** False when no closing mark was found before the end of the line; the quotation then runs to it. */
  readonly closed: boolean;
}

const OPEN_CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”' };

/**
 * Finds quotations: « … » and “ … ” by their paired marks, straight double quotes paired in order within a line
 * (so the spaced form `" vive inquiétude "` works), a quotation left open running to the end of its line.
 * Quotations nested in another are not returned: the outer one carries the speaker. Never throws.
 */
export function findQuotations(text: string): QuotationMarks[] {
  const found: QuotationMarks[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    quotesInLine(text, lineStart, lineEnd, found);
    lineStart = lineEnd + 1;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep only outermost quotations.
  const out: QuotationMarks[] = [];
  for (const q of found) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}

function quotesInLine(text: string, from: number, to: number, out: QuotationMarks[]): void {
  for (const [open, close] of Object.entries(OPEN_CLOSE)) {
    const stack: number[] = [];
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === open) stack.push(i);
      else if (c === close && stack.length > 0) {
        const start = stack.pop()!;
        if (stack.length === 0) out.push(make(text, start, i + 1, open as '«' | '“', true));
      }
    }
    // An unclosed mark runs to the end of the line (a quotation continued in the next paragraph opens again there).
    const first = stack[0];
    if (first !== undefined) out.push(make(text, first, trimEnd(text, from, to), open as '«' | '“', false));
  }
  const straight: number[] = [];
  for (let i = from; i < to; i++) if (text[i] === '"') straight.push(i);
  for (let k = 0; k + 1 < straight.length; k += 2) out.push(make(text, straight[k]!, straight[k + 1]! + 1, '"', true));
  if (straight.length % 2 === 1) {
    const last = straight[straight.length - 1]!;
    // A lone straight quote opens a quotation only after a space and before a word; anything else (12", a closing mark) is ignored.
    const before = last > from ? text[last - 1] ?? ' ' : ' ';
    if (/[\s(\[’'—–-]/u.test(before) && /^\s?[\p{L}\p{N}]/u.test(text.slice(last + 1, last + 3))) out.push(make(text, last, trimEnd(text, from, to), '"', false));
  }
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1] ?? '')) end--;
  return end;
}

function make(text: string, start: number, end: number, mark: '«' | '“' | '"', closed: boolean): QuotationMarks {
  let a = start + 1;
  let b = closed ? end - 1 : end;
  while (a < b && /[\s\u00a0\u202f]/u.test(text[a] ?? '')) a++;
  while (b > a && /[\s\u00a0\u202f]/u.test(text[b - 1] ?? '')) b--;
  return { start, end, inner: { start: a, end: b }, mark, closed };
}
