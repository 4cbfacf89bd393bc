import { URI } from 'vscode-uri';
import type { InitializeParams, Range } from 'vscode-languageserver';
import { foldPhrase } from '../analysis/normalize';
import { SPEAKER_RULES } from '../analysis/speakers';
import { statementAt, type Statement } from '../analysis/statements';
import { ENTITY_TYPES, type EntityType, type Quote } from '../analysis/types';
import { readArticle } from '../corpus/corpus';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { toRange } from './convert';
import { CORPUS_METHODS, type EntityNode, type EntityTypeNode, type MentionNode, type ArticleNode, type EntityTreeParams, type EntityTreeResult, type SpeakerNode, type QuoteNode, type QuoteTreeParams, type QuoteTreeResult, type SignatoryNode, type StatementReportNode, type StatementNode, type StatementTreeResult, type CoalitionMatrix, type CorpusStatus } from './corpusProtocol';
import type { ServerContext } from './features';
import { configureLocale, t } from './l10n';

// The custom requests the client's views speak; their methods and shapes are in corpusProtocol.ts, shared with the client.

/** What the client can do that the server may use; set once in `initialize`. */
const client = { codeLensRefresh: false, semanticTokensRefresh: false };

/** Reads what the editor features need from `initialize`: the display language and the refresh requests the client supports. */
export function configureEditorFeatures(params: InitializeParams): void {
  configureLocale(params.locale);
  client.codeLensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
  client.semanticTokensRefresh = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
}

/** The group label of an entity type, localised. */
export function typeLabel(type: EntityType): string {
  switch (type) {
    case 'country':
      return t('Countries');
    case 'organisation':
      return t('Organisations');
    case 'person':
      return t('People');
    case 'place':
      return t('Places');
    case 'weapon':
      return t('Weapons');
    case 'statement':
      return t('Statements');
  }
}

/** Types → entities with their counts, most mentioned first. */
export function entityTypes(index: CorpusIndex): EntityTypeNode[] {
  const byType = new Map<EntityType, EntityNode[]>();
  for (const id of index.entityIds()) {
    const s = index.summary(id);
    if (!s || s.mentionCount === 0) continue;
    let list = byType.get(s.type);
    if (!list) byType.set(s.type, (list = []));
    list.push({ id, name: s.name, type: s.type, mentionCount: s.mentionCount, articleCount: s.articleCount, unknown: !s.kb });
  }
  const out: EntityTypeNode[] = [];
  for (const type of ENTITY_TYPES) {
    const entities = byType.get(type);
    if (!entities) continue;
    entities.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name, 'fr'));
    out.push({ type, label: typeLabel(type), mentionCount: entities.reduce((n, e) => n + e.mentionCount, 0), entities });
  }
  return out;
}

/** An entity's articles and mentions, in path then offset order. */
export function entityArticles(index: CorpusIndex, entityId: string, relPath: (uri: string) => string): ArticleNode[] {
  const byUri = new Map<string, MentionNode[]>();
  for (const { uri, item } of index.mentionsOf(entityId)) {
    const doc = index.get(uri);
    if (!doc) continue;
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, (list = []));
    list.push({ range: toRange(doc, item), surface: item.surface, kind: item.kind });
  }
  return [...byUri].map(([uri, mentions]) => ({ uri, path: relPath(uri), mentions }));
}

/** The key a quotation is grouped under: its statement or speaker's entity, else the speaker's words, else no speaker. */
export function speakerKey(q: Quote, statement?: Statement): string {
  if (statement) return statement.id;
  if (q.speaker?.entityId) return q.speaker.entityId;
  if (q.speaker?.label) return `label:${foldPhrase(q.speaker.label)}`;
  return 'none';
}

/** The statement a quotation's speaker names ("indique le communiqué"), when the corpus knows it. */
function statementOfSpeaker(index: CorpusIndex, uri: string, q: Quote): Statement | undefined {
  const span = q.speaker?.span;
  if (!span || (q.speaker?.entityId && !q.speaker.entityId.startsWith('statement:'))) return undefined;
  return statementAt(index.statements(), uri, span.start) ?? statementAt(index.statements(), uri, q.start);
}

