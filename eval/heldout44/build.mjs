// Builds the articles (*.txt) and gold.json of eval/heldout44 from the annotated sources in src/*.src.
//
// Source format (one file per article):
//   @file <name>.txt            first line: the article's file name
//   (blank line)                a paragraph break ("\n\n" in the article)
//   X| sentence                 one sentence per line; X is its status:
//                               A attributed, V vague, U unattributed, N not-claim.
//                               Sentences of one paragraph are joined by a space.
// Inline markup inside a sentence:
//   [[surface]]                 a kb mention; the kb entry is looked up from the surface (name, alias, demonym)
//   [[surface|Entity|kind]]     a kb mention of the kb entity `Entity` (kb name), kind optional
//                               (metonym, capital, adjective, demonym); a metonym surface needs its kind
//   {{surface|Name|type}}       a mention of an entity outside the kb
//   ^[speaker]                  right after an opening quotation mark: the quote's speaker
//   ^[speaker|also1;also2]      ... with speakerAlso;  ^[] : no speaker
//   <S members="A;B" total=11 approx>   start of a signatory list (members are kb names)
//   <N>                         start of a negative list
//   ~ = U+00A0 (no-break space), ¤ = U+202F (narrow no-break space)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kb = JSON.parse(readFileSync(join(here, 'src', 'kb_forms.json'), 'utf8'));

export const fold = (s) =>
  [...s]
    .map((c) => c.normalize('NFD')[0])
    .join('')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[-‐‑–]/g, ' ');

export function demonymForms(d) {
  return [d, d + 's', d + 'e', d + 'es', d + 'ne', d + 'nes'];
}

const byForm = new Map(); // folded form -> [{name, type, how}]
const add = (form, e, how) => {
  const k = fold(form);
  if (!byForm.has(k)) byForm.set(k, []);
  byForm.get(k).push({ name: e.name, type: e.type, how });
};
const kbByName = new Map();
for (const e of kb) {
  kbByName.set(e.name, e);
  add(e.name, e, 'name');
  for (const a of e.aliases) add(a, e, 'alias');
  for (const m of e.metonyms) add(m, e, 'metonym');
  for (const d of e.demonyms) for (const f of demonymForms(d)) add(f, e, 'demonym');
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };

function fail(file, msg) {
  console.error(`${file}: ${msg}`);
  process.exitCode = 1;
}

function isWordChar(c) {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

export function occurrencesOf(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + s.length])) out.push(i);
  }
  return out;
}

