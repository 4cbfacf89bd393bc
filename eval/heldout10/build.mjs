#!/usr/bin/env node
// Builds the articles (*.txt) and gold.json of eval/heldout10 from the annotated sources in src/*.src.
//
// Source markup (never present in the articles):
//   first line    #! file=<name>.txt apos=straight|curly     (curly: every ' of the text becomes ’)
//   ⟨A⟩ ⟨V⟩ ⟨U⟩ ⟨N⟩ a sentence starts here: attributed / vague / unattributed / not-claim
//   [[surface|Entity|kind]]        a mention of a kb entity (type from the kb); kind: metonym capital adjective demonym
//   [[surface]]                    surface = kb name
//   [[surface|!Name|type]]         an entity outside the kb
//   ⟨q:Speaker⟩ ⟨q:⟩ ⟨q:np|also;also⟩   right before an opening quote mark: its speaker (empty = null), speakerAlso
//   ⟨sig:M1;M2|total|approx⟩       a signatory list starts here (total: number or null; approx: true/false)
//   ⟨neg⟩                          a negative list starts here
//   ~ → U+00A0, ¤ → U+202F
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, fold } from './kb-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { byName, entries } = loadKb();
const allForms = new Set();
for (const e of entries) for (const f of [e.name, ...e.aliases, ...e.metonyms]) allForms.add(fold(f));

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const errors = [];

function countBefore(text, surface, start) {
  let k = 0;
  let found = false;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) {
      found = true;
      break;
    }
    k++;
  }
  return found ? k : -1;
}

const gold = { version: 1, articles: {} };
const srcFiles = readdirSync(join(here, 'src'))
  .filter((f) => f.endsWith('.src'))
  .sort();

for (const sf of srcFiles) {
  const raw = readFileSync(join(here, 'src', sf), 'utf8');
  const nl = raw.indexOf('\n');
  const header = Object.fromEntries(
    raw
      .slice(2, nl)
      .trim()
      .split(/\s+/)
      .map((kv) => kv.split('=')),
  );
  const body = raw.slice(nl + 1);
  const conv = (s) => {
    let t = s.replace(/~/g, '\u00a0').replace(/¤/g, '\u202f');
    if (header.apos === 'curly') t = t.replace(/'/g, '’');
    return t;
  };
  let out = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const sigs = [];
  const negs = [];
  const re = /\[\[(.*?)\]\]|⟨(.*?)⟩/g;
  let last = 0;
  for (let m; (m = re.exec(body)); ) {
    out += conv(body.slice(last, m.index));
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const parts = m[1].split('|');
      const surface = conv(parts[0]);
      let name = null;
      let type = null;
      let kind = null;
      for (const p of parts.slice(1)) {
        if (TYPES.has(p)) type = p;
        else if (KINDS.has(p)) kind = p;
        else if (name === null) name = p;
        else errors.push(`${sf}: bad token ${p} in [[${m[1]}]]`);
      }
      if (name === null) name = parts[0];
      let kb = true;
      if (name.startsWith('!')) {
        kb = false;
        name = name.slice(1);
        if (!type) errors.push(`${sf}: entity outside the kb needs a type: [[${m[1]}]]`);
        if (byName.has(name) || allForms.has(fold(name))) errors.push(`${sf}: ${name} is in the kb`);
      } else {
        const e = byName.get(name);
        if (!e) errors.push(`${sf}: ${name} is not a kb name`);
        else if (type && type !== e.type) errors.push(`${sf}: ${name} is a ${e.type}, not a ${type}`);
        else type = e.type;
      }
      ents.push({ start: out.length, surface, entity: name, type, kind, kb });
      out += surface;
    } else {
      const tag = m[2];
      if (STATUS[tag]) sents.push({ start: out.length, status: STATUS[tag] });
      else if (tag.startsWith('q:')) {
        const [sp, also] = tag.slice(2).split('|');
        quotes.push({ start: out.length, speaker: sp === '' ? null : sp, also: also ? also.split(';') : null });
      } else if (tag.startsWith('sig:')) {
        const [members, total, approx] = tag.slice(4).split('|');
        sigs.push({
          start: out.length,
          members: members.split(';'),
          statedTotal: total === 'null' || total === undefined ? null : Number(total),
          approximate: approx === 'true',
        });
      } else if (tag === 'neg') negs.push({ start: out.length });
      else errors.push(`${sf}: unknown marker ⟨${tag}⟩`);
    }
  }
  out += conv(body.slice(last));
  if (/[⟨⟩]|\[\[|\]\]/.test(out)) errors.push(`${sf}: markup left in the text`);

  // sentences: from each start to the next start, trimmed, first 40 characters
  const sentences = sents.map((s, i) => {
    const end = i + 1 < sents.length ? sents[i + 1].start : out.length;
    const t = out.slice(s.start, end).trim();
    if (out.slice(s.start, end).length === 0 || /^\s/.test(out.slice(s.start, end)))
      errors.push(`${sf}: sentence marker before blank at ${s.start}`);
    return { text: t.slice(0, 40), status: s.status };
  });

  // quotes
  const goldQuotes = quotes.map((q) => {
    const open = out[q.start];
    const close = OPEN[open];
    if (!close) {
      errors.push(`${sf}: quote marker not before an opening mark: ${JSON.stringify(out.slice(q.start, q.start + 20))}`);
      return null;
    }
    const end = out.indexOf(close, q.start + 1);
    const inner = out.slice(q.start + 1, end);
    const text = inner.replace(/^\s+/, '').slice(0, 30).replace(/\s+$/, '');
    const g = { text, speaker: q.speaker };
    if (q.also) g.speakerAlso = q.also;
    return g;
  });

  // entities with occurrence index
  const entities = ents.map((e) => {
    const occurrence = countBefore(out, e.surface, e.start);
    if (occurrence < 0) errors.push(`${sf}: "${e.surface}" at ${e.start} is not a word-bounded occurrence`);
    const g = { surface: e.surface, occurrence, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    return g;
  });
  for (let i = 1; i < ents.length; i++)
    if (ents[i].start < ents[i - 1].start + ents[i - 1].surface.length) errors.push(`${sf}: overlapping entities at ${ents[i].start}`);

  const signatoryLists = sigs.map((s) => {
    for (const m of s.members) if (!byName.has(m)) errors.push(`${sf}: list member ${m} is not a kb name`);
    return { text: out.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal, approximate: s.approximate };
  });
  const negativeLists = negs.map((n) => ({ text: out.slice(n.start, n.start + 40) }));

  writeFileSync(join(here, header.file), out);
  gold.articles[header.file] = { entities, quotes: goldQuotes, sentences, signatoryLists, negativeLists };
}

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
writeFileSync(join(here, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`);
console.log(`built ${srcFiles.length} articles and gold.json`);
