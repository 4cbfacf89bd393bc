// Builds the articles (*.txt) and gold.json of eval/heldout20 from the annotated sources in src/*.src.
//
// Markup of a source (everything else is copied verbatim):
//   ⟨A⟩ ⟨V⟩ ⟨U⟩ ⟨N⟩          a sentence starts at the next non-blank character: attributed, vague, unattributed, not-claim
//   ⟦surface|entity|opts⟧     an entity mention; entity defaults to surface; codes KP, KR, RU, UA, US, JP stand for the
//                             countries; opts (comma-separated): a type (country, organisation, person, place, weapon),
//                             a kind (metonym, capital, adjective, demonym), and x for an entity outside the kb.
//                             A kb entity takes its type from the kb.
//   ⁅speaker;also;…⁆          the speaker of the quotation whose opening mark follows; ⁅⁆ is no speaker (null)
//   ⟪S:m1;m2|total|~⟫         a list of signatories starts here (members as kb names; total or -; ~ if approximate)
//   ⟪N⟫                       a negative list (an enumeration of non-signatories) starts here
//
// Reads from the kb only the name and type of each entry. Run: node eval/heldout20/build.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kbType = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) kbType.set(e.name, e.type);

const CODES = { KP: 'Corée du Nord', KR: 'Corée du Sud', RU: 'Russie', UA: 'Ukraine', US: 'États-Unis', JP: 'Japon' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const ok = !isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length]);
    if (i === start) {
      if (!ok) throw new Error(`mention "${surface}" at ${start} touches a letter or digit`);
      return n;
    }
    if (ok) n++;
  }
  throw new Error(`mention "${surface}" not found at ${start}`);
}

function build(src, name) {
  let out = '';
  const ents = [];
  const sents = [];
  const speakers = new Map(); // offset of an opening mark -> speaker record
  const sigs = [];
  const negs = [];
  let pending = null; // status of a sentence whose first character is not yet written
  const emit = (s) => {
    for (const ch of s) {
      if (pending && !/\s/.test(ch)) {
        sents.push({ start: out.length, status: pending });
        pending = null;
      }
      out += ch;
    }
  };
  const startPending = () => {
    if (pending) sents.push({ start: out.length, status: pending });
    pending = null;
  };
  const closing = (open, close) => {
    const j = src.indexOf(close, open);
    if (j < 0) throw new Error(`${name}: unclosed ${src[open - 1]} at ${open}`);
    return j;
  };
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '⟨') {
      const j = closing(i + 1, '⟩');
      const st = STATUS[src.slice(i + 1, j)];
      if (!st) throw new Error(`${name}: bad status ${src.slice(i + 1, j)}`);
      if (pending) throw new Error(`${name}: empty sentence before offset ${i}`);
      pending = st;
      i = j + 1;
    } else if (c === '⟦') {
      const j = closing(i + 1, '⟧');
      const [surface, entRaw = '', optsRaw = ''] = src.slice(i + 1, j).split('|');
      const opts = optsRaw ? optsRaw.split(',').map((s) => s.trim()) : [];
      const entity = CODES[entRaw] ?? (entRaw || surface);
      const outside = opts.includes('x');
      let type = opts.find((o) => TYPES.has(o));
      const kind = opts.find((o) => KINDS.has(o));
      for (const o of opts) if (o !== 'x' && !TYPES.has(o) && !KINDS.has(o)) throw new Error(`${name}: bad option ${o}`);
      if (!outside) {
        if (!kbType.has(entity)) throw new Error(`${name}: "${entity}" is not a kb name`);
        if (type && type !== kbType.get(entity)) throw new Error(`${name}: type ${type} ≠ kb ${kbType.get(entity)} for ${entity}`);
        type = kbType.get(entity);
      } else {
        if (kbType.has(entity)) throw new Error(`${name}: "${entity}" marked x but is a kb name`);
        if (!type) throw new Error(`${name}: no type for outside-kb "${entity}"`);
      }
      startPending();
      ents.push({ start: out.length, surface, entity, type, kind, outside });
      emit(surface);
      i = j + 1;
    } else if (c === '⁅') {
      const j = closing(i + 1, '⁆');
      const raw = src.slice(i + 1, j);
      const parts = raw ? raw.split(';').map((s) => s.trim()) : [];
      const rec = { speaker: parts.length ? parts[0] : null };
      if (parts.length > 1) rec.speakerAlso = parts.slice(1);
      const next = src[j + 1];
      if (!OPEN[next]) throw new Error(`${name}: speaker marker not followed by an opening quote mark`);
      startPending();
      speakers.set(out.length, rec);
      i = j + 1;
    } else if (c === '⟪') {
      const j = closing(i + 1, '⟫');
      const raw = src.slice(i + 1, j);
      startPending();
      if (raw === 'N') negs.push({ start: out.length });
      else if (raw.startsWith('S:')) {
        const [members, total, approx] = raw.slice(2).split('|');
        sigs.push({
          start: out.length,
          members: members.split(';').map((m) => CODES[m] ?? m),
          statedTotal: total && total !== '-' ? Number(total) : null,
          approximate: approx === '~',
        });
      } else throw new Error(`${name}: bad list marker ${raw}`);
      i = j + 1;
    } else {
      emit(c);
      i++;
    }
  }
  if (pending) throw new Error(`${name}: sentence marker at the end`);

  // quotations, in the order of the text
  const quotes = [];
  for (let i = 0; i < out.length; i++) {
    const close = OPEN[out[i]];
    if (!close) continue;
    const j = out.indexOf(close, i + 1);
    if (j < 0) throw new Error(`${name}: unclosed quotation at ${i}`);
    if (!speakers.has(i)) throw new Error(`${name}: quotation at ${i} (${out.slice(i, i + 30)}) has no speaker marker`);
    const inner = out.slice(i + 1, j).replace(/^[\s\u00a0\u202f]+/, '');
    quotes.push({ text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), ...speakers.get(i) });
    speakers.delete(i);
    i = j;
  }
  if (speakers.size) throw new Error(`${name}: speaker markers without a quotation`);

  const prefix = (start, end = out.length) => out.slice(start, Math.min(start + 40, end)).replace(/\s+$/, '');
  const gold = {
    entities: ents.map((e) => {
      const r = { surface: e.surface, occurrence: occurrenceIndex(out, e.surface, e.start), entity: e.entity, type: e.type };
      if (e.kind) r.kind = e.kind;
      if (e.outside) r.kb = false;
      return r;
    }),
    quotes,
    sentences: sents.map((s, k) => ({ text: prefix(s.start, sents[k + 1]?.start), status: s.status })),
    signatoryLists: sigs.map((l) => ({ text: prefix(l.start), members: l.members, statedTotal: l.statedTotal, approximate: l.approximate })),
    negativeLists: negs.map((l) => ({ text: prefix(l.start) })),
  };
  for (const m of gold.signatoryLists.flatMap((l) => l.members))
    if (!kbType.has(m)) throw new Error(`${name}: member ${m} is not a kb name`);
  return { text: out, gold };
}

const articles = {};
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold } = build(readFileSync(join(here, 'src', f), 'utf8'), name);
  writeFileSync(join(here, name), text);
  articles[name] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 1) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