function buildArticle(srcFile) {
  const lines = readFileSync(srcFile, 'utf8').split('\n');
  const head = lines.shift();
  const m = /^@file (\S+\.txt)$/.exec(head);
  if (!m) throw new Error(`${srcFile}: first line must be @file <name>.txt`);
  const file = m[1];
  const paragraphs = [];
  let cur = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      if (cur.length) paragraphs.push(cur);
      cur = [];
      continue;
    }
    if (line.startsWith('#')) continue; // comment
    const sm = /^([AVUN])\| (.*)$/.exec(line);
    if (!sm) throw new Error(`${srcFile}: bad line: ${line}`);
    cur.push({ status: STATUS[sm[1]], markup: sm[2] });
  }
  if (cur.length) paragraphs.push(cur);

  let text = '';
  const entities = [];
  const quotes = [];
  const sentences = [];
  const sigs = [];
  const negs = [];
  paragraphs.forEach((para, pi) => {
    if (pi > 0) text += '\n\n';
    para.forEach((sent, si) => {
      if (si > 0) text += ' ';
      const start = text.length;
      let s = sent.markup;
      let i = 0;
      while (i < s.length) {
        if (s.startsWith('[[', i)) {
          const j = s.indexOf(']]', i);
          const parts = s.slice(i + 2, j).split('|');
          const surface = parts[0].replace(/~/g, '\u00a0');
          let entity;
          let kind;
          for (const p of parts.slice(1)) {
            if (KINDS.has(p)) kind = p;
            else entity = p;
          }
          const cands = byForm.get(fold(surface)) ?? [];
          if (!entity) {
            const names = [...new Set(cands.map((c) => c.name))];
            if (names.length !== 1) fail(file, `cannot resolve [[${surface}]]: ${JSON.stringify(names)}`);
            entity = names[0];
          }
          const e = kbByName.get(entity);
          if (!e) fail(file, `unknown kb entity ${entity} for ${surface}`);
          const how = cands.filter((c) => c.name === entity).map((c) => c.how);
          if (!kind && how.includes('demonym')) kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
          if (!kind && how.includes('metonym') && !how.includes('name') && !how.includes('alias'))
            fail(file, `metonym surface ${surface} needs a kind`);
          entities.push({ surface, start: text.length, entity, type: e?.type, kind });
          text += surface;
          i = j + 2;
        } else if (s.startsWith('{{', i)) {
          const j = s.indexOf('}}', i);
          const [surface, name, type] = s.slice(i + 2, j).split('|');
          if (!name || !type) fail(file, `bad {{${s.slice(i + 2, j)}}}`);
          entities.push({ surface, start: text.length, entity: name, type, kb: false });
          text += surface;
          i = j + 2;
        } else if (s.startsWith('^[', i)) {
          const j = s.indexOf(']', i);
          const [speaker, also] = s.slice(i + 2, j).split('|');
          quotes.push({ at: text.length, speaker: speaker === '' ? null : speaker, speakerAlso: also ? also.split(';') : undefined });
          i = j + 1;
        } else if (s.startsWith('<S', i)) {
          const j = s.indexOf('>', i);
          const attrs = s.slice(i + 2, j);
          const members = /members="([^"]*)"/.exec(attrs)[1].split(';');
          const tm = /total=(\d+)/.exec(attrs);
          sigs.push({ at: text.length, members, statedTotal: tm ? Number(tm[1]) : null, approximate: /\bapprox\b/.test(attrs) });
          i = j + 1;
        } else if (s.startsWith('<N>', i)) {
          negs.push({ at: text.length });
          i += 3;
        } else {
          const c = s[i];
          text += c === '~' ? '\u00a0' : c === '¤' ? '\u202f' : c;
          i++;
        }
      }
      sentences.push({ start, end: text.length, status: sent.status });
    });
  });
  text += '\n';

  const gold = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of entities) {
    const occ = occurrencesOf(text, e.surface);
    const k = occ.indexOf(e.start);
    if (k < 0) fail(file, `mention ${e.surface} at ${e.start} is not a standalone occurrence`);
    const g = { surface: e.surface, occurrence: k, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    gold.entities.push(g);
  }
  const CLOSE = { '«': '»', '“': '”', '"': '"' };
  for (const q of quotes) {
    let o = q.at - 1;
    while (/[\s\u00a0\u202f]/.test(text[o])) o--;
    const open = text[o];
    const close = CLOSE[open];
    if (!close) fail(file, `quote tag not after an opening mark at ${q.at}`);
    const end = text.indexOf(close, q.at);
    const inner = text.slice(q.at, end).replace(/^[\s\u00a0\u202f]+/, '').replace(/[\s\u00a0\u202f]+$/, '');
    const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    gold.quotes.push(g);
  }
  for (const s of sentences) gold.sentences.push({ text: text.slice(s.start, Math.min(s.end, s.start + 40)), status: s.status });
  for (const l of sigs) {
    const g = { text: text.slice(l.at, l.at + 40), members: l.members, statedTotal: l.statedTotal };
    if (l.approximate) g.approximate = true;
    gold.signatoryLists.push(g);
  }
  for (const l of negs) gold.negativeLists.push({ text: text.slice(l.at, l.at + 40) });
  return { file, text, gold };
}

const srcDir = join(here, 'src');
const out = { version: 1, articles: {} };
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const { file, text, gold } = buildArticle(join(srcDir, f));
  writeFileSync(join(here, file), text);
  out.articles[file] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`built ${Object.keys(out.articles).length} articles`);
