import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { addEntity, ensureKbSchema, renameEntity } from '../corpus/workspaceKb';
import { join } from 'node:path';
import { afterKbChange, kbFileFor } from './annotationCommands';
import { toRange } from './convert';
import { mentionAtPosition, type ServerContext } from './features';
import { t } from './l10n';

/**
 * Rename (F2) on a mention renames the entity's canonical name in the workspace knowledge base, never the articles:
 * the old name stays an alias, a shipped entry is copied with its id, an entity found only by a rule joins the base.
 */
export function registerRename(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onPrepareRename(({ textDocument, position }) => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    const corpus = ctx.corpus();
    if (!corpus || !at?.mention || at.mention.type === 'statement') return null;
    return { range: toRange(at.doc, at.mention), placeholder: corpus.index.summary(at.mention.entityId)?.name ?? at.mention.surface };
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }): Promise<WorkspaceEdit | null> => {
    const at = mentionAtPosition(ctx, textDocument.uri, position);
    const corpus = ctx.corpus();
    const name = newName.trim();
    if (!corpus || !at?.mention) return null;
    if (!name) throw new ResponseError(ErrorCodes.InvalidParams, t('A canonical name cannot be empty'));
    const file = kbFileFor(corpus, textDocument.uri);
    const s = corpus.index.summary(at.mention.entityId);
    if (!file || !s || s.type === 'statement') return null;
    await ensureKbSchema(file, join(corpus.dataDir, 'schemas', 'kb.schema.json'));
    try {
      if (s.kb) await renameEntity(file, s.id, name, s.kb);
      else {
        const known = corpus.index.context.ckb.kb.entities;
        const aliases = [...new Set([s.name, ...s.surfaces])].filter((a) => a !== name);
        await addEntity(file, { name, type: s.type, aliases }, (id) => known.has(id));
      }
    } catch (e) {
      throw new ResponseError(ErrorCodes.InternalError, (e as Error).message);
    }
    await afterKbChange(ctx, corpus);
    // The articles stay as they are: the edit is in the knowledge base, already written.
    return { changes: {} };
  });
}
