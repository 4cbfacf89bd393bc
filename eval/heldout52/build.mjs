// Builds the articles (*.txt) and gold.json of eval/heldout52 from the annotated sources in src/*.src.
//
// Markup of a source file (everything else is copied as is):
//   §A §V §U §N        a sentence starts here: attributed, vague, unattributed, not-claim
//   {surface}          an entity mention; entity and type looked up among the kb names, aliases and demonyms
//                      (src/kbforms.json: the name, type, aliases, demonyms and metonyms of each kb entry)
//   {surface|m}        a capital standing for its government (kind metonym); {surface|c}: a capital as a place
//   {surface|=Name}    a mention of the kb entity Name that is not one of its kb forms (a surname, a short name)
//   {surface|x:type}   an entity outside the kb, named by its surface; {surface|x:type=Name}: named Name
//   {@Speaker}         placed right before an opening quotation mark: the quotation's speaker
//                      ({@} no speaker; {@np;also1;also2} a speaker and its speakerAlso)
//   {sig:A,B,C;total=N;approx}   a signatory list starts here;  {neg}: a negative list starts here
//   ¤ → U+00A0 (no-break space), ¦ → U+202F (narrow no-break space)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kb = JSON.parse(readFileSync(join(here, 'src', 'kbforms.json'), 'utf8'));

const fold = (s) =>
  [...s]
    .map((c) => {
      if (c === '\u2019' || c === '\u02bc') return "'";
      if (c === '\u00a0' || c === '\u202f') return ' ';
      if (c === '-' || c === '\u2010' || c === '\u2011') return ' ';
      const d = c.normalize('NFD')[0].toLowerCase();
      return d.length === 1 ? d : c;
    })
    .join('');

function inflections(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (/e$/.test(d)) out.add(d + 's');
  return [...out];
}

const forms = new Map(); // folded form -> [{ name, type, how }]
const add = (f, v) => {
  const k = fold(f);
  if (!forms.has(k)) forms.set(k, []);
  if (!forms.get(k).some((x) => x.name === v.name && x.how === v.how)) forms.get(k).push(v);
};
const kbByName = new Map();
for (const e of kb) {
  kbByName.set(e.name, e);
  add(e.name, { name: e.name, type: e.type, how: 'name' });
  for (const a of e.aliases) add(a, { name: e.name, type: e.type, how: 'alias' });
  for (const m of e.metonyms) add(m, { name: e.name, type: e.type, how: 'metonym' });
  for (const d of e.demonyms) for (const f of inflections(d)) add(f, { name: e.name, type: e.type, how: 'demonym' });
}

const errors = [];
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let n = 0;
  let i = text.indexOf(surface);
  while (i >= 0 && i < start) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
    i = text.indexOf(surface, i + 1);
  }
  if (i !== start) throw new Error(`internal: ${surface} not at ${start}`);
  return n;
}

function resolveEntity(surface, specs, file) {
  let kind;
  let entity;
  let type;
  let kbFalse = false;
  for (const s of specs) {
    if (s === 'm') kind = 'metonym';
    else if (s === 'c') kind = 'capital';
    else if (s === 'adj') kind = 'adjective';
    else if (s === 'dem') kind = 'demonym';
    else if (s.startsWith('=')) entity = s.slice(1);
    else if (s.startsWith('x:')) {
      kbFalse = true;
      const [t, name] = s.slice(2).split('=');
      type = t;
      entity = name ?? surface;
    } else errors.push(`${file}: unknown spec "${s}" on {${surface}}`);
  }
  if (kbFalse) return { entity, type, kb: false };
  if (entity) {
    const e = kbByName.get(entity);
    if (!e) { errors.push(`${file}: "${entity}" is not a kb name`); return null; }
    return { entity, type: e.type, ...(kind ? { kind } : {}) };
  }
  const cands = forms.get(fold(surface)) ?? [];
  const names = [...new Set(cands.map((c) => c.name))];
  if (names.length !== 1) {
    errors.push(`${file}: {${surface}} resolves to ${names.length ? names.join(' / ') : 'nothing'}`);
    return null;
  }
  const c = cands.find((x) => x.how !== 'metonym') ?? cands[0];
  if (c.how === 'metonym' && !kind) errors.push(`${file}: {${surface}} is a metonym: say |m or |c`);
  if (c.how === 'demonym' && !kind) kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
  if (kind && c.how !== 'metonym' && (kind === 'metonym' || kind === 'capital')) errors.push(`${file}: {${surface}} is not a metonym`);
  return { entity: c.name, type: c.type, ...(kind ? { kind } : {}) };
}

