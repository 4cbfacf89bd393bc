// Builds the articles (*.txt) and gold.json of eval/heldout42 from the annotated sources in src/*.src.
//
// Source format (one file per article, named like the article):
//   - one sentence per line, prefixed by its status: "n: " not-claim, "a: " attributed, "v: " vague, "u: " unattributed;
//   - an empty line separates paragraphs; sentences of a paragraph are joined by one space;
//   - lines starting with "#" are comments;
//   - {surface}                         kb name or alias (entity and type looked up in the kb)
//     {surface|m} {surface|c}            capital used as metonym / as place (looked up in the kb metonyms)
//     {surface|a} {surface|d}            demonym adjective / noun (looked up in the kb demonyms, inflected)
//     {surface|Kb name}                  explicit kb entity;  {surface|Kb name|m} with a kind
//     {surface|~Own name|type}           entity outside the kb
//   - §[speaker] before an opening quote mark; §[] for no speaker; §[speaker;Also 1,Also 2] with speakerAlso;
//   - ⟪S:total:approx|...⟫ signatory list (total "-" for none, approx 0/1), ⟪N|...⟫ negative list;
//   - ¤ is U+00A0, ¦ is U+202F.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, ' ').toLowerCase();

// kb: only name, type, aliases, demonyms, metonyms are used
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  const arr = Array.isArray(data) ? data : data.entities;
  for (const e of arr) kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const byName = new Map(kb.map((e) => [e.name, e]));
const byForm = new Map();
const byMetonym = new Map();
const byDemonym = new Map();
const inflect = (d) => {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (d.endsWith('en')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return out;
};
for (const e of kb) {
  for (const a of [e.name, ...e.aliases]) if (!byForm.has(fold(a))) byForm.set(fold(a), e);
  for (const m of e.metonyms) byMetonym.set(fold(m), e);
  for (const d of e.demonyms) for (const i of inflect(fold(d))) byDemonym.set(i, e);
}

const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const STATUS = { n: 'not-claim', a: 'attributed', v: 'vague', u: 'unattributed' };
const OPEN = { '«': '»', '“': '”', '"': '"' };

function resolve(surface, fields, where) {
  const err = (m) => { throw new Error(`${where}: {${[surface, ...fields].join('|')}}: ${m}`); };
  if (fields.length === 0) {
    const e = byForm.get(fold(surface));
    if (!e) err('not a kb name or alias');
    return { entity: e.name, type: e.type };
  }
  const [f1, f2] = fields;
  if (KINDS[f1]) {
    const map = f1 === 'm' || f1 === 'c' ? byMetonym : byDemonym;
    const e = map.get(fold(surface));
    if (!e) err(`not a kb ${f1 === 'm' || f1 === 'c' ? 'metonym' : 'demonym'}`);
    return { entity: e.name, type: e.type, kind: KINDS[f1] };
  }
  if (f1.startsWith('~')) {
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(f2)) err('bad type');
    return { entity: f1.slice(1), type: f2, kb: false };
  }
  const e = byName.get(f1);
  if (!e) err('unknown kb name');
  const r = { entity: e.name, type: e.type };
  if (f2) { if (!KINDS[f2]) err('bad kind'); r.kind = KINDS[f2]; }
  return r;
}

