import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { Mention } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { fileLineLocation, toLocation, toRange } from './convert';

/** Where an entity is defined: its knowledge-base entry (file and line), else its defining mention. */
export function definitionOf(index: CorpusIndex, entityId: string): Location | undefined {
  const s = index.summary(entityId);
  if (!s) return undefined;
  if (s.kb?.origin) return fileLineLocation(s.kb.origin.file, s.kb.origin.line);
  if (s.definedAt) {
    const d = index.get(s.definedAt.uri);
    if (d) return toLocation(d, s.definedAt.item);
  }
  const first = index.mentionsOf(entityId)[0];
  const d = first && index.get(first.uri);
  return d && first ? toLocation(d, first.item) : undefined;
}

/** Every mention of the mention's entity in every indexed article; with the declaration when asked. */
export function referencesOf(index: CorpusIndex, mention: Mention, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const decl = definitionOf(index, mention.entityId);
  const s = index.summary(mention.entityId);
  const declIsMention = !s?.kb?.origin && s?.definedAt;
  for (const { uri, item } of index.mentionsOf(mention.entityId)) {
    const d = index.get(uri);
    if (!d) continue;
    if (!includeDeclaration && declIsMention && s.definedAt?.uri === uri && s.definedAt.item.start === item.start) continue;
    out.push(toLocation(d, item));
  }
  if (includeDeclaration && decl && !declIsMention) out.unshift(decl);
  return out;
}

/** The mentions of the same entity in one article. */
export function highlightsOf(doc: IndexedDocument, mention: Mention): DocumentHighlight[] {
  return doc.analysis.mentions
    .filter((m) => m.entityId === mention.entityId)
    .map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Text }));
}