const closing = { '«': '»', '“': '”', '"': '"' };
const srcDir = join(here, 'src');
const gold = { version: 1, articles: {} };

for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(join(srcDir, f), 'utf8');
  const file = f.replace(/\.src$/, '.txt');
  let out = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const sigs = [];
  const negs = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '§') {
      sents.push({ at: out.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[src[i + 1]] });
      if (!sents.at(-1).status) errors.push(`${f}: bad sentence marker §${src[i + 1]}`);
      i += 2;
    } else if (c === '{') {
      const j = src.indexOf('}', i);
      const body = src.slice(i + 1, j);
      i = j + 1;
      if (body.startsWith('@')) {
        const parts = body.slice(1).split(';').map((s) => s.trim()).filter(Boolean);
        quotes.push({ at: out.length, speaker: parts[0] ?? null, also: parts.slice(1) });
      } else if (body.startsWith('sig:')) {
        const [members, ...opts] = body.slice(4).split(';');
        const total = opts.find((o) => o.startsWith('total='));
        sigs.push({ at: out.length, members: members.split(',').map((s) => s.trim()), statedTotal: total ? Number(total.slice(6)) : null, approximate: opts.includes('approx') });
      } else if (body === 'neg') {
        negs.push({ at: out.length });
      } else {
        // the surface may itself contain nested markup (only ¤ ¦ and nested entities are not allowed)
        const [rawSurface, ...specs] = body.split('|');
        const surface = rawSurface.replace(/¤/g, '\u00a0').replace(/¦/g, '\u202f');
        const r = resolveEntity(surface, specs, f);
        if (r) ents.push({ at: out.length, surface, ...r });
        out += surface;
      }
    } else if (c === '¤') { out += '\u00a0'; i++; }
    else if (c === '¦') { out += '\u202f'; i++; }
    else { out += c; i++; }
  }
  if (!out.endsWith('\n')) out += '\n';
  writeFileSync(join(here, file), out);

  const lineCut = (s) => (s.includes('\n') ? s.slice(0, s.indexOf('\n')) : s);
  const art = {
    entities: ents.map((e) => {
      const g = { surface: e.surface, occurrence: occurrenceIndex(out, e.surface, e.at), entity: e.entity, type: e.type };
      if (e.kind) g.kind = e.kind;
      if (e.kb === false) g.kb = false;
      return g;
    }),
    quotes: quotes.map((q) => {
      const open = out[q.at];
      const close = closing[open];
      if (!close) { errors.push(`${f}: quote marker not before a quotation mark: ${out.slice(q.at, q.at + 20)}`); return null; }
      const end = out.indexOf(close, q.at + 1);
      const inner = out.slice(q.at + 1, end).replace(/^[\s\u00a0\u202f]+/, '');
      const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
      if (q.also.length) g.speakerAlso = q.also;
      return g;
    }).filter(Boolean),
    sentences: sents.map((s) => ({ text: lineCut(out.slice(s.at, s.at + 40)), status: s.status })),
    signatoryLists: sigs.map((s) => ({ text: lineCut(out.slice(s.at, s.at + 40)), members: s.members, statedTotal: s.statedTotal, ...(s.approximate ? { approximate: true } : {}) })),
    negativeLists: negs.map((n) => ({ text: lineCut(out.slice(n.at, n.at + 40)) })),
  };
  gold.articles[file] = art;
}

writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`built ${Object.keys(gold.articles).length} articles`);
