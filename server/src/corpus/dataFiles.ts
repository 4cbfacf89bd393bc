import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { KbEntity, KnowledgeBase, Problem } from '../analysis/types';

/** A problem in a data file, with the place (zero-based line and column) that caused it. */
export interface DataProblem extends Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The validated data of a folder: knowledge-base entities, lexicon files by name, and what was wrong. */
export interface LoadedData {
  readonly entities: KbEntity[];
  readonly lexicons: Map<string, unknown>;
  readonly problems: DataProblem[];
}

/** Validates data files against the JSON Schemas shipped in `server/data/schemas/`. */
export class DataValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly schemaDir: string) {}

  /** The validator for `<name>.schema.json`, or undefined when no such schema ships. */
  validatorFor(name: string): ValidateFunction | undefined {
    if (this.validators.has(name)) return this.validators.get(name);
    if (name === 'kbEntity') return this.entityValidator();
    const file = join(this.schemaDir, `${name}.schema.json`);
    if (!existsSync(file)) return undefined;
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete schema.$id;
    const fn = this.ajv.compile(schema);
    this.validators.set(name, fn);
    return fn;
  }

  // One entity is checked against `definitions.entity` of the knowledge-base schema.
  private entityValidator(): ValidateFunction | undefined {
    const file = join(this.schemaDir, 'kb.schema.json');
    if (!existsSync(file)) return undefined;
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { definitions?: Record<string, unknown> };
    if (!schema.definitions?.entity) return undefined;
    const fn = this.ajv.compile({ definitions: schema.definitions, $ref: '#/definitions/entity' });
    this.validators.set('kbEntity', fn);
    return fn;
  }
}

/** Parses and validates one JSON data file; on failure returns the problems located in the text. */
export function parseDataFile(file: string, text: string, validate: ValidateFunction | undefined): { value?: unknown; problems: DataProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const problems = errors.map((e) => located(file, text, e.offset, e.length, `JSON syntax error: ${printParseErrorCode(e.error)}`));
    if (problems.length === 0) problems.push(located(file, text, 0, 0, 'Empty or unreadable JSON file'));
    return { problems };
  }
  const value: unknown = JSON.parse(text);
  if (validate && !validate(value)) {
    return { problems: (validate.errors ?? []).map((e) => schemaProblem(file, text, tree, e)) };
  }
  return { value, problems: [] };
}

function schemaProblem(file: string, text: string, tree: Node, e: ErrorObject): DataProblem {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let node = findNodeAtLocation(tree, path);
  // An unknown property is reported on its parent: point at the property itself.
  const extra = (e.params as { additionalProperty?: string }).additionalProperty;
  if (extra && node) node = findNodeAtLocation(tree, [...path, extra])?.parent ?? node;
  const where = node ?? tree;
  const label = e.instancePath || '(root)';
  const detail = extra ? `${e.message ?? 'invalid'}: "${extra}"` : (e.message ?? 'invalid');
  return located(file, text, where.offset, where.length, `${label} ${detail}`);
}

function located(file: string, text: string, offset: number, length: number, message: string): DataProblem {
  const a = lineColumn(text, offset);
  const b = lineColumn(text, offset + length);
  return { file, message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Zero-based line and UTF-16 column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart };
}

/** Loads a knowledge-base file (`{ entities: [...] }`), reporting problems and keeping every valid entity. */
export function loadKbFile(file: string, text: string, validator: DataValidator): { entities: KbEntity[]; problems: DataProblem[] } {
  const parsed = parseDataFile(file, text, undefined);
  if (parsed.problems.length > 0) return { entities: [], problems: parsed.problems };
  const validateEntity = validator.validatorFor('kbEntity');
  const validateFile = validator.validatorFor('kb');
  const value = parsed.value as { entities?: unknown };
  if (!value || typeof value !== 'object' || !Array.isArray(value.entities)) {
    const checked = parseDataFile(file, text, validateFile);
    return { entities: [], problems: checked.problems.length ? checked.problems : [located(file, text, 0, 0, 'Expected an object with an "entities" array')] };
  }
  // Entities are checked one by one so that one bad entry does not take the whole file down.
  const tree = parseTree(text)!;
  const good: KbEntity[] = [];
  const goodIndex: number[] = [];
  const problems: DataProblem[] = [];
  value.entities.forEach((entity: unknown, i: number) => {
    if (validateEntity && !validateEntity(entity)) {
      for (const e of validateEntity.errors ?? []) {
        problems.push(schemaProblem(file, text, tree, { ...e, instancePath: `/entities/${i}${e.instancePath}` }));
      }
      return;
    }
    good.push(entity as KbEntity);
    goodIndex.push(i);
  });
  const withLines = good.map((e, k) => {
    const idNode = findNodeAtLocation(tree, ['entities', goodIndex[k]!, 'id']);
    return { ...e, origin: { file, line: idNode ? lineColumn(text, idNode.offset).line : 0 } };
  });
  return { entities: withLines, problems };
}

/** Loads the shipped data folder: `kb/*.json` and `lexicons/*.json`, each validated against its schema. */
export function loadDataFolder(dataDir: string): LoadedData {
  const validator = new DataValidator(join(dataDir, 'schemas'));
  const entities: KbEntity[] = [];
  const problems: DataProblem[] = [];
  const lexicons = new Map<string, unknown>();
  const kbDir = join(dataDir, 'kb');
  for (const name of listJson(kbDir)) {
    const file = join(kbDir, name);
    const r = loadKbFile(file, readFileSync(file, 'utf8'), validator);
    entities.push(...r.entities);
    problems.push(...r.problems);
  }
  const lexDir = join(dataDir, 'lexicons');
  for (const name of listJson(lexDir)) {
    const file = join(lexDir, name);
    const key = basename(name, '.json');
    // A lexicon without a schema of its own is still checked against the generic lexicon schema.
    const r = parseDataFile(file, readFileSync(file, 'utf8'), validator.validatorFor(key) ?? validator.validatorFor('lexicon'));
    problems.push(...r.problems);
    if (r.value !== undefined) lexicons.set(key, r.value);
  }
  return { entities, lexicons, problems };
}

function listJson(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
}

/** Merges entity lists: a later entry with the same id replaces the earlier one (the workspace overrides the shipped base). */
export function mergeEntities(...layers: readonly (readonly KbEntity[])[]): KnowledgeBase {
  const entities = new Map<string, KbEntity>();
  for (const layer of layers) for (const e of layer) entities.set(e.id, e);
  return { entities };
}
