#!/usr/bin/env node
// Builds the articles (*.txt) and gold.json of eval/heldout8 from the annotated sources in src/*.src.
//
//   node eval/heldout8/build.mjs
//
// Source markup (never present in the articles themselves):
//   #opts apos=curly|straight space=nbsp|nnbsp|plain   first line: typography of the article
//   {n} {a} {v} {u}       a sentence starts here: not-claim / attributed / vague / unattributed
//   [[surface]]           an entity found in the kb by name, alias, or demonym (adjective if lower case, demonym if capitalised)
//   [[surface|met]]       a capital standing for its government (kind metonym); [[surface|cap]] a capital as a place
//   [[surface|=Name]]     an explicit kb entity (a surname, a short form, the Vostotchny port…)
//   [[surface|~type]]     an entity outside the kb named by its surface; [[surface|~type=Name]] with its own name
//   {q=Speaker}           a quotation opens right after; {q=} no speaker; {q=Speaker|Also1;Also2} or |@list (members
//                         of the last signatory list) for collective speakers
//   {sl=M1;M2|total|approx}  a signatory list starts here; {nl} a negative list starts here
// Only the kb fields name, type, aliases, demonyms and metonyms are read.

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');

// ------------------------------------------------------------ kb (names only)
const norm = (s) => s.normalize('NFC').replace(/[’‘]/g, "'").toLowerCase();
const kbByName = new Map(); // canonical name -> {name,type}
const byForm = new Map(); // normalised name/alias -> entity
const byMetonym = new Map();
const byDemonym = new Map();
function demonymForms(d) {
  const f = new Set([d, `${d}s`]);
  if (!d.endsWith('e')) {
    f.add(`${d}e`);
    f.add(`${d}es`);
    if (d.endsWith('n')) {
      f.add(`${d}ne`);
      f.add(`${d}nes`);
    }
  }
  return f;
}
for (const file of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, file), 'utf8')).entities ?? []) {
    const ent = { name: e.name, type: e.type };
    kbByName.set(e.name, ent);
    for (const a of [e.name, ...(e.aliases ?? [])]) if (!byForm.has(norm(a))) byForm.set(norm(a), ent);
    for (const m of e.metonyms ?? []) byMetonym.set(norm(m), ent);
    for (const d of e.demonyms ?? []) for (const f of demonymForms(d)) byDemonym.set(norm(f), ent);
  }
}

function resolveEntity(surface, spec, where) {
  const fail = (m) => {
    throw new Error(`${where}: [[${surface}|${spec ?? ''}]] ${m}`);
  };
  if (spec === undefined || spec === '') {
    const e = byForm.get(norm(surface));
    if (e) return { entity: e.name, type: e.type };
    const d = byDemonym.get(norm(surface));
    if (d) return { entity: d.name, type: d.type, kind: /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective' };
    if (byMetonym.has(norm(surface))) fail('is a metonym: say met or cap');
    fail('not found in the kb');
  }
  if (spec === 'met' || spec === 'cap') {
    const e = byMetonym.get(norm(surface));
    if (!e) fail('is not a kb metonym');
    return { entity: e.name, type: e.type, kind: spec === 'met' ? 'metonym' : 'capital' };
  }
  if (spec.startsWith('=')) {
    const e = kbByName.get(spec.slice(1));
    if (!e) fail('names no kb entity');
    return { entity: e.name, type: e.type };
  }
  if (spec.startsWith('~')) {
    const [type, name] = spec.slice(1).split('=');
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(type)) fail('bad type');
    const entity = name ?? surface;
    if (kbByName.has(entity) || byForm.has(norm(entity))) fail('is in the kb after all');
    return { entity, type, kb: false };
  }
  fail('bad spec');
}

