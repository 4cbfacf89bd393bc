import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { ENTITY_TYPES, type EntityType, type Mention } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { toRange } from './convert';
import { typeLabel } from './corpusRequests';
import { typeName } from './hover';
import { t } from './l10n';
import { definitionOf } from './navigation';


/** The symbol kind shown for an entity type (VS Code has no domain kinds; these read well in the outline). */
export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  country: SymbolKind.Namespace,
  organisation: SymbolKind.Class,
  person: SymbolKind.Field,
  place: SymbolKind.Enum,
  weapon: SymbolKind.Constant,
  statement: SymbolKind.Event,
};

/** The article's entities grouped by type, each with its first mention as range. */
export function entitySymbols(index: CorpusIndex, doc: IndexedDocument): DocumentSymbol[] {
  const byEntity = new Map<string, Mention[]>();
  for (const m of doc.analysis.mentions) {
    let list = byEntity.get(m.entityId);
    if (!list) byEntity.set(m.entityId, (list = []));
    list.push(m);
  }
  const groups = new Map<EntityType, DocumentSymbol[]>();
  for (const [id, ms] of byEntity) {
    const first = ms[0]!;
    const last = ms[ms.length - 1]!;
    const name = index.summary(id)?.name ?? first.surface;
    const sym: DocumentSymbol = {
      name,
      detail: `${ms.length}×`,
      kind: SYMBOL_KIND[first.type],
      range: toRange(doc, { start: first.start, end: last.end }),
      selectionRange: toRange(doc, first),
    };
    let g = groups.get(first.type);
    if (!g) groups.set(first.type, (g = []));
    g.push(sym);
  }
  const out: DocumentSymbol[] = [];
  for (const type of ENTITY_TYPES) {
    const children = groups.get(type);
    if (!children || children.length === 0) continue;
    children.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    out.push(group(typeLabel(type), children));
  }
  return out;
}

/** A group symbol whose range spans its children only (a whole-document range would pin it in sticky scroll). */
function group(name: string, children: DocumentSymbol[], detail?: string): DocumentSymbol {
  const starts = children.map((c) => c.range.start).sort((a, b) => a.line - b.line || a.character - b.character);
  const ends = children.map((c) => c.range.end).sort((a, b) => b.line - a.line || b.character - a.character);
  const range = { start: starts[0]!, end: ends[0]! };
  return { name, kind: SymbolKind.Package, range, selectionRange: { start: range.start, end: range.start }, children, ...(detail ? { detail } : {}) };
}

/** The article's statements with their signatories as children. */
export function statementSymbols(index: CorpusIndex, doc: IndexedDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const st of index.statements()) {
    const report = st.reports.find((r) => r.uri === doc.uri);
    if (!report) continue;
    const spans = [...report.lists, ...report.mentions, ...report.quotes];
    if (spans.length === 0) continue;
    const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
    const last = spans.reduce((a, b) => (b.end > a.end ? b : a));
    const members: DocumentSymbol[] = [];
    for (const list of report.lists) {
      for (const m of list.members) {
        members.push({ name: index.nameOf(m.entityId), kind: SymbolKind.EnumMember, range: toRange(doc, m), selectionRange: toRange(doc, m) });
      }
    }
    const range = toRange(doc, { start: first.start, end: last.end });
    out.push({ name: st.label, detail: st.members.length === 1 ? t('1 member') : t('{0} members', st.members.length), kind: SymbolKind.Event, range, selectionRange: toRange(doc, first), children: members });
  }
  return out.length > 0 ? [group(t('Statements'), out)] : [];
}

/** The article's quotations grouped under their speakers; `text` gives the quoted words when the document is open. */
export function quoteSymbols(index: CorpusIndex, doc: IndexedDocument, text: string | undefined): DocumentSymbol[] {
  const bySpeaker = new Map<string, DocumentSymbol[]>();
  for (const q of doc.analysis.quotes) {
    const speaker = q.speaker ? (q.speaker.entityId && !q.speaker.entityId.startsWith('statement:') ? index.nameOf(q.speaker.entityId) : q.speaker.label) : t('(no speaker)');
    const words = text?.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
    const name = words ? (words.length > 70 ? `${words.slice(0, 69)}…` : words) : t('Quotation, line {0}', doc.lines.positionAt(q.start).line + 1);
    const list = bySpeaker.get(speaker) ?? [];
    list.push({ name, kind: SymbolKind.String, range: toRange(doc, q), selectionRange: toRange(doc, q) });
    bySpeaker.set(speaker, list);
  }
  const speakers = [...bySpeaker.entries()].map(([speaker, quotes]) => ({ ...group(speaker, quotes, `${quotes.length}×`), kind: SymbolKind.Interface }));
  return speakers.length > 0 ? [group(t('Quotations'), speakers)] : [];
}

/** Entities matching a query by any alias, accent- and case-insensitively; each leads to its first mention, else its entry. */
export function workspaceSymbols(index: CorpusIndex, query: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const s of index.searchEntities(query, 500)) {
    const first = index.mentionsOf(s.id)[0];
    const doc = first && index.get(first.uri);
    const location = doc && first ? { uri: doc.uri, range: toRange(doc, first.item) } : definitionOf(index, s.id);
    if (!location) continue;
    out.push({ name: s.name, kind: SYMBOL_KIND[s.type], containerName: `${typeName(s.type)} · ${s.mentionCount === 1 ? t('1 mention') : t('{0} mentions', s.mentionCount)}`, location });
  }
  return out;
}
