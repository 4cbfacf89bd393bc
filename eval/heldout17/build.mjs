// Builds the articles (*.txt) and gold.json of eval/heldout17 from the annotated sources in src/*.src.
//
// Source syntax (one sentence a line):
//   <status> <text>           status: N not-claim, A attributed, V vague, U unattributed
//   blank line                new paragraph ("\n\n" in the article)
//   # …                       comment
//   @file name.txt            the article's file name
//   @sig {json}               a signatory list: {"start": string found in the text, members, statedTotal, approximate}
//   @neg string               a negative list, located by that string
//   … || sp ; sp              speakers of the quotations of the line, in order: null | name | name + also1, also2
// Inside the text:
//   [surface]                 a knowledge-base name, alias, metonym (kind metonym) or demonym form (adjective/demonym)
//   [surface|/kind]           the same with the kind set (capital, metonym, adjective, demonym)
//   [surface|Kb name]         an explicit kb entity; [surface|Kb name/kind] with a kind
//   [surface|!Name:type]      an entity outside the kb
//   ~ is U+00A0, ^ is U+202F
//
// Only these fields of server/data/kb/*.json are read: name, type, aliases, demonyms, metonyms.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// ---- knowledge base (names, types, aliases, demonyms, metonyms only)
const fold = (s) => s.normalize('NFC').replace(/’/g, "'").toLowerCase();
const byName = new Map();
const lookup = new Map(); // folded form → { entity, type, kind }
function inflect(d) {
  const forms = new Set([d, d + 's']);
  if (!d.endsWith('e')) {
    forms.add(d + 'e');
    forms.add(d + 'es');
  }
  if (/[nl]$/.test(d)) {
    forms.add(d + 'ne');
    forms.add(d + 'nes');
  }
  return [...forms];
}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')).sort()) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    const { name, type } = e;
    byName.set(name, type);
    for (const a of [name, ...(e.aliases ?? [])]) if (!lookup.has(fold(a))) lookup.set(fold(a), { entity: name, type });
    for (const m of e.metonyms ?? []) if (!lookup.has(fold(m))) lookup.set(fold(m), { entity: name, type, kind: 'metonym' });
    for (const d of e.demonyms ?? [])
      for (const form of inflect(d)) if (!lookup.has(fold(form))) lookup.set(fold(form), { entity: name, type, kind: 'demonym-form' });
  }
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const STATUS = { N: 'not-claim', A: 'attributed', V: 'vague', U: 'unattributed' };

function resolve(surface, spec, where) {
  let name = null;
  let kind;
  if (spec && spec.startsWith('!')) {
    const m = /^!(.+):(\w+)$/.exec(spec);
    if (!m || !TYPES.has(m[2])) throw new Error(`${where}: bad outside-kb spec "${spec}"`);
    if (byName.has(m[1])) throw new Error(`${where}: "${m[1]}" is a kb name, not outside the kb`);
    return { entity: m[1], type: m[2], kb: false };
  }
  if (spec) {
    const [n, k] = spec.split('/');
    name = n || null;
    kind = k;
    if (kind && !KINDS.has(kind)) throw new Error(`${where}: bad kind "${kind}"`);
  }
  let entity;
  let type;
  let defKind;
  if (name) {
    if (!byName.has(name)) throw new Error(`${where}: "${name}" is not a kb name`);
    entity = name;
    type = byName.get(name);
    const l = lookup.get(fold(surface));
    if (l && l.entity === name) defKind = l.kind;
  } else {
    const l = lookup.get(fold(surface));
    if (!l) throw new Error(`${where}: "${surface}" is not a kb form; give the entity`);
    ({ entity, type } = l);
    defKind = l.kind;
  }
  if (defKind === 'demonym-form') defKind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
  const out = { entity, type };
  const k = kind ?? defKind;
  if (k) out.kind = k;
  return out;
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceAt(text, surface, pos) {
  if (isWordChar(text[pos - 1]) || isWordChar(text[pos + surface.length]))
    throw new Error(`"${surface}" at ${pos} touches a letter or digit`);
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1 && p < pos; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    k++;
  }
  return k;
}

const CLOSE = { '«': '»', '“': '”', '"': '"' };
function quotesOf(sentence) {
  const out = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (!(c in CLOSE)) continue;
    const j = sentence.indexOf(CLOSE[c], i + 1);
    if (j < 0) throw new Error(`unclosed quote in: ${sentence}`);
    const inner = sentence.slice(i + 1, j).replace(/^[\s\u00A0\u202F]+/u, '');
    out.push({ at: i, text: inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/u, '') });
    i = j;
  }
  return out;
}

