import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { URI } from 'vscode-uri';
import { Corpus, DEFAULT_SETTINGS, type CorpusMessage } from './corpus/corpus';
import type { EntitySummary } from './corpus/corpusIndex';

const dataDir = process.env.CORPUS_ANNOTATOR_DATA ?? join(__dirname, '..', 'server', 'data');

const USAGE = `Usage: corpus-annotator <command> [options] [paths…]

Commands:
  stats [folder]                      entities by type with their mention and article counts
  check [folder] [--format text|json] [--fail-on warning|information]
                                      attribution findings of every article (exit 1 when some reach the threshold)

Options:
  --files <glob>    which files are articles (default **/*.txt)
  -h, --help        this help`;

interface Args {
  command: string;
  paths: string[];
  options: Map<string, string>;
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
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

class UsageError extends Error {}

async function openCorpus(args: Args, log: (m: CorpusMessage) => void): Promise<{ corpus: Corpus; root: string }> {
  const target = resolve(args.paths[0] ?? '.');
  if (!existsSync(target)) throw new UsageError(`No such file or folder: ${target}`);
  const root = statSync(target).isDirectory() ? target : dirname(target);
  const corpus = new Corpus(dataDir, [root], { ...DEFAULT_SETTINGS, files: args.options.get('files') ?? DEFAULT_SETTINGS.files }, log);
  const progress = process.stderr.isTTY ? (done: number, total: number) => process.stderr.write(`\rindexing ${done}/${total}`) : undefined;
  if (statSync(target).isDirectory()) await corpus.indexAll(progress);
  else await corpus.refreshFromDisk(URI.file(target).toString());
  if (progress) process.stderr.write('\r\x1b[K');
  return { corpus, root };
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
  const { corpus } = await openCorpus(args, logToStderr);
  const index = corpus.index;
  const summaries = index
    .entityIds()
    .map((id) => index.summary(id))
    .filter((s): s is EntitySummary => !!s);
  const mentions = summaries.reduce((n, s) => n + s.mentionCount, 0);
  console.log(`${index.size} articles, ${summaries.length} entities, ${mentions} mentions`);
  for (const type of Object.keys(TYPE_TITLES)) {
    const group = summaries.filter((s) => s.type === type).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name, 'fr'));
    if (group.length === 0) continue;
    console.log(`\n${TYPE_TITLES[type]} (${group.length})`);
    const width = Math.min(48, Math.max(...group.map((s) => s.name.length)));
    for (const s of group) {
      const flag = s.kb ? '' : '  (not in the knowledge base)';
      console.log(`  ${s.name.padEnd(width)}  ${String(s.mentionCount).padStart(4)} mentions  ${String(s.articleCount).padStart(3)} articles${flag}`);
    }
  }
  return 0;
}

const LEVELS = ['hint', 'information', 'warning', 'error'];
const DEFAULT_LEVEL: Record<string, string> = { 'unattributed-quote': 'warning', 'unattributed-claim': 'information', 'vague-attribution': 'information' };

async function check(args: Args): Promise<number> {
  const { corpus, root } = await openCorpus(args, logToStderr);
  const format = args.options.get('format') ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`Unknown format: ${format} (text or json)`);
  const failOn = args.options.get('fail-on');
  if (failOn !== undefined && !LEVELS.includes(failOn)) throw new UsageError(`Unknown level for --fail-on: ${failOn}`);
  const results: { file: string; line: number; column: number; code: string; level: string; message: string }[] = [];
  for (const uri of corpus.index.uris()) {
    const doc = corpus.index.get(uri)!;
    const file = relative(root, URI.parse(uri).fsPath);
    for (const f of doc.analysis.findings) {
      const p = doc.lines.positionAt(f.start);
      results.push({ file, line: p.line + 1, column: p.character + 1, code: f.code, level: DEFAULT_LEVEL[f.code] ?? 'warning', message: f.message });
    }
  }
  if (format === 'json') console.log(JSON.stringify(results, null, 2));
  else {
    for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.level} ${r.code}: ${r.message}`);
    console.log(`${results.length} finding(s) in ${corpus.index.size} article(s)`);
  }
  if (failOn === undefined) return 0;
  const threshold = LEVELS.indexOf(failOn);
  return results.some((r) => LEVELS.indexOf(r.level) >= threshold) ? 1 : 0;
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
