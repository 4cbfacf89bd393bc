// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
// Markup (removed from the text):
//   §a §v §u §n            start of a sentence: attributed, vague, unattributed, not-claim
//   [surface]              kb mention; the entity is looked up among kb names, aliases, metonyms, demonyms
//   [surface|k]            k = m (metonym), c (capital), a (adjective), d (demonym noun)
//   [surface=Kb name]      kb mention of that entity
//   [surface=@type]        entity outside the kb named like the surface; [surface=Name@type] with another name
//   {q:Speaker;Also;...}   before an opening quote mark; {q:} for a quote with no speaker
//   {sig:A,B,...|total=N|approx}  start of a signatory list;  {neg}  start of a negative list
//   ~ = U+00A0, ^ = U+202F
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// Only name, type, aliases, demonyms and metonyms of each kb entry are read.
const kb = new Map(); // name -> type
const forms = new Map(); // folded form -> [{ name, type, how }]
const fold = (s) => s.replace(/[’']/g, "'").replace(/[\u00a0\u202f]/g, ' ');
function addForm(form, name, type, how) {
  const k = fold(form);
  if (!forms.has(k)) forms.set(k, []);
  forms.get(k).push({ name, type, how });
}
function inflect(base) {
  const out = new Set([base]);
  if (/en$|on$/.test(base)) ['ne', 's', 'nes'].forEach((x) => out.add(base + x));
  else if (/s$/.test(base)) ['e', 'es'].forEach((x) => out.add(base + x));
  else if (/e$/.test(base)) out.add(base + 's');
  else ['e', 's', 'es'].forEach((x) => out.add(base + x));
  return [...out];
}
const cap = (s) => s.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    const { name, type } = e;
    kb.set(name, type);
    addForm(name, name, type, 'name');
    for (const a of e.aliases ?? []) addForm(a, name, type, 'alias');
    for (const m of e.metonyms ?? []) addForm(m, name, type, 'metonym');
    for (const d of e.demonyms ?? []) for (const i of inflect(d)) { addForm(i, name, type, 'demonym'); addForm(cap(i), name, type, 'demonym-noun'); }
  }
}

const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };

function nthIndex(text, surface, start) {
  // occurrence number of `surface` at `start`: exact, case-sensitive, no letter/digit on either side
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const b = text[i - 1], a = text[i + surface.length];
    const ok = !(b && /[\p{L}\p{N}]/u.test(b)) && !(a && /[\p{L}\p{N}]/u.test(a));
    if (i === start) { if (!ok) throw new Error(`mention "${surface}" at ${start} touches a letter or digit`); return n; }
    if (ok) n++;
  }
  throw new Error(`mention "${surface}" not found at ${start}`);
}

const gold = { version: 1, articles: {} };
const srcDir = join(here, 'src');
for (const file of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(join(srcDir, file), 'utf8').replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  let out = '';
  const ents = [], sents = [], quoteMarks = [], sigs = [], negs = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '§') { sents.push({ at: out.length, status: STATUS[src[i + 1]] ?? (() => { throw new Error(`${file}: bad status ${src[i + 1]}`); })() }); i += 2; continue; }
    if (c === '[') {
      const j = src.indexOf(']', i);
      const body = src.slice(i + 1, j);
      let [spec, k] = body.split('|');
      let [surface, ent] = spec.split('=');
      const m = { surface, start: out.length };
      if (ent === undefined) {
        const cands = forms.get(fold(surface));
        if (!cands) throw new Error(`${file}: "${surface}" is not a kb form`);
        const names = [...new Set(cands.map((x) => x.name))];
        if (names.length > 1) throw new Error(`${file}: "${surface}" is ambiguous: ${names.join(', ')}`);
        m.entity = names[0]; m.type = cands[0].type;
        const hows = cands.map((x) => x.how);
        if (hows.includes('metonym') && !k) throw new Error(`${file}: metonym "${surface}" needs |m or |c`);
        if (!k && hows.includes('demonym')) k = 'a';
        if (!k && hows.includes('demonym-noun') && !hows.includes('name') && !hows.includes('alias')) k = 'd';
      } else if (ent.includes('@')) {
        const [n, t] = ent.split('@');
        m.entity = n || surface; m.type = t; m.kb = false;
        if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(t)) throw new Error(`${file}: bad type ${t}`);
      } else {
        if (!kb.has(ent)) throw new Error(`${file}: "${ent}" is not a kb name`);
        m.entity = ent; m.type = kb.get(ent);
      }
      if (k) { if (!KINDS[k]) throw new Error(`${file}: bad kind ${k}`); m.kind = KINDS[k]; }
      out += surface; m.end = out.length; ents.push(m); i = j + 1; continue;
    }
    if (c === '{') {
      const j = src.indexOf('}', i);
      const body = src.slice(i + 1, j);
      if (body.startsWith('q:')) {
        const parts = body.slice(2).split(';').map((s) => s.trim()).filter(Boolean);
        quoteMarks.push({ at: out.length, speaker: parts[0] ?? null, also: parts.slice(1) });
      } else if (body.startsWith('sig:')) {
        const [mem, ...opts] = body.slice(4).split('|');
        const o = { at: out.length, members: mem.split(',').map((s) => s.trim()), statedTotal: null };
        for (const op of opts) { if (op.startsWith('total=')) o.statedTotal = Number(op.slice(6)); if (op === 'approx') o.approximate = true; }
        sigs.push(o);
      } else if (body === 'neg') negs.push({ at: out.length });
      else throw new Error(`${file}: bad tag {${body}}`);
      i = j + 1; continue;
    }
    out += c; i++;
  }
  const name = file.replace(/\.src$/, '.txt');
  const text = out.replace(/\n*$/, '\n');
  writeFileSync(join(here, name), text);

  const quotes = quoteMarks.map((q) => {
    const o = text[q.at];
    if (!OPEN[o]) throw new Error(`${file}: {q:} not followed by a quote mark at ${q.at}`);
    const close = text.indexOf(OPEN[o], q.at + 1);
    const inner = text.slice(q.at + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
    const rec = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.also.length) rec.speakerAlso = q.also;
    return rec;
  });
  const upToSentenceEnd = (at) => text.slice(at, Math.min(at + 40, sents.find((s) => s.at > at)?.at ?? text.length)).replace(/[\s\u00a0\u202f]+$/, '');
  gold.articles[name] = {
    entities: ents.map((m) => {
      const r = { surface: m.surface, occurrence: nthIndex(text, m.surface, m.start), entity: m.entity, type: m.type };
      if (m.kind) r.kind = m.kind;
      if (m.kb === false) r.kb = false;
      return r;
    }),
    quotes,
    sentences: sents.map((s, k) => ({ text: text.slice(s.at, Math.min(s.at + 40, sents[k + 1]?.at ?? text.length)).replace(/[\s\u00a0\u202f]+$/, ''), status: s.status })),
    signatoryLists: sigs.map((s) => {
      const r = { text: upToSentenceEnd(s.at), members: s.members, statedTotal: s.statedTotal };
      if (s.approximate) r.approximate = true;
      return r;
    }),
    negativeLists: negs.map((n) => ({ text: upToSentenceEnd(n.at) })),
  };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
