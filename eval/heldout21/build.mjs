// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/.
//
// Markup of src/*.src (see README.md, "How the set was written"):
//   #file NAME.txt          first line: the article's file name
//   % ...                   a comment line (dropped)
//   §a §v §u §n             start of a sentence: attributed, vague, unattributed, not-claim
//   [surface|KEY]           an entity mention; KEY is defined in src/keys.txt
//   [surface|KEY|kind]      kind: m (metonym), cap (capital), adj (adjective), dem (demonym)
//   «{speaker}  “{…}  "{…}  after an opening quote mark (and its space, if any): the quote's speaker;
//                           {-} no speaker; {a;b;c} speaker a, speakerAlso [b, c]
//   <+A;B;C#11>  <+A;B#~40>  <+A;B>   start of a signatory list (members, stated total, ~ approximate)
//   <->                     start of a negative list
//   ~  NBSP (U+00A0)        ^  narrow NBSP (U+202F)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'src');

const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };

const keys = new Map();
for (const raw of readFileSync(join(srcDir, 'keys.txt'), 'utf8').split('\n')) {
  const line = raw.trim();
  if (!line || line.startsWith('%')) continue;
  const m = /^(\S+)\s*=\s*(.+?)\s*\|\s*([colpw])\s*(\|\s*nokb)?$/.exec(line);
  if (!m) throw new Error(`keys.txt: bad line ${line}`);
  if (keys.has(m[1])) throw new Error(`keys.txt: duplicate key ${m[1]}`);
  keys.set(m[1], { entity: m[2], type: TYPES[m[3]], kb: !m[4] });
}

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
function occurrenceOf(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < start; i = text.indexOf(surface, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
  }
  return n;
}

const CLOSE = { '«': '»', '“': '”', '"': '"' };

function build(src) {
  const lines = src.split('\n');
  const head = /^#file (\S+\.txt)$/.exec(lines[0]);
  if (!head) throw new Error('first line must be #file NAME.txt');
  const body = lines.slice(1).filter((l) => !l.startsWith('%')).join('\n');
  let out = '';
  const ents = [], sents = [], quotes = [], sig = [], neg = [];
  for (let i = 0; i < body.length; ) {
    const ch = body[i];
    if (ch === '§') {
      const st = STATUS[body[i + 1]];
      if (!st) throw new Error(`bad status at ${body.slice(i, i + 30)}`);
      sents.push({ start: out.length, status: st });
      i += 2;
    } else if (ch === '[') {
      const j = body.indexOf(']', i);
      const [surface, key, kind] = body.slice(i + 1, j).split('|');
      const k = keys.get(key);
      if (!k) throw new Error(`unknown key ${key} at ${body.slice(i, i + 40)}`);
      if (kind && !KINDS[kind]) throw new Error(`unknown kind ${kind}`);
      const s = surface.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
      ents.push({ start: out.length, surface: s, ...k, kind: kind ? KINDS[kind] : undefined });
      out += s;
      i = j + 1;
    } else if (ch === '{') {
      const j = body.indexOf('}', i);
      const spec = body.slice(i + 1, j);
      const open = out.replace(/[ \u00a0\u202f]+$/, '').slice(-1); // the quote mark, maybe followed by a space
      if (!CLOSE[open]) throw new Error(`speaker not after a quote mark: ${body.slice(i - 10, i + 30)}`);
      const parts = spec.split(';');
      quotes.push({ start: out.length, open, speaker: parts[0] === '-' ? null : parts[0], also: parts.slice(1) });
      i = j + 1;
    } else if (ch === '<' && (body[i + 1] === '+' || body[i + 1] === '-')) {
      const j = body.indexOf('>', i);
      const spec = body.slice(i + 2, j);
      if (body[i + 1] === '-') neg.push({ start: out.length });
      else {
        const [mem, tot] = spec.split('#');
        const rec = { start: out.length, members: mem.split(';'), statedTotal: null };
        if (tot) {
          rec.approximate = tot.startsWith('~');
          rec.statedTotal = Number(tot.replace('~', ''));
        }
        sig.push(rec);
      }
      i = j + 1;
    } else if (ch === '~') { out += '\u00a0'; i++; }
    else if (ch === '^') { out += '\u202f'; i++; }
    else { out += ch; i++; }
  }
  if (/[\[\]{}§<>|]/.test(out)) throw new Error(`markup left in ${head[1]}: ${out.match(/.{0,30}[\[\]{}§<>|].{0,30}/s)[0]}`);
  out = out.replace(/\s+$/, '') + '\n';

  const sentences = sents.map((s, n) => {
    const end = n + 1 < sents.length ? sents[n + 1].start : out.length;
    return { text: out.slice(s.start, Math.min(end, s.start + 40)).trimEnd(), status: s.status };
  });
  const entities = ents.map((e) => {
    const g = { surface: e.surface, occurrence: occurrenceOf(out, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    return g;
  });
  const qs = quotes.map((q) => {
    const close = out.indexOf(CLOSE[q.open], q.start);
    if (close < 0) throw new Error(`unclosed quote in ${head[1]}`);
    const g = { text: out.slice(q.start, close).trim().slice(0, 30), speaker: q.speaker };
    if (q.also.length) g.speakerAlso = q.also;
    return g;
  });
  const listText = (start) => out.slice(start, start + 40);
  return {
    file: head[1],
    text: out,
    gold: {
      entities,
      quotes: qs,
      sentences,
      signatoryLists: sig.map((l) => {
        const g = { text: listText(l.start), members: l.members, statedTotal: l.statedTotal };
        if (l.approximate) g.approximate = true;
        return g;
      }),
      negativeLists: neg.map((l) => ({ text: listText(l.start) })),
    },
  };
}

const articles = {};
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const { file, text, gold } = build(readFileSync(join(srcDir, f), 'utf8'));
  writeFileSync(join(here, file), text);
  articles[file] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 1) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
