// Builds the articles (*.txt) and gold.json of eval/heldout46 from the annotated sources in src/*.src.
//
// Markup (see README.md):
//   {A} {V} {U} {N}        a sentence starts here: attributed, vague, unattributed, not-claim
//   [surface]              a mention whose surface is a kb name
//   [surface|entity]       a mention of kb entity `entity` (its name; apostrophes may be ’ or ')
//   [surface|entity|opts]  opts, comma-separated: metonym | capital | adjective | demonym | x:<type> (outside the kb)
//                          entity `=` means "the same as the surface"
//   {q:speaker;also;...}   right after an opening quotation mark: the speaker (and speakerAlso); {q:-} = no speaker
//   {S:m1;m2;...|total|approx}  a signatory list starts here
//   {NL}                   a negative list starts here
//   ~ = U+00A0, ¤ = U+202F; lines starting with % are comments; the first line `@file name.txt` names the article.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');

// Only name and type of each kb entry are used here.
const kb = new Map();
const fold = (s) => s.normalize('NFC').replace(/[’']/g, "'");
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) kb.set(fold(e.name), { name: e.name, type: e.type });
}
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const CLOSE = { '«': '»', '“': '”', '"': '"' };

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < start; i = text.indexOf(surface, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
  }
  if (isWordChar(text[start - 1]) || isWordChar(text[start + surface.length])) throw new Error(`"${surface}" at ${start} touches a letter`);
  return n;
}

function build(srcPath) {
  const lines = readFileSync(srcPath, 'utf8').split('\n');
  const head = lines.shift();
  const m = /^@file (\S+\.txt)$/.exec(head);
  if (!m) throw new Error(`${srcPath}: first line must be @file <name>.txt`);
  const file = m[1];
  const src = lines.filter((l) => !l.startsWith('%')).join('\n').replace(/\n+$/, '') + '\n';
  let out = '';
  const sentences = [], ents = [], quotes = [], sig = [], neg = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '{') {
      const j = src.indexOf('}', i);
      const tag = src.slice(i + 1, j);
      i = j + 1;
      if (/^[AVUN]$/.test(tag)) sentences.push({ start: out.length, status: STATUS[tag] });
      else if (tag === 'NL') neg.push({ start: out.length });
      else if (tag.startsWith('S:')) {
        const [members, total, approx] = tag.slice(2).split('|');
        sig.push({ start: out.length, members: members.split(';').map((x) => resolve(x).name), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' });
      } else if (tag.startsWith('q:')) {
        const parts = tag.slice(2).split(';');
        let k = out.length - 1;
        while (k >= 0 && /[ \u00a0\u202f]/.test(out[k])) k--;
        const open = out[k];
        if (!CLOSE[open]) throw new Error(`${file}: {q:} not after an opening mark: ${JSON.stringify(out.slice(-20))}`);
        quotes.push({ at: out.length, open, speaker: parts[0] === '-' ? null : parts[0], also: parts.slice(1) });
      } else throw new Error(`${file}: unknown tag {${tag}}`);
    } else if (c === '[') {
      const j = src.indexOf(']', i);
      const [surfaceRaw, entityRaw, optsRaw] = src.slice(i + 1, j).split('|');
      i = j + 1;
      const surface = surfaceRaw.replace(/~/g, '\u00a0').replace(/¤/g, '\u202f');
      const opts = (optsRaw ?? '').split(',').filter(Boolean);
      const ent = { start: out.length, surface };
      const xType = opts.find((o) => o.startsWith('x:'));
      const kind = opts.find((o) => KINDS.has(o));
      for (const o of opts) if (!o.startsWith('x:') && !KINDS.has(o)) throw new Error(`${file}: bad option ${o}`);
      if (xType) {
        const type = xType.slice(2);
        if (!TYPES.has(type)) throw new Error(`${file}: bad type ${type}`);
        ent.entity = !entityRaw || entityRaw === '=' ? surface : entityRaw;
        ent.type = type;
        ent.kb = false;
      } else {
        const k = resolve(!entityRaw || entityRaw === '=' ? surface : entityRaw);
        ent.entity = k.name;
        ent.type = k.type;
      }
      if (kind) ent.kind = kind;
      ents.push(ent);
      out += surface;
    } else if (c === '~') { out += '\u00a0'; i++; }
    else if (c === '¤') { out += '\u202f'; i++; }
    else { out += c; i++; }
  }
  if (/[{}[\]|]/.test(out)) throw new Error(`${file}: markup left in the text: ${out.match(/.{0,30}[{}[\]|].{0,30}/)[0]}`);

  const clipAt = (start, limit) => out.slice(start, Math.min(start + 40, limit)).replace(/\s+$/, '');
  const sentenceEnd = (pos) => sentences.find((x) => x.start > pos)?.start ?? out.length;
  const gold = {
    entities: ents.map((e) => {
      const g = { surface: e.surface, occurrence: occurrenceIndex(out, e.surface, e.start), entity: e.entity, type: e.type };
      if (e.kind) g.kind = e.kind;
      if (e.kb === false) g.kb = false;
      return g;
    }),
    quotes: quotes.map((q) => {
      const close = out.indexOf(CLOSE[q.open], q.at);
      if (close < 0) throw new Error(`${file}: unclosed quote at ${q.at}`);
      const inner = out.slice(q.at, close).replace(/^[ \u00a0\u202f]+/, '').replace(/[ \u00a0\u202f]+$/, '');
      const g = { text: inner.slice(0, 30), speaker: q.speaker };
      if (q.also.length) g.speakerAlso = q.also;
      return g;
    }),
    sentences: sentences.map((s, k) => ({ text: clipAt(s.start, k + 1 < sentences.length ? sentences[k + 1].start : out.length), status: s.status })),
    signatoryLists: sig.map((s) => ({ text: clipAt(s.start, sentenceEnd(s.start)), members: s.members, statedTotal: s.statedTotal, ...(s.approximate ? { approximate: true } : {}) })),
    negativeLists: neg.map((n) => ({ text: clipAt(n.start, sentenceEnd(n.start)) })),
  };
  return { file, text: out, gold };
}

function resolve(name) {
  const k = kb.get(fold(name));
  if (!k) throw new Error(`not a kb name: ${name}`);
  return k;
}

const articles = {};
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const { file, text, gold } = build(join(here, 'src', f));
  writeFileSync(join(here, file), text);
  articles[file] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 1) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
