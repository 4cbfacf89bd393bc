// Builds the articles (*.txt) and gold.json of eval/heldout55 from the annotated sources in src/*.src.
//
// Markup of the sources:
//   {surface}               a knowledge-base name or alias, written exactly as in the kb (case-sensitive)
//   {surface|k}             k = m (metonym), c (capital used as a place), a (demonym adjective), d (demonym noun):
//                           the entity is found from the kb metonyms / demonyms of the surface
//   {surface|=Name}         the kb entity Name (optionally =Name:k)
//   {surface|@Name/type}    an entity outside the kb, with our own name and its type
//   ⟦speaker;also;…⟧        right after an opening quotation mark: the speaker (- for none) and speakerAlso
//   ⟨A⟩ ⟨V⟩ ⟨U⟩ ⟨N⟩          start of a sentence: attributed, vague, unattributed, not-claim
//   ⟪S|…⟫ ⟪S:11|…⟫ ⟪S:40~|…⟫ a signatory list (stated total, ~ = approximate); members are the kb countries and
//                           organisations annotated inside
//   ⟪N|…⟫                   a negative list
//   ~ = U+00A0, ^ = U+202F; lines starting with %% are comments.
//
// Usage: node eval/heldout55/build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

// --- knowledge base: only name, type, aliases, demonyms, metonyms are read
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json')).sort()) {
  const j = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  for (const e of j.entities) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const byName = new Map(kb.map((e) => [e.name, e]));
const fold = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/[\u00a0\u202f\s-]+/g, ' ').trim();

function inflect(base) {
  const out = new Set([base]);
  const add = (...xs) => xs.forEach((x) => out.add(x));
  if (/en$/.test(base)) add(base + 'ne', base + 's', base + 'nes');
  else if (/(ain|an|in)$/.test(base)) add(base + 'e', base + 's', base + 'es');
  else if (/(ais|ois|is)$/.test(base)) add(base + 'e', base + 'es');
  else if (/e$/.test(base)) add(base + 's');
  else if (/c$/.test(base)) add(base.replace(/c$/, 'que'), base + 's', base.replace(/c$/, 'ques'));
  else add(base + 'e', base + 's', base + 'es');
  return [...out];
}
const exactForm = new Map(); // exact name/alias -> [entities]
const metForm = new Map(); // folded metonym -> entity
const demForm = new Map(); // folded demonym inflection -> entity
for (const e of kb) {
  for (const f of [e.name, ...e.aliases]) {
    if (!exactForm.has(f)) exactForm.set(f, []);
    exactForm.get(f).push(e);
  }
  for (const m of e.metonyms) metForm.set(fold(m), e);
  for (const d of e.demonyms) for (const f of inflect(d)) demForm.set(fold(f), e);
}

const kinds = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);

function resolve(surface, spec, where) {
  const fail = (msg) => {
    throw new Error(`${where}: {${surface}|${spec ?? ''}}: ${msg}`);
  };
  if (spec === undefined || spec === '') {
    const hits = exactForm.get(surface) ?? exactForm.get(surface.replace(/’/g, "'"));
    if (!hits) fail('not a kb name or alias (give =Name, a kind, or @Name/type)');
    if (hits.length > 1) fail(`ambiguous: ${hits.map((h) => h.name).join(', ')}`);
    return { entity: hits[0].name, type: hits[0].type };
  }
  if (spec.startsWith('@')) {
    const m = /^@(.+)\/(\w+)$/.exec(spec);
    if (!m || !TYPES.has(m[2])) fail('bad outside-kb spec');
    if (byName.has(m[1])) fail('outside-kb name is a kb name');
    return { entity: m[1], type: m[2], kb: false };
  }
  if (spec.startsWith('=')) {
    const [name, k] = spec.slice(1).split(':');
    const e = byName.get(name);
    if (!e) fail(`no kb entity ${name}`);
    if (k && !kinds[k]) fail('bad kind');
    return { entity: e.name, type: e.type, ...(k ? { kind: kinds[k] } : {}) };
  }
  if (!kinds[spec]) fail('bad spec');
  const table = spec === 'm' || spec === 'c' ? metForm : demForm;
  const e = table.get(fold(surface));
  if (!e) fail(`no kb ${spec === 'm' || spec === 'c' ? 'metonym' : 'demonym'} for the surface`);
  return { entity: e.name, type: e.type, kind: kinds[spec] };
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, surface, start) {
  let n = 0;
  let found = false;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + surface.length])) continue;
    if (i === start) {
      found = true;
      break;
    }
    if (i < start) n++;
  }
  if (!found) throw new Error(`surface "${surface}" not found as a free occurrence at ${start}`);
  return n;
}

