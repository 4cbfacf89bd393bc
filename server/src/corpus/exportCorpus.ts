import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import type { KbEntity } from '../analysis/types';
import { BRAT_ANNOTATION_CONF, BRAT_TOOLS_CONF, bratAnnotations } from '../export/brat';
import { conllDocument } from '../export/conll';
import { mentionsJsonl, signatoryListsJsonl } from '../export/jsonl';
import { statementOfList } from '../analysis/statements';
import { readArticle, type Corpus } from './corpus';

/** Formats the corpus exports to. */
export const EXPORT_FORMATS = ['brat', 'conll', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export wrote. */
export interface ExportResult {
  readonly articles: number;
  readonly files: readonly string[];
}

/**
 * Writes the indexed articles' analyses (annotations applied) to `outDir`: brat (`.txt` + `.ann` per article,
 * `annotation.conf`, `tools.conf`), CoNLL (`corpus.conll`) or JSONL (`mentions.jsonl`, and `statements.jsonl`: the lists of signatories).
 */
export async function exportCorpus(
  corpus: Corpus,
  format: ExportFormat,
  outDir: string,
  options: { readonly uris?: readonly string[]; readonly textOf?: (uri: string) => string | undefined; readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<ExportResult> {
  const uris = options.uris ?? corpus.index.uris();
  const entityOf = (id: string): KbEntity | undefined => corpus.index.context.ckb.kb.entities.get(id);
  const files: string[] = [];
  const chunks: string[] = [];
  const listChunks: string[] = [];
  const statements = format === 'jsonl' ? corpus.index.statements() : [];
  await mkdir(outDir, { recursive: true });
  let done = 0;
  for (const uri of uris) {
    const doc = corpus.index.get(uri);
    const text = await textOf(uri, options.textOf);
    done++;
    options.onProgress?.(done, uris.length);
    if (!doc || text === undefined || text.length !== doc.length) continue;
    const rel = articlePath(corpus, uri);
    if (format === 'brat') {
      const base = join(outDir, ...rel.replace(/\.txt$/i, '').split('/'));
      await mkdir(dirname(base), { recursive: true });
      await writeFile(`${base}.txt`, text, 'utf8');
      await writeFile(`${base}.ann`, bratAnnotations(text, doc.analysis, entityOf), 'utf8');
      files.push(`${base}.txt`, `${base}.ann`);
    } else if (format === 'conll') chunks.push(conllDocument(text, doc.analysis));
    else {
      chunks.push(mentionsJsonl(rel, doc.analysis, entityOf));
      listChunks.push(signatoryListsJsonl(rel, doc.analysis, (id) => corpus.index.nameOf(id), (l) => statementOfList(statements, uri, l)));
    }
  }
  if (format === 'brat') {
    for (const [name, content] of [['annotation.conf', BRAT_ANNOTATION_CONF], ['tools.conf', BRAT_TOOLS_CONF]] as const) {
      await writeFile(join(outDir, name), content, 'utf8');
      files.push(join(outDir, name));
    }
  } else {
    const file = join(outDir, format === 'conll' ? 'corpus.conll' : 'mentions.jsonl');
    await writeFile(file, chunks.join(format === 'conll' ? '\n' : ''), 'utf8');
    files.push(file);
    if (format === 'jsonl') {
      const lists = join(outDir, 'statements.jsonl');
      await writeFile(lists, listChunks.join(''), 'utf8');
      files.push(lists);
    }
  }
  return { articles: done, files };
}

/** An article's path relative to its workspace folder, with `/`. */
export function articlePath(corpus: Corpus, uri: string): string {
  const path = URI.parse(uri).fsPath;
  for (const folder of corpus.folders) {
    const rel = relative(folder, path);
    if (!rel.startsWith('..')) return rel.split(sep).join('/');
  }
  return path.split(sep).join('/');
}

async function textOf(uri: string, open?: (uri: string) => string | undefined): Promise<string | undefined> {
  const t = open?.(uri);
  if (t !== undefined) return t;
  const r = await readArticle(URI.parse(uri).fsPath, Number.MAX_SAFE_INTEGER);
  return 'text' in r ? r.text : undefined;
}
