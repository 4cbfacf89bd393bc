import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { URI } from 'vscode-uri';
import type { FindingCode } from './analysis/types';
import { Corpus, DEFAULT_SETTINGS, type CorpusMessage } from './corpus/corpus';
import type { EntitySummary, IndexedDocument } from './corpus/corpusIndex';
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from './corpus/exportCorpus';
import { toSarif, type SarifFinding, type SarifLevel } from './export/sarif';

const dataDir = process.env.CORPUS_ANNOTATOR_DATA ?? join(__dirname, '..', 'server', 'data');

const USAGE = `Usage: corpus-annotator <command> [options] [paths…]

Commands:
  stats [folder] [--format text|tsv|json]
                      entities by type with their mention and article counts, and the entities × articles table
  check [paths…] [--format text|json|sarif] [--fail-on warning|information|error]
                      attribution findings of the articles (exit 1 when some reach the threshold)
  export [paths…] --format brat|conll|jsonl --out DIR
                      brat standoff (.txt, .ann, annotation.conf), CoNLL-2003 BIO, or JSONL mentions

Paths are article files or folders (default: the current folder). The corpus folder is the nearest one holding
.corpus/ (the workspace knowledge base and annotations), else the folder given.

Options:
  --files <glob>    which files are articles (default **/*.txt)
  -h, --help        this help

Exit status: 0 ok, 1 findings reached --fail-on, 2 usage error, missing path or malformed file.`;

interface Args {
  command: string;
  paths: string[];
  options: Map<string, string>;
}

function parseArgs(argv: string[]): Args {
  // "corpus-annotator --help" has no command: options may come first.
  const first = argv[0] ?? '';
  const command = first.startsWith('-') ? 'help' : first;
  const rest = first.startsWith('-') ? argv : argv.slice(1);
  const paths: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '-h' || a === '--help') options.set('help', 'true');
    else if (a.startsWith('--')) {
      const [k, v] = a.includes('=') ? a.slice(2).split('=', 2) : [a.slice(2), rest[++i]];
      options.set(k!, v ?? '');
    } else paths.push(a);
  }
  return { command, paths, options };
}

/** An error the user can fix: printed without a stack, exit status 2. */
class UsageError extends Error {}

/** The folder whose `.corpus/` applies to a path: the nearest ancestor holding one, not above a git repository's root. */
function corpusRoot(target: string): string {
  const start = statSync(target).isDirectory() ? target : dirname(target);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.corpus'))) return dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return start;
  }
}

interface OpenedCorpus {
  readonly corpus: Corpus;
  readonly roots: readonly string[];
  /** The indexed articles the paths select, sorted. */
  readonly selected: readonly string[];
}

async function openCorpus(args: Args, log: (m: CorpusMessage) => void): Promise<OpenedCorpus> {
  const targets = (args.paths.length > 0 ? args.paths : ['.']).map((p) => resolve(p));
  for (const t of targets) if (!existsSync(t)) throw new UsageError(`No such file or folder: ${t}`);
  const roots = [...new Set(targets.map(corpusRoot))];
  const corpus = new Corpus(dataDir, roots, { ...DEFAULT_SETTINGS, files: args.options.get('files') ?? DEFAULT_SETTINGS.files }, log);
  const malformed = [...corpus.dataProblems.values(), ...corpus.annotations.invalidLines().values()].flat();
  if (malformed.length > 0) {
    const where = malformed.map((p) => `  ${p.file}:${p.line + 1}:${p.column + 1}: ${p.message}`).join('\n');
    throw new UsageError(`Malformed workspace file${malformed.length > 1 ? 's' : ''}:\n${where}`);
  }
  const progress = process.stderr.isTTY ? (done: number, total: number) => process.stderr.write(`\rindexing ${done}/${total}`) : undefined;
  const files = targets.filter((t) => !statSync(t).isDirectory());
  if (files.length < targets.length) await corpus.indexAll(progress);
  for (const f of files) {
    const uri = URI.file(f).toString();
    if (!corpus.index.get(uri) && !(await corpus.refreshFromDisk(uri))) throw new UsageError(`Cannot read ${f} as an article (see the warning above)`);
  }
  if (progress) process.stderr.write('\r\x1b[K');
  const under = (path: string): boolean => targets.some((t) => path === t || path.startsWith(t.endsWith(sep) ? t : t + sep));
  const selected = corpus.index.uris().filter((u) => under(URI.parse(u).fsPath));
  for (const u of corpus.annotations.unanchored(corpus.index)) {
    if (selected.includes(u.uri)) process.stderr.write(`warning: ${u.file}:${u.line + 1}: unanchored ${u.annotation.kind} annotation by ${u.annotation.author}: ${u.why}\n`);
  }
  return { corpus, roots, selected };
}

function relPath(roots: readonly string[], uri: string): string {
  const p = URI.parse(uri).fsPath;
  for (const r of roots) {
    const rel = relative(r, p);
    if (!rel.startsWith('..')) return rel.split(sep).join('/');
  }
  return p;
}

