#!/usr/bin/env node
// Builds eval/heldout15/*.txt and gold.json from the annotated sources in src/*.src.
//
// Source syntax (see README.md of this folder):
//   #apos: curly | straight     directive line: turn ' into ’ in the whole article
//   #nbsp: 00a0 | 202f | none   directive line: the space after « and before » : ; ? ! becomes that character
//   @A @V @U @N + space         start of a sentence: attributed, vague, unattributed, not-claim
//   [[surface]]                 a mention whose surface is a kb name or is in the table DEFAULTS below
//   [[surface|m]] [[surface|c]] a capital from DEFAULTS, as metonym or as a place (kind capital)
//   [[surface|Entity|type]] or [[surface|Entity|type|kind]]; Entity starting with * is outside the kb
//   {{q:speaker}} {{q:}} {{q:speaker|also1;also2}}   right before an opening quotation mark
//   {{S:m1;m2|total|approx}}    start of a signatory list (total: number or null; approx: true/false)
//   {{N}}                       start of a negative list
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');

// Only the name and type of each kb entry are read.
const KB = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) KB.set(e.name, e.type);
}

const DEFAULTS = new Map();
const add = (forms, entity, type, kind) => forms.forEach((f) => DEFAULTS.set(f, [entity, type, kind]));
const adj = (stem, entity, fem = stem + 'ne') => add([stem, stem + 's', fem, fem + 's'], entity, 'country', 'adjective');
add(['russe', 'russes'], 'Russie', 'country', 'adjective');
adj('nord-coréen', 'Corée du Nord');
adj('sud-coréen', 'Corée du Sud');
adj('ukrainien', 'Ukraine');
adj('américain', 'États-Unis', 'américaine');
adj('singapourien', 'Singapour');
add(['japonais', 'japonaise', 'japonaises'], 'Japon', 'country', 'adjective');
add(['chinois', 'chinoise', 'chinoises'], 'Chine', 'country', 'adjective');
add(['britannique', 'britanniques'], 'Royaume-Uni', 'country', 'adjective');
add(['ONU'], 'Organisation des Nations unies', 'organisation');
add(['Russes'], 'Russie', 'country', 'demonym');
add(['Nord-Coréens'], 'Corée du Nord', 'country', 'demonym');
add(['Ukrainiens'], 'Ukraine', 'country', 'demonym');
const CAPITALS = {
  Moscou: 'Russie', Pyongyang: 'Corée du Nord', 'Séoul': 'Corée du Sud', Kiev: 'Ukraine', Tokyo: 'Japon',
  Washington: 'États-Unis', 'Pékin': 'Chine', Londres: 'Royaume-Uni', Paris: 'France', 'Hanoï': 'Viêt Nam', Varsovie: 'Pologne',
};

function resolveEntity(fields, file) {
  const [surface, ...rest] = fields;
  if (rest.length === 0 || (rest.length === 1 && /^[mc]$/.test(rest[0]))) {
    if (CAPITALS[surface]) {
      if (rest.length === 0) throw new Error(`${file}: capital ${surface} needs |m or |c`);
      return { entity: CAPITALS[surface], type: 'country', kind: rest[0] === 'm' ? 'metonym' : 'capital', kb: true };
    }
    if (rest.length) throw new Error(`${file}: ${surface} is not a capital`);
    if (DEFAULTS.has(surface)) {
      const [entity, type, kind] = DEFAULTS.get(surface);
      return { entity, type, kind, kb: true };
    }
    if (KB.has(surface)) return { entity: surface, type: KB.get(surface), kb: true };
    throw new Error(`${file}: no default for [[${surface}]]`);
  }
  let [entity, type, kind] = rest;
  const kb = !entity.startsWith('*');
  if (!kb) entity = entity.slice(1);
  if (kb && KB.get(entity) !== type) throw new Error(`${file}: ${entity} (${type}) is not a kb ${type}`);
  if (!kb && KB.has(entity)) throw new Error(`${file}: ${entity} is in the kb`);
  return { entity, type, kind: kind || undefined, kb };
}

