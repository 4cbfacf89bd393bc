// Builds the articles (*.txt) and gold.json of eval/heldout18 from the annotated sources in src/*.src.
//
// Markup of a source (nothing of it reaches the .txt):
//   ‹A› ‹V› ‹U› ‹N›          start of a sentence: attributed, vague, unattributed, not-claim
//   {surface}                a kb mention, resolved through the kb's names, aliases, metonyms and demonyms
//   {surface|#kind}          the same with a kind (metonym, capital, adjective, demonym)
//   {surface|Kb name}        a kb mention linked by hand (surnames, short forms, ambiguous forms)
//   {surface|Kb name|#kind}
//   {surface|!type}          an entity outside the kb, named by its surface
//   {surface|!type=Name}     an entity outside the kb, named Name
//   ‹q:Speaker›              right before an opening quote mark; ‹q:› = no speaker;
//   ‹q:Speaker|A;B›          with speakerAlso
//   ‹sig:A;B;C|total|approx› start of a signatory list (total: a number or null; approx: 0 or 1)
//   ‹neg›                    start of a negative enumeration
//   ~ = U+00A0, ¤ = U+202F; a line starting with % is a comment.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, demonymForms, fold, isWordChar } from './kb.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const kb = loadKb();
const byName = new Map(kb.map((e) => [e.name, e]));
const index = new Map(); // folded form → [{ e, kind }]
const add = (form, e, kind) => {
  const k = fold(form);
  if (!index.has(k)) index.set(k, []);
  if (!index.get(k).some((x) => x.e === e)) index.get(k).push({ e, kind });
};
for (const e of kb) {
  add(e.name, e, undefined);
  for (const a of e.aliases) add(a, e, undefined);
  for (const m of e.metonyms) add(m, e, 'metonym');
  for (const d of e.demonyms) for (const f of demonymForms(d)) add(f, e, 'adjective');
}

const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const OPEN = { '«': '»', '“': '”', '"': '"' };

function nthOf(text, surface, start) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return k;
    k++;
  }
  return -1;
}

function resolve(surface, spec, where) {
  const parts = spec ? spec.split('|') : [];
  let kind;
  let name;
  let outside;
  for (const p of parts) {
    if (p.startsWith('#')) kind = p.slice(1);
    else if (p.startsWith('!')) outside = p.slice(1);
    else name = p;
  }
  if (kind && !KINDS.has(kind)) throw new Error(`${where}: bad kind ${kind}`);
  if (outside) {
    const [type, nm] = outside.split('=');
    if (!TYPES.has(type)) throw new Error(`${where}: bad type ${type}`);
    const o = { surface, entity: nm ?? surface, type, kb: false };
    if (byName.has(o.entity)) throw new Error(`${where}: ${o.entity} is a kb name`);
    return o;
  }
  if (name) {
    const e = byName.get(name);
    if (!e) throw new Error(`${where}: no kb entity ${name}`);
    const o = { surface, entity: e.name, type: e.type };
    if (kind) o.kind = kind;
    return o;
  }
  const hits = index.get(fold(surface));
  if (!hits) throw new Error(`${where}: "${surface}" is not a kb form; link it by hand`);
  if (hits.length > 1) throw new Error(`${where}: "${surface}" is ambiguous: ${hits.map((h) => h.e.name).join(', ')}`);
  const { e, kind: k0 } = hits[0];
  let k = kind ?? k0;
  if (!kind && k0 === 'adjective' && /^\p{Lu}/u.test(surface)) k = 'demonym';
  const o = { surface, entity: e.name, type: e.type };
  if (k) o.kind = k;
  return o;
}

function build(src, file) {
  let out = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const sigs = [];
  const negs = [];
  const lines = src.split('\n').filter((l) => !l.startsWith('%'));
  const s = lines.join('\n').replace(/\n+$/, '') + '\n';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '‹') {
      const j = s.indexOf('›', i);
      const tag = s.slice(i + 1, j);
      const where = `${file}@${out.length}`;
      if (/^[AVUN]$/.test(tag)) sents.push({ at: out.length, status: STATUS[tag] });
      else if (tag.startsWith('q:')) {
        const [sp, also] = tag.slice(2).split('|');
        const q = { at: out.length, speaker: sp === '' ? null : sp };
        if (also) q.speakerAlso = also.split(';');
        quotes.push(q);
      } else if (tag.startsWith('sig:')) {
        const [m, total, approx] = tag.slice(4).split('|');
        sigs.push({ at: out.length, members: m.split(';'), statedTotal: total === 'null' ? null : Number(total), approximate: approx === '1' });
      } else if (tag === 'neg') negs.push({ at: out.length });
      else throw new Error(`${where}: bad tag ${tag}`);
      i = j + 1;
    } else if (c === '{') {
      const j = s.indexOf('}', i);
      const body = s.slice(i + 1, j);
      const bar = body.indexOf('|');
      const surface = (bar < 0 ? body : body.slice(0, bar)).replace(/~/g, '\u00a0').replace(/¤/g, '\u202f');
      const spec = bar < 0 ? '' : body.slice(bar + 1);
      ents.push({ at: out.length, ...resolve(surface, spec, `${file}@${out.length} {${body}}`) });
      out += surface;
      i = j + 1;
    } else if (c === '~') {
      out += '\u00a0';
      i++;
    } else if (c === '¤') {
      out += '\u202f';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  // entities
  const entities = ents.map((e) => {
    const occurrence = nthOf(out, e.surface, e.at);
    if (occurrence < 0) throw new Error(`${file}: ${e.surface} at ${e.at} not at a word boundary`);
    const o = { surface: e.surface, occurrence, entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kb === false) o.kb = false;
    return o;
  });
  // sentences
  const sentences = sents.map((x, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].at : out.length;
    const text = out.slice(x.at, Math.min(x.at + 40, end)).replace(/\s+$/u, '');
    if (/\n/.test(text)) throw new Error(`${file}: sentence prefix crosses a line: ${JSON.stringify(text)}`);
    return { text, status: x.status };
  });
  if (sents.length === 0 || out.slice(0, sents[0].at).trim() !== '') throw new Error(`${file}: text before the first sentence`);
  // quotes
  const qs = quotes.map((q) => {
    const open = out[q.at];
    const close = OPEN[open];
    if (!close) throw new Error(`${file}@${q.at}: quote tag not before an opening mark (${open})`);
    const end = out.indexOf(close, q.at + 1);
    if (end < 0) throw new Error(`${file}@${q.at}: unclosed quote`);
    const inner = out.slice(q.at + 1, end).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/gu, '');
    const o = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/u, ''), speaker: q.speaker };
    if (q.speakerAlso) o.speakerAlso = q.speakerAlso;
    return o;
  });
  const signatoryLists = sigs.map((g) => ({ text: out.slice(g.at, g.at + 40), members: g.members, statedTotal: g.statedTotal, approximate: g.approximate }));
  for (const g of sigs) for (const m of g.members) if (!byName.has(m)) throw new Error(`${file}: member ${m} is not a kb name`);
  const negativeLists = negs.map((g) => ({ text: out.slice(g.at, g.at + 40) }));
  return { text: out, gold: { entities, quotes: qs, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(readFileSync(join(here, 'src', f), 'utf8'), f);
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
