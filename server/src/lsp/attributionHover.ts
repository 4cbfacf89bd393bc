import { MarkupKind, type Hover } from 'vscode-languageserver';
import { statementAt } from '../analysis/statements';
import type { Claim, Quote, Source } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { escapeMarkdown as esc, toRange } from './convert';
import { describeFoundBy } from './hover';

/** The quotation covering an offset, innermost first. */
export function quoteAt(doc: IndexedDocument, offset: number): Quote | undefined {
  const hits = doc.analysis.quotes.filter((q) => q.start <= offset && offset < q.end);
  return hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** The claim whose vague source is named at an offset ("des experts"). */
export function vagueSourceAt(doc: IndexedDocument, offset: number): Claim | undefined {
  return doc.analysis.claims.find((c) => c.source?.vague && c.source.span && c.source.span.start <= offset && offset <= c.source.span.end);
}

function describeSource(index: CorpusIndex, doc: IndexedDocument, s: Source): string {
  let who = `«\u00a0${esc(s.label)}\u00a0»`;
  if (s.entityId?.startsWith('statement:') || (!s.entityId && s.span)) {
    const st = s.span ? statementAt(index.statements(), doc.uri, s.span.start) : undefined;
    if (st) who = `**${esc(st.label)}** (the statement, named as ${who})`;
  }
  if (s.entityId && !s.entityId.startsWith('statement:')) {
    const sum = index.summary(s.entityId);
    if (sum) who = `**${esc(sum.name)}** (${sum.type}), named as ${who}`;
  }
  return who;
}

/** The hover of a quotation: its speaker (canonical entity when known), the reporting cue, and how the speaker was found. */
export function quoteHover(index: CorpusIndex, doc: IndexedDocument, q: Quote): Hover {
  const lines: string[] = ['**Quotation**'];
  if (q.speaker) {
    lines.push('', `Speaker: ${describeSource(index, doc, q.speaker)}`);
    if (q.cue) lines.push('', `Reporting cue: «\u00a0${esc(q.cue)}\u00a0»${q.cueId ? ` (\`${esc(q.cueId)}\`)` : ''}`);
    lines.push('', `Speaker found by ${describeFoundBy(q.speaker.how)}`);
    if (q.speaker.vague) lines.push('', `The speaker is vague: ${esc(q.speaker.reason ?? 'it names nobody a reader could check')}`);
  } else {
    lines.push('', 'No speaker: no reporting verb, « selon » or named source attributes this quotation.');
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, q) };
}

/** The hover of a vague source: why it counts as vague. */
export function vagueSourceHover(doc: IndexedDocument, claim: Claim): Hover {
  const s = claim.source!;
  const lines = [
    `**Vague source** «\u00a0${esc(s.label)}\u00a0»`,
    '',
    esc(s.reason ?? 'It names nobody a reader could check.'),
    '',
    `Found by ${describeFoundBy(s.how)}; the claim was found by \`${esc(claim.cue)}\`.`,
  ];
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, s.span ?? claim) };
}
