import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Annotation } from '../analysis/annotationTypes';
import { selectorsFor } from '../analysis/anchoring';
import type { EntityType } from '../analysis/types';
import { appendAnnotations } from '../corpus/annotationStore';
import { authorName } from '../corpus/author';
import { readArticle, type Corpus } from '../corpus/corpus';
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from '../corpus/exportCorpus';
import { addAlias, addEntity, ensureKbSchema } from '../corpus/workspaceKb';
import type { ServerContext } from './features';
import { t } from './l10n';

/** Commands the server executes (`workspace/executeCommand`); VS Code's client registers them by these ids. */
export const SERVER_COMMANDS = {
  annotate: 'corpusAnnotator.server.annotate',
  addEntity: 'corpusAnnotator.server.addEntity',
  addAlias: 'corpusAnnotator.server.addAlias',
} as const;

/** Commands the VS Code client implements because they prompt the user first; code actions point at them. */
export const CLIENT_COMMANDS = {
  linkToEntity: 'corpusAnnotator.linkToEntity',
  dismissWithReason: 'corpusAnnotator.dismissWithReason',
} as const;

/** Custom requests the client uses for its pickers and the export. */
export const REQUESTS = {
  searchEntities: 'corpusAnnotator/searchEntities',
  unanchored: 'corpusAnnotator/unanchoredAnnotations',
  exportAnnotations: 'corpusAnnotator/exportAnnotations',
} as const;

/** Arguments of the annotate command: a span of an article and what the user says about it. */
export type AnnotateArgs = { readonly uri: string; readonly start: number; readonly end: number } & Pick<Annotation, 'kind' | 'entityId' | 'entityType' | 'entityName' | 'source' | 'code' | 'reason'>;

/** Arguments of the add-entity command. */
export interface AddEntityArgs {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  /** An article of the workspace whose folder's `.corpus/kb.json` receives the entity (else the first folder). */
  readonly uri?: string;
}

/** The text of an article as the index saw it: the open editor's, else the disk's. */
export async function articleText(ctx: ServerContext, uri: string): Promise<string | undefined> {
  const open = ctx.documents.get(uri)?.getText();
  if (open !== undefined) return open;
  const r = await readArticle(URI.parse(uri).fsPath, Number.MAX_SAFE_INTEGER);
  return 'text' in r ? r.text : undefined;
}

/** The workspace knowledge-base file for an article (its folder's), else the first folder's. */
export function kbFileFor(corpus: Corpus, uri: string | undefined): string | undefined {
  const place = uri ? corpus.annotations.placeOf(uri) : undefined;
  if (place) return join(place.folder, '.corpus', 'kb.json');
  return corpus.workspaceKbFiles()[0];
}

/** Re-reads the workspace base after an edit and republishes, without waiting for the file watcher. */
export async function afterKbChange(ctx: ServerContext, corpus: Corpus): Promise<void> {
  await corpus.reloadKnowledge((u) => ctx.documents.get(u)?.getText());
  ctx.publishAll();
}

/** Writes one annotation of a span, anchored by W3C selectors, then re-applies the annotations of that article. */
export async function annotate(ctx: ServerContext, args: AnnotateArgs): Promise<Annotation> {
  const corpus = ctx.corpus();
  const place = corpus?.annotations.placeOf(args.uri);
  const text = await articleText(ctx, args.uri);
  if (!corpus || !place || text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, t('Not an article of this workspace: {0}', args.uri));
  if (!(args.start >= 0 && args.end > args.start && args.end <= text.length)) throw new ResponseError(ErrorCodes.InvalidParams, t('The span is not in the article'));
  const annotation: Annotation = {
    id: randomUUID(),
    kind: args.kind,
    author: await authorName(place.folder),
    created: new Date().toISOString(),
    target: { source: place.source, selector: selectorsFor(text, args) },
    ...(args.entityId ? { entityId: args.entityId } : {}),
    ...(args.entityType ? { entityType: args.entityType } : {}),
    ...(args.entityName ? { entityName: args.entityName } : {}),
    ...(args.source ? { source: args.source } : {}),
    ...(args.code ? { code: args.code } : {}),
    ...(args.reason !== undefined ? { reason: args.reason } : {}),
  };
  await appendAnnotations(place.file, [annotation]);
  await corpus.reloadAnnotations((u) => ctx.documents.get(u)?.getText());
  ctx.publishAll();
  return annotation;
}

