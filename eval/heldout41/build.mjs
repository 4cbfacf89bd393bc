// Builds the articles (*.txt) and gold.json of eval/heldout41 from the annotated sources in src/*.src.
//
// Markup (see README.md, "How the set was written"):
//   ⟪x⟫                       a sentence starts here; x = a (attributed), v (vague), u (unattributed), n (not-claim)
//   ⟦surface|entity|kind⟧     an entity mention. entity may be empty (then resolved from the kb by the surface);
//                             kind: m (metonym), c (capital), a (adjective), d (demonym), or !type for an entity
//                             outside the kb (!person, !organisation, !place, !country, !weapon)
//   ⟨speaker|also1;also2⟩     the next character opens a quotation; empty ⟨⟩ means no speaker
//   ⟮S|m1;m2|total|approx⟯    a signatory list starts here; ⟮N⟯ a negative list
// Only the name, type, aliases, demonyms and metonyms of the kb entries are read.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// ---- kb (only the permitted fields)
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const fold = (s) =>
  [...s]
    .map((ch) => {
      if (ch === '’' || ch === 'ʼ') return "'";
      if (ch === '-' || ch === '\u00a0' || ch === '\u202f') return ' ';
      return ch.normalize('NFD')[0].toLowerCase();
    })
    .join('');
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (/e$/.test(d)) return out;
  if (/(en|on)$/.test(d)) out.add(d + 'ne').add(d + 'nes');
  out.add(d + 'e').add(d + 'es');
  return out;
};
const byName = new Map(kb.map((e) => [e.name, e]));
const nameIdx = new Map(); // folded name/alias -> entry
const metIdx = new Map();
const demIdx = new Map();
for (const e of kb) {
  for (const n of [e.name, ...e.aliases]) if (!nameIdx.has(fold(n))) nameIdx.set(fold(n), e);
  for (const m of e.metonyms) metIdx.set(fold(m), e);
  for (const d of e.demonyms) for (const f of inflect(d)) demIdx.set(fold(f), e);
}
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);

// ---- per-article typography applied to the source before parsing
const typography = {
  nbsp: (s) => s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»'),
  nbspColon: (s) => s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([:;?!])/g, '\u202f$1'),
};
const config = {
  '02_traite_pyongyang_pekin': 'nbspColon',
  '05_otan_washington_ip4': 'nbsp',
};

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let p = text.indexOf(surface); p !== -1 && p < start; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    n++;
  }
  return n;
}
const CLOSE = { '«': '»', '“': '”', '"': '"' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };

function build(src, file) {
  let text = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const lists = [];
  let pendingQuote = null;
  for (let i = 0; i < src.length; ) {
    const ch = src[i];
    const closeAt = (c) => {
      const j = src.indexOf(c, i);
      if (j < 0) throw new Error(`${file}: unclosed ${src[i]} at ${i}`);
      return j;
    };
    if (ch === '⟪') {
      const j = closeAt('⟫');
      const st = STATUS[src.slice(i + 1, j)];
      if (!st) throw new Error(`${file}: bad status ${src.slice(i, j + 1)}`);
      sents.push({ start: text.length, status: st });
      i = j + 1;
    } else if (ch === '⟦') {
      const j = closeAt('⟧');
      const [surface, entityField = '', kindField = ''] = src.slice(i + 1, j).split('|');
      const m = { surface, start: text.length };
      if (kindField.startsWith('!')) {
        const type = kindField.slice(1);
        if (!TYPES.has(type)) throw new Error(`${file}: bad type ${type}`);
        Object.assign(m, { entity: entityField || surface, type, kb: false });
      } else {
        const kind = kindField ? KINDS[kindField] : undefined;
        if (kindField && !kind) throw new Error(`${file}: bad kind ${kindField}`);
        let e;
        if (entityField) e = byName.get(entityField);
        else if (kind === 'metonym' || kind === 'capital') e = metIdx.get(fold(surface));
        else if (kind === 'adjective' || kind === 'demonym') e = demIdx.get(fold(surface));
        else e = nameIdx.get(fold(surface));
        if (!e) throw new Error(`${file}: cannot resolve ${src.slice(i, j + 1)}`);
        Object.assign(m, { entity: e.name, type: e.type });
        if (kind) m.kind = kind;
      }
      ents.push(m);
      text += surface;
      i = j + 1;
    } else if (ch === '⟨') {
      const j = closeAt('⟩');
      const body = src.slice(i + 1, j);
      if (!body) pendingQuote = { speaker: null };
      else {
        const [speaker, also] = body.split('|');
        pendingQuote = { speaker };
        if (also) pendingQuote.speakerAlso = also.split(';');
      }
      if (!CLOSE[src[j + 1]]) throw new Error(`${file}: quote marker not before a quote mark at ${i}`);
      pendingQuote.start = text.length;
      quotes.push(pendingQuote);
      i = j + 1;
    } else if (ch === '⟮') {
      const j = closeAt('⟯');
      const [kind, members, total, approx] = src.slice(i + 1, j).split('|');
      if (kind === 'S') {
        const l = { start: text.length, members: members.split(';'), statedTotal: total ? Number(total) : null };
        if (approx) l.approximate = true;
        lists.push(l);
      } else if (kind === 'N') lists.push({ start: text.length, negative: true });
      else throw new Error(`${file}: bad list ${src.slice(i, j + 1)}`);
      i = j + 1;
    } else {
      text += ch;
      i++;
    }
  }
  // gold
  const entities = ents.map((m) => {
    const o = { surface: m.surface, occurrence: occurrenceIndex(text, m.surface, m.start), entity: m.entity, type: m.type };
    if (m.kind) o.kind = m.kind;
    if (m.kb === false) o.kb = false;
    return o;
  });
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, Math.min(end, s.start + 40)).trimEnd(), status: s.status };
  });
  const gq = quotes.map((q) => {
    const open = text[q.start];
    const close = text.indexOf(CLOSE[open], q.start + 1);
    if (close < 0) throw new Error(`${file}: quote not closed at ${q.start}`);
    const inner = text.slice(q.start + 1, close).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    const o = { text: inner.slice(0, 30), speaker: q.speaker };
    if (q.speakerAlso) o.speakerAlso = q.speakerAlso;
    return o;
  });
  const signatoryLists = lists
    .filter((l) => !l.negative)
    .map((l) => {
      const o = { text: text.slice(l.start, l.start + 40), members: l.members, statedTotal: l.statedTotal };
      if (l.approximate) o.approximate = true;
      return o;
    });
  const negativeLists = lists.filter((l) => l.negative).map((l) => ({ text: text.slice(l.start, l.start + 40) }));
  return { text, gold: { entities, quotes: gq, sentences, signatoryLists, negativeLists } };
}

const articles = {};
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const base = f.replace(/\.src$/, '');
  let src = readFileSync(join(here, 'src', f), 'utf8');
  if (config[base]) src = typography[config[base]](src);
  const { text, gold } = build(src, f);
  writeFileSync(join(here, base + '.txt'), text);
  articles[base + '.txt'] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 2) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
