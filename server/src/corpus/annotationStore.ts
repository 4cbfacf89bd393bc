import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import type { Annotation } from '../analysis/annotationTypes';
import { quoteSelector } from '../analysis/anchoring';
import { withFileLock, writeFileAtomic } from './atomicFile';
import type { CorpusIndex } from './corpusIndex';
import type { DataProblem } from './dataFiles';

/** Codes of the diagnostics published in an annotations file. */
export type AnnotationProblemCode = 'annotation-invalid' | 'annotation-unanchored';

/** A problem of one line of an annotations file. */
export interface AnnotationProblem extends DataProblem {
  readonly code: AnnotationProblemCode;
}

/** A valid annotation with where it lives: its file, zero-based line, and the article it targets. */
export interface StoredAnnotation {
  readonly annotation: Annotation;
  readonly file: string;
  readonly line: number;
  /** The article's uri, resolved against the workspace folder of the annotations file. */
  readonly uri: string;
}

/** An annotation that no longer finds its text, with everything a user needs to go and look. */
export interface UnanchoredAnnotation extends StoredAnnotation {
  readonly why: string;
}

/** The workspace-relative path of annotation files. */
export const ANNOTATIONS_FILE = join('.corpus', 'annotations.jsonl');

/** Parses the lines of an annotations file: valid annotations by line, and a located problem for every other non-blank line. */
export function parseAnnotationLines(file: string, text: string, validate: ValidateFunction | undefined): { annotations: { annotation: Annotation; line: number }[]; problems: AnnotationProblem[] } {
  const annotations: { annotation: Annotation; line: number }[] = [];
  const problems: AnnotationProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, line) => {
    const content = raw.replace(/\r$/, '');
    if (content.trim() === '') return;
    const problem = (message: string): AnnotationProblem => ({ file, line, column: 0, endLine: line, endColumn: content.length, message, code: 'annotation-invalid' });
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      problems.push(problem(`Not a JSON annotation (kept as is): ${(e as Error).message}`));
      return;
    }
    if (validate && !validate(value)) {
      const detail = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'invalid'}`).join('; ');
      problems.push(problem(`Invalid annotation (kept as is): ${detail}`));
      return;
    }
    if (!validate && !isAnnotationLike(value)) {
      problems.push(problem('Invalid annotation (kept as is): expected id, kind, author, created and target'));
      return;
    }
    annotations.push({ annotation: value as Annotation, line });
  });
  return { annotations, problems };
}

function isAnnotationLike(v: unknown): boolean {
  const o = v as Partial<Annotation> | null;
  return !!o && typeof o === 'object' && typeof o.id === 'string' && typeof o.kind === 'string' && typeof o.created === 'string' && !!o.target && Array.isArray(o.target.selector);
}

function idOfLine(line: string): string | undefined {
  try {
    const v = JSON.parse(line) as { id?: unknown };
    return typeof v?.id === 'string' ? v.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Appends annotations to a file under its lock: re-reads what other writers put there, skips ids already present,
 * and replaces the file atomically. Malformed lines are kept byte for byte. Returns how many lines were added.
 */
export async function appendAnnotations(file: string, annotations: readonly Annotation[]): Promise<number> {
  return withFileLock(file, async () => {
    const text = await readFile(file, 'utf8').catch(() => '');
    const present = new Set(text.split('\n').map(idOfLine).filter((id): id is string => !!id));
    const fresh = annotations.filter((a) => !present.has(a.id));
    if (fresh.length === 0) return 0;
    const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    await writeFileAtomic(file, head + fresh.map((a) => JSON.stringify(a)).join('\n') + '\n');
    return fresh.length;
  });
}

/** Removes annotations by id (an undo), under the lock; every other line, malformed ones included, is kept. */
export async function removeAnnotations(file: string, ids: ReadonlySet<string>): Promise<number> {
  return withFileLock(file, async () => {
    const text = await readFile(file, 'utf8').catch(() => '');
    const lines = text.split('\n');
    const kept = lines.filter((l) => {
      const id = idOfLine(l);
      return !id || !ids.has(id);
    });
    const removed = lines.length - kept.length;
    if (removed > 0) await writeFileAtomic(file, kept.join('\n'));
    return removed;
  });
}

/** The annotation files of the workspace folders, loaded and indexed by the article they target. */
export class WorkspaceAnnotations {
  private byUri = new Map<string, StoredAnnotation[]>();
  private readonly invalid = new Map<string, AnnotationProblem[]>();

  constructor(
    private readonly folders: readonly string[],
    private readonly validate: ValidateFunction | undefined,
  ) {}

  /** One annotations file per workspace folder. */
  files(): string[] {
    return this.folders.map((f) => join(f, ANNOTATIONS_FILE));
  }

  /** The annotations file and the article's path relative to its folder, for an article uri. */
  placeOf(uri: string): { file: string; folder: string; source: string } | undefined {
    const path = URI.parse(uri).fsPath;
    for (const folder of this.folders) {
      const rel = relative(folder, path);
      if (rel === '' || rel.startsWith('..')) continue;
      return { file: join(folder, ANNOTATIONS_FILE), folder, source: rel.split(sep).join('/') };
    }
    return undefined;
  }

  /** Reads every annotations file again; returns the uris whose annotations changed, so only those are re-analysed. */
  load(): Set<string> {
    const before = this.byUri;
    const next = new Map<string, StoredAnnotation[]>();
    this.invalid.clear();
    this.folders.forEach((folder, i) => {
      const file = this.files()[i]!;
      if (!existsSync(file)) return;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        this.invalid.set(file, [{ file, line: 0, column: 0, endLine: 0, endColumn: 0, message: `Could not read: ${(e as Error).message}`, code: 'annotation-invalid' }]);
        return;
      }
      const parsed = parseAnnotationLines(file, text, this.validate);
      if (parsed.problems.length > 0) this.invalid.set(file, parsed.problems);
      for (const { annotation, line } of parsed.annotations) {
        const uri = URI.file(join(folder, ...annotation.target.source.split('/'))).toString();
        let list = next.get(uri);
        if (!list) next.set(uri, (list = []));
        list.push({ annotation, file, line, uri });
      }
    });
    this.byUri = next;
    const changed = new Set<string>();
    for (const uri of new Set([...before.keys(), ...next.keys()])) {
      if (fingerprint(before.get(uri)) !== fingerprint(next.get(uri))) changed.add(uri);
    }
    return changed;
  }

  /** The annotations of one article, in file order. */
  forUri(uri: string): Annotation[] {
    return (this.byUri.get(uri) ?? []).map((s) => s.annotation);
  }

  /** Every valid annotation of the workspace. */
  all(): StoredAnnotation[] {
    return [...this.byUri.values()].flat();
  }

  /** Lines that are not valid annotations, by file. */
  invalidLines(): ReadonlyMap<string, readonly AnnotationProblem[]> {
    return this.invalid;
  }

  /** Annotations whose article is not indexed or whose text is no longer in it. */
  unanchored(index: CorpusIndex): UnanchoredAnnotation[] {
    const out: UnanchoredAnnotation[] = [];
    for (const [uri, list] of this.byUri) {
      const doc = index.get(uri);
      const lost = new Set((doc?.annotations?.unanchored ?? []).map((a) => a.id));
      for (const s of list) {
        if (!doc) out.push({ ...s, why: `article ${s.annotation.target.source} is not in the corpus` });
        else if (lost.has(s.annotation.id)) out.push({ ...s, why: `"${quoteSelector(s.annotation.target.selector)?.exact ?? ''}" is no longer in ${s.annotation.target.source}` });
      }
    }
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  /** Every problem to show in the annotations files: invalid lines and unanchored annotations, by file. */
  problems(index: CorpusIndex): Map<string, AnnotationProblem[]> {
    const out = new Map<string, AnnotationProblem[]>();
    for (const file of this.files()) out.set(file, [...(this.invalid.get(file) ?? [])]);
    for (const u of this.unanchored(index)) {
      const p: AnnotationProblem = { file: u.file, line: u.line, column: 0, endLine: u.line + 1, endColumn: 0, message: `Unanchored ${u.annotation.kind} annotation by ${u.annotation.author}: ${u.why}. Kept; edit or delete the line to settle it.`, code: 'annotation-unanchored' };
      out.get(u.file)?.push(p);
    }
    return out;
  }
}

function fingerprint(list: readonly StoredAnnotation[] | undefined): string {
  return JSON.stringify((list ?? []).map((s) => s.annotation));
}
