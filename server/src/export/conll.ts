import type { DocumentAnalysis } from '../analysis/analyseDocument';
import type { Mention, Span } from '../analysis/types';

/** A token of the CoNLL export with its offsets. */
export interface ConllToken extends Span {
  readonly text: string;
}

// Words keep inner hyphens and apostrophes ("nord-coréens", "Hwasong-11"); every other mark is a token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
// French elisions are split after the apostrophe, as French treebanks do ("l’ONU" → "l’" "ONU").
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/iu;

/**
 * The CoNLL-2003 label of a mention: countries and places are LOC, organisations ORG, people PER, the rest MISC;
 * demonyms are MISC, as nationalities are in CoNLL-2003.
 */
export function conllLabel(m: Mention): string {
  if (m.kind === 'adjective') return 'MISC';
  switch (m.type) {
    case 'country':
    case 'place':
      return 'LOC';
    case 'organisation':
      return 'ORG';
    case 'person':
      return 'PER';
    default:
      return 'MISC';
  }
}

/** Splits a text into tokens, cutting also at mention boundaries so that every mention is a run of whole tokens. */
export function conllTokens(text: string, span: Span, mentions: readonly Mention[]): ConllToken[] {
  const cuts = new Set<number>();
  for (const m of mentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const out: ConllToken[] = [];
  const piece = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(piece); m !== null; m = TOKEN.exec(piece)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    const bounds = [start];
    const elided = ELISION.exec(m[0]);
    if (elided && elided[0].length < m[0].length) bounds.push(start + elided[0].length);
    for (let i = start + 1; i < end; i++) if (cuts.has(i)) bounds.push(i);
    bounds.push(end);
    const sorted = [...new Set(bounds)].sort((a, b) => a - b);
    for (let k = 0; k + 1 < sorted.length; k++) out.push({ start: sorted[k]!, end: sorted[k + 1]!, text: text.slice(sorted[k], sorted[k + 1]) });
  }
  return out;
}

/**
 * One article in CoNLL-2003 style: `-DOCSTART-`, then one token a line (`token _ _ BIO-label`), a blank line
 * between sentences. Pure.
 */
export function conllDocument(text: string, analysis: DocumentAnalysis): string {
  const lines = ['-DOCSTART- -X- -X- O', ''];
  const mentions = analysis.mentions;
  let mi = 0;
  const sentences = analysis.sentences.length > 0 ? analysis.sentences : [{ start: 0, end: text.length, index: 0 }];
  for (const s of sentences) {
    const tokens = conllTokens(text, s, mentions);
    if (tokens.length === 0) continue;
    for (const tok of tokens) {
      while (mi < mentions.length && mentions[mi]!.end <= tok.start) mi++;
      const m = mentions[mi];
      const inside = m && m.start <= tok.start && tok.end <= m.end;
      const label = inside ? `${m.start === tok.start ? 'B' : 'I'}-${conllLabel(m)}` : 'O';
      lines.push(`${tok.text} _ _ ${label}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
