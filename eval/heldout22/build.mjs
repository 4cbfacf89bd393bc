// Builds NN_slug.txt and gold.json from the annotated sources src/NN_slug.src.
// Source format (one sentence a line, blank line between paragraphs):
//   <status>|<sentence>   status: a attributed, v vague, u unattributed, n not-claim
//   [[surface]] / [[surface|spec|spec]]  entity; spec = kind letter (m metonym, c capital,
//       a adjective, d demonym), a kb name, or *Name/type (outside the kb; "*/type" = surface as name)
//   <<speaker;also;also>> right before an opening quotation mark; <<->> = no speaker
//   {SIG:member;member|total}  start of a signatory list (total: number, "40a" approximate, empty = null)
//   {NEG}  start of a negative list
//   ~ = U+00A0, ^ = U+202F
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, kbForms, fold } from './kbforms.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const kb = loadKb();
const kbByName = new Map(kb.map((e) => [e.name, e]));
const forms = kbForms(kb);
const byFold = new Map();
for (const f of forms) {
  const k = fold(f.form);
  if (!byFold.has(k)) byFold.set(k, []);
  byFold.get(k).push(f);
}
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrenceIndex(text, surface, start) {
  let n = 0;
  let i = text.indexOf(surface);
  while (i >= 0 && i < start) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
    i = text.indexOf(surface, i + 1);
  }
  if (i !== start) throw new Error(`occurrence bookkeeping failed for ${surface}`);
  return n;
}

function resolve(surface, specs, file) {
  let kind, entity, type, kbFlag = true;
  for (const s of specs) {
    if (KINDS[s]) kind = KINDS[s];
    else if (s.startsWith('*')) {
      const [n, t] = s.slice(1).split('/');
      entity = n || surface; type = t; kbFlag = false;
    } else entity = s;
  }
  if (kbFlag) {
    if (!entity) {
      const cands = byFold.get(fold(surface)) ?? [];
      const ents = [...new Set(cands.map((c) => c.entity))];
      if (ents.length !== 1) throw new Error(`${file}: cannot resolve "${surface}" (${ents.join(', ') || 'no kb form'})`);
      entity = ents[0];
      const how = cands[0].how;
      if (!kind && how === 'metonym') kind = 'metonym';
      if (!kind && how === 'demonym') kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
    }
    const e = kbByName.get(entity);
    if (!e) throw new Error(`${file}: "${entity}" is not a kb name`);
    type = e.type;
  }
  if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(type)) throw new Error(`${file}: bad type for ${surface}`);
  const out = { surface, occurrence: -1, entity, type };
  if (kind) out.kind = kind;
  if (!kbFlag) out.kb = false;
  return out;
}

function buildOne(file) {
  const src = readFileSync(join(here, 'src', file), 'utf8').replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  const paras = [];
  let cur = [];
  for (const line of src.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') { if (cur.length) paras.push(cur); cur = []; continue; }
    const m = /^([auvn])\|(.*)$/.exec(line);
    if (!m) throw new Error(`${file}: line without status: ${line}`);
    cur.push({ status: { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' }[m[1]], src: m[2].trim() });
  }
  if (cur.length) paras.push(cur);

  let text = '';
  const ents = [], speakers = [], sents = [], sigs = [], negs = [];
  paras.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    p.forEach((s, si) => {
      if (si > 0) text += ' ';
      sents.push({ start: text.length, status: s.status });
      const t = s.src;
      let i = 0;
      while (i < t.length) {
        if (t.startsWith('[[', i)) {
          const j = t.indexOf(']]', i);
          const [surface, ...specs] = t.slice(i + 2, j).split('|');
          ents.push({ start: text.length, ...resolve(surface, specs, file) });
          text += surface; i = j + 2;
        } else if (t.startsWith('<<', i)) {
          const j = t.indexOf('>>', i);
          const parts = t.slice(i + 2, j).split(';');
          speakers.push({ at: text.length, speaker: parts[0] === '-' ? null : parts[0], also: parts.slice(1) });
          i = j + 2;
        } else if (t.startsWith('{SIG:', i)) {
          const j = t.indexOf('}', i);
          const [mem, tot] = t.slice(i + 5, j).split('|');
          sigs.push({ at: text.length, members: mem.split(';'), tot: tot ?? '' });
          i = j + 1;
        } else if (t.startsWith('{NEG}', i)) {
          negs.push({ at: text.length }); i += 5;
        } else { text += t[i]; i++; }
      }
    });
  });
  text += '\n';

  // sentences
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const body = text.slice(s.start, end).trimEnd();
    return { text: body.length >= 40 ? body.slice(0, 40) : body, status: s.status };
  });
  // quotes
  const quotes = [];
  const pairs = { '«': '»', '“': '”', '"': '"' };
  let qi = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!(c in pairs)) continue;
    const close = text.indexOf(pairs[c], i + 1);
    if (close < 0) throw new Error(`${file}: unclosed quote at ${i}`);
    const sp = speakers[qi++];
    if (!sp || sp.at !== i) throw new Error(`${file}: quote at ${i} ("${text.slice(i, i + 30)}") has no speaker marker right before it`);
    const inner = text.slice(i + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
    const q = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: sp.speaker };
    if (sp.also.length) q.speakerAlso = sp.also;
    quotes.push(q);
    i = close;
  }
  if (qi !== speakers.length) throw new Error(`${file}: ${speakers.length} speaker markers for ${qi} quotes`);
  // entities with occurrences
  const entities = ents.map(({ start, ...e }) => ({ ...e, occurrence: occurrenceIndex(text, e.surface, start) }));
  const signatoryLists = sigs.map((s) => {
    const approx = /a$/.test(s.tot);
    const n = s.tot === '' ? null : Number(s.tot.replace(/a$/, ''));
    const o = { text: text.slice(s.at, s.at + 40), members: s.members, statedTotal: n };
    if (approx) o.approximate = true;
    return o;
  });
  const negativeLists = negs.map((n) => ({ text: text.slice(n.at, n.at + 40) }));
  return { text, gold: { entities, quotes, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const { text, gold: g } = buildOne(f);
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
