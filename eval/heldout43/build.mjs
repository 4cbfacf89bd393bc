// Builds the articles (*.txt) and gold.json of eval/heldout43 from the annotated sources in src/*.src.
//
// Markup (see README.md, "How the set was written"):
//   [[surface]]                     an entity mention; entity, type and kind looked up in the kb forms
//   [[surface|opt|opt…]]            opts: a type (country organisation person place weapon), a kind
//                                   (metonym capital adjective demonym), `new` (outside the kb), or an entity name
//   {a} {v} {u} {n}                 start of a sentence: attributed, vague, unattributed, not-claim
//   {q:Speaker}  {q:}  {q:Speaker;Also1,Also2}
//                                   speaker of the next quotation (empty: no speaker); speakerAlso after `;`
//   {sig}…{/sig}  {sig:total=11}  {sig:total=40,approx}
//                                   a signatory list; members are its kb countries and organisations
//   {neg}…{/neg}                    a negative list
//   ~  U+00A0 (no-break space)      ¤  U+202F (narrow no-break space)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);

const fold = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[-\u00a0\u202f\s]+/g, ' ').trim();

// kb forms: folded form -> { entity, type, form }
const kbForms = new Map();
const kbNames = new Map();
function inflect(d) {
  const out = new Set([d, d + 's']);
  if (/e$/.test(d)) return [...out];
  out.add(d + 'e');
  out.add(d + 'es');
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
}
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  for (const e of j.entities ?? []) {
    const add = (form, kind) => {
      const k = fold(form);
      if (!kbForms.has(k)) kbForms.set(k, { entity: e.name, type: e.type, form: kind });
    };
    kbNames.set(e.name, e.type);
    add(e.name, 'name');
    for (const a of e.aliases ?? []) add(a, 'alias');
    for (const m of e.metonyms ?? []) add(m, 'metonym');
    for (const d of e.demonyms ?? []) for (const i of inflect(d)) add(i, 'demonym');
  }
}

