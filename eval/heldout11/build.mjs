// Builds the articles (*.txt) and gold.json of eval/heldout11 from the annotated sources in src/*.src.
//
// Markup of a source (removed from the article text):
//   {a} {v} {u} {n}        start of a sentence: attributed, vague, unattributed, not-claim
//   ⟦surface⟧               an entity mention, resolved from the kb fields (name, aliases, metonyms, demonyms)
//   ⟦surface|kind⟧          same, with the kind overridden (capital, metonym, adjective, demonym, or - for none)
//   ⟦surface|Entity|type|kind⟧   explicit; Entity starting with ~ is outside the kb ("kb": false)
//   {Q:speaker}             before an opening quote mark; {Q:speaker|A;B} adds speakerAlso; {Q:-} no speaker
//   {SIG:A;B;C|total|~ or =}  start of a signatory list (total - for none; ~ approximate, = exact)
//   {NEG}                   start of a negative enumeration
// Only the kb fields name, type, aliases, demonyms and metonyms are read.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

const kbType = new Map(); // name → type
const lex = new Map(); // surface → { entity, type, kind }
const add = (s, v) => { if (!lex.has(s)) lex.set(s, v); };
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    const { name, type, aliases = [], demonyms = [], metonyms = [] } = e;
    kbType.set(name, type);
    add(name, { entity: name, type });
    for (const a of aliases) add(a, { entity: name, type });
    for (const m of metonyms) add(m, { entity: name, type, kind: 'metonym' });
    for (const d of demonyms) {
      const forms = new Set([d, d + 's', d + 'e', d + 'es']);
      if (d.endsWith('en')) { forms.add(d + 'ne'); forms.add(d + 'nes'); }
      if (d.endsWith('s')) { forms.delete(d + 's'); }
      for (const x of forms) {
        add(x, { entity: name, type, kind: 'adjective' });
        add(x.replace(/(^|-)(\p{L})/gu, (_, a, b) => a + b.toUpperCase()), { entity: name, type, kind: 'demonym' });
      }
    }
  }
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN = { '«': '»', '“': '”', '"': '"' };
const SP = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;

function build(src, file) {
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let i = 0;
  const err = (m) => { throw new Error(`${file}: ${m} (near «${src.slice(i, i + 60)}»)`); };
  while (i < src.length) {
    const c = src[i];
    if (c === '⟦') {
      const j = src.indexOf('⟧', i);
      if (j < 0) err('unclosed ⟦');
      const parts = src.slice(i + 1, j).split('|');
      const surface = parts[0];
      let m;
      if (parts.length <= 2) {
        const d = lex.get(surface) ?? lex.get(surface.replace(/’/g, "'"));
        if (!d) err(`no kb entry for "${surface}"`);
        m = { ...d };
        if (parts.length === 2) {
          if (parts[1] === '-') delete m.kind;
          else if (KINDS.has(parts[1])) m.kind = parts[1];
          else err(`bad kind ${parts[1]}`);
        }
      } else {
        const [, entity, type, kind] = parts;
        m = { entity, type };
        if (kind && kind !== '-') { if (!KINDS.has(kind)) err(`bad kind ${kind}`); m.kind = kind; }
        if (entity.startsWith('~')) { m.entity = entity.slice(1); m.kb = false; if (kbType.has(m.entity)) err(`${m.entity} is in the kb`); }
        else if (kbType.get(entity) !== type) err(`kb entity ${entity} has type ${kbType.get(entity)}, not ${type}`);
      }
      ents.push({ surface, start: out.length, ...m });
      out += surface;
      i = j + 1;
      continue;
    }
    if (c === '{') {
      const j = src.indexOf('}', i);
      const body = src.slice(i + 1, j);
      if (/^[avun]$/.test(body)) sents.push({ start: out.length, status: { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' }[body] });
      else if (body.startsWith('Q:')) {
        const [sp, also] = body.slice(2).split('|');
        quotes.push({ start: out.length, speaker: sp === '-' ? null : sp, speakerAlso: also ? also.split(';') : undefined });
      } else if (body.startsWith('SIG:')) {
        const [mem, tot, ap] = body.slice(4).split('|');
        sigs.push({ start: out.length, members: mem.split(';'), statedTotal: tot === '-' ? null : Number(tot), approximate: ap === '~' });
      } else if (body === 'NEG') negs.push({ start: out.length });
      else err(`bad marker {${body}}`);
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  const text = out;
  // entities: occurrence = index among valid occurrences of the exact surface
  const entities = ents.map((e) => {
    let k = 0, found = false;
    for (let p = text.indexOf(e.surface); p !== -1; p = text.indexOf(e.surface, p + 1)) {
      if (isWordChar(text[p - 1]) || isWordChar(text[p + e.surface.length])) continue;
      if (p === e.start) { found = true; break; }
      k++;
    }
    if (!found) throw new Error(`${file}: mention "${e.surface}" at ${e.start} is not a free-standing occurrence`);
    const g = { surface: e.surface, occurrence: k, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    return g;
  });
  for (let a = 1; a < ents.length; a++) if (ents[a].start < ents[a - 1].start + ents[a - 1].surface.length) throw new Error(`${file}: overlapping mentions ${ents[a - 1].surface} / ${ents[a].surface}`);
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const t = text.slice(s.start, end).replace(SP, '');
    return { text: t.slice(0, 40), status: s.status };
  });
  if (text.slice(0, sents[0]?.start ?? 0).trim()) throw new Error(`${file}: text before the first sentence`);
  const quotesOut = quotes.map((q) => {
    const open = text[q.start];
    if (!OPEN[open]) throw new Error(`${file}: {Q} not before an opening quote mark at ${q.start}`);
    const close = text.indexOf(OPEN[open], q.start + 1);
    const inner = text.slice(q.start + 1, close).replace(SP, '');
    const g = { text: inner.slice(0, 30), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    return g;
  });
  const signatoryLists = sigs.map((s) => ({ text: text.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal, approximate: s.approximate }));
  const negativeLists = negs.map((s) => ({ text: text.slice(s.start, s.start + 40) }));
  return { text, gold: { entities, quotes: quotesOut, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(join(here, 'src', f), 'utf8');
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(src, f);
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const n = Object.values(gold.articles);
console.log(`${n.length} articles, ${n.reduce((s, a) => s + a.entities.length, 0)} mentions, ${n.reduce((s, a) => s + a.sentences.length, 0)} sentences, ${n.reduce((s, a) => s + a.quotes.length, 0)} quotes`);
