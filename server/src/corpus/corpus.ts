import picomatch from 'picomatch';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import { createAnalysisContext } from '../analysis/analysisContext';
import type { KbEntity } from '../analysis/types';
import { CorpusIndex, type IndexedDocument } from './corpusIndex';
import { WorkspaceAnnotations } from './annotationStore';
import { DataValidator, loadDataFolder, loadKbFile, mergeEntities, type DataProblem } from './dataFiles';

/** Settings that decide which files are articles. */
export interface CorpusSettings {
  /** Glob of article files, relative to each workspace folder. */
  readonly files: string;
  /** Files larger than this many bytes are skipped with a warning. */
  readonly maxFileSize: number;
}

export const DEFAULT_SETTINGS: CorpusSettings = { files: '**/*.txt', maxFileSize: 5 * 1024 * 1024 };

/** Folders never searched for articles. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.corpus', '.e2e', '.vscode-test', 'out', 'dist']);

/** A message for the user or the log: a skipped file, a malformed data file. */
export interface CorpusMessage {
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly uri?: string;
}

/** Result of reading an article from disk: its text, or why it was skipped. */
export type ReadResult = { readonly text: string; readonly warning?: string } | { readonly skipped: string };

/** Reads an article with the guards every input gets: size limit, binary detection, broken UTF-8 replaced and reported. */
export async function readArticle(path: string, maxFileSize: number): Promise<ReadResult> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { skipped: `${path} is not a file` };
    if (st.size > maxFileSize) return { skipped: `${path} is ${st.size} bytes, over the limit of ${maxFileSize} (setting corpusAnnotator.maxFileSize)` };
    const bytes = await readFile(path);
    return decodeArticle(path, bytes);
  } catch (e) {
    return { skipped: `${path} could not be read: ${(e as Error).message}` };
  }
}

/** Decodes article bytes: binary files are refused, invalid UTF-8 is replaced and reported, a BOM is kept (offsets stay true). */
export function decodeArticle(path: string, bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { skipped: `${path} looks binary (it contains NUL bytes): skipped` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    return { text, warning: `${path} is not valid UTF-8: undecodable bytes were replaced with U+FFFD` };
  }
}

/**
 * The workspace's articles and knowledge: discovers files, loads the shipped and workspace knowledge bases,
 * and keeps the index. This is the only place that touches the file system.
 */
export class Corpus {
  readonly index: CorpusIndex;
  private readonly validator: DataValidator;
  private readonly shipped: ReturnType<typeof loadDataFolder>;
  private workspaceEntities: KbEntity[] = [];
  /** Problems of the knowledge-base files, by file path. */
  readonly dataProblems = new Map<string, DataProblem[]>();
  /** The user's annotations (`.corpus/annotations.jsonl` of each folder), applied over every analysis. */
  readonly annotations: WorkspaceAnnotations;
  private matcher: (rel: string) => boolean;
  /** Versions of documents read from disk, so an open editor's version always wins. */
  private readonly openUris = new Set<string>();
  private diskVersion = 0;

  constructor(
    readonly dataDir: string,
    readonly folders: readonly string[],
    private settings: CorpusSettings = DEFAULT_SETTINGS,
    private readonly log: (m: CorpusMessage) => void = () => {},
  ) {
    this.validator = new DataValidator(join(dataDir, 'schemas'));
    this.shipped = loadDataFolder(dataDir);
    for (const p of this.shipped.problems) this.log({ level: 'error', message: `${p.file}:${p.line + 1}: ${p.message}` });
    this.loadWorkspaceKb();
    this.index = new CorpusIndex(this.buildContext());
    this.annotations = new WorkspaceAnnotations(folders, this.validator.validatorFor('annotation'));
    this.annotations.load();
    this.index.setAnnotationSource((uri) => this.annotations.forUri(uri));
    this.matcher = picomatch(settings.files, { dot: false });
  }

  /** The workspace knowledge-base files (`.corpus/kb.json` of each folder). */
  workspaceKbFiles(): string[] {
    return this.folders.map((f) => join(f, '.corpus', 'kb.json'));
  }

