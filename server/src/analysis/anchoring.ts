import type { TextPositionSelector, TextQuoteSelector, TextSelector } from './annotationTypes';
import type { Span } from './types';

/** How an annotation found its place again: at its recorded offsets, by its quote and context, or approximately. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where an annotation anchors in the current text. */
export interface AnchorResult extends Span {
  readonly method: AnchorMethod;
}

/** Characters of context kept on each side of the exact text. */
export const CONTEXT_LENGTH = 32;
/** Longest exact text searched approximately; longer quotes must match exactly. */
const FUZZY_MAX_PATTERN = 256;
/** How far around the recorded position the approximate search looks. */
const FUZZY_WINDOW = 2048;

/** The W3C selectors (quote with prefix/suffix, and position) of a span of a text. */
export function selectorsFor(text: string, span: Span, context = CONTEXT_LENGTH): [TextQuoteSelector, TextPositionSelector] {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The quote selector of a list, if any. */
export function quoteSelector(selectors: readonly TextSelector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/** The position selector of a list, if any. */
export function positionSelector(selectors: readonly TextSelector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/**
 * Finds an annotation's place in the current text: the recorded position when the quote and its context are still
 * there, else the occurrence of the quote whose context agrees best, else a bounded approximate match near the
 * recorded position. Undefined when nothing fits: the caller reports the annotation, never drops it.
 */
export function anchor(text: string, selectors: readonly TextSelector[]): AnchorResult | undefined {
  const quote = quoteSelector(selectors);
  const pos = positionSelector(selectors);
  if (!quote) {
    // A position alone cannot be checked against the text; trust it while it is in range.
    return pos && pos.end <= text.length && pos.start <= pos.end ? { start: pos.start, end: pos.end, method: 'position' } : undefined;
  }
  if (quote.exact.length === 0) return undefined;
  const origin = pos?.start ?? 0;
  if (pos && text.slice(pos.start, pos.end) === quote.exact && contextScore(text, pos.start, pos.end, quote) === quote.prefix.length + quote.suffix.length) {
    return { start: pos.start, end: pos.end, method: 'position' };
  }
  const byQuote = bestOccurrence(text, quote, origin);
  const method = (span: Span): AnchorMethod => (span.start === pos?.start ? 'position' : 'quote');
  // Half the recorded context still in place is strong evidence; less, and an edited copy of the quote near its
  // old place with a better context may be the real one.
  const available = quote.prefix.length + quote.suffix.length;
  if (byQuote && byQuote.score * 2 >= available) return { ...byQuote.span, method: method(byQuote.span) };
  const fuzzy = approximateMatch(text, quote, origin);
  if (fuzzy && (!byQuote || fuzzy.score > byQuote.score)) return { ...fuzzy.span, method: fuzzy.errors === 0 ? method(fuzzy.span) : 'fuzzy' };
  // A lone occurrence is the place; among several, one whose context agrees in nothing is a guess, not an anchor.
  if (byQuote && (byQuote.count === 1 || byQuote.score > 0)) return { ...byQuote.span, method: method(byQuote.span) };
  return undefined;
}

/** How many characters of the recorded prefix and suffix still surround a candidate span. */
export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let before = 0;
  while (before < quote.prefix.length && start - before - 1 >= 0 && text[start - before - 1] === quote.prefix[quote.prefix.length - before - 1]) before++;
  let after = 0;
  while (after < quote.suffix.length && end + after < text.length && text[end + after] === quote.suffix[after]) after++;
  return before + after;
}

interface Candidate {
  readonly span: Span;
  readonly score: number;
  readonly distance: number;
}

function bestOccurrence(text: string, quote: TextQuoteSelector, origin: number): (Candidate & { readonly count: number }) | undefined {
  let best: Candidate | undefined;
  let count = 0;
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
    count++;
    const span = { start: i, end: i + quote.exact.length };
    const score = contextScore(text, span.start, span.end, quote);
    const distance = Math.abs(i - origin);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { span, score, distance };
  }
  return best ? { ...best, count } : undefined;
}

/**
 * Approximate substring search (Sellers' algorithm) of the quote near its recorded place, allowing one edit in
 * five characters; among matches the best context wins, then the fewest edits, then the nearest.
 * Bounded in pattern length and window so that a stale annotation costs at most a few million steps.
 */
function approximateMatch(text: string, quote: TextQuoteSelector, origin: number): (Candidate & { readonly errors: number }) | undefined {
  const pattern = quote.exact;
  const m = pattern.length;
  if (m < 4 || m > FUZZY_MAX_PATTERN) return undefined;
  const maxErrors = Math.max(1, Math.floor(m / 5));
  const from = Math.max(0, origin - FUZZY_WINDOW);
  const to = Math.min(text.length, origin + m + FUZZY_WINDOW);
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curCost = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevCost[i] = i;
    prevStart[i] = from;
  }
  let best: (Candidate & { errors: number }) | undefined;
  for (let j = from; j < to; j++) {
    const c = text[j];
    curCost[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let cost = prevCost[i - 1]! + (pattern[i - 1] === c ? 0 : 1);
      let start = prevStart[i - 1]!;
      if (prevCost[i]! + 1 < cost) {
        cost = prevCost[i]! + 1;
        start = prevStart[i]!;
      }
      if (curCost[i - 1]! + 1 < cost) {
        cost = curCost[i - 1]! + 1;
        start = curStart[i - 1]!;
      }
      curCost[i] = cost;
      curStart[i] = start;
    }
    const errors = curCost[m]!;
    if (errors <= maxErrors && curStart[m]! < j + 1) {
      const span = { start: curStart[m]!, end: j + 1 };
      const score = contextScore(text, span.start, span.end, quote);
      const distance = Math.abs(span.start - origin);
      if (!best || score > best.score || (score === best.score && (errors < best.errors || (errors === best.errors && distance < best.distance)))) {
        best = { span, errors, score, distance };
      }
    }
    [prevCost, curCost] = [curCost, prevCost];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}
