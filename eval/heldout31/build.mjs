// Builds the articles (*.txt) and gold.json from the annotated sources in src/*.src.
//
// Markup (see README.md):
//   ⟦A⟧ ⟦V⟧ ⟦U⟧ ⟦N⟧            start of a sentence: attributed, vague, unattributed, not-claim
//   [[surface|...]]             an entity mention; fields after the surface, in any order:
//                                 a kb name (the entity; if absent it is resolved from the kb forms),
//                                 *type (an entity outside the kb: the entity name is then required),
//                                 metonym | capital | adjective | demonym (the kind)
//   ⟦q:speaker;also;also⟧       before an opening quotation mark: its speaker (empty = null)
//   ⟦sig total=N approx⟧ … ⟦/sig⟧   a list of signatories (total=null when none is given)
//   ⟦neg⟧ … ⟦/neg⟧              a negative list
//   {_} = U+00A0, {^} = U+202F
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

// --- kb: only name, type, aliases, demonyms, metonyms are used
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities)
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));
const fold = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-\u00A0\u202F\s]+/g, ' ').replace(/[’ʼ]/g, "'");
const isAcronym = (s) => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (!d.endsWith('e')) { out.add(d + 'e'); out.add(d + 'es'); }
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (d.endsWith('s')) { out.add(d + 'e'); out.add(d + 'es'); out.delete(d + 's'); }
  return [...out];
};
const forms = new Map(); // key -> [{name, how}]
const addForm = (form, name, how) => {
  const key = isAcronym(form) ? 'A:' + form : 'F:' + fold(form);
  if (!forms.has(key)) forms.set(key, []);
  if (!forms.get(key).some((x) => x.name === name)) forms.get(key).push({ name, how });
};
for (const e of kb) {
  addForm(e.name, e.name, 'name');
  for (const a of e.aliases) addForm(a, e.name, 'alias');
  for (const m of e.metonyms) addForm(m, e.name, 'metonym');
  for (const d of e.demonyms) for (const i of inflect(d)) addForm(i, e.name, 'demonym');
}
const lookup = (surface) => [...(forms.get('A:' + surface) ?? []), ...(forms.get('F:' + fold(surface)) ?? [])];

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };

function isBoundaryChar(c) { return c === undefined || !/[\p{L}\p{N}]/u.test(c); }
function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < start; i = text.indexOf(surface, i + 1))
    if (isBoundaryChar(text[i - 1]) && isBoundaryChar(text[i + surface.length])) n++;
  return n;
}