function parse(src, file) {
  let text = '';
  const ents = [];
  const sents = [];
  const quoteMarks = [];
  const lists = [];
  const open = [];
  let i = 0;
  const fail = (m) => { throw new Error(`${file}: ${m} near «${src.slice(i, i + 60)}»`); };
  while (i < src.length) {
    if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      if (j < 0) fail('unclosed [[');
      const parts = src.slice(i + 2, j).split('|');
      const surface = parts[0].replace(/~/g, '\u00a0').replace(/¤/g, '\u202f');
      const m = { surface, start: text.length, opts: parts.slice(1) };
      let entity, type, kind, isNew = false;
      for (const o of m.opts) {
        if (TYPES.has(o)) type = o;
        else if (KINDS.has(o)) kind = o;
        else if (o === 'new') isNew = true;
        else if (o) entity = o;
      }
      const hit = kbForms.get(fold(surface));
      if (isNew) {
        entity ??= surface;
        if (!type) fail(`no type for new entity ${surface}`);
        if (kbNames.has(entity)) fail(`new entity ${entity} is a kb name`);
      } else {
        if (!entity) {
          if (!hit) fail(`${surface} is not a kb form`);
          entity = hit.entity;
          if (!kind && hit.form === 'metonym') kind = 'metonym';
          if (!kind && hit.form === 'demonym') kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
        }
        if (!kbNames.has(entity)) fail(`${entity} is not a kb name`);
        const kt = kbNames.get(entity);
        if (type && type !== kt) fail(`type ${type} for ${entity} (${kt})`);
        type = kt;
      }
      ents.push({ surface, start: text.length, entity, type, kind, isNew });
      text += surface;
      i = j + 2;
      continue;
    }
    if (src[i] === '{') {
      const j = src.indexOf('}', i);
      const tag = src.slice(i + 1, j);
      i = j + 1;
      if (/^[avun]$/.test(tag)) {
        sents.push({ start: text.length, status: { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' }[tag] });
      } else if (tag.startsWith('q:')) {
        const [sp, also] = tag.slice(2).split(';');
        quoteMarks.push({ at: text.length, speaker: sp ? sp : null, speakerAlso: also ? also.split(',') : undefined });
      } else if (tag === 'sig' || tag.startsWith('sig:')) {
        const o = { kind: 'sig', start: text.length, statedTotal: null };
        for (const kv of tag.slice(4).split(',').filter(Boolean)) {
          if (kv.startsWith('total=')) o.statedTotal = Number(kv.slice(6));
          else if (kv === 'approx') o.approximate = true;
          else fail(`bad sig option ${kv}`);
        }
        open.push(o);
      } else if (tag === 'neg') {
        open.push({ kind: 'neg', start: text.length });
      } else if (tag === '/sig' || tag === '/neg') {
        const o = open.pop();
        if (!o || '/' + o.kind !== tag) fail(`mismatched ${tag}`);
        o.end = text.length;
        lists.push(o);
      } else fail(`unknown tag {${tag}}`);
      continue;
    }
    if (src[i] === '~') { text += '\u00a0'; i++; continue; }
    if (src[i] === '¤') { text += '\u202f'; i++; continue; }
    text += src[i++];
  }
  if (open.length) fail('unclosed list');
  return { text, ents, sents, quoteMarks, lists };
}

// quotations in the text: opening index, content start and end
function findQuotes(text) {
  const qs = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const close = c === '«' ? '»' : c === '“' ? '”' : c === '"' ? '"' : null;
    if (close) {
      const j = text.indexOf(close, i + 1);
      if (j < 0) throw new Error(`unclosed quote at ${i}`);
      qs.push({ open: i, start: i + 1, end: j });
      i = j + 1;
    } else i++;
  }
  return qs;
}

const trimAll = (s) => s.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');

function occurrenceOf(text, surface, start) {
  const isWord = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  let n = 0;
  for (let p = text.indexOf(surface); p >= 0; p = text.indexOf(surface, p + 1)) {
    if (isWord(text[p - 1]) || isWord(text[p + surface.length])) continue;
    if (p === start) return n;
    n++;
  }
  throw new Error(`surface ${surface} at ${start} is not a bounded occurrence`);
}

const gold = { version: 1, articles: {} };
const stats = [];
const srcDir = path.join(here, 'src');
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const src = fs.readFileSync(path.join(srcDir, f), 'utf8');
  const { text, ents, sents, quoteMarks, lists } = parse(src, f);
  const name = f.replace(/\.src$/, '.txt');
  fs.writeFileSync(path.join(here, name), text);

  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrenceOf(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.isNew) o.kb = false;
    return o;
  });

  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: trimAll(text.slice(s.start, Math.min(end, s.start + 40))), status: s.status };
  });

  const qs = findQuotes(text);
  if (qs.length !== quoteMarks.length) throw new Error(`${f}: ${qs.length} quotations, ${quoteMarks.length} speaker marks`);
  const quotes = qs.map((q, k) => {
    const m = quoteMarks[k];
    if (m.at > q.open) throw new Error(`${f}: speaker mark ${k} after its quotation`);
    if (k + 1 < qs.length && quoteMarks[k + 1].at <= q.open) throw new Error(`${f}: two speaker marks before quotation ${k}`);
    const inner = trimAll(text.slice(q.start, q.end));
    const o = { text: trimAll(inner.slice(0, 30)), speaker: m.speaker };
    if (m.speakerAlso) o.speakerAlso = m.speakerAlso;
    return o;
  });

  const signatoryLists = [];
  const negativeLists = [];
  for (const l of lists.sort((a, b) => a.start - b.start)) {
    const nextSentence = sents.map((s) => s.start).find((p) => p > l.start) ?? text.length;
    const t = trimAll(text.slice(l.start, Math.min(l.start + 40, nextSentence)));
    const inside = ents.filter((e) => e.start >= l.start && e.start < l.end);
    if (l.kind === 'sig') {
      const members = [...new Set(inside.filter((e) => !e.isNew && (e.type === 'country' || e.type === 'organisation')).map((e) => e.entity))];
      const o = { text: t, members, statedTotal: l.statedTotal };
      if (l.approximate) o.approximate = true;
      signatoryLists.push(o);
    } else negativeLists.push({ text: t });
  }

  gold.articles[name] = { entities, quotes, sentences, signatoryLists, negativeLists };
  stats.push({ name, words: text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length });
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
for (const s of stats) console.log(`${s.name}\t${s.words} words`);
