import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { EntityType, Mention } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { toRange } from './convert';
import { definitionOf } from './navigation';

const TYPE_ORDER: EntityType[] = ['country', 'organisation', 'person', 'place', 'weapon', 'statement'];

const TYPE_GROUP: Record<EntityType, string> = {
  country: 'Countries',
  organisation: 'Organisations',
  person: 'People',
  place: 'Places',
  weapon: 'Weapons',
  statement: 'Statements',
};

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
  for (const type of TYPE_ORDER) {
    const children = groups.get(type);
    if (!children || children.length === 0) continue;
    children.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const whole = { start: { line: 0, character: 0 }, end: doc.lines.positionAt(doc.length) };
    out.push({ name: TYPE_GROUP[type], kind: SymbolKind.Package, range: whole, selectionRange: children[0]!.selectionRange, children });
  }
  return out;
}

/** Entities matching a query by any alias, accent- and case-insensitively; each leads to its first mention, else its entry. */
export function workspaceSymbols(index: CorpusIndex, query: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const s of index.searchEntities(query, 500)) {
    const first = index.mentionsOf(s.id)[0];
    const doc = first && index.get(first.uri);
    const location = doc && first ? { uri: doc.uri, range: toRange(doc, first.item) } : definitionOf(index, s.id);
    if (!location) continue;
    out.push({ name: s.name, kind: SYMBOL_KIND[s.type], containerName: `${s.type} · ${s.mentionCount} mentions`, location });
  }
  return out;
}