const OPEN = { '«': '»', '“': '”', '"': '"' };
const statusOf = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };

function parse(src, file) {
  const lines = src.split('\n').filter((l) => !l.startsWith('%%'));
  const s = lines.join('\n');
  let out = '';
  const ents = [];
  const quotes = [];
  const sents = [];
  const lists = [];
  const open = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const where = `${file} @src ${i}`;
    if (c === '{') {
      const j = s.indexOf('}', i);
      const body = s.slice(i + 1, j);
      const bar = body.indexOf('|');
      const surface = bar < 0 ? body : body.slice(0, bar);
      const spec = bar < 0 ? undefined : body.slice(bar + 1);
      const r = resolve(surface.replace(/~/g, '\u00a0'), spec, where);
      const sf = surface.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
      ents.push({ start: out.length, surface: sf, ...r });
      out += sf;
      i = j + 1;
    } else if (c === '⟦') {
      const j = s.indexOf('⟧', i);
      const parts = s.slice(i + 1, j).split(';');
      // the opening mark is the last non-space character written
      let k = out.length - 1;
      while (k >= 0 && /[ \u00a0\u202f]/.test(out[k])) k--;
      if (!OPEN[out[k]]) throw new Error(`${where}: quote marker not after an opening mark`);
      quotes.push({ mark: out[k], pos: k + 1, speaker: parts[0] === '-' ? null : parts[0], also: parts.slice(1) });
      i = j + 1;
    } else if (c === '⟨') {
      const st = s[i + 1];
      if (!statusOf[st] || s[i + 2] !== '⟩') throw new Error(`${where}: bad sentence marker`);
      sents.push({ start: out.length, status: statusOf[st] });
      i += 3;
    } else if (c === '⟪') {
      const j = s.indexOf('|', i);
      const head = s.slice(i + 1, j);
      const m = /^(S|N)(?::(\d+)(~?))?$/.exec(head);
      if (!m) throw new Error(`${where}: bad list marker ${head}`);
      open.push({ kind: m[1], total: m[2] ? Number(m[2]) : null, approx: m[3] === '~', start: out.length });
      i = j + 1;
    } else if (c === '⟫') {
      const l = open.pop();
      l.end = out.length;
      lists.push(l);
      i++;
    } else if (c === '~') {
      out += '\u00a0';
      i++;
    } else if (c === '^') {
      out += '\u202f';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (open.length) throw new Error(`${file}: unclosed list`);
  out = out.replace(/\s+$/, '') + '\n';
  return { text: out, ents, quotes, sents, lists };
}

const gold = { version: 1, articles: {} };
const srcDir = path.join(here, 'src');
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, ents, quotes, sents, lists } = parse(fs.readFileSync(path.join(srcDir, f), 'utf8'), f);
  fs.writeFileSync(path.join(here, name), text);

  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrencesBefore(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kb === false) o.kb = false;
    return o;
  });

  const qs = quotes.map((q) => {
    const close = text.indexOf(OPEN[q.mark], q.pos);
    if (close < 0) throw new Error(`${f}: unclosed quote at ${q.pos}`);
    const inner = text.slice(q.pos, close).replace(/^[ \u00a0\u202f]+/, '');
    const t = inner.slice(0, 30).replace(/[ \u00a0\u202f]+$/, '');
    const o = { text: t, speaker: q.speaker };
    if (q.also.length) o.speakerAlso = q.also;
    return o;
  });

  const sentences = sents.map((s, k) => {
    const next = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const t = text.slice(s.start, Math.min(next, s.start + 40)).trim();
    return { text: t, status: s.status };
  });

  const signatoryLists = [];
  const negativeLists = [];
  for (const l of lists.sort((a, b) => a.start - b.start)) {
    const t = text.slice(l.start, l.start + 40).replace(/\s+$/, '');
    if (l.kind === 'N') {
      negativeLists.push({ text: t });
      continue;
    }
    const members = [];
    for (const e of ents) {
      if (e.start >= l.start && e.start < l.end && e.kb !== false && (e.type === 'country' || e.type === 'organisation'))
        if (!members.includes(e.entity)) members.push(e.entity);
    }
    const o = { text: t, members, statedTotal: l.total };
    if (l.approx) o.approximate = true;
    signatoryLists.push(o);
  }

  gold.articles[name] = { entities, quotes: qs, sentences, signatoryLists, negativeLists };
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`wrote ${Object.keys(gold.articles).length} articles and gold.json`);
