import type { AnalysisContext } from '../analysis/analysisContext';
import { analyseDocument, type DocumentAnalysis } from '../analysis/analyseDocument';
import type { Annotation } from '../analysis/annotationTypes';
import { applyAnnotations, type AnnotationOutcome } from '../analysis/applyAnnotations';
import { fold } from '../analysis/normalize';
import { partitionPoint } from '../analysis/sortedSearch';
import { buildStatements, type Statement } from '../analysis/statements';
import type { EntityType, KbEntity, Mention, RuleEntity, Span } from '../analysis/types';
import { LineIndex } from './lineIndex';

/** One indexed article: its analysis and what is needed to turn offsets into positions. */
export interface IndexedDocument {
  readonly uri: string;
  /** Editor version for open documents, a counter for files read from disk. */
  readonly version: number;
  readonly analysis: DocumentAnalysis;
  readonly lines: LineIndex;
  /** Length of the text in UTF-16 units. */
  readonly length: number;
  /** What became of the user's annotations of this article (applied, unanchored, dismissed findings). */
  readonly annotations?: Omit<AnnotationOutcome, 'analysis'>;
}

/** A mention together with the article it is in. */
export interface Located<T extends Span = Span> {
  readonly uri: string;
  readonly item: T;
}

/** What the corpus knows of an entity, whether the knowledge base has it or a rule found it. */
export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly kb?: KbEntity;
  /** For an entity found only by rules: the first article and span that defined it. */
  readonly definedAt?: Located;
  readonly ruleFoundBy?: string;
  readonly mentionCount: number;
  readonly articleCount: number;
  /** Distinct surfaces seen in the corpus, most frequent first. */
  readonly surfaces: readonly string[];
  /** Distinct rule or knowledge-base ids that found its mentions. */
  readonly foundBy: readonly string[];
}

/**
 * The corpus in memory: every article's facts and the inverted index entity → mentions.
 * Updating one article touches only that article's entries.
 */