function buildOne(src, file) {
  src = src.replace(/\{_\}/g, '\u00A0').replace(/\{\^\}/g, '\u202F');
  let out = '';
  const ents = [], sents = [], quoteMarks = [], sigs = [], negs = [], errors = [];
  const openLists = [];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('⟦', i)) {
      const j = src.indexOf('⟧', i);
      const tag = src.slice(i + 1, j);
      i = j + 1;
      if (/^[AVUN]$/.test(tag)) sents.push({ start: out.length, status: STATUS[tag] });
      else if (tag.startsWith('q:')) {
        const parts = tag.slice(2).split(';').map((s) => s.trim());
        quoteMarks.push({ pos: out.length, speaker: parts[0] || null, also: parts.slice(1).filter(Boolean) });
      } else if (tag.startsWith('sig')) {
        const m = /total=(\w+)/.exec(tag);
        openLists.push({ kind: 'sig', start: out.length, total: m && m[1] !== 'null' ? Number(m[1]) : null, approx: /approx/.test(tag) });
      } else if (tag === 'neg') openLists.push({ kind: 'neg', start: out.length });
      else if (tag === '/sig' || tag === '/neg') {
        const l = openLists.pop();
        if (!l || '/' + l.kind !== tag) errors.push(`${file}: unbalanced ${tag}`);
        l.end = out.length;
        (l.kind === 'sig' ? sigs : negs).push(l);
      } else errors.push(`${file}: unknown tag ${tag}`);
      continue;
    }
    if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      const fields = src.slice(i + 2, j).split('|');
      i = j + 2;
      const surface = fields[0];
      let entity = null, type = null, kind = null, kbFalse = false;
      for (const f of fields.slice(1).map((s) => s.trim()).filter(Boolean)) {
        if (KINDS.has(f)) kind = f;
        else if (f.startsWith('*')) { type = f.slice(1); kbFalse = true; }
        else entity = f;
      }
      const found = lookup(surface);
      if (kbFalse) {
        if (!entity) errors.push(`${file}: non-kb mention "${surface}" without entity name`);
        if (found.length) errors.push(`${file}: "${surface}" marked outside the kb but is a kb form of ${found.map((x) => x.name)}`);
        if (kbByName.has(entity)) errors.push(`${file}: non-kb entity "${entity}" is a kb name`);
      } else {
        if (!entity) {
          const names = [...new Set(found.map((x) => x.name))];
          if (names.length !== 1) errors.push(`${file}: cannot resolve "${surface}" (${names.join(', ') || 'no kb form'})`);
          entity = names[0];
        }
        const e = kbByName.get(entity);
        if (!e) errors.push(`${file}: "${entity}" is not a kb name`);
        else type = e.type;
        const how = found.filter((x) => x.name === entity).map((x) => x.how);
        if (how.includes('metonym') && !kind) errors.push(`${file}: "${surface}" is a metonym form: say metonym or capital`);
        if (how.includes('demonym') && !kind) errors.push(`${file}: "${surface}" is a demonym form: say adjective or demonym`);
      }
      ents.push({ start: out.length, surface, entity, type, kind, kbFalse });
      out += surface;
      continue;
    }
    out += src[i++];
  }
  if (openLists.length) errors.push(`${file}: unclosed list`);
  if (sents.length === 0 || sents[0].start !== 0) errors.push(`${file}: text before the first sentence marker`);

  // entities
  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrenceIndex(out, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kbFalse) o.kb = false;
    return o;
  });
  // sentences
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : out.length;
    return { text: out.slice(s.start, Math.min(end, s.start + 40)).trimEnd(), status: s.status };
  });
  // quotes
  const quotes = quoteMarks.map((q) => {
    const open = out[q.pos];
    const close = OPEN[open];
    if (!close) { errors.push(`${file}: quote marker not before an opening mark: ${out.slice(q.pos, q.pos + 20)}`); return null; }
    const end = out.indexOf(close, q.pos + 1);
    const inner = out.slice(q.pos + 1, end).replace(/^[\s\u00A0\u202F]+/, '');
    const o = { text: inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/, ''), speaker: q.speaker };
    if (q.also.length) o.speakerAlso = q.also;
    return o;
  }).filter(Boolean);
  // lists
  // a list's text: its first 40 characters, not beyond the end of its sentence
  const listText = (l) => {
    const next = sents.find((s) => s.start > l.start);
    return out.slice(l.start, Math.min(l.start + 40, next ? next.start : out.length)).trimEnd();
  };
  const inSpan = (l) => ents.filter((e) => e.start >= l.start && e.start < l.end);
  const signatoryLists = sigs.sort((a, b) => a.start - b.start).map((l) => {
    const members = [...new Set(inSpan(l).filter((e) => !e.kbFalse && (e.type === 'country' || e.type === 'organisation')).map((e) => e.entity))];
    const o = { text: listText(l), members, statedTotal: l.total };
    if (l.approx) o.approximate = true;
    return o;
  });
  const negativeLists = negs.sort((a, b) => a.start - b.start).map((l) => {
    if (inSpan(l).length < 2) errors.push(`${file}: negative list with fewer than 2 mentions`);
    return { text: listText(l) };
  });
  return { text: out, gold: { entities, quotes, sentences, signatoryLists, negativeLists }, errors };
}

const srcDir = path.join(here, 'src');
const gold = { version: 1, articles: {} };
let allErrors = [];
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g, errors } = buildOne(fs.readFileSync(path.join(srcDir, f), 'utf8'), name);
  allErrors = allErrors.concat(errors);
  fs.writeFileSync(path.join(here, name), text);
  gold.articles[name] = g;
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
if (allErrors.length) { console.error(allErrors.join('\n')); process.exit(1); }
console.log(`built ${Object.keys(gold.articles).length} articles`);