const TYPE_TITLES: Record<string, string> = {
  country: 'Countries',
  organisation: 'Organisations',
  person: 'People',
  place: 'Places',
  weapon: 'Weapons',
  statement: 'Statements',
};

async function stats(args: Args): Promise<number> {
  const format = args.options.get('format') ?? 'text';
  if (!['text', 'tsv', 'json'].includes(format)) throw new UsageError(`Unknown format: ${format} (text, tsv or json)`);
  const { corpus, roots, selected } = await openCorpus(args, logToStderr);
  const index = corpus.index;
  const counts = entityCounts(selected.map((u) => index.get(u)!));
  const summaries = [...counts.keys()]
    .map((id) => index.summary(id))
    .filter((s): s is EntitySummary => !!s)
    .sort((a, b) => total(counts, b.id) - total(counts, a.id) || a.name.localeCompare(b.name, 'fr'));
  const files = selected.map((u) => relPath(roots, u));
  if (format === 'json') {
    const entities = summaries.map((s) => ({ id: s.id, name: s.name, type: s.type, known: !!s.kb, mentions: total(counts, s.id), articles: counts.get(s.id)!.size, perArticle: Object.fromEntries(selected.map((u, i) => [files[i], counts.get(s.id)!.get(u) ?? 0])) }));
    console.log(JSON.stringify({ articles: files, entities }, null, 2));
    return 0;
  }
  if (format === 'tsv') {
    console.log(['id', 'name', 'type', 'mentions', 'articles', ...files].join('\t'));
    for (const s of summaries) console.log([s.id, s.name, s.type, total(counts, s.id), counts.get(s.id)!.size, ...selected.map((u) => counts.get(s.id)!.get(u) ?? 0)].join('\t'));
    return 0;
  }
  const mentions = summaries.reduce((n, s) => n + total(counts, s.id), 0);
  console.log(`${selected.length} articles, ${summaries.length} entities, ${mentions} mentions`);
  for (const type of Object.keys(TYPE_TITLES)) {
    const group = summaries.filter((s) => s.type === type);
    if (group.length === 0) continue;
    console.log(`\n${TYPE_TITLES[type]} (${group.length})`);
    const width = Math.min(48, Math.max(...group.map((s) => s.name.length)));
    for (const s of group) {
      const flag = s.kb ? '' : '  (not in the knowledge base)';
      console.log(`  ${s.name.padEnd(width)}  ${String(total(counts, s.id)).padStart(4)} mentions  ${String(counts.get(s.id)!.size).padStart(3)} articles${flag}`);
    }
  }
  printStatements(corpus, roots, new Set(selected));
  printMatrix(summaries, selected, files, counts);
  return 0;
}

// The joint statements the selected articles report, with their members and the articles that report them.
function printStatements(corpus: Corpus, roots: readonly string[], selected: ReadonlySet<string>): void {
  const statements = corpus.index.statements().filter((s) => s.reports.some((r) => selected.has(r.uri)));
  if (statements.length === 0) return;
  console.log(`\nStatements (${statements.length})`);
  for (const s of statements) {
    const total = s.statedTotal ? `${s.totalApproximate ? 'about ' : ''}${s.statedTotal}, ${s.members.length} named` : `${s.members.length} members`;
    console.log(`  ${s.label}  (${total})`);
    console.log(`    ${s.members.map((m) => corpus.index.nameOf(m)).join(', ')}`);
    console.log(`    reported by ${[...new Set(s.reports.map((r) => relPath(roots, r.uri)))].join(', ')}`);
  }
}

// The entities × articles table, for a corpus small enough to read it on a terminal; --format tsv gives it whole.
function printMatrix(summaries: readonly EntitySummary[], uris: readonly string[], files: readonly string[], counts: Map<string, Map<string, number>>): void {
  if (uris.length === 0 || summaries.length === 0) return;
  if (uris.length > 12) {
    console.log(`\nEntities × articles: ${uris.length} articles, use --format tsv for the table`);
    return;
  }
  console.log('\nEntities × articles');
  files.forEach((f, i) => console.log(`  A${i + 1} = ${f}`));
  const width = Math.min(40, Math.max(6, ...summaries.map((s) => s.name.length)));
  console.log(`  ${'entity'.padEnd(width)}  ${uris.map((_, i) => `A${i + 1}`.padStart(4)).join('')}  total`);
  for (const s of summaries) {
    const row = uris.map((u) => String(counts.get(s.id)!.get(u) ?? '·').padStart(4)).join('');
    console.log(`  ${s.name.slice(0, width).padEnd(width)}  ${row}  ${String(total(counts, s.id)).padStart(5)}`);
  }
}