export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly byEntity = new Map<string, Map<string, Mention[]>>();
  private readonly ruleEntities = new Map<string, Map<string, RuleEntity>>();
  private generationCounter = 0;
  private statementCache: { generation: number; statements: Statement[] } | undefined;

  constructor(private ctx: AnalysisContext) {}

  private annotationsOf: (uri: string) => readonly Annotation[] = () => [];

  /** Sets where an article's user annotations come from; `update` applies them over the analysis. */
  setAnnotationSource(source: (uri: string) => readonly Annotation[]): void {
    this.annotationsOf = source;
  }

  /** Increases on every change; caches of derived views compare against it. */
  get generation(): number {
    return this.generationCounter;
  }

  get context(): AnalysisContext {
    return this.ctx;
  }

  /** Replaces the knowledge base and lexicons; the caller re-analyses the documents (see `reanalyseAll`). */
  setContext(ctx: AnalysisContext): void {
    this.ctx = ctx;
    this.generationCounter++;
  }

  /** Analyses one article and replaces its entries. */
  update(uri: string, text: string, version: number): IndexedDocument {
    const { analysis, ...annotations } = applyAnnotations(text, analyseDocument(text, this.ctx), this.annotationsOf(uri), (id) => this.ctx.ckb.kb.entities.get(id));
    const doc: IndexedDocument = { uri, version, analysis, lines: new LineIndex(text), length: text.length, annotations };
    this.removeEntries(uri);
    this.docs.set(uri, doc);
    for (const m of analysis.mentions) {
      let perDoc = this.byEntity.get(m.entityId);
      if (!perDoc) this.byEntity.set(m.entityId, (perDoc = new Map()));
      let list = perDoc.get(uri);
      if (!list) perDoc.set(uri, (list = []));
      list.push(m);
    }
    for (const e of analysis.ruleEntities) {
      let perDoc = this.ruleEntities.get(e.id);
      if (!perDoc) this.ruleEntities.set(e.id, (perDoc = new Map()));
      perDoc.set(uri, e);
    }
    this.generationCounter++;
    return doc;
  }

  /** Forgets an article. */
  remove(uri: string): boolean {
    const had = this.docs.has(uri);
    this.removeEntries(uri);
    this.docs.delete(uri);
    if (had) this.generationCounter++;
    return had;
  }

  private removeEntries(uri: string): void {
    const old = this.docs.get(uri);
    if (!old) return;
    for (const m of old.analysis.mentions) {
      const perDoc = this.byEntity.get(m.entityId);
      perDoc?.delete(uri);
      if (perDoc && perDoc.size === 0) this.byEntity.delete(m.entityId);
    }
    for (const e of old.analysis.ruleEntities) {
      const perDoc = this.ruleEntities.get(e.id);
      perDoc?.delete(uri);
      if (perDoc && perDoc.size === 0) this.ruleEntities.delete(e.id);
    }
  }

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  /** Every indexed article's uri, sorted. */
  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  documents(): IterableIterator<IndexedDocument> {
    return this.docs.values();
  }

  get size(): number {
    return this.docs.size;
  }

  /** The mention under an offset (end inclusive, so a cursor just after a word still finds it). */
  mentionAt(uri: string, offset: number): Mention | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const ms = doc.analysis.mentions;
    const m = ms[partitionPoint(ms, (x) => x.end < offset)];
    return m && m.start <= offset ? m : undefined;
  }

  /** Every mention of an entity in every article, in uri then offset order. */
  mentionsOf(entityId: string): Located<Mention>[] {
    const perDoc = this.byEntity.get(entityId);
    if (!perDoc) return [];
    const out: Located<Mention>[] = [];
    for (const uri of [...perDoc.keys()].sort()) for (const m of perDoc.get(uri)!) out.push({ uri, item: m });
    return out;
  }

  /** Ids of every entity with at least one mention. */
  entityIds(): string[] {
    return [...this.byEntity.keys()];
  }

  private summaryCache = { generation: -1, summaries: new Map<string, EntitySummary | undefined>() };

  /** What the corpus knows of an entity, or undefined when it is neither in the base nor mentioned; kept until the index changes. */
  summary(entityId: string): EntitySummary | undefined {
    if (this.summaryCache.generation !== this.generationCounter) this.summaryCache = { generation: this.generationCounter, summaries: new Map() };
    const cache = this.summaryCache.summaries;
    if (cache.has(entityId)) return cache.get(entityId);
    const s = this.computeSummary(entityId);
    cache.set(entityId, s);
    return s;
  }

  private computeSummary(entityId: string): EntitySummary | undefined {
    const kb = this.ctx.ckb.kb.entities.get(entityId);
    const perDoc = this.byEntity.get(entityId);
    const rule = this.ruleEntities.get(entityId);
    if (!kb && !perDoc && !rule) return undefined;
    const surfaceCounts = new Map<string, number>();
    const foundBy = new Set<string>();
    let mentionCount = 0;
    for (const list of perDoc?.values() ?? []) {
      for (const m of list) {
        mentionCount++;
        surfaceCounts.set(m.surface, (surfaceCounts.get(m.surface) ?? 0) + 1);
        foundBy.add(m.foundBy);
      }
    }
    const surfaces = [...surfaceCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
    let definedAt: Located | undefined;
    let ruleEntity: RuleEntity | undefined;
    if (rule) {
      const firstUri = [...rule.keys()].sort()[0]!;
      ruleEntity = rule.get(firstUri)!;
      definedAt = { uri: firstUri, item: ruleEntity.definition };
    }
    const type = kb?.type ?? ruleEntity?.type ?? perDoc?.values().next().value?.[0]?.type ?? 'organisation';
    const name = kb?.name ?? ruleEntity?.name ?? surfaces[0] ?? entityId;
    return {
      id: entityId,
      type,
      name,
      ...(kb ? { kb } : {}),
      ...(definedAt ? { definedAt } : {}),
      ...(ruleEntity ? { ruleFoundBy: ruleEntity.foundBy } : {}),
      mentionCount,
      articleCount: perDoc?.size ?? 0,
      surfaces,
      foundBy: [...foundBy].sort(),
    };
  }

  /** The corpus's joint statements, rebuilt from every article's signatory lists when the index has changed. */
  statements(): Statement[] {
    if (this.statementCache?.generation === this.generationCounter) return this.statementCache.statements;
    const articles = [...this.docs.values()].map((d) => ({ uri: d.uri, ...d.analysis }));
    const statements = buildStatements(articles, { nameOf: (id) => this.nameOf(id) });
    this.statementCache = { generation: this.generationCounter, statements };
    return statements;
  }

  /** The canonical name of an entity: knowledge base, rule, or the id itself. */
  nameOf(entityId: string): string {
    const kb = this.ctx.ckb.kb.entities.get(entityId);
    if (kb) return kb.name;
    const rule = this.ruleEntities.get(entityId);
    if (rule) return rule.values().next().value?.name ?? entityId;
    return entityId;
  }

  /** Entities whose name, alias or seen surface contains the query, accent- and case-insensitively. */
  searchEntities(query: string, limit = 200): EntitySummary[] {
    const q = fold(query.trim());
    const ids = new Set<string>([...this.byEntity.keys(), ...this.ctx.ckb.kb.entities.keys()]);
    const out: EntitySummary[] = [];
    for (const id of ids) {
      const kb = this.ctx.ckb.kb.entities.get(id);
      const names = [kb?.name, ...(kb?.aliases ?? [])].filter((x): x is string => !!x);
      const s = this.summary(id);
      if (!s) continue;
      if (q === '' || [...names, s.name, ...s.surfaces].some((n) => fold(n).includes(q))) out.push(s);
      if (out.length >= limit) break;
    }
    return out.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }
}
