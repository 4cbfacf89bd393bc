// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup of a source file:
//   first line `#opts apos=’`  optional: straight apostrophes of the text become ’ (kb names in the markup stay as written)
//   §u §a §v §n + space        a sentence starts here: unattributed, attributed, vague, not-claim
//   {surface|entity|t|kind|x}  an entity mention; entity empty = the surface as written; t = c o p l w;
//                              kind = m (metonym) cap (capital) adj (adjective) dem (demonym) or - / empty; x = not in the kb
//   ‹speaker;also1,also2›      right after an opening quotation mark: the quote's speaker (- for none)
//   ⟪S;member,member;total;approx⟫  a signatory list starts here (total: a number or null; approx: optional `approx`)
//   ⟪N⟫                        a negative list starts here
//   ~  U+00A0 no-break space, ^  U+202F narrow no-break space
//
// Usage: node build.mjs   (writes ../heldout33/*.txt and gold.json next to this file)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { u: 'unattributed', a: 'attributed', v: 'vague', n: 'not-claim' };
const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function occurrenceIndex(text, surface, start) {
  let n = 0;
  let i = text.indexOf(surface);
  while (i >= 0 && i < start) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
    i = text.indexOf(surface, i + 1);
  }
  if (i !== start) throw new Error(`internal: "${surface}" not at ${start}`);
  if (isWordChar(text[start - 1]) || isWordChar(text[start + surface.length])) throw new Error(`"${surface}" at ${start} touches a letter or digit`);
  return n;
}

function build(src, file) {
  let opts = {};
  if (src.startsWith('#opts')) {
    const nl = src.indexOf('\n');
    for (const kv of src.slice(6, nl).trim().split(/\s+/)) {
      const [k, v] = kv.split('=');
      opts[k] = v;
    }
    src = src.slice(nl + 1);
  }
  const conv = (s) => {
    s = s.replace(/~/g, '\u00A0').replace(/\^/g, '\u202F');
    if (opts.apos) s = s.replace(/'/g, opts.apos);
    return s;
  };
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '{') {
      const j = src.indexOf('}', i);
      const parts = src.slice(i + 1, j).split('|');
      const [surfRaw, entRaw = '', t, k = '', x = ''] = parts;
      if (!TYPES[t]) throw new Error(`${file}: bad type in {${parts.join('|')}}`);
      if (k && k !== '-' && !KINDS[k]) throw new Error(`${file}: bad kind in {${parts.join('|')}}`);
      const surface = conv(surfRaw);
      ents.push({ start: out.length, surface, entity: entRaw || surfRaw, type: TYPES[t], kind: KINDS[k], kb: x !== 'x' });
      out += surface;
      i = j + 1;
    } else if (ch === '§') {
      const st = STATUS[src[i + 1]];
      if (!st || src[i + 2] !== ' ') throw new Error(`${file}: bad sentence marker at ${JSON.stringify(src.slice(i, i + 20))}`);
      sents.push({ start: out.length, status: st });
      i += 3;
    } else if (ch === '‹') {
      const j = src.indexOf('›', i);
      const [sp, also] = src.slice(i + 1, j).split(';');
      quotes.push({ start: out.length, speaker: sp === '-' ? null : sp, speakerAlso: also ? also.split(',') : undefined });
      i = j + 1;
    } else if (ch === '⟪') {
      const j = src.indexOf('⟫', i);
      const parts = src.slice(i + 1, j).split(';');
      if (parts[0] === 'S') {
        sigs.push({ start: out.length, members: parts[1].split(','), statedTotal: parts[2] === 'null' ? null : Number(parts[2]), approximate: parts[3] === 'approx' });
      } else if (parts[0] === 'N') negs.push({ start: out.length });
      else throw new Error(`${file}: bad list marker`);
      i = j + 1;
    } else {
      out += conv(ch);
      i++;
    }
  }
  const text = out;
  // entities
  const entities = ents.map((e) => {
    const g = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    return g;
  });
  // sentences
  const sentences = sents.map((s, n) => {
    const end = n + 1 < sents.length ? sents[n + 1].start : text.length;
    const body = text.slice(s.start, end).trim();
    return { text: body.slice(0, 40).trimEnd(), status: s.status };
  });
  // quotes
  const CLOSE = { '«': '»', '“': '”', '"': '"' };
  const quoteList = quotes.map((q) => {
    let k = q.start - 1;
    while (k >= 0 && /[\s\u00A0\u202F]/.test(text[k])) k--;
    const open = text[k];
    if (!CLOSE[open]) throw new Error(`${file}: quote marker not after an opening mark: ${JSON.stringify(text.slice(k - 10, q.start + 20))}`);
    const close = text.indexOf(CLOSE[open], q.start);
    const inner = text.slice(q.start, close).trim();
    const g = { text: inner.slice(0, 30).trimEnd(), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    return g;
  });
  const signatoryLists = sigs.map((s) => {
    const g = { text: text.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal };
    if (s.approximate) g.approximate = true;
    return g;
  });
  const negativeLists = negs.map((s) => ({ text: text.slice(s.start, s.start + 40) }));
  return { text, gold: { entities, quotes: quoteList, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const { text, gold: g } = build(readFileSync(join(here, 'src', f), 'utf8'), f);
  const name = basename(f, '.src') + '.txt';
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