// ------------------------------------------------------------ typography (1:1 character replacements)
function typeset(text, opts) {
  let t = text;
  if (opts.apos === 'curly') t = t.replace(/'/g, '’');
  const sp = opts.space === 'nbsp' ? '\u00A0' : opts.space === 'nnbsp' ? '\u202F' : null;
  if (sp) {
    t = t.replace(/« /g, `«${sp}`).replace(/ »/g, `${sp}»`);
    t = t.replace(/ ([;?!])/g, `${sp}$1`);
    t = t.replace(/ :/g, '\u00A0:');
  }
  return t;
}

// ------------------------------------------------------------ parse one source
function parse(src, file) {
  const lines = src.split('\n');
  const opts = {};
  if (lines[0].startsWith('#opts')) {
    for (const kv of lines.shift().split(/\s+/).slice(1)) {
      const [k, v] = kv.split('=');
      opts[k] = v;
    }
  }
  const body = lines.join('\n');
  let out = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const sls = [];
  const nls = [];
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('[[', i)) {
      const j = body.indexOf(']]', i);
      const inner = body.slice(i + 2, j);
      const bar = inner.indexOf('|');
      const surface = bar < 0 ? inner : inner.slice(0, bar);
      const spec = bar < 0 ? undefined : inner.slice(bar + 1);
      ents.push({ start: out.length, len: surface.length, ...resolveEntity(surface, spec, file) });
      out += surface;
      i = j + 2;
    } else if (body[i] === '{') {
      const j = body.indexOf('}', i);
      const m = body.slice(i + 1, j);
      if (/^[navu]$/.test(m)) sents.push({ start: out.length, status: { n: 'not-claim', a: 'attributed', v: 'vague', u: 'unattributed' }[m] });
      else if (m.startsWith('q=')) {
        const [speaker, also] = m.slice(2).split('|');
        quotes.push({ at: out.length, speaker: speaker === '' ? null : speaker, also });
      } else if (m.startsWith('sl=')) {
        const [members, total, approx] = m.slice(3).split('|');
        sls.push({ at: out.length, members: members.split(';'), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' });
      } else if (m === 'nl') nls.push({ at: out.length });
      else throw new Error(`${file}: unknown marker {${m}}`);
      i = j + 1;
    } else out += body[i++];
  }
  const text = typeset(out.replace(/\s+$/, '') + '\n', opts);
  return { text, ents, sents, quotes, sls, nls, opts };
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, surface, pos) {
  let k = 0;
  let found = false;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === pos) {
      found = true;
      break;
    }
    k++;
  }
  if (!found) throw new Error(`"${surface}" at ${pos} is not a free-standing occurrence`);
  return k;
}
const CLOSE = { '«': '»', '“': '”', '"': '"' };

// ------------------------------------------------------------ build
const gold = { version: 1, articles: {} };
const debug = {};
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const p = parse(readFileSync(join(here, 'src', f), 'utf8'), f);
  const { text } = p;
  writeFileSync(join(here, name), text);

  const entities = p.ents.map((e) => {
    const surface = text.slice(e.start, e.start + e.len);
    const o = { surface, occurrence: occurrencesBefore(text, surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kb === false) o.kb = false;
    return o;
  });

  const sentences = p.sents.map((s, k) => {
    let start = s.start;
    while (/\s/.test(text[start])) start++;
    const end = k + 1 < p.sents.length ? p.sents[k + 1].start : text.length;
    return { text: text.slice(start, end).trim().slice(0, 40).trimEnd(), status: s.status, _start: start };
  });

  let lastList = null;
  const listAt = [...p.sls].sort((a, b) => a.at - b.at);
  const quotes = p.quotes.map((q) => {
    const open = text[q.at];
    if (!CLOSE[open]) throw new Error(`${f}: no quotation mark after {q=} at ${q.at}: ${text.slice(q.at, q.at + 20)}`);
    const close = text.indexOf(CLOSE[open], q.at + 1);
    const inner = text.slice(q.at + 1, close);
    const lead = inner.length - inner.replace(/^\s+/, '').length;
    const o = { text: inner.trim().slice(0, 30).trimEnd(), speaker: q.speaker };
    if (q.also) {
      if (q.also === '@list') {
        lastList = listAt.filter((l) => l.at < q.at).pop();
        o.speakerAlso = [...lastList.members];
      } else o.speakerAlso = q.also.split(';');
    }
    o._start = q.at + 1 + lead;
    return o;
  });

  const signatoryLists = p.sls.map((l) => {
    for (const m of l.members) if (!kbByName.has(m)) throw new Error(`${f}: list member ${m} is not a kb name`);
    const o = { text: text.slice(l.at, l.at + 40), members: l.members, statedTotal: l.statedTotal };
    if (l.statedTotal !== null) o.approximate = l.approximate;
    return o;
  });
  const negativeLists = p.nls.map((l) => ({ text: text.slice(l.at, l.at + 40) }));

  debug[name] = {
    entities: p.ents.map((e) => e.start),
    sentences: sentences.map((s) => s._start),
    quotes: quotes.map((q) => q._start),
  };
  for (const s of sentences) delete s._start;
  for (const q of quotes) delete q._start;
  gold.articles[name] = { entities, quotes, sentences, signatoryLists, negativeLists };
}
writeFileSync(join(here, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`);
writeFileSync(join(here, 'src', 'offsets.json'), `${JSON.stringify(debug)}\n`);
console.log(`built ${Object.keys(gold.articles).length} articles`);
