import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Mention } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { escapeMarkdown as esc, toRange } from './convert';

const TYPE_LABEL: Record<string, string> = {
  country: 'country',
  organisation: 'organisation',
  person: 'person',
  place: 'place',
  weapon: 'weapon',
  statement: 'statement',
};

const KIND_LABEL: Record<Mention['kind'], string> = {
  name: 'name',
  acronym: 'acronym',
  adjective: 'demonym (adjective)',
  metonym: 'metonym (the capital standing for the government)',
};

/** Describes how a mention was found, for people: "knowledge base entry KP" or "rule title-person". */
export function describeFoundBy(foundBy: string): string {
  if (foundBy.startsWith('kb:')) return `knowledge-base entry \`${esc(foundBy.slice(3))}\``;
  if (foundBy.startsWith('rule:')) return `rule \`${esc(foundBy.slice(5))}\``;
  if (foundBy.startsWith('annotation:')) return `a user annotation, set by ${esc(foundBy.slice(11))}`;
  return `\`${esc(foundBy)}\``;
}

/** The hover of an entity mention: what the entity is, its names in the corpus, its counts and how it was found. */
export function mentionHover(index: CorpusIndex, doc: IndexedDocument, mention: Mention, relativePath: (uri: string) => string): Hover | null {
  const s = index.summary(mention.entityId);
  if (!s) return null;
  const lines: string[] = [];
  lines.push(`**${esc(s.name)}** — ${TYPE_LABEL[s.type] ?? s.type}${s.kb ? '' : ' · *not in the knowledge base*'}`);
  if (s.kb?.description) lines.push('', esc(s.kb.description));
  const names = s.kb ? [s.kb.name, ...s.kb.aliases] : [s.name];
  const seen = s.surfaces.filter((x) => x !== s.name);
  if (seen.length > 0) lines.push('', `In the corpus: ${seen.slice(0, 12).map((x) => `«\u00a0${esc(x)}\u00a0»`).join(', ')}${seen.length > 12 ? ', …' : ''}`);
  const otherAliases = names.filter((n) => n !== s.name && !s.surfaces.includes(n));
  if (otherAliases.length > 0) lines.push('', `Also known as: ${otherAliases.slice(0, 10).map(esc).join(', ')}${otherAliases.length > 10 ? ', …' : ''}`);
  lines.push('', `${s.mentionCount} mention${s.mentionCount === 1 ? '' : 's'} in ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}`);
  if (s.kb?.wikidata && /^Q\d+$/.test(s.kb.wikidata)) lines.push('', `[Wikidata ${s.kb.wikidata}](https://www.wikidata.org/wiki/${s.kb.wikidata})`);
  lines.push('', `This mention: ${KIND_LABEL[mention.kind]}, found by ${describeFoundBy(mention.foundBy)}`);
  if (!s.kb && s.definedAt) {
    const d = index.get(s.definedAt.uri);
    const where = d ? `${esc(relativePath(s.definedAt.uri))}:${d.lines.positionAt(s.definedAt.item.start).line + 1}` : esc(relativePath(s.definedAt.uri));
    lines.push('', `Found only by rule \`${esc((s.ruleFoundBy ?? '').replace(/^rule:/, ''))}\`; defined at ${where}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, mention) };
}
