// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup (removed from the text):
//   [[surface]]                 a kb name, alias, metonym or demonym: entity, type and kind looked up in the kb
//   [[surface|kind]]            the same with an explicit kind (metonym, capital, adjective, demonym)
//   [[surface=Kb name]]         a mention of a kb entity whose surface is not one of its forms (a surname alone...)
//   [[surface=!Name:type]]      an entity outside the kb
//   {A} {V} {U} {N}             start of a sentence: attributed, vague, unattributed, not-claim (eats one space)
//   {q:speaker}                 before an opening quotation mark; {q:-} no speaker; {q:speaker|also1;also2}
//   {sig|total|approx} … {/sig} a list of signatories (members: the countries and organisations inside)
//   {neg} … {/neg}              a list of entities that are not signatories
//   ~  U+00A0 (no-break space)   ^  U+202F (narrow no-break space)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');

export const norm = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’ʼ`]/g, "'").replace(/[\u00a0\u202f]/g, ' ').replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim();

export function demonymForms(d) {
  const out = new Set([d, d + 's']);
  if (!d.endsWith('e')) { out.add(d + 'e'); out.add(d + 'es'); }
  if (d.endsWith('en') || d.endsWith('on')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
}

export function loadKb() {
  const entries = [];
  for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
    for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
      entries.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
    }
  }
  const byName = new Map();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  const forms = new Map(); // norm(form) -> [{name,type,kind,form}]
  const add = (form, e, kind) => {
    const k = norm(form);
    if (!forms.has(k)) forms.set(k, []);
    const list = forms.get(k);
    if (!list.some((x) => x.name === e.name)) list.push({ name: e.name, type: e.type, kind, form });
  };
  for (const e of byName.values()) {
    add(e.name, e, undefined);
    for (const a of e.aliases) add(a, e, undefined);
    for (const m of e.metonyms) add(m, e, 'metonym');
    for (const d of e.demonyms) for (const f of demonymForms(d)) add(f, e, 'adjective');
  }
  return { byName, forms };
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
export function occurrences(text, surface) {
  const out = [];
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    out.push(p);
  }
  return out;
}

const OPEN = { '«': '»', '“': '”', '"': '"' };
const trimQ = (s) => s.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');

function parse(src, kb, file) {
  src = src.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let openSig = null, openNeg = null;
  const err = (m) => { throw new Error(`${file}: ${m} (near "${out.slice(-60)}")`); };
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      if (j < 0) err('unclosed [[');
      let inner = src.slice(i + 2, j);
      i = j + 2;
      let kind;
      const bar = inner.lastIndexOf('|');
      if (bar >= 0) { kind = inner.slice(bar + 1); inner = inner.slice(0, bar); }
      let surface = inner, target;
      const eq = inner.indexOf('=');
      if (eq >= 0) { surface = inner.slice(0, eq); target = inner.slice(eq + 1); }
      const rec = { surface, start: out.length };
      if (target && target.startsWith('!')) {
        const [name, type] = target.slice(1).split(':');
        if (!type) err(`no type for ${surface}`);
        Object.assign(rec, { entity: name, type, kb: false });
      } else {
        let cand;
        if (target) {
          const e = kb.byName.get(target);
          if (!e) err(`unknown kb name ${target}`);
          const f = (kb.forms.get(norm(surface)) ?? []).find((x) => x.name === target);
          cand = { name: e.name, type: e.type, kind: f?.kind };
        } else {
          const list = kb.forms.get(norm(surface));
          if (!list) err(`not a kb form: ${surface}`);
          if (list.length > 1) err(`ambiguous kb form ${surface}: ${list.map((x) => x.name).join(', ')}`);
          cand = list[0];
        }
        let k = kind ?? cand.kind;
        if (!kind && k === 'adjective' && /^\p{Lu}/u.test(surface) && !/^\p{Lu}+$/u.test(surface)) k = 'demonym';
        Object.assign(rec, { entity: cand.name, type: cand.type });
        if (k) rec.kind = k;
      }
      if (kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(kind)) err(`bad kind ${kind}`);
      out += surface;
      ents.push(rec);
      continue;
    }
    const m = /^\{([AVUN])\}/.exec(src.slice(i, i + 3));
    if (m) {
      i += 3;
      if (src[i] === ' ') i++;
      sents.push({ start: out.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[m[1]] });
      continue;
    }
    if (src.startsWith('{q:', i)) {
      const j = src.indexOf('}', i);
      const spec = src.slice(i + 3, j);
      i = j + 1;
      if (!(src[i] in OPEN)) err(`{q:} not before a quotation mark`);
      const [sp, also] = spec.split('|');
      const q = { start: out.length, speaker: sp === '-' ? null : sp };
      if (also) q.speakerAlso = also.split(';');
      quotes.push(q);
      continue;
    }
    const sm = /^\{sig(?:\|([^|}]*))?(?:\|([^}]*))?\}/.exec(src.slice(i, i + 40));
    if (sm) {
      i += sm[0].length;
      openSig = { start: out.length, statedTotal: sm[1] ? Number(sm[1]) : null, approximate: sm[2] === 'approx' };
      continue;
    }
    if (src.startsWith('{/sig}', i)) { i += 6; openSig.end = out.length; sigs.push(openSig); openSig = null; continue; }
    if (src.startsWith('{neg}', i)) { i += 5; openNeg = { start: out.length }; continue; }
    if (src.startsWith('{/neg}', i)) { i += 6; openNeg.end = out.length; negs.push(openNeg); openNeg = null; continue; }
    if (src[i] === '{' || src[i] === '}' || src.startsWith(']]', i)) err(`stray markup at ${src.slice(i, i + 20)}`);
    out += src[i++];
  }
  if (openSig || openNeg) err('unclosed list');
  if (!out.endsWith('\n')) out += '\n';
  const text = out;

  const entities = ents.map((e) => {
    const occ = occurrences(text, e.surface);
    const n = occ.indexOf(e.start);
    if (n < 0) err(`entity ${e.surface} at ${e.start} is not a free-standing occurrence`);
    const g = { surface: e.surface, occurrence: n, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    return g;
  });
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, end).trimEnd().slice(0, 40), status: s.status };
  });
  const gquotes = quotes.map((q) => {
    const open = text[q.start];
    const close = text.indexOf(OPEN[open], q.start + 1);
    if (close < 0) err('unclosed quotation');
    const g = { text: trimQ(trimQ(text.slice(q.start + 1, close)).slice(0, 30)), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    return g;
  });
  const signatoryLists = sigs.map((s) => {
    const members = [];
    for (const e of ents) {
      if (e.start >= s.start && e.start < s.end && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity)) members.push(e.entity);
    }
    const g = { text: text.slice(s.start, s.start + 40).split('\n')[0], members, statedTotal: s.statedTotal };
    if (s.statedTotal) g.approximate = s.approximate;
    return g;
  });
  const negativeLists = negs.map((s) => ({ text: text.slice(s.start, s.start + 40).split('\n')[0] }));
  return { text, gold: { entities, quotes: gquotes, sentences, signatoryLists, negativeLists } };
}

const kb = loadKb();
const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = parse(readFileSync(join(here, 'src', f), 'utf8'), kb, f);
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
