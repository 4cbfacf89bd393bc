// Builds NN_slug.txt and gold.json from src/NN_slug.src.
// Markup (one sentence a line, prefixed by its status; a blank line ends a paragraph):
//   N| A| V| U|                 not-claim, attributed, vague, unattributed
//   {surface}                   a kb mention, entity found from the surface
//   {surface|Entity}            a kb mention of that entity
//   {surface|Entity|flags}      flags: metonym capital adjective demonym; or "<type> nokb" outside the kb
//   ^{speaker|also1;also2}      put right before an opening quote mark; ^{} when there is no speaker
//   %S{m1;m2|total|~}  ... %/   a signatory list (text starts at the marker); %N{} ... %/ a negative list
//   %%nbsp                      directive: U+00A0 inside « » and before : ; ? !
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, kbForms, fold, isAcronym, isWordChar } from './kb.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const kb = loadKb();
const byName = new Map(kb.map((e) => [e.name, e]));
const forms = kbForms(kb);
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUS = { N: 'not-claim', A: 'attributed', V: 'vague', U: 'unattributed' };
const errors = [];

function lookup(surface) {
  const hits = forms.filter((f) => (isAcronym(f.form) ? f.form === surface : fold(f.form) === fold(surface)));
  const names = [...new Set(hits.map((h) => h.entity))];
  return { hits, names };
}

function parseLine(raw, nbsp) {
  let s = raw;
  if (nbsp) s = s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([:;?!])/g, '\u00a0$1');
  let text = '';
  const ents = [], quotes = [], lists = [];
  let pendingSpeaker;
  let i = 0;
  const readBraces = () => { const j = s.indexOf('}', i); if (j < 0) throw new Error('unclosed { in ' + raw); const inner = s.slice(i, j); i = j + 1; return inner; };
  let straightOpen = false;
  while (i < s.length) {
    const c = s[i];
    if (c === '^' && s[i + 1] === '{') {
      i += 2; const inner = readBraces(); const [sp, also] = inner.split('|');
      pendingSpeaker = { speaker: sp ? sp : null, speakerAlso: also ? also.split(';') : undefined };
      continue;
    }
    if (c === '%' && (s[i + 1] === 'S' || s[i + 1] === 'N') && s[i + 2] === '{') {
      const neg = s[i + 1] === 'N'; i += 3; const inner = readBraces();
      if (neg) lists.push({ neg: true, start: text.length });
      else { const [m, t, a] = inner.split('|'); lists.push({ neg: false, start: text.length, members: m.split(';'), statedTotal: t ? Number(t) : null, approximate: a === '~' }); }
      continue;
    }
    if (c === '%' && s[i + 1] === '/') { const open = [...lists].reverse().find((l) => l.end === undefined); open.end = text.length; i += 2; continue; }
    if (c === '{') {
      i += 1; const inner = readBraces(); const [surface, entity, flags] = inner.split('|');
      ents.push({ surface, entity: entity || '', flags: (flags || '').split(/\s+/).filter(Boolean), start: text.length });
      text += surface; continue;
    }
    const opening = c === '«' || c === '“' || (c === '"' && !straightOpen);
    if (c === '"') straightOpen = !straightOpen;
    if (opening) {
      if (!pendingSpeaker) errors.push(`quote with no ^{speaker} marker: ${raw.slice(0, 80)}`);
      quotes.push({ at: text.length, ...(pendingSpeaker || { speaker: null }) }); pendingSpeaker = undefined;
    }
    text += c; i++;
  }
  if (pendingSpeaker) errors.push(`dangling ^{} marker: ${raw.slice(0, 80)}`);
  if (straightOpen) errors.push(`unbalanced straight quote: ${raw.slice(0, 80)}`);
  return { text, ents, quotes, lists };
}

function occurrenceOf(text, surface, start) {
  let n = 0, i = text.indexOf(surface), ok = false;
  while (i >= 0) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) { if (i === start) { ok = true; break; } n++; }
    i = text.indexOf(surface, i + 1);
  }
  return ok ? n : -1;
}

