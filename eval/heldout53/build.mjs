// Builds the articles (*.txt) and gold.json from the annotated sources in src/.
// Markup (see README.md): §A/§V/§U/§N start a sentence with its status;
// [[surface|entity|flags]] an entity mention (entity defaults to the surface; flags: m, cap, adj, dem,
// +per/+org/+pla/+wea for an entity outside the kb); ⟪Q:speaker;also;…⟫ before an opening quote mark
// (speaker "-" = none); ⟪S:members;total;approx⟫…⟪/⟫ a signatory list; ⟪N⟫…⟪/⟫ a negative list;
// "~" a no-break space. Apostrophes and spaces inside quotes are set per file (house style).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const kbType = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) kbType.set(e.name, e.type);
}

// house style per article: curly apostrophes, the space used inside « » and before ":" (null = plain space)
const STYLE = {
  '01_kharkiv_debris_kn23': { curly: false, nb: null },
  '02_obus_defectueux': { curly: true, nb: '\u00a0' },
  '03_precision_missiles': { curly: true, nb: '\u202f' },
  '04_rapport_msmt': { curly: true, nb: null },
  '05_frappe_kyiv': { curly: false, nb: null },
  '06_vu_de_seoul': { curly: true, nb: '\u00a0' },
};
const KIND = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const TYPE = { '+per': 'person', '+org': 'organisation', '+pla': 'place', '+wea': 'weapon', '+cou': 'country' };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };

function parse(src, name) {
  let out = '';
  const mentions = [], sentences = [], quotes = [], lists = [];
  let openList = null;
  let i = 0;
  while (i < src.length) {
    if (src[i] === '§') {
      sentences.push({ start: out.length, status: STATUS[src[i + 1]] ?? fail(`bad status ${src[i + 1]}`) });
      i += 2;
    } else if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      const [surface, entity, flags = ''] = src.slice(i + 2, j).split('|');
      const m = { start: out.length, end: out.length + surface.length, entity: entity || surface };
      for (const f of flags.split(',').filter(Boolean)) {
        if (KIND[f]) m.kind = KIND[f];
        else if (TYPE[f]) { m.type = TYPE[f]; m.kb = false; }
        else fail(`${name}: bad flag ${f}`);
      }
      if (m.kb !== false) {
        m.type = kbType.get(m.entity);
        if (!m.type) fail(`${name}: "${m.entity}" is not a kb name`);
      }
      out += surface;
      mentions.push(m);
      i = j + 2;
    } else if (src[i] === '⟪') {
      const j = src.indexOf('⟫', i);
      const d = src.slice(i + 1, j);
      if (d.startsWith('Q:')) {
        const [speaker, ...also] = d.slice(2).split(';');
        quotes.push({ at: out.length, speaker: speaker === '-' ? null : speaker, also });
      } else if (d.startsWith('S:')) {
        const [members, total, approx] = d.slice(2).split(';');
        openList = { kind: 'sig', start: out.length, members: members.split(','), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' };
      } else if (d === 'N') openList = { kind: 'neg', start: out.length };
      else if (d === '/') { openList.end = out.length; lists.push(openList); openList = null; }
      else fail(`${name}: bad directive ${d}`);
      i = j + 1;
    } else {
      out += src[i] === '~' ? '\u00a0' : src[i];
      i++;
    }
  }
  return { out, mentions, sentences, quotes, lists };
}

function fail(msg) { throw new Error(msg); }

function applyStyle(text, { curly, nb }) {
  let t = curly ? text.replace(/'/g, '’') : text;
  if (nb) t = t.replace(/« /g, `«${nb}`).replace(/ »/g, `${nb}»`).replace(/ :/g, `${nb}:`);
  return t;
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceAt(text, surface, start) {
  let n = 0;
  for (let k = text.indexOf(surface); k >= 0; k = text.indexOf(surface, k + 1)) {
    if (isWordChar(text[k - 1]) || isWordChar(text[k + surface.length])) continue;
    if (k === start) return n;
    n++;
  }
  fail(`occurrence of "${surface}" at ${start} not found`);
}

const trimQ = (s) => s.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');
const CLOSE = { '«': '»', '“': '”', '"': '"' };

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '');
  const p = parse(readFileSync(join(here, 'src', f), 'utf8'), name);
  const text = applyStyle(p.out, STYLE[name] ?? fail(`no style for ${name}`));
  if (text.length !== p.out.length) fail('style changed the length');
  const art = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const m of p.mentions) {
    const surface = text.slice(m.start, m.end);
    const e = { surface, occurrence: occurrenceAt(text, surface, m.start), entity: m.entity, type: m.type };
    if (m.kind) e.kind = m.kind;
    if (m.kb === false) e.kb = false;
    art.entities.push(e);
  }
  for (const q of p.quotes) {
    const open = text[q.at];
    if (!CLOSE[open]) fail(`${name}: no quote mark at ${q.at}: ${text.slice(q.at, q.at + 20)}`);
    const close = text.indexOf(CLOSE[open], q.at + 1);
    const e = { text: trimQ(text.slice(q.at + 1, close)), speaker: q.speaker };
    if (q.also.length) e.speakerAlso = q.also;
    art.quotes.push(e);
  }
  p.sentences.forEach((s, k) => {
    const end = k + 1 < p.sentences.length ? p.sentences[k + 1].start : text.length;
    art.sentences.push({ text: text.slice(s.start, end).trimEnd().slice(0, 40), status: s.status });
  });
  for (const l of p.lists) {
    const t = text.slice(l.start, l.start + 40);
    if (l.kind === 'sig') {
      const e = { text: t, members: l.members, statedTotal: l.statedTotal };
      if (l.approximate) e.approximate = true;
      art.signatoryLists.push(e);
    } else art.negativeLists.push({ text: t });
  }
  writeFileSync(join(here, `${name}.txt`), text);
  gold.articles[`${name}.txt`] = art;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
