#!/usr/bin/env node
// Builds the articles (*.txt) and gold.json of eval/heldout9 from the annotated sources in src/*.src.
//
// Markup of a source (everything else is copied as is):
//   ~  → U+00A0 (no-break space)        ¤ → U+202F (narrow no-break space)
//   {surface|Entity|t|k|x}   entity mention. Entity "=" means the surface itself. t: c country, o organisation,
//                            p person, l place, w weapon. k (optional): m metonym, cap capital, adj adjective,
//                            dem demonym. x: outside the kb.
//   ⟦a⟧ ⟦v⟧ ⟦u⟧ ⟦n⟧         start of a sentence: attributed, vague, unattributed, not-claim
//   «⟨speaker⟩ …             speaker of the quotation opened by the preceding « “ or "  (⟨-⟩: none;
//                            ⟨speaker;also1;also2⟩: speakerAlso)
//   ⟪S m1,m2|total|approx⟫ … ⟪/S⟫   a list of signatories (total may be empty; approx optional)
//   ⟪N⟫ … ⟪/N⟫              a negative list
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const CLOSER = { '«': '»', '“': '”', '"': '"' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function parse(src, file) {
  src = src.replace(/~/g, '\u00A0').replace(/¤/g, '\u202F');
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  const open = { S: null, N: null };
  let i = 0;
  const err = (m) => { throw new Error(`${file}: ${m} near «${src.slice(Math.max(0, i - 40), i + 40)}»`); };
  while (i < src.length) {
    const c = src[i];
    if (c === '{') {
      const j = src.indexOf('}', i);
      if (j < 0) err('unclosed {');
      const f = src.slice(i + 1, j).split('|');
      if (f.length < 3) err('entity needs surface|entity|type');
      const [surface, entity, t, k = '', x = ''] = f;
      if (!TYPES[t]) err(`bad type ${t}`);
      if (k && !KINDS[k]) err(`bad kind ${k}`);
      if (x && x !== 'x') err(`bad flag ${x}`);
      ents.push({ start: out.length, surface, entity: entity === '=' ? surface : entity, type: TYPES[t], kind: KINDS[k], kb: x !== 'x' });
      out += surface;
      i = j + 1;
    } else if (c === '⟦') {
      const j = src.indexOf('⟧', i);
      const s = STATUS[src.slice(i + 1, j)];
      if (!s) err('bad status');
      sents.push({ start: out.length, status: s });
      i = j + 1;
    } else if (c === '⟨') {
      const j = src.indexOf('⟩', i);
      const opener = out[out.length - 1];
      if (!CLOSER[opener]) err('speaker marker not right after a quote opener');
      const [speaker, ...also] = src.slice(i + 1, j).split(';');
      quotes.push({ open: out.length - 1, opener, speaker: speaker === '-' ? null : speaker, also });
      i = j + 1;
    } else if (c === '⟪') {
      const j = src.indexOf('⟫', i);
      const body = src.slice(i + 1, j);
      if (body === '/S' || body === '/N') {
        const k = body[1];
        if (!open[k]) err(`closing ${k} not open`);
        open[k].end = out.length;
        (k === 'S' ? sigs : negs).push(open[k]);
        open[k] = null;
      } else if (body === 'N') {
        open.N = { start: out.length };
      } else if (body.startsWith('S ')) {
        const [members, total, approx] = body.slice(2).split('|');
        open.S = { start: out.length, members: members.split(','), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' };
      } else err(`bad list marker ${body}`);
      i = j + 1;
    } else {
      if ('{}⟦⟧⟨⟩⟪⟫|'.includes(c)) err(`stray ${c}`);
      out += c;
      i++;
    }
  }
  if (open.S || open.N) err('list left open');
  return { text: out, ents, sents, quotes, sigs, negs };
}

function occurrenceOf(text, surface, start) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return k;
    k++;
  }
  return -1;
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, ents, sents, quotes, sigs, negs } = parse(readFileSync(join(here, 'src', f), 'utf8'), f);
  writeFileSync(join(here, name), text);
  const entities = ents.map((e) => {
    const occurrence = occurrenceOf(text, e.surface, e.start);
    if (occurrence < 0) throw new Error(`${f}: "${e.surface}" at ${e.start} is not a whole-word occurrence`);
    const g = { surface: e.surface, occurrence, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    return g;
  });
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const t = text.slice(s.start, Math.min(s.start + 40, end)).trimEnd();
    if (!t || /^\s/.test(t)) throw new Error(`${f}: sentence ${k} starts with a blank or is empty`);
    return { text: t, status: s.status };
  });
  const qs = quotes.map((q) => {
    const close = text.indexOf(CLOSER[q.opener], q.open + 1);
    if (close < 0) throw new Error(`${f}: unclosed quote at ${q.open}`);
    const inner = text.slice(q.open + 1, close).trim();
    const g = { text: inner.slice(0, 30).trimEnd(), speaker: q.speaker };
    if (q.also.length) g.speakerAlso = q.also;
    return g;
  });
  gold.articles[name] = {
    entities,
    quotes: qs,
    sentences,
    signatoryLists: sigs.map((s) => ({ text: text.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal, approximate: s.approximate })),
    negativeLists: negs.map((s) => ({ text: text.slice(s.start, s.start + 40) })),
  };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
