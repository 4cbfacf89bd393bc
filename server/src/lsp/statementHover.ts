import { MarkupKind, type Hover, type Location } from 'vscode-languageserver';
import { describeComparison, describeEvidence, relatedStatements, statementAt, statementOfList, type Statement } from '../analysis/statements';
import type { SignatoryList, Span } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { escapeMarkdown as esc, toLocation, toRange } from './convert';

/** The list of signatories covering an offset, if any. */
export function listAt(doc: IndexedDocument, offset: number): SignatoryList | undefined {
  return doc.analysis.signatoryLists.find((l) => l.start <= offset && offset <= l.end);
}

function statementLines(index: CorpusIndex, s: Statement, relPath: (uri: string) => string): string[] {
  const name = (id: string): string => index.nameOf(id);
  const lines: string[] = [];
  lines.push(`Statement: **${esc(s.label)}**`);
  const when = [s.date, s.when].filter(Boolean).join(', ');
  if (when) lines.push('', `Date: ${esc(when)}`);
  if (s.issuers.length) lines.push('', `Issued by: ${s.issuers.map((i) => esc(name(i))).join(', ')}`);
  const articles = [...new Set(s.reports.map((r) => r.uri))];
  lines.push('', `Reported by ${articles.length} article${articles.length === 1 ? '' : 's'}: ${articles.map((u) => esc(relPath(u))).join(', ')}`);
  for (const e of s.evidence) lines.push('', `Same statement in two articles: ${esc(describeEvidence(e))}`);
  const related = relatedStatements(s, index.statements());
  if (related.length > 0) {
    lines.push('', 'Compared with the other statements of the corpus:');
    for (const r of related.slice(0, 6)) lines.push(`- ${esc(describeComparison(s, r.statement, name))}`);
  }
  return lines;
}

/** The hover of a list of signatories: every member by canonical name, the count, the statement, and the other statements compared. */
export function listHover(index: CorpusIndex, doc: IndexedDocument, list: SignatoryList, relPath: (uri: string) => string): Hover {
  const names = list.members.map((m) => index.nameOf(m.entityId));
  const count = list.statedTotal ? `about ${list.statedTotal}, ${names.length} named` : `${names.length}`;
  const role = list.role === 'issuer' ? 'Issuers' : 'Signatories';
  const lines = [`**${role}** (${count}) — found by \`${esc(list.cue)}\``, '', names.map((n) => `- ${esc(n)}`).join('\n')];
  const s = statementOfList(index.statements(), doc.uri, list);
  if (s) lines.push('', ...statementLines(index, s, relPath));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, list) };
}

/** The statement an article names at an offset ("le communiqué"), with the span naming it. */
export function statementMentionAt(index: CorpusIndex, doc: IndexedDocument, offset: number): { statement: Statement; span: Span } | undefined {
  const span = doc.analysis.statementMentions.find((m) => m.start <= offset && offset <= m.end);
  if (!span) return undefined;
  const statement = statementAt(index.statements(), doc.uri, span.start);
  return statement ? { statement, span } : undefined;
}

/** The hover of a statement mention: what the statement is, who signed it, where else it is reported. */
export function statementHover(index: CorpusIndex, doc: IndexedDocument, statement: Statement, span: Span, relPath: (uri: string) => string): Hover {
  const members = statement.members.map((m) => esc(index.nameOf(m)));
  const count = statement.statedTotal ? `about ${statement.statedTotal}, ${members.length} named` : `${members.length}`;
  const lines = [...statementLines(index, statement, relPath), '', `Members (${count}): ${members.join(', ')}`];
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, span) };
}

/** Every place in the corpus that reports a statement: its lists, its mentions and its quotations. */
export function statementReferences(index: CorpusIndex, statement: Statement): Location[] {
  const out: Location[] = [];
  for (const r of statement.reports) {
    const doc = index.get(r.uri);
    if (!doc) continue;
    const spans = [...r.mentions, ...r.lists, ...r.quotes].sort((a, b) => a.start - b.start);
    for (const s of spans) out.push(toLocation(doc, s));
  }
  return out;
}