function parseLine(line, where) {
  // returns { text, ents: [{start, end, ...}], quotes: [{start (after the opening mark), open, speaker, speakerAlso}], lists: [...] }
  let text = '';
  const ents = [], quotes = [], lists = [], listStack = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '{') {
      const j = line.indexOf('}', i);
      if (j < 0) throw new Error(`${where}: unclosed {`);
      const [surface, ...fields] = line.slice(i + 1, j).split('|');
      const start = text.length;
      const s = surface.replace(/¤/g, '\u00a0').replace(/¦/g, '\u202f');
      text += s;
      ents.push({ start, end: text.length, surface: s, ...resolve(s, fields, where) });
      i = j + 1;
    } else if (ch === '§' && line[i + 1] === '[') {
      const j = line.indexOf(']', i);
      const body = line.slice(i + 2, j);
      const open = line[j + 1];
      if (!OPEN[open]) throw new Error(`${where}: speaker marker not before a quote mark`);
      const [sp, also] = body.split(';');
      text += open;
      quotes.push({ start: text.length, open, speaker: sp === '' ? null : sp, speakerAlso: also ? also.split(',') : undefined });
      i = j + 2;
    } else if (ch === '⟪') {
      const j = line.indexOf('|', i);
      const head = line.slice(i + 1, j);
      let l;
      if (head === 'N') l = { neg: true };
      else {
        const m = /^S:(-|\d+):([01])$/.exec(head);
        if (!m) throw new Error(`${where}: bad list head ${head}`);
        l = { neg: false, statedTotal: m[1] === '-' ? null : Number(m[1]), approximate: m[2] === '1' };
      }
      l.start = text.length;
      listStack.push(l);
      i = j + 1;
    } else if (ch === '⟫') {
      const l = listStack.pop();
      l.end = text.length;
      lists.push(l);
      i++;
    } else if (ch === '¤') { text += '\u00a0'; i++; }
    else if (ch === '¦') { text += '\u202f'; i++; }
    else {
      if (OPEN[ch] && ch !== '"' && !(quotes.length && quotes[quotes.length - 1].start === text.length)) throw new Error(`${where}: opening quote mark without speaker marker`);
      text += ch;
      i++;
    }
  }
  if (listStack.length) throw new Error(`${where}: unclosed list`);
  return { text, ents, quotes, lists };
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceAt(text, surface, at) {
  let n = 0, from = 0;
  for (;;) {
    const k = text.indexOf(surface, from);
    if (k < 0) return -1;
    const ok = !isWordChar(text[k - 1]) && !isWordChar(text[k + surface.length]);
    if (k === at) return ok ? n : -1;
    if (ok) n++;
    from = k + 1;
  }
}

const srcDir = path.join(here, 'src');
const gold = { version: 1, articles: {} };
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const lines = fs.readFileSync(path.join(srcDir, f), 'utf8').split('\n');
  const paragraphs = [[]];
  lines.forEach((raw, n) => {
    const where = `${f}:${n + 1}`;
    if (raw.startsWith('#')) return;
    if (raw.trim() === '') { if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]); return; }
    const m = /^([navu]): (.*)$/.exec(raw);
    if (!m) throw new Error(`${where}: no status prefix`);
    paragraphs[paragraphs.length - 1].push({ status: STATUS[m[1]], ...parseLine(m[2], where) });
  });
  if (!paragraphs[paragraphs.length - 1].length) paragraphs.pop();
  let text = '';
  const art = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  const ents = [], quotes = [], lists = [];
  paragraphs.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    p.forEach((s, si) => {
      if (si > 0) text += ' ';
      const off = text.length;
      text += s.text;
      art.sentences.push({ text: s.text.slice(0, 40), status: s.status });
      for (const e of s.ents) ents.push({ ...e, start: e.start + off, end: e.end + off });
      for (const q of s.quotes) quotes.push({ ...q, start: q.start + off });
      for (const l of s.lists) lists.push({ ...l, start: l.start + off, end: l.end + off });
    });
  });
  text += '\n';
  for (const e of ents) {
    const occurrence = occurrenceAt(text, e.surface, e.start);
    if (occurrence < 0) throw new Error(`${name}: "${e.surface}" at ${e.start} is not a bounded occurrence`);
    const g = { surface: e.surface, occurrence, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    art.entities.push(g);
  }
  quotes.sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    const close = OPEN[q.open];
    const end = text.indexOf(close, q.start);
    if (end < 0) throw new Error(`${name}: unclosed quote at ${q.start}`);
    const inner = text.slice(q.start, end).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    const g = { text: inner.slice(0, 30), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    art.quotes.push(g);
  }
  for (const l of lists) {
    const span = text.slice(l.start, l.end);
    if (l.neg) art.negativeLists.push({ text: span.slice(0, 40) });
    else {
      const members = [];
      for (const e of ents) if (e.start >= l.start && e.end <= l.end && e.kb !== false && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity)) members.push(e.entity);
      art.signatoryLists.push({ text: span.slice(0, 40), members, statedTotal: l.statedTotal, approximate: l.approximate });
    }
  }
  fs.writeFileSync(path.join(here, name), text);
  gold.articles[name] = art;
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
