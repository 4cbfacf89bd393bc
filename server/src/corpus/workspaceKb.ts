import { applyEdits, findNodeAtLocation, modify, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fold, tokenize } from '../analysis/normalize';
import type { EntityType, KbEntity } from '../analysis/types';
import { withFileLock, writeFileAtomic } from './atomicFile';

/**
 * The `$schema` written into a new workspace knowledge base: a copy of the shipped schema beside it (see
 * `ensureKbSchema`), so that any editor validates it; VS Code also maps the file to the schema by `jsonValidation`.
 */
export const KB_SCHEMA_REF = './kb.schema.json';

/** Id prefixes of the shipped base, by type (countries there use ISO codes; a user's country gets a slug). */
const ID_PREFIX: Record<EntityType, string> = { country: 'cty:', organisation: 'org:', person: 'per:', place: 'plc:', weapon: 'wpn:', statement: 'stm:' };

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** A new entity as a user describes it. */
export interface NewEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly id?: string;
  readonly wikidata?: string;
  readonly description?: string;
}

/** An entry as stored in the file: no load-time fields such as `origin`. */
type StoredEntity = Omit<KbEntity, 'origin'>;

/** An id for a new entity in the shipped style ("Agence centrale de presse coréenne" → "org:agence-centrale-de-presse-coreenne"), unique among `taken`. */
export function newEntityId(name: string, type: EntityType, taken: (id: string) => boolean): string {
  const base = ID_PREFIX[type] + (tokenize(name).map((t) => fold(t.text)).join('-').slice(0, 60) || 'entity');
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Adds an entity to the workspace knowledge base, creating the file (with `$schema`) when needed.
 * Edits the text in place so that the rest of the file keeps its formatting and git diffs stay small.
 */
export async function addEntity(file: string, entity: NewEntity, taken: (id: string) => boolean = () => false): Promise<StoredEntity> {
  return editKb(file, (text, tree) => {
    const ids = new Set(entityNodes(tree).map((n) => idOf(n)));
    const id = entity.id ?? newEntityId(entity.name, entity.type, (x) => ids.has(x) || taken(x));
    const stored: StoredEntity = {
      id,
      type: entity.type,
      name: entity.name,
      aliases: [...(entity.aliases ?? [])],
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      ...(entity.description ? { description: entity.description } : {}),
    };
    return { text: applyEdits(text, modify(text, ['entities', -1], stored, FORMAT)), result: stored };
  });
}

/**
 * Adds an alias to an entity. An entity only in the shipped base (`base`) is first copied into the workspace
 * base with the same id, so that the workspace entry overrides it.
 */
export async function addAlias(file: string, entityId: string, alias: string, base?: KbEntity): Promise<StoredEntity> {
  return editKb(file, (text, tree) => {
    const at = entityNodes(tree).findIndex((n) => idOf(n) === entityId);
    if (at < 0) {
      if (!base) throw new Error(`No entity ${entityId} in the knowledge base`);
      const copy = { ...stripOrigin(base), aliases: unique([...base.aliases, alias]) };
      return { text: applyEdits(text, modify(text, ['entities', -1], copy, FORMAT)), result: copy };
    }
    const current = valueOf(entityNodes(tree)[at]!) as StoredEntity;
    if ((current.aliases ?? []).includes(alias) || current.name === alias) return { text, result: current };
    const edited = Array.isArray(current.aliases)
      ? modify(text, ['entities', at, 'aliases', -1], alias, FORMAT)
      : modify(text, ['entities', at, 'aliases'], [alias], FORMAT);
    return { text: applyEdits(text, edited), result: { ...current, aliases: [...(current.aliases ?? []), alias] } };
  });
}

/**
 * Renames an entity's canonical name in the workspace base; the old name stays as an alias so the articles
 * still match. An entity only in the shipped base is copied with the same id; an entity no base knows
 * (found by a rule) becomes a workspace entity with its surfaces as aliases.
 */
export async function renameEntity(file: string, entityId: string, newName: string, base: KbEntity | { readonly type: EntityType; readonly name: string; readonly aliases: readonly string[] }): Promise<StoredEntity> {
  return editKb(file, (text, tree) => {
    const nodes = entityNodes(tree);
    const at = nodes.findIndex((n) => idOf(n) === entityId);
    if (at < 0) {
      const from = 'id' in base ? stripOrigin(base) : { id: entityId, type: base.type, name: base.name, aliases: [...base.aliases] };
      const copy: StoredEntity = { ...from, id: entityId, name: newName, aliases: unique([...from.aliases, from.name].filter((a) => a !== newName)) };
      return { text: applyEdits(text, modify(text, ['entities', -1], copy, FORMAT)), result: copy };
    }
    const current = valueOf(nodes[at]!) as StoredEntity;
    let out = applyEdits(text, modify(text, ['entities', at, 'name'], newName, FORMAT));
    const aliases = unique([...(current.aliases ?? []), current.name].filter((a) => a !== newName));
    out = applyEdits(out, modify(out, ['entities', at, 'aliases'], aliases, FORMAT));
    return { text: out, result: { ...current, name: newName, aliases } };
  });
}

async function editKb<T>(file: string, edit: (text: string, tree: Node) => { text: string; result: T }): Promise<T> {
  return withFileLock(file, async () => {
    let text = await readFile(file, 'utf8').catch(() => '');
    if (text.trim() === '') text = `${JSON.stringify({ $schema: KB_SCHEMA_REF, entities: [] }, null, 2)}\n`;
    const errors: ParseError[] = [];
    let tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0 || !tree || tree.type !== 'object') throw new Error(`${file} is not valid JSON: fix the problems shown in it first`);
    if (!findNodeAtLocation(tree, ['entities'])) {
      text = applyEdits(text, modify(text, ['entities'], [], FORMAT));
      tree = parseTree(text)!;
    }
    const { text: next, result } = edit(text, tree);
    if (next !== text) await writeFileAtomic(file, next.endsWith('\n') ? next : `${next}\n`);
    return result;
  });
}

function entityNodes(tree: Node): Node[] {
  const list = findNodeAtLocation(tree, ['entities']);
  return list?.type === 'array' ? (list.children ?? []) : [];
}

function idOf(node: Node): string | undefined {
  const id = findNodeAtLocation(node, ['id']);
  return typeof id?.value === 'string' ? id.value : undefined;
}

function valueOf(node: Node): unknown {
  const kids = node.children ?? [];
  if (node.type === 'object') return Object.fromEntries(kids.map((p) => [p.children![0]!.value as string, valueOf(p.children![1]!)]));
  if (node.type === 'array') return kids.map(valueOf);
  return node.value;
}

function stripOrigin(e: KbEntity): StoredEntity {
  // `origin` says where an entry was loaded from; it is never written back.
  const stored = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'origin')) as unknown as StoredEntity;
  return { ...stored, aliases: [...e.aliases] };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** Copies the shipped knowledge-base schema beside the workspace base when it is not there yet, for `$schema`. */
export async function ensureKbSchema(kbFile: string, shippedSchema: string): Promise<void> {
  const target = join(dirname(kbFile), 'kb.schema.json');
  await mkdir(dirname(target), { recursive: true });
  // Never overwrite a copy the user may have edited.
  await copyFile(shippedSchema, target, constants.COPYFILE_EXCL).catch(() => undefined);
}