/** Registers the annotation commands and the requests the client's pickers use. */
export function registerAnnotationCommands(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const corpus = ctx.corpus();
    if (!corpus) return null;
    const arg = (args ?? [])[0] as Record<string, unknown> | undefined;
    if (!arg) throw new ResponseError(ErrorCodes.InvalidParams, t('{0} needs an argument', command));
    try {
      switch (command) {
        case SERVER_COMMANDS.annotate:
          return await annotate(ctx, arg as unknown as AnnotateArgs);
        case SERVER_COMMANDS.addEntity: {
          const a = arg as unknown as AddEntityArgs;
          const file = kbFileFor(corpus, a.uri);
          if (!file || !a.name?.trim()) throw new ResponseError(ErrorCodes.InvalidParams, t('An entity needs a name and a workspace folder'));
          await ensureKbSchema(file, join(corpus.dataDir, 'schemas', 'kb.schema.json'));
          const known = corpus.index.context.ckb.kb.entities;
          const entity = await addEntity(file, { name: a.name.trim(), type: a.type, aliases: (a.aliases ?? []).filter((x) => x.trim() && x !== a.name) }, (id) => known.has(id));
          await afterKbChange(ctx, corpus);
          return entity;
        }
        case SERVER_COMMANDS.addAlias: {
          const a = arg as { entityId?: string; alias?: string; uri?: string };
          const file = kbFileFor(corpus, a.uri);
          if (!file || !a.entityId || !a.alias?.trim()) throw new ResponseError(ErrorCodes.InvalidParams, t('An alias needs an entity id and a text'));
          await ensureKbSchema(file, join(corpus.dataDir, 'schemas', 'kb.schema.json'));
          const entity = await addAlias(file, a.entityId, a.alias.trim(), corpus.index.context.ckb.kb.entities.get(a.entityId));
          await afterKbChange(ctx, corpus);
          return entity;
        }
        default:
          throw new ResponseError(ErrorCodes.MethodNotFound, t('Unknown command {0}', command));
      }
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      // A malformed kb.json or a lock held too long: tell the user, keep the server up.
      connection.window.showErrorMessage(t('Corpus Annotator: {0}', (e as Error).message));
      throw new ResponseError(ErrorCodes.InternalError, (e as Error).message);
    }
  });

  connection.onRequest(REQUESTS.searchEntities, ({ query, limit }: { query?: string; limit?: number }) => {
    const corpus = ctx.corpus();
    if (!corpus) return [];
    return corpus.index
      .searchEntities(query ?? '', limit ?? 200)
      .filter((s) => s.type !== 'statement')
      .map((s) => ({ id: s.id, name: s.name, type: s.type, known: !!s.kb, description: s.kb?.description, mentions: s.mentionCount, articles: s.articleCount }));
  });

  connection.onRequest(REQUESTS.unanchored, () => {
    const corpus = ctx.corpus();
    if (!corpus) return [];
    return corpus.annotations.unanchored(corpus.index).map((u) => ({
      id: u.annotation.id,
      kind: u.annotation.kind,
      author: u.annotation.author,
      created: u.annotation.created,
      source: u.annotation.target.source,
      articleUri: u.uri,
      exact: u.annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '',
      why: u.why,
      fileUri: URI.file(u.file).toString(),
      line: u.line,
    }));
  });

  connection.onRequest(REQUESTS.exportAnnotations, async ({ format, outDir }: { format: string; outDir: string }) => {
    const corpus = ctx.corpus();
    if (!corpus) throw new ResponseError(ErrorCodes.InvalidRequest, t('The corpus is not indexed yet'));
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new ResponseError(ErrorCodes.InvalidParams, t('Unknown format {0}', format));
    const r = await exportCorpus(corpus, format as ExportFormat, outDir, { textOf: (u) => ctx.documents.get(u)?.getText() });
    return { articles: r.articles, files: r.files.length };
  });
}