/** Speakers with their number of quotations, most quoted first; quotations with no speaker last. */
export function quoteSpeakers(index: CorpusIndex): SpeakerNode[] {
  const byKey = new Map<string, { label: string; entityId?: string; count: number }>();
  for (const doc of index.documents()) {
    for (const q of doc.analysis.quotes) {
      const statement = statementOfSpeaker(index, doc.uri, q);
      const key = speakerKey(q, statement);
      const entry = byKey.get(key);
      if (entry) {
        entry.count++;
        continue;
      }
      const entityId = statement?.id ?? q.speaker?.entityId;
      const label = key === 'none' ? t('No speaker') : (statement?.label ?? (entityId && index.summary(entityId)?.name) ?? q.speaker?.label ?? key);
      byKey.set(key, { label, count: 1, ...(entityId ? { entityId } : {}) });
    }
  }
  return [...byKey]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => Number(a.key === 'none') - Number(b.key === 'none') || b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

/** Shortens quoted words to one line for a tree label. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The statements as tree nodes, dated ones first and oldest first. */
export function collectStatements(index: CorpusIndex, relPath: (uri: string) => string): StatementNode[] {
  const out: StatementNode[] = [];
  for (const st of index.statements()) {
    const node = statementNode(index, st, relPath);
    if (node) out.push(node);
  }
  return out.sort(compareStatements);
}

function statementNode(index: CorpusIndex, st: Statement, relPath: (uri: string) => string): StatementNode | undefined {
  const reports: StatementReportNode[] = [];
  const placeOf = new Map<string, { uri: string; range: Range }>();
  for (const r of st.reports) {
    const doc = index.get(r.uri);
    const first = r.lists[0];
    if (!doc || !first) continue;
    reports.push({ uri: r.uri, path: relPath(r.uri), range: toRange(doc, first) });
    for (const l of r.lists) for (const m of l.members) if (!placeOf.has(m.entityId)) placeOf.set(m.entityId, { uri: r.uri, range: toRange(doc, m) });
  }
  const head = reports[0];
  if (!head) return undefined;
  const issuers = new Set(st.issuers);
  const members: SignatoryNode[] = st.members.flatMap((id) => {
    const at = placeOf.get(id);
    if (!at) return [];
    const s = index.summary(id);
    return [{ entityId: id, name: s?.name ?? id, type: s?.type ?? 'country', role: issuers.has(id) ? 'issuer' : 'signatory', ...at }];
  });
  const noun = st.noun ?? t('Statement');
  const label = [st.date, noun.charAt(0).toUpperCase() + noun.slice(1), st.when].filter(Boolean).join(' · ');
  return {
    id: st.id,
    label,
    description: st.label,
    ...(st.date ? { date: st.date } : {}),
    uri: head.uri,
    path: head.path,
    range: head.range,
    ...(st.statedTotal !== undefined ? { statedTotal: st.statedTotal, ...(st.totalApproximate ? { totalApproximate: true as const } : {}) } : {}),
    partial: st.partial,
    members,
    reports,
  };
}

/** Dated statements first, oldest first; then by article and position. */
function compareStatements(a: StatementNode, b: StatementNode): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** States and bodies × statements: rows most often signing first, columns by date, a cell where a member signed. */
export function coalitionMatrix(statements: readonly StatementNode[]): CoalitionMatrix {
  const rowsById = new Map<string, { entityId: string; name: string; type: EntityType; count: number }>();
  for (const st of statements) {
    for (const m of st.members) {
      const r = rowsById.get(m.entityId);
      if (r) r.count++;
      else rowsById.set(m.entityId, { entityId: m.entityId, name: m.name, type: m.type, count: 1 });
    }
  }
  const rows = [...rowsById.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'));
  const rowIndex = new Map(rows.map((r, i) => [r.entityId, i]));
  const cells: { row: number; column: number; uri: string; range: Range }[] = [];
  statements.forEach((st, column) => {
    for (const m of st.members) cells.push({ row: rowIndex.get(m.entityId)!, column, uri: m.uri, range: m.range });
  });
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    rows: rows.map(({ entityId, name, type }) => ({ entityId, name, type })),
    columns: statements.map((st) => ({ id: st.id, label: st.label, path: st.path, ...(st.date ? { date: st.date } : {}) })),
    cells,
  };
}

/** Articles, entities with mentions, and findings of the whole corpus. */
export function corpusStatus(index: CorpusIndex): CorpusStatus {
  let findings = 0;
  for (const doc of index.documents()) findings += doc.analysis.findings.length;
  return { articles: index.size, entities: index.entityIds().length, findings, generation: index.generation };
}

/** How often the index's generation is looked at; also the quiet time before views are told to refresh. */
const INDEX_POLL_MS = 300;

/** The custom requests behind the client's views, and the notification that tells them to refresh. */
export function registerCorpusRequests(ctx: ServerContext): void {
  const { connection } = ctx;
  const empty = { types: [], articles: [] };

  connection.onRequest(CORPUS_METHODS.entityTree, (params: EntityTreeParams | null): EntityTreeResult => {
    const index = ctx.corpus()?.index;
    if (!index) return empty;
    if (params?.entityId) return { types: [], articles: entityArticles(index, params.entityId, ctx.relPath) };
    return { types: entityTypes(index), articles: [] };
  });

  connection.onRequest(CORPUS_METHODS.quoteTree, async (params: QuoteTreeParams | null): Promise<QuoteTreeResult> => {
    const corpus = ctx.corpus();
    if (!corpus) return { speakers: [], quotes: [] };
    if (!params?.speaker) return { speakers: quoteSpeakers(corpus.index), quotes: [] };
    return { speakers: [], quotes: await quotesOf(ctx, params.speaker) };
  });

  connection.onRequest(CORPUS_METHODS.statementTree, (): StatementTreeResult => {
    const index = ctx.corpus()?.index;
    return { statements: index ? collectStatements(index, ctx.relPath) : [] };
  });

  connection.onRequest(CORPUS_METHODS.coalitionMatrix, (): CoalitionMatrix => {
    const index = ctx.corpus()?.index;
    return coalitionMatrix(index ? collectStatements(index, ctx.relPath) : []);
  });

  connection.onRequest(CORPUS_METHODS.status, (): CorpusStatus => {
    const index = ctx.corpus()?.index;
    return index ? corpusStatus(index) : { articles: 0, entities: 0, findings: 0, generation: 0 };
  });

  // Polling the index's generation counter catches every path that changes the index (editor, disk, knowledge
  // base, settings) without each of them having to remember to notify; it is one integer compare per tick.
  // The notification goes out once the generation has stayed the same for a tick, so indexing sends one, not thousands.
  let sent = -1;
  let seen = -1;
  const timer = setInterval(() => {
    const index = ctx.corpus()?.index;
    if (!index) return;
    const generation = index.generation;
    if (generation !== seen) {
      seen = generation;
      return;
    }
    if (generation === sent) return;
    sent = generation;
    void connection.sendNotification(CORPUS_METHODS.indexChanged, corpusStatus(index));
    if (client.codeLensRefresh) connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (client.semanticTokensRefresh) connection.languages.semanticTokens.refresh();
  }, INDEX_POLL_MS);
  // The timer must not keep the process alive after `exit`.
  timer.unref();
}

async function quotesOf(ctx: ServerContext, speaker: string): Promise<QuoteNode[]> {
  const corpus = ctx.corpus();
  if (!corpus) return [];
  const out: QuoteNode[] = [];
  for (const uri of corpus.index.uris()) {
    const doc = corpus.index.get(uri);
    const quotes = doc?.analysis.quotes.filter((q) => speakerKey(q, statementOfSpeaker(corpus.index, uri, q)) === speaker) ?? [];
    if (!doc || quotes.length === 0) continue;
    const text = await textOf(ctx, uri, doc.version);
    for (const q of quotes) {
      out.push({
        uri,
        path: ctx.relPath(uri),
        range: toRange(doc, q),
        text: text !== undefined ? excerpt(text.slice(q.start, q.end)) : '',
        // A continued attribution has no words of its own: the core names it, and the name is ours to translate.
        ...(q.cueId === SPEAKER_RULES.continued ? { cue: t('continued attribution') } : q.cue ? { cue: q.cue } : {}),
        ...(q.speaker?.how ? { how: q.speaker.how } : {}),
      });
    }
  }
  return out;
}

/**
 * The text of an article as indexed: the editor's for an open document, else the file's.
 * The index keeps offsets, not texts (memory stays linear in mentions), so quotations are read back when shown.
 */
async function textOf(ctx: ServerContext, uri: string, version: number): Promise<string | undefined> {
  const open = ctx.documents.get(uri);
  if (open && open.version === version) return open.getText();
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return open?.getText();
  const r = await readArticle(parsed.fsPath, ctx.settings().maxFileSize);
  return 'text' in r ? r.text : undefined;
}