  private loadWorkspaceKb(): void {
    this.workspaceEntities = [];
    for (const file of this.workspaceKbFiles()) {
      this.dataProblems.delete(file);
      if (!existsSync(file)) continue;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        this.log({ level: 'error', message: `${file} could not be read: ${(e as Error).message}` });
        continue;
      }
      const r = loadKbFile(file, text, this.validator);
      this.workspaceEntities.push(...r.entities);
      if (r.problems.length > 0) {
        this.dataProblems.set(file, r.problems);
        this.log({ level: 'warning', message: `${file}: ${r.problems.length} problem(s); valid entries are still used` });
      }
    }
  }

  private buildContext() {
    return createAnalysisContext(mergeEntities(this.shipped.entities, this.workspaceEntities), this.shipped.lexicons);
  }

  /** Reloads the workspace knowledge base and re-analyses every article from its last known text. */
  async reloadKnowledge(textOf: (uri: string) => string | undefined): Promise<void> {
    this.loadWorkspaceKb();
    this.index.setContext(this.buildContext());
    for (const uri of this.index.uris()) {
      const open = textOf(uri);
      if (open !== undefined) {
        this.analyse(uri, open, this.index.get(uri)?.version ?? 0);
        continue;
      }
      await this.refreshFromDisk(uri);
    }
  }

  /** Changes the file glob and size limit; the caller re-indexes. */
  updateSettings(settings: CorpusSettings): void {
    this.settings = settings;
    this.matcher = picomatch(settings.files, { dot: false });
  }

  /** True when a path is an article of this corpus: under a folder, matching the glob, not in a skipped folder. */
  isArticlePath(path: string): boolean {
    for (const folder of this.folders) {
      const rel = relative(folder, path);
      if (rel.startsWith('..') || rel === '') continue;
      const parts = rel.split(sep);
      if (parts.slice(0, -1).some((p) => SKIPPED_DIRS.has(p) || p.startsWith('.'))) continue;
      if (this.matcher(parts.join('/'))) return true;
    }
    return false;
  }

  /** Every article path under the workspace folders, sorted. */
  async discover(): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(p);
        } else if (e.isFile() && this.isArticlePath(p)) out.push(p);
      }
    };
    for (const f of this.folders) await walk(f);
    return out.sort();
  }

  /**
   * Indexes every article, reading a few files at a time and yielding between documents so that
   * requests are answered while indexing goes on.
   */
  async indexAll(onProgress?: (done: number, total: number) => void): Promise<number> {
    const paths = await this.discover();
    // Articles the glob no longer selects (the setting was narrowed) leave the index, unless an editor has them open.
    const wanted = new Set(paths.map((p) => URI.file(p).toString()));
    for (const uri of this.index.uris()) if (!wanted.has(uri) && !this.openUris.has(uri)) this.index.remove(uri);
    let done = 0;
    const queue = [...paths];
    const worker = async (): Promise<void> => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        const uri = URI.file(p).toString();
        if (!this.openUris.has(uri)) await this.refreshFromDisk(uri);
        done++;
        onProgress?.(done, paths.length);
        await new Promise<void>((r) => setImmediate(r));
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return paths.length;
  }

  /** Re-reads one article from disk, or forgets it when it is gone or unreadable. */
  async refreshFromDisk(uri: string): Promise<IndexedDocument | undefined> {
    if (this.openUris.has(uri)) return this.index.get(uri);
    const path = URI.parse(uri).fsPath;
    const r = await readArticle(path, this.settings.maxFileSize);
    if ('skipped' in r) {
      this.log({ level: 'warning', message: r.skipped, uri });
      this.index.remove(uri);
      return undefined;
    }
    if (r.warning) this.log({ level: 'warning', message: r.warning, uri });
    if (this.openUris.has(uri)) return this.index.get(uri);
    return this.analyse(uri, r.text, ++this.diskVersion);
  }

  /** Indexes an article's text, reporting an article the attribution analysis gave up on. */
  private analyse(uri: string, text: string, version: number): IndexedDocument {
    const before = this.index.get(uri)?.analysis.failure;
    const doc = this.index.update(uri, text, version);
    const failure = doc.analysis.failure;
    // Once per failure, not on every keystroke of an editor that keeps the article failing the same way.
    if (failure && failure !== before) this.log({ level: 'error', message: `${URI.parse(uri).fsPath}: the attribution analysis failed (${failure}); its quotations and claims are not shown. Please report it with the article.`, uri });
    return doc;
  }

  /** An editor opened or changed an article: its text wins over the disk. */
  openOrChange(uri: string, text: string, version: number): IndexedDocument {
    this.openUris.add(uri);
    return this.analyse(uri, text, version);
  }

  /** An editor closed an article: fall back to the disk (or forget it when it is not an article on disk). */
  async close(uri: string): Promise<void> {
    this.openUris.delete(uri);
    const path = URI.parse(uri).fsPath;
    if (URI.parse(uri).scheme === 'file' && this.isArticlePath(path)) await this.refreshFromDisk(uri);
    else this.index.remove(uri);
  }

  /** A file was deleted on disk. */
  deleted(uri: string): void {
    if (!this.openUris.has(uri)) this.index.remove(uri);
  }

  /** Reloads the annotation files and re-analyses only the articles whose annotations changed. */
  async reloadAnnotations(textOf: (uri: string) => string | undefined): Promise<void> {
    for (const uri of this.annotations.load()) {
      if (!this.index.get(uri)) continue;
      const open = textOf(uri);
      if (open !== undefined) this.analyse(uri, open, this.index.get(uri)?.version ?? 0);
      else await this.refreshFromDisk(uri);
    }
  }
}