const gold = { version: 1, articles: {} };
const srcs = fs.readdirSync(path.join(here, 'src')).filter((f) => f.endsWith('.src')).sort();
for (const f of srcs) {
  const name = f.replace(/\.src$/, '.txt');
  const lines = fs.readFileSync(path.join(here, 'src', f), 'utf8').split('\n');
  const nbsp = lines.some((l) => l.trim() === '%%nbsp');
  const paragraphs = [];
  let cur = [];
  for (const line of lines) {
    if (line.startsWith('%%')) continue;
    if (!line.trim()) { if (cur.length) paragraphs.push(cur); cur = []; continue; }
    const st = STATUS[line[0]];
    if (!st || line[1] !== '|') { errors.push(`${f}: bad line ${line.slice(0, 60)}`); continue; }
    cur.push({ status: st, ...parseLine(line.slice(2).trim(), nbsp) });
  }
  if (cur.length) paragraphs.push(cur);

  let full = '';
  const sentences = [], entsAbs = [], quotesAbs = [], listsAbs = [];
  paragraphs.forEach((p, pi) => {
    if (pi) full += '\n\n';
    p.forEach((s, si) => {
      if (si) full += ' ';
      const base = full.length;
      full += s.text;
      sentences.push({ text: s.text.slice(0, 40), status: s.status });
      for (const e of s.ents) entsAbs.push({ ...e, start: base + e.start });
      for (const q of s.quotes) quotesAbs.push({ ...q, at: base + q.at });
      for (const l of s.lists) listsAbs.push({ ...l, start: base + l.start, end: base + l.end });
    });
  });
  full += '\n';

  const entities = [];
  for (const e of entsAbs) {
    const occ = occurrenceOf(full, e.surface, e.start);
    if (occ < 0) { errors.push(`${f}: "${e.surface}" is not a word-bounded occurrence`); continue; }
    const kinds = e.flags.filter((x) => KINDS.includes(x));
    const types = e.flags.filter((x) => TYPES.includes(x));
    const nokb = e.flags.includes('nokb');
    const bad = e.flags.filter((x) => !KINDS.includes(x) && !TYPES.includes(x) && x !== 'nokb');
    if (bad.length) errors.push(`${f}: bad flags ${bad} on ${e.surface}`);
    const g = { surface: e.surface, occurrence: occ };
    if (nokb) {
      if (types.length !== 1) { errors.push(`${f}: nokb "${e.surface}" needs one type`); continue; }
      Object.assign(g, { entity: e.entity || e.surface, type: types[0], kb: false });
    } else {
      let ent = e.entity;
      const { hits, names } = lookup(e.surface);
      if (!ent) {
        if (names.length !== 1) { errors.push(`${f}: "${e.surface}" resolves to ${names.length ? names.join(', ') : 'nothing'}; give the entity`); continue; }
        ent = names[0];
      }
      const k = byName.get(ent);
      if (!k) { errors.push(`${f}: "${ent}" is not a kb name`); continue; }
      Object.assign(g, { entity: ent, type: k.type });
      const how = hits.filter((h) => h.entity === ent).map((h) => h.how);
      if (kinds.length) g.kind = kinds[0];
      else if (how.includes('demonym') && !how.includes('name') && !how.includes('alias')) g.kind = /^\p{Lu}/u.test(e.surface) ? 'demonym' : 'adjective';
      else if (how.includes('metonym')) errors.push(`${f}: metonym "${e.surface}" needs metonym or capital`);
    }
    entities.push(g);
  }

  const closeOf = { '«': '»', '“': '”', '"': '"' };
  const quotes = quotesAbs.map((q) => {
    const open = full[q.at];
    const close = full.indexOf(closeOf[open], q.at + 1);
    const inner = full.slice(q.at + 1, close).replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');
    const o = { text: inner, speaker: q.speaker };
    if (q.speakerAlso) o.speakerAlso = q.speakerAlso;
    return o;
  });
  const signatoryLists = listsAbs.filter((l) => !l.neg).map((l) => {
    const o = { text: full.slice(l.start, l.start + 40), members: l.members, statedTotal: l.statedTotal };
    if (l.approximate) o.approximate = true;
    return o;
  });
  const negativeLists = listsAbs.filter((l) => l.neg).map((l) => ({ text: full.slice(l.start, l.start + 40) }));

  fs.writeFileSync(path.join(here, name), full);
  gold.articles[name] = { entities, quotes, sentences, signatoryLists, negativeLists };
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log(`built ${srcs.length} articles`);
