// Build heldout6 articles + gold.json from hand-annotated markup sources, then verify the gold against the texts.
// Markup: [surface|entity|type|kind]  (entity '' = surface, '~Name' = outside kb; type c o p pl w; kind m cap adj dem)
//         {a} {v} {u} {n}  sentence start with status
//         {q:Speaker}  {q:}  {q:Speaker/Also1,Also2}  before an opening quotation mark
//         {L:m1,m2;total;approx}  start of a signatory list     {N}  start of a negative list
// First line: %%opts [curly] [nbsp]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = '/tmp/h6/src';
const OUT = process.argv[2] ?? '/work/main/eval/heldout6';
const TYPES = { c: 'country', o: 'organisation', p: 'person', pl: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };

const kbNames = new Set();
const kbDir = '/work/main/server/data/kb';
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) kbNames.add(e.name);

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, surface, pos) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1 && p < pos; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    k++;
  }
  return k;
}
function nthOccurrence(text, surface, n) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}

const errors = [];
const gold = { version: 1, articles: {} };
const stats = [];

for (const file of readdirSync(SRC).filter((f) => f.endsWith('.src')).sort()) {
  const name = file.replace(/\.src$/, '.txt');
  let src = readFileSync(join(SRC, file), 'utf8');
  const first = src.split('\n', 1)[0];
  const opts = first.startsWith('%%opts') ? first.split(/\s+/).slice(1) : [];
  if (first.startsWith('%%opts')) src = src.slice(first.length + 1);

  let clean = '';
  const ents = [], sents = [], quotes = [], lists = [], negs = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '[') {
      const j = src.indexOf(']', i);
      const [surface, entity, type, kind] = src.slice(i + 1, j).split('|');
      if (!TYPES[type]) errors.push(`${name}: bad type in [${src.slice(i + 1, j)}]`);
      if (kind && !KINDS[kind]) errors.push(`${name}: bad kind in [${src.slice(i + 1, j)}]`);
      const start = clean.length;
      clean += surface;
      let ent = entity || surface;
      let kb = true;
      if (ent.startsWith('~')) {
        kb = false;
        ent = ent.slice(1) || surface;
      }
      ents.push({ start, end: clean.length, entity: ent, type: TYPES[type], kind: kind ? KINDS[kind] : undefined, kb });
      i = j + 1;
    } else if (ch === '{') {
      const j = src.indexOf('}', i);
      const tag = src.slice(i + 1, j);
      if (STATUS[tag]) sents.push({ start: clean.length, status: STATUS[tag] });
      else if (tag.startsWith('q:')) {
        const body = tag.slice(2);
        const [sp, also] = body.split('/');
        quotes.push({ start: clean.length, speaker: sp === '' ? null : sp, speakerAlso: also ? also.split(',') : undefined });
      } else if (tag.startsWith('L:')) {
        const [m, total, approx] = tag.slice(2).split(';');
        lists.push({ start: clean.length, members: m.split(','), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' });
      } else if (tag === 'N') negs.push({ start: clean.length });
      else errors.push(`${name}: unknown tag {${tag}}`);
      i = j + 1;
    } else {
      clean += ch;
      i++;
    }
  }
  // 1:1 character substitutions (offsets unchanged)
  if (opts.includes('curly')) clean = clean.replace(/'/g, '’');
  if (opts.includes('nbsp')) clean = clean.replace(/« /g, '«\u00A0').replace(/ »/g, '\u00A0»').replace(/ :/g, '\u00A0:');
  if (/[\[\]{}|]/.test(clean)) errors.push(`${name}: markup characters left in the text`);

  const text = clean.trimEnd() + '\n';
  writeFileSync(join(OUT, name), text);

  // ---- entities
  const gEnts = [];
  ents.sort((a, b) => a.start - b.start);
  for (let k = 0; k < ents.length; k++) {
    const e = ents[k];
    if (k > 0 && ents[k - 1].end > e.start) errors.push(`${name}: overlapping entities at ${e.start}`);
    const surface = text.slice(e.start, e.end);
    const occurrence = occurrencesBefore(text, surface, e.start);
    if (nthOccurrence(text, surface, occurrence) !== e.start) errors.push(`${name}: occurrence check failed for ${surface}`);
    if (isWordChar(text[e.start - 1]) || isWordChar(text[e.end])) errors.push(`${name}: entity "${surface}" is not word-bounded`);
    if (e.kb && !kbNames.has(e.entity)) errors.push(`${name}: "${e.entity}" is not a kb name`);
    if (!e.kb && kbNames.has(e.entity)) errors.push(`${name}: "${e.entity}" marked outside kb but is a kb name`);
    const g = { surface, occurrence, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    gEnts.push(g);
  }
  // ---- sentences
  const gSents = [];
  if (text.slice(0, sents[0].start).trim()) errors.push(`${name}: text before the first sentence`);
  let from = 0;
  for (const [k, s] of sents.entries()) {
    const stop = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const t = text.slice(s.start, Math.min(s.start + 40, stop)).replace(/[\s\u00A0\u202F]+$/, '');
    if (/^\s/.test(t)) errors.push(`${name}: sentence starts with a space at ${s.start}`);
    const at = text.indexOf(t, from);
    if (at !== s.start) errors.push(`${name}: sentence "${t}" found at ${at}, expected ${s.start}`);
    from = at + t.length;
    gSents.push({ text: t, status: s.status });
  }
  // ---- quotes
  const CLOSE = { '«': '»', '“': '”', '"': '"' };
  const gQuotes = [];
  let qfrom = 0;
  const covered = new Set();
  for (const q of quotes) {
    const open = text[q.start];
    if (!CLOSE[open]) {
      errors.push(`${name}: quote marker not before a quotation mark at ${q.start}: ${text.slice(q.start, q.start + 20)}`);
      continue;
    }
    covered.add(q.start);
    const close = text.indexOf(CLOSE[open], q.start + 1);
    if (open === '"') covered.add(close);
    const inner = text.slice(q.start + 1, close);
    const lead = inner.length - inner.replace(/^[\s\u00A0\u202F]+/, '').length;
    const t = inner.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '').slice(0, 30);
    const at = text.indexOf(t, qfrom);
    if (at !== q.start + 1 + lead) errors.push(`${name}: quote "${t}" found at ${at}, expected ${q.start + 1 + lead}`);
    qfrom = at + 1;
    const g = { text: t, speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    gQuotes.push(g);
  }
  for (let p = 0; p < text.length; p++) if ('«“"'.includes(text[p]) && !covered.has(p)) errors.push(`${name}: quotation mark at ${p} not annotated: ${text.slice(p, p + 30)}`);
  // speakers that are kb names or entities of the article
  // ---- lists
  const capAt = (start) => {
    const next = sents.find((s) => s.start > start);
    return text.slice(start, Math.min(start + 40, next ? next.start : text.length)).replace(/[\s\u00A0\u202F]+$/, '');
  };
  const gLists = lists.map((l) => {
    const g = { text: capAt(l.start), members: l.members, statedTotal: l.statedTotal };
    if (l.approximate) g.approximate = true;
    for (const m of l.members) if (!kbNames.has(m)) errors.push(`${name}: list member ${m} not a kb name`);
    return g;
  });
  const gNegs = negs.map((n) => {
    const t = capAt(n.start);
    if (text.indexOf(t) !== n.start) errors.push(`${name}: negative list text not unique/first: ${t}`);
    return { text: t };
  });
  for (const l of gLists) if (text.indexOf(l.text) !== text.indexOf(l.text)) errors.push('?');

  gold.articles[name] = { entities: gEnts, quotes: gQuotes, sentences: gSents, signatoryLists: gLists, negativeLists: gNegs };
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const byStatus = {};
  for (const s of gSents) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  stats.push({ name, words, entities: gEnts.length, outsideKb: gEnts.filter((e) => e.kb === false).length, sentences: gSents.length, ...byStatus, quotes: gQuotes.length, nullQuotes: gQuotes.filter((q) => q.speaker === null).length, lists: gLists.length, negs: gNegs.length });
}

writeFileSync(join(OUT, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
JSON.parse(readFileSync(join(OUT, 'gold.json'), 'utf8'));
console.table(stats);
const tot = {};
for (const s of stats) for (const [k, v] of Object.entries(s)) if (typeof v === 'number') tot[k] = (tot[k] ?? 0) + v;
console.log('TOTAL', tot);
if (errors.length) {
  console.log('ERRORS:\n' + errors.join('\n'));
  process.exit(1);
}
console.log('gold.json OK');