function parseSpeaker(s) {
  s = s.trim();
  if (s === 'null') return { speaker: null };
  const [main, also] = s.split(' + ');
  const r = { speaker: main.trim() };
  if (also) r.speakerAlso = also.split(',').map((x) => x.trim());
  return r;
}

const words = (t) => t.split(/[\s\u00A0\u202F]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const gold = { version: 1, articles: {} };
const summary = [];
for (const srcFile of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const lines = readFileSync(join(here, 'src', srcFile), 'utf8').split('\n');
  let file = null;
  const sigs = [];
  const negs = [];
  const paragraphs = [];
  let para = null;
  for (const [n, raw] of lines.entries()) {
    const where = `${srcFile}:${n + 1}`;
    const line = raw.trimEnd();
    if (line.startsWith('#')) continue;
    if (line.startsWith('@file ')) { file = line.slice(6).trim(); continue; }
    if (line.startsWith('@sig ')) { sigs.push({ ...JSON.parse(line.slice(5)), where }); continue; }
    if (line.startsWith('@neg ')) { negs.push({ start: line.slice(5), where }); continue; }
    if (line === '') { para = null; continue; }
    const m = /^([NAVU]) (.+)$/.exec(line);
    if (!m) throw new Error(`${where}: cannot read line`);
    let [body, spk] = m[2].split(' || ');
    const speakers = spk === undefined ? [] : spk.split(' ; ').map(parseSpeaker);
    let text = '';
    const ents = [];
    let last = 0;
    const re = /\[([^\]|]+)(?:\|([^\]]+))?\]/g;
    let mm;
    const plain = (s) => s.replace(/~/g, '\u00A0').replace(/\^/g, '\u202F');
    while ((mm = re.exec(body))) {
      text += plain(body.slice(last, mm.index));
      ents.push({ at: text.length, surface: mm[1], ...resolve(mm[1], mm[2], where) });
      text += mm[1];
      last = mm.index + mm[0].length;
    }
    text += plain(body.slice(last));
    if (/[[\]|]/.test(text)) throw new Error(`${where}: stray bracket or bar`);
    const qs = quotesOf(text);
    if (qs.length !== speakers.length) throw new Error(`${where}: ${qs.length} quotes, ${speakers.length} speakers`);
    const sent = { status: STATUS[m[1]], text, ents, quotes: qs.map((q, i) => ({ ...q, ...speakers[i] })), where };
    if (!para) { para = []; paragraphs.push(para); }
    para.push(sent);
  }
  if (!file) throw new Error(`${srcFile}: no @file`);

  // assemble the article, with absolute offsets
  let article = '';
  const sentences = [];
  const entities = [];
  const quotes = [];
  paragraphs.forEach((p, pi) => {
    if (pi) article += '\n\n';
    p.forEach((s, si) => {
      if (si) article += ' ';
      const base = article.length;
      article += s.text;
      sentences.push({ text: s.text.slice(0, 40), status: s.status });
      for (const e of s.ents) entities.push({ ...e, at: base + e.at });
      for (const q of s.quotes) quotes.push({ ...q, at: base + q.at });
    });
  });
  article += '\n';

  const goldEntities = entities.map((e) => {
    const r = { surface: e.surface, occurrence: occurrenceAt(article, e.surface, e.at), entity: e.entity, type: e.type };
    if (e.kind) r.kind = e.kind;
    if (e.kb === false) r.kb = false;
    return r;
  });
  const goldQuotes = quotes.map((q) => {
    const r = { text: q.text, speaker: q.speaker };
    if (q.speakerAlso) r.speakerAlso = q.speakerAlso;
    return r;
  });
  const locate = (start, where) => {
    const at = article.indexOf(start);
    if (at < 0 || article.indexOf(start, at + 1) >= 0) throw new Error(`${where}: "${start}" not found once`);
    return article.slice(at, at + 40);
  };
  const signatoryLists = sigs.map((s) => {
    for (const m of s.members) if (!byName.has(m)) throw new Error(`${s.where}: member "${m}" not a kb name`);
    return { text: locate(s.start, s.where), members: s.members, statedTotal: s.statedTotal, approximate: s.approximate };
  });
  const negativeLists = negs.map((n) => ({ text: locate(n.start, n.where) }));

  writeFileSync(join(here, file), article);
  gold.articles[file] = { entities: goldEntities, quotes: goldQuotes, sentences, signatoryLists, negativeLists };
  summary.push({ file, words: words(article), entities: goldEntities.length, sentences: sentences.length, quotes: goldQuotes.length });
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.table(summary);
