// Builds the articles (*.txt) and gold.json of eval/heldout37 from the annotated sources in src/*.src.
//
// Markup of a source file:
//   %% key: value                    header lines (file, apos, guillemets, punct, numbers)
//   ⟦surface⟧                         an entity; entity, type and kind looked up in the kb (name, alias, metonym, demonym)
//   ⟦surface|spec|spec…⟧              specs: =Entity name, c/o/p/l/w (type), m/cap/adj/dem (kind), ! (outside the kb)
//   ⟨U⟩ ⟨A⟩ ⟨V⟩ ⟨N⟩                   start of a sentence: unattributed, attributed, vague, not-claim
//   ⟨Q:speaker|also;also⟩             right before an opening quotation mark; ⟨Q:⟩ for a quote with no speaker
//   ⟨L:member;member|total|approx⟩    start of a signatory list (total empty = null; approx = "a" for approximate)
//   ⟨NL⟩                              start of a negative list
//
// Header transforms are one character for one character, so offsets stay true:
//   apos: curly        ' → ’
//   guillemets: nbsp   "« " → "«\u00A0", " »" → "\u00A0»"   (nnbsp: U+202F)
//   punct: nnbsp       a space before : ; ? ! → U+202F
//   numbers: nbsp      a space between digit groups (1 500) → U+00A0
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// ---- the kb: only name, type, aliases, demonyms, metonyms
const fold = (s) => s.replace(/[’‘`]/g, "'").replace(/[\u00A0\u202F]/g, ' ');
const byForm = new Map(); // folded form → { name, type, kind }
const demonymForms = []; // { re, name }
for (const f of readdirSync(kbDir)) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    const put = (form, kind) => {
      const k = fold(form);
      if (!byForm.has(k)) byForm.set(k, { name: e.name, type: e.type, kind });
    };
    put(e.name);
    for (const a of e.aliases ?? []) put(a);
    for (const m of e.metonyms ?? []) put(m, 'metonym');
    for (const d of e.demonyms ?? []) demonymForms.push({ d, name: e.name, type: e.type });
  }
}
function inflections(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/[ie]n$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (/s$/.test(d)) { out.add(d); out.add(d + 'e'); out.add(d + 'es'); }
  if (/c$/.test(d)) { out.add(d.slice(0, -1) + 'que'); out.add(d.slice(0, -1) + 'ques'); }
  return out;
}
function lookupDemonym(surface) {
  const low = surface.toLowerCase();
  for (const { d, name, type } of demonymForms) if (inflections(d.toLowerCase()).has(low)) return { name, type };
  return null;
}

const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };

function parseSource(src, fileLabel) {
  const header = {};
  const bodyLines = [];
  for (const line of src.split('\n')) {
    const h = /^%% (\w+): (.*)$/.exec(line);
    if (h) header[h[1]] = h[2].trim();
    else bodyLines.push(line);
  }
  const body = bodyLines.join('\n').replace(/^\n+/, '').replace(/\n*$/, '\n');
  let text = '';
  const ents = [], sents = [], quotes = [], lists = [], negs = [];
  const re = /⟦([^⟧]*)⟧|⟨([^⟩]*)⟩/g;
  let last = 0;
  for (let m; (m = re.exec(body)); ) {
    text += body.slice(last, m.index);
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const [surface, ...specs] = m[1].split('|');
      const start = text.length;
      text += surface;
      ents.push({ start, end: text.length, surface, specs });
    } else {
      const tag = m[2];
      const at = text.length;
      if (/^[UAVN]$/.test(tag)) sents.push({ at, status: { U: 'unattributed', A: 'attributed', V: 'vague', N: 'not-claim' }[tag] });
      else if (tag.startsWith('Q:')) {
        const [speaker, also] = tag.slice(2).split('|');
        quotes.push({ at, speaker: speaker === '' ? null : speaker, speakerAlso: also ? also.split(';') : undefined });
      } else if (tag.startsWith('L:')) {
        const [members, total, approx] = tag.slice(2).split('|');
        lists.push({ at, members: members.split(';'), statedTotal: total ? Number(total) : null, approximate: approx === 'a' });
      } else if (tag === 'NL') negs.push({ at });
      else throw new Error(`${fileLabel}: unknown tag ⟨${tag}⟩`);
    }
  }
  text += body.slice(last);
  if (/[⟦⟧⟨⟩]/.test(text)) throw new Error(`${fileLabel}: stray markup`);

  // one-for-one transforms
  const chars = [...text].length === text.length ? text.split('') : null;
  if (!chars) throw new Error(`${fileLabel}: astral characters`);
  if (header.apos === 'curly') for (let i = 0; i < chars.length; i++) if (chars[i] === "'") chars[i] = '’';
  const g = header.guillemets;
  if (g === 'nbsp' || g === 'nnbsp') {
    const sp = g === 'nbsp' ? '\u00A0' : '\u202F';
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === '«' && chars[i + 1] === ' ') chars[i + 1] = sp;
      if (chars[i] === '»' && chars[i - 1] === ' ') chars[i - 1] = sp;
    }
  }
  if (header.punct === 'nnbsp')
    for (let i = 1; i < chars.length; i++) if (/[:;?!]/.test(chars[i]) && chars[i - 1] === ' ') chars[i - 1] = '\u202F';
  if (header.numbers === 'nbsp')
    for (let i = 1; i < chars.length - 3; i++)
      if (chars[i] === ' ' && /\d/.test(chars[i - 1]) && /^\d{3}(?!\d)/.test(chars.slice(i + 1, i + 5).join(''))) chars[i] = '\u00A0';
  text = chars.join('');
  return { header, text, ents, sents, quotes, lists, negs };
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceOf(text, surface, start) {
  let n = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return n;
    n++;
  }
  throw new Error(`"${surface}" at ${start} is not a bounded occurrence`);
}

function resolveEntity(e, label) {
  let name, type, kind, kb = true;
  for (const s of e.specs) {
    if (s.startsWith('=')) name = s.slice(1);
    else if (TYPES[s]) type = TYPES[s];
    else if (KINDS[s]) kind = KINDS[s];
    else if (s === '!') kb = false;
    else if (s !== '') throw new Error(`${label}: bad spec "${s}" on "${e.surface}"`);
  }
  if (!kb) {
    if (!name || !type) throw new Error(`${label}: kb:false "${e.surface}" needs =name and a type`);
    return { entity: name, type, kind, kb: false };
  }
  const hit = byForm.get(fold(name ?? e.surface));
  if (hit) {
    if (name && hit.name !== name) throw new Error(`${label}: "${name}" is a form of ${hit.name}, not a kb name`);
    return { entity: hit.name, type: type ?? hit.type, kind: kind ?? (name ? undefined : hit.kind) };
  }
  if (!name) {
    const d = lookupDemonym(e.surface);
    if (d) return { entity: d.name, type: d.type, kind: kind ?? (/^\p{Lu}/u.test(e.surface) ? 'demonym' : 'adjective') };
  }
  throw new Error(`${label}: no kb entity for "${e.surface}"${name ? ` (=${name})` : ''}`);
}

function closingFor(text, at) {
  const open = text[at];
  const close = { '«': '»', '“': '”', '"': '"' }[open];
  if (!close) throw new Error(`quote marker not before a quotation mark: "${text.slice(at, at + 20)}"`);
  const end = text.indexOf(close, at + 1);
  if (end < 0) throw new Error('unclosed quotation');
  return end;
}

const trimSp = (s) => s.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
const gold = { version: 1, articles: {} };
const srcDir = join(here, 'src');
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const p = parseSource(readFileSync(join(srcDir, f), 'utf8'), f);
  const file = p.header.file;
  if (!file) throw new Error(`${f}: no %% file`);
  const { text } = p;
  writeFileSync(join(here, file), text);
  const entities = p.ents.map((e) => {
    const surface = text.slice(e.start, e.end);
    const r = resolveEntity(e, file);
    const out = { surface, occurrence: occurrenceOf(text, surface, e.start), entity: r.entity, type: r.type };
    if (r.kind) out.kind = r.kind;
    if (r.kb === false) out.kb = false;
    return out;
  });
  const sentences = p.sents.map((s, i) => {
    const end = i + 1 < p.sents.length ? p.sents[i + 1].at : text.length;
    const st = text.slice(s.at, end).replace(/\s+$/, '');
    return { text: st.slice(0, 40), status: s.status };
  });
  const quotes = p.quotes.map((q) => {
    const end = closingFor(text, q.at);
    const out = { text: trimSp(trimSp(text.slice(q.at + 1, end)).slice(0, 30)), speaker: q.speaker };
    if (q.speakerAlso) out.speakerAlso = q.speakerAlso;
    return out;
  });
  // a list's text: its first 40 characters, not beyond the end of its sentence
  const listText = (at) => {
    const next = p.sents.find((s) => s.at > at);
    return text.slice(at, Math.min(at + 40, next ? next.at : text.length)).replace(/\s+$/, '');
  };
  const signatoryLists = p.lists.map((l) => {
    const out = { text: listText(l.at), members: l.members, statedTotal: l.statedTotal };
    if (l.approximate) out.approximate = true;
    return out;
  });
  const negativeLists = p.negs.map((n) => ({ text: listText(n.at) }));
  gold.articles[file] = { entities, quotes, sentences, signatoryLists, negativeLists };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