function entityCounts(docs: readonly IndexedDocument[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const m of d.analysis.mentions) {
      let per = out.get(m.entityId);
      if (!per) out.set(m.entityId, (per = new Map()));
      per.set(d.uri, (per.get(d.uri) ?? 0) + 1);
    }
  }
  return out;
}

function total(counts: Map<string, Map<string, number>>, id: string): number {
  let n = 0;
  for (const c of counts.get(id)?.values() ?? []) n += c;
  return n;
}

const LEVELS = ['hint', 'information', 'warning', 'error'];
const DEFAULT_LEVEL: Record<FindingCode, string> = { 'unattributed-quote': 'warning', 'unattributed-claim': 'information', 'vague-attribution': 'information' };
const SARIF_LEVEL: Record<string, SarifLevel> = { hint: 'note', information: 'note', warning: 'warning', error: 'error' };

interface CheckResult {
  file: string;
  line: number;
  column: number;
  code: FindingCode;
  level: string;
  message: string;
  sarif: SarifFinding;
  dismissed?: { reason: string; author: string };
}

async function check(args: Args): Promise<number> {
  const format = args.options.get('format') ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`Unknown format: ${format} (text, json or sarif)`);
  const failOn = args.options.get('fail-on');
  if (failOn !== undefined && !LEVELS.includes(failOn)) throw new UsageError(`Unknown level for --fail-on: ${failOn} (${LEVELS.join(', ')})`);
  const { corpus, roots, selected } = await openCorpus(args, logToStderr);
  const results: CheckResult[] = [];
  for (const uri of selected) {
    const doc = corpus.index.get(uri)!;
    const file = relPath(roots, uri);
    const located = (f: (typeof doc.analysis.findings)[number], dismissed?: { reason: string; author: string }): CheckResult => {
      const a = doc.lines.positionAt(f.start);
      const b = doc.lines.positionAt(f.end);
      const level = DEFAULT_LEVEL[f.code] ?? 'warning';
      const sarif: SarifFinding = {
        file,
        code: f.code,
        level: SARIF_LEVEL[level] ?? 'warning',
        message: f.message,
        startLine: a.line + 1,
        startColumn: a.character + 1,
        endLine: b.line + 1,
        endColumn: b.character + 1,
        charOffset: f.start,
        charLength: f.end - f.start,
        ...(dismissed ? { dismissed } : {}),
      };
      return { file, line: a.line + 1, column: a.character + 1, code: f.code, level, message: f.message, sarif, ...(dismissed ? { dismissed } : {}) };
    };
    for (const f of doc.analysis.findings) results.push(located(f));
    for (const d of doc.annotations?.dismissed ?? []) results.push(located(d.finding, { reason: d.annotation.reason ?? '', author: d.annotation.author }));
  }
  results.sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line || x.column - y.column);
  const active = results.filter((r) => !r.dismissed);
  if (format === 'sarif') {
    console.log(JSON.stringify(toSarif(results.map((r) => r.sarif), { version: packageVersion(), rootUri: URI.file(roots[0]!).toString() }), null, 2));
  } else if (format === 'json') {
    console.log(JSON.stringify(active.map(({ sarif: _s, dismissed: _d, ...r }) => r), null, 2));
  } else {
    for (const r of active) console.log(`${r.file}:${r.line}:${r.column}: ${r.level} ${r.code}: ${r.message}`);
    const dismissed = results.length - active.length;
    console.log(`${active.length} finding(s) in ${selected.length} article(s)${dismissed > 0 ? `, ${dismissed} dismissed` : ''}`);
  }
  if (failOn === undefined) return 0;
  const threshold = LEVELS.indexOf(failOn);
  return active.some((r) => LEVELS.indexOf(r.level) >= threshold) ? 1 : 0;
}

async function exportCommand(args: Args): Promise<number> {
  const format = args.options.get('format');
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  const out = args.options.get('out');
  if (!out) throw new UsageError('export needs --out DIR');
  const { corpus, selected } = await openCorpus(args, logToStderr);
  const progress = process.stderr.isTTY ? (done: number, all: number) => process.stderr.write(`\rexporting ${done}/${all}`) : undefined;
  const r = await exportCorpus(corpus, format as ExportFormat, resolve(out), { uris: selected, ...(progress ? { onProgress: progress } : {}) });
  if (progress) process.stderr.write('\r\x1b[K');
  console.log(`Exported ${r.articles} article(s) as ${format} to ${resolve(out)} (${r.files.length} file(s))`);
  return 0;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function logToStderr(m: CorpusMessage): void {
  if (m.level !== 'info') process.stderr.write(`${m.level}: ${m.message}\n`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.options.has('help') || args.command === '' || args.command === 'help') {
    console.log(USAGE);
    return args.command === '' ? 2 : 0;
  }
  switch (args.command) {
    case 'stats':
      return stats(args);
    case 'check':
      return check(args);
    case 'export':
      return exportCommand(args);
    default:
      throw new UsageError(`Unknown command: ${args.command}\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`corpus-annotator: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
