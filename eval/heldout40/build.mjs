// Builds the articles (*.txt) and gold.json of eval/heldout40 from the annotated sources in src/*.src.
//
// Markup (everything else is copied verbatim):
//   [[surface]]                    an entity resolved from the kb (name, alias, metonym or inflected demonym)
//   [[surface|k]]                  same, with a kind: m metonym, c capital, a adjective, d demonym
//   [[surface=Kb name]]            an explicit kb entity (its type is read from the kb); may take |k
//   [[surface=Name;type;x]]        an entity outside the kb ("kb": false)
//   {s:a} {s:v} {s:u} {s:n}        a sentence starts here: attributed, vague, unattributed, not-claim
//   {q:Speaker}                    the next quotation mark opens a quote by Speaker ({q:null}: no speaker)
//   {q:Speaker;also=A,B}           with speakerAlso
//   {L:A,B,C;total=N;approx}       a signatory list starts here (members are kb names)
//   {N}                            a negative list starts here
//   {nb} {nn}                      U+00A0, U+202F
//
// Usage: node build.mjs   (writes the .txt files and gold.json next to this script)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

// ---- the kb: only name, type, aliases, demonyms, metonyms are used
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  const arr = Array.isArray(j) ? j : j.entities ?? Object.values(j);
  for (const e of arr) {
    if (!e || typeof e !== 'object' || !e.name) continue;
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const norm = (s) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
const byName = new Map(kb.map((e) => [e.name, e]));
const forms = new Map(); // normalised form -> {name, type, kind?}
const addForm = (f, v) => { if (!forms.has(norm(f))) forms.set(norm(f), v); };
export function inflect(base) {
  const out = new Set([base]);
  if (base.endsWith('e')) out.add(base + 's');
  else if (base.endsWith('s')) { out.add(base + 'e'); out.add(base + 'es'); }
  else if (/(en|on)$/.test(base)) { out.add(base + 's'); out.add(base + 'ne'); out.add(base + 'nes'); }
  else { out.add(base + 's'); out.add(base + 'e'); out.add(base + 'es'); }
  return [...out];
}
const capitalise = (w) => w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
for (const e of kb) {
  addForm(e.name, { name: e.name, type: e.type });
  for (const a of e.aliases) addForm(a, { name: e.name, type: e.type });
}
for (const e of kb) for (const m of e.metonyms) addForm(m, { name: e.name, type: e.type, kind: 'metonym' });
for (const e of kb)
  for (const d of e.demonyms)
    for (const f of inflect(d)) {
      addForm(f, { name: e.name, type: e.type, kind: 'adjective' });
      addForm(capitalise(f), { name: e.name, type: e.type, kind: 'demonym' });
    }

const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };

function parse(src, file) {
  let text = '';
  const ents = [], sents = [], quotes = [], sig = [], neg = [];
  const re = /\[\[(.+?)\]\]|\{(s|q|L|N|nb|nn)(?::([^}]*))?\}/gu;
  let last = 0, m;
  while ((m = re.exec(src))) {
    text += src.slice(last, m.index);
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const [left, flag] = m[1].replace(/\{nb\}/g, '\u00a0').replace(/\{nn\}/g, '\u202f').split('|');
      const [surface, spec] = left.split('=');
      let ent;
      if (spec === undefined) {
        const f = forms.get(norm(surface)) ?? forms.get(norm(surface).toLowerCase());
        if (!f) throw new Error(`${file}: cannot resolve [[${m[1]}]]`);
        ent = { entity: f.name, type: f.type, kind: f.kind };
      } else {
        const parts = spec.split(';');
        if (parts.length === 1) {
          const k = byName.get(parts[0]);
          if (!k) throw new Error(`${file}: no kb entity "${parts[0]}"`);
          ent = { entity: k.name, type: k.type };
        } else {
          if (parts[2] !== 'x') throw new Error(`${file}: bad spec ${m[1]}`);
          ent = { entity: parts[0], type: parts[1], kb: false };
        }
      }
      if (flag) {
        if (!KINDS[flag]) throw new Error(`${file}: bad kind ${flag}`);
        ent.kind = KINDS[flag];
      }
      ents.push({ start: text.length, surface, ...ent });
      text += surface;
    } else if (m[2] === 'nb') text += '\u00a0';
    else if (m[2] === 'nn') text += '\u202f';
    else if (m[2] === 's') {
      if (!STATUS[m[3]]) throw new Error(`${file}: bad status ${m[3]}`);
      sents.push({ start: text.length, status: STATUS[m[3]] });
    } else if (m[2] === 'q') {
      const [sp, ...rest] = m[3].split(';');
      const q = { at: text.length, speaker: sp === 'null' ? null : sp };
      for (const r of rest) if (r.startsWith('also=')) q.speakerAlso = r.slice(5).split(',');
      quotes.push(q);
    } else if (m[2] === 'L') {
      const [members, ...rest] = m[3].split(';');
      const l = { at: text.length, members: members.split(','), statedTotal: null };
      for (const r of rest) {
        if (r.startsWith('total=')) l.statedTotal = Number(r.slice(6));
        else if (r === 'approx') l.approximate = true;
        else throw new Error(`${file}: bad list option ${r}`);
      }
      sig.push(l);
    } else if (m[2] === 'N') neg.push({ at: text.length });
  }
  text += src.slice(last);
  if (/\[\[|\]\]|\{[a-zA-Z]+[:}]/.test(text)) throw new Error(`${file}: markup left in the text`);
  return { text, ents, sents, quotes, sig, neg };
}

const boundaryOk = (text, s, e) => !/[\p{L}\p{N}]/u.test(text[s - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[e] ?? '');
function occurrenceOf(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < start; i = text.indexOf(surface, i + 1))
    if (boundaryOk(text, i, i + surface.length)) n++;
  return n;
}
const prefix = (text, at, n) => text.slice(at, at + n).split('\n')[0].replace(/[\s\u00a0\u202f]+$/u, '');

const gold = { version: 1, articles: {} };
const srcDir = path.join(here, 'src');
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, ents, sents, quotes, sig, neg } = parse(fs.readFileSync(path.join(srcDir, f), 'utf8').replace(/\r\n/g, '\n'), f);
  fs.writeFileSync(path.join(here, name), text);
  const art = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of ents) {
    const g = { surface: e.surface, occurrence: occurrenceOf(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    art.entities.push(g);
  }
  for (const q of quotes) {
    let i = q.at;
    while (i < text.length && !OPEN[text[i]]) i++;
    if (i >= text.length) throw new Error(`${f}: no quote mark after a {q}`);
    const close = text.indexOf(OPEN[text[i]], i + 1);
    if (close < 0) throw new Error(`${f}: unclosed quote at ${i}`);
    const inner = text.slice(i + 1, close).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/gu, '');
    const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/u, ''), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    art.quotes.push(g);
  }
  for (const s of sents) art.sentences.push({ text: prefix(text, s.start, 40), status: s.status });
  // a list's prefix stops at the end of its sentence
  const listPrefix = (at) => {
    const next = sents.map((s) => s.start).find((s) => s > at) ?? text.length;
    return prefix(text.slice(0, next), at, 40);
  };
  for (const l of sig) {
    const g = { text: listPrefix(l.at), members: l.members, statedTotal: l.statedTotal };
    if (l.approximate) g.approximate = true;
    art.signatoryLists.push(g);
  }
  for (const n of neg) art.negativeLists.push({ text: listPrefix(n.at) });
  gold.articles[name] = art;
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  console.log(`${name}: ${words} words, ${art.entities.length} entities, ${art.sentences.length} sentences, ${art.quotes.length} quotes`);
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
