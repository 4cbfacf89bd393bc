import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Mention } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { countsTitle } from './codeLens';
import { escapeMarkdown as esc, toRange } from './convert';
import { t } from './l10n';

/** An entity type as one word of the display language: "country", "pays". */
export function typeName(type: string): string {
  switch (type) {
    case 'country':
      return t('country');
    case 'organisation':
      return t('organisation');
    case 'person':
      return t('person');
    case 'place':
      return t('place');
    case 'weapon':
      return t('weapon');
    case 'statement':
      return t('statement');
    default:
      return type;
  }
}

function kindName(kind: Mention['kind']): string {
  switch (kind) {
    case 'name':
      return t('name');
    case 'acronym':
      return t('acronym');
    case 'adjective':
      return t('demonym (adjective)');
    case 'metonym':
      return t('metonym (the capital standing for the government)');
  }
}

/** Describes how a mention was found, for people: "knowledge-base entry `KP`" or "rule `title-person`"; ids and names escaped. */
export function describeFoundBy(foundBy: string): string {
  if (foundBy.startsWith('kb:')) return t('knowledge-base entry {0}', `\`${esc(foundBy.slice(3))}\``);
  if (foundBy.startsWith('rule:')) return t('rule {0}', `\`${esc(foundBy.slice(5))}\``);
  if (foundBy.startsWith('annotation:')) return t('a user annotation, set by {0}', esc(foundBy.slice(11)));
  return `\`${esc(foundBy)}\``;
}

/** The hover of an entity mention: what the entity is, its names in the corpus, its counts and how it was found. */
export function mentionHover(index: CorpusIndex, doc: IndexedDocument, mention: Mention, relativePath: (uri: string) => string): Hover | null {
  const s = index.summary(mention.entityId);
  if (!s) return null;
  const lines: string[] = [];
  // Article text and names are escaped before they enter a template, so that no translation can unescape them.
  lines.push(`**${esc(s.name)}** — ${typeName(s.type)}${s.kb ? '' : ` · *${t('not in the knowledge base')}*`}`);
  if (s.kb?.description) lines.push('', esc(s.kb.description));
  const names = s.kb ? [s.kb.name, ...s.kb.aliases] : [s.name];
  const seen = s.surfaces.filter((x) => x !== s.name);
  if (seen.length > 0) lines.push('', t('In the corpus: {0}', `${seen.slice(0, 12).map((x) => `«\u00a0${esc(x)}\u00a0»`).join(', ')}${seen.length > 12 ? ', …' : ''}`));
  const otherAliases = names.filter((n) => n !== s.name && !s.surfaces.includes(n));
  if (otherAliases.length > 0) lines.push('', t('Also known as: {0}', `${otherAliases.slice(0, 10).map(esc).join(', ')}${otherAliases.length > 10 ? ', …' : ''}`));
  lines.push('', countsTitle(s.mentionCount, s.articleCount));
  if (s.kb?.wikidata && /^Q\d+$/.test(s.kb.wikidata)) lines.push('', `[Wikidata ${s.kb.wikidata}](https://www.wikidata.org/wiki/${s.kb.wikidata})`);
  lines.push('', t('This mention: {0}, found by {1}', kindName(mention.kind), describeFoundBy(mention.foundBy)));
  if (!s.kb && s.definedAt) {
    const d = index.get(s.definedAt.uri);
    const where = d ? `${esc(relativePath(s.definedAt.uri))}:${d.lines.positionAt(s.definedAt.item.start).line + 1}` : esc(relativePath(s.definedAt.uri));
    lines.push('', t('Found only by rule {0}; defined at {1}', `\`${esc((s.ruleFoundBy ?? '').replace(/^rule:/, ''))}\``, where));
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, mention) };
}
