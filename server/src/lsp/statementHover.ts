import { MarkupKind, type Hover, type Location } from 'vscode-languageserver';
import { relatedStatements, statementAt, statementOfList, type MemberDiff, type MergeEvidence, type Statement } from '../analysis/statements';
import type { SignatoryList, Span } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { escapeMarkdown as esc, toLocation, toRange } from './convert';
import { t } from './l10n';

/** The list of signatories covering an offset, if any. */
export function listAt(doc: IndexedDocument, offset: number): SignatoryList | undefined {
  return doc.analysis.signatoryLists.find((l) => l.start <= offset && offset <= l.end);
}

/** Why two articles' reports were taken for one statement, in the display language (the core's `describeEvidence`, worded). */
function evidenceText(e: MergeEvidence): string {
  const period = e.period === 'same-month' ? t('same month {0}', e.month ?? '').trim() : t('one article has no date line');
  const jaccard = e.jaccard.toFixed(2);
  const how = e.reason === 'jaccard' ? `Jaccard ${jaccard}` : t('partial report contained ({0}%), Jaccard {1}', Math.round(e.containment * 100), jaccard);
  const shared = e.shared.length === 1 ? t('1 shared member') : t('{0} shared members', e.shared.length);
  return `${period}, ${shared}, ${how}${e.weekday ? `, ${t('both say {0}', e.weekday)}` : ''}`;
}

/** "+ Allemagne, − Argentine", or "same members": the core's `formatMemberDiff`, worded. */
function memberDiffText(diff: MemberDiff, name: (id: string) => string): string {
  const parts = [...diff.added.map((id) => `+ ${name(id)}`), ...diff.removed.map((id) => `− ${name(id)}`)];
  return parts.length > 0 ? parts.join(', ') : t('same members');
}

function statementLines(index: CorpusIndex, s: Statement, relPath: (uri: string) => string): string[] {
  const name = (id: string): string => index.nameOf(id);
  const lines: string[] = [];
  // Article text and names are escaped before they enter a template, so that no translation can unescape them.
  lines.push(t('Statement: {0}', `**${esc(s.label)}**`));
  const when = [s.date, s.when].filter(Boolean).join(', ');
  if (when) lines.push('', t('Date: {0}', esc(when)));
  if (s.issuers.length) lines.push('', t('Issued by: {0}', s.issuers.map((i) => esc(name(i))).join(', ')));
  const articles = [...new Set(s.reports.map((r) => r.uri))];
  const where = articles.map((u) => esc(relPath(u))).join(', ');
  lines.push('', articles.length === 1 ? t('Reported by 1 article: {0}', where) : t('Reported by {0} articles: {1}', articles.length, where));
  for (const e of s.evidence) lines.push('', t('Same statement in two articles: {0}', esc(evidenceText(e))));
  const related = relatedStatements(s, index.statements());
  if (related.length > 0) {
    lines.push('', t('Compared with the other statements of the corpus:'));
    for (const r of related.slice(0, 6)) {
      const other = r.statement.date ?? r.statement.when ?? t('unknown date');
      lines.push(`- ${esc(t('vs. the statement of {0}: {1}', other, memberDiffText(r.diff, name)))}`);
    }
  }
  return lines;
}

/** The hover of a list of signatories: every member by canonical name, the count, the statement, and the other statements compared. */
export function listHover(index: CorpusIndex, doc: IndexedDocument, list: SignatoryList, relPath: (uri: string) => string): Hover {
  const names = list.members.map((m) => index.nameOf(m.entityId));
  const count = countText(list.statedTotal, list.totalApproximate, names.length);
  const role = list.role === 'issuer' ? t('Issuers') : t('Signatories');
  const lines = [`**${role}** (${count}) — ${t('found by {0}', `\`${esc(list.cue)}\``)}`, '', names.map((n) => `- ${esc(n)}`).join('\n')];
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
  const count = countText(statement.statedTotal, statement.totalApproximate, members.length);
  const lines = [...statementLines(index, statement, relPath), '', t('Members ({0}): {1}', count, members.join(', '))];
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

/** "about 50, 8 named" for an estimate, "11, 11 named" for a count, the named ones alone when the text gives no total. */
function countText(total: number | undefined, approximate: boolean | undefined, named: number): string {
  if (!total) return `${named}`;
  return approximate ? t('about {0}, {1} named', total, named) : t('{0} in all, {1} named', total, named);
}