const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function build(file, src) {
  let apos = 'straight';
  let nbsp = null;
  const lines = [];
  for (const line of src.split('\n')) {
    const d = /^#(apos|nbsp):\s*(\S+)\s*$/.exec(line);
    if (d) {
      if (d[1] === 'apos') apos = d[2];
      else nbsp = d[2] === 'none' ? null : String.fromCharCode(parseInt(d[2], 16));
      continue;
    }
    lines.push(line);
  }
  const body = lines.join('\n').replace(/^\n+/, '').replace(/\s+$/, '') + '\n';
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let i = 0;
  while (i < body.length) {
    if (body[i] === '@' && /[AVUN]/.test(body[i + 1]) && body[i + 2] === ' ') {
      sents.push({ start: out.length, status: STATUS[body[i + 1]] });
      i += 3;
    } else if (body.startsWith('[[', i)) {
      const j = body.indexOf(']]', i);
      const fields = body.slice(i + 2, j).split('|');
      const r = resolveEntity(fields, file);
      ents.push({ start: out.length, len: fields[0].length, ...r });
      out += fields[0];
      i = j + 2;
    } else if (body.startsWith('{{', i)) {
      const j = body.indexOf('}}', i);
      const m = body.slice(i + 2, j);
      if (m.startsWith('q:')) {
        const [speaker, also] = m.slice(2).split('|');
        quotes.push({ start: out.length, speaker: speaker || null, also: also ? also.split(';') : null });
      } else if (m.startsWith('S:')) {
        const [members, total, approx] = m.slice(2).split('|');
        sigs.push({ start: out.length, members: members.split(';'), statedTotal: total === 'null' ? null : Number(total), approximate: approx === 'true' });
      } else if (m === 'N') negs.push({ start: out.length });
      else throw new Error(`${file}: bad marker {{${m}}}`);
      i = j + 2;
    } else {
      if (body[i] === '[' || body[i] === ']' || body[i] === '{' || body[i] === '}' || body[i] === '@') throw new Error(`${file}: stray ${body[i]} at ${i}`);
      out += body[i];
      i++;
    }
  }
  // One-to-one character transforms: offsets do not move.
  if (apos === 'curly') out = out.replace(/'/g, '’');
  if (nbsp) out = out.replace(/« /g, '«' + nbsp).replace(/ ([»:;?!])/g, nbsp + '$1');

  const occurrence = (surface, start) => {
    let k = 0;
    for (let p = out.indexOf(surface); p !== -1 && p < start; p = out.indexOf(surface, p + 1)) {
      if (isWordChar(out[p - 1]) || isWordChar(out[p + surface.length])) continue;
      k++;
    }
    return k;
  };
  const entities = ents.map((e) => {
    const surface = out.slice(e.start, e.start + e.len);
    if (isWordChar(out[e.start - 1]) || isWordChar(out[e.start + e.len])) throw new Error(`${file}: ${surface} not on word boundary`);
    const o = { surface, occurrence: occurrence(surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (!e.kb) o.kb = false;
    return o;
  });
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : out.length;
    const own = out.slice(s.start, end).replace(/[\s\u00a0\u202f]+$/u, '');
    return { text: own.slice(0, 40), status: s.status };
  });
  const quoteList = quotes.map((q) => {
    if (!/[«“"]/.test(out[q.start])) throw new Error(`${file}: quote marker not before a quote mark: ${out.slice(q.start, q.start + 20)}`);
    let p = q.start + 1;
    while (/[ \u00a0\u202f]/.test(out[p])) p++;
    let t = '';
    while (t.length < 30 && p < out.length && !/[»”"]/.test(out[p])) t += out[p++];
    const o = { text: t.replace(/[ \u00a0\u202f]+$/u, ''), speaker: q.speaker };
    if (q.also) o.speakerAlso = q.also;
    return o;
  });
  const signatoryLists = sigs.map((s) => ({ text: out.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal, approximate: s.approximate }));
  const negativeLists = negs.map((n) => ({ text: out.slice(n.start, n.start + 40) }));
  for (const s of signatoryLists) for (const m of s.members) if (KB.get(m) !== 'country' && m !== 'Union européenne') throw new Error(`${file}: member ${m}`);
  return { text: out, gold: { entities, quotes: quoteList, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(f, readFileSync(join(here, 'src', f), 'utf8'));
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
