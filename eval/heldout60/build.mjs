// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup (see README.md of the set):
//   [surface]                 kb entity whose name or alias is the surface (type from the kb)
//   [surface|Entity]          kb entity given by its kb name (type from the kb)
//   [surface|Entity|k]        the same with a kind: m (metonym), c (capital), a (adjective), d (demonym)
//   [surface|=k]              kb entity found through the surface as a metonym (k = m, c) or demonym (k = a, d)
//   [surface|Name|!type]      entity outside the kb ("kb": false) of the given type
//   {A} {V} {U} {N}           start of a sentence: attributed, vague, unattributed, not-claim
//   {Q speaker} {Q -}         put right before an opening quotation mark; "-" = no speaker;
//   {Q speaker|a;b}           ... with speakerAlso a, b
//   {SL m1;m2|total|approx}   start of a signatory list (total may be empty; approx = "~")
//   {NL}                      start of a negative list
//
// Usage: node build.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// Per-article typography: apostrophe, and the space used inside « » and before : ; ? !
const CONFIG = {
  '01_seoul_huis_clos.src': { out: '01_seoul_huis_clos.txt', apos: '’', nbsp: '\u00A0' },
  '02_strasbourg_resolution.src': { out: '02_strasbourg_resolution.txt', apos: "'", nbsp: ' ' },
  '03_diete_rapport_msmt.src': { out: '03_diete_rapport_msmt.txt', apos: '’', nbsp: '\u202F' },
  '04_cpi_missiles_kiev.src': { out: '04_cpi_missiles_kiev.txt', apos: "'", nbsp: ' ' },
  '05_congres_audition.src': { out: '05_congres_audition.txt', apos: '’', nbsp: ' ' },
  '06_tribunal_ue_armateur.src': { out: '06_tribunal_ue_armateur.txt', apos: "'", nbsp: '\u00A0' },
};

// ---- kb (only name, type, aliases, demonyms, metonyms are read) ----
const norm = (s) =>
  [...s.normalize('NFC')]
    .map((c) => c.normalize('NFD')[0].toLowerCase())
    .join('')
    .replace(/[’‘]/g, "'")
    .replace(/[-‐‑–]/g, ' ')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (!d.endsWith('e')) { out.add(d + 'e'); out.add(d + 'es'); }
  if (d.endsWith('en') || d.endsWith('on')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const byName = new Map(kb.map((e) => [e.name, e]));
const byForm = new Map();
const byMetonym = new Map();
const byDemonym = new Map();
for (const e of kb) {
  for (const f of [e.name, ...e.aliases]) if (!byForm.has(norm(f))) byForm.set(norm(f), e);
  for (const m of e.metonyms) byMetonym.set(norm(m), e);
  for (const d of e.demonyms) for (const i of inflect(d)) byDemonym.set(norm(i), e);
}

// ---- helpers ----
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, surface, start) {
  let n = 0;
  let i = text.indexOf(surface);
  while (i >= 0 && i < start) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
    i = text.indexOf(surface, i + 1);
  }
  return n;
}
const CLOSE = { '«': '»', '“': '”', '"': '"' };

const errors = [];
const gold = { version: 1, articles: {} };
const words = {};

for (const src of Object.keys(CONFIG)) {
  const cfg = CONFIG[src];
  let raw = readFileSync(join(here, 'src', src), 'utf8').replace(/\r\n/g, '\n');
  // comments: lines starting with %
  raw = raw.split('\n').filter((l) => !l.startsWith('%')).join('\n').trim() + '\n';
  // typography
  if (cfg.apos !== "'") raw = raw.replace(/'/g, cfg.apos);
  raw = raw.replace(/« /g, '«' + cfg.nbsp).replace(/ »/g, cfg.nbsp + '»').replace(/ ([:;?!])/g, cfg.nbsp + '$1');

  let text = '';
  const ents = [], sents = [], quotes = [], sls = [], nls = [];
  const re = /\[([^\]]+)\]|\{(A|V|U|N|NL|Q [^}]*|SL [^}]*)\}/g;
  let last = 0;
  let m;
  while ((m = re.exec(raw))) {
    text += raw.slice(last, m.index);
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const parts = m[1].split('|');
      const surface = parts[0];
      const start = text.length;
      text += surface;
      let entity, type, kind, kbFalse = false;
      const ename = parts[1]?.replace(/’/g, "'");
      if (parts.length === 1) {
        const e = byForm.get(norm(surface));
        if (!e) { errors.push(`${src}: no kb name/alias for [${surface}]`); continue; }
        entity = e.name; type = e.type;
      } else if (ename.startsWith('=')) {
        kind = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' }[ename.slice(1)];
        const e = (kind === 'metonym' || kind === 'capital' ? byMetonym : byDemonym).get(norm(surface));
        if (!e) { errors.push(`${src}: no kb metonym/demonym for [${m[1]}]`); continue; }
        entity = e.name; type = e.type;
      } else if (parts[2]?.startsWith('!')) {
        entity = ename; type = parts[2].slice(1); kbFalse = true;
      } else {
        const e = byName.get(ename);
        if (!e) { errors.push(`${src}: unknown kb name in [${m[1]}]`); continue; }
        entity = e.name; type = e.type;
        if (parts[2]) kind = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' }[parts[2]];
      }
      ents.push({ surface, start, entity, type, kind, kbFalse });
    } else {
      const tag = m[2];
      if (/^[AVUN]$/.test(tag)) sents.push({ start: text.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[tag] });
      else if (tag === 'NL') nls.push({ start: text.length });
      else if (tag.startsWith('Q ')) {
        const [spk, also] = tag.slice(2).split('|');
        quotes.push({ start: text.length, speaker: spk === '-' ? null : spk.replace(/’/g, "'"), also: also ? also.split(';').map((s) => s.replace(/’/g, "'")) : undefined });
      } else if (tag.startsWith('SL ')) {
        const [mem, total, approx] = tag.slice(3).split('|');
        sls.push({ start: text.length, members: mem.split(';'), total: total ? Number(total) : null, approx: approx === '~' });
      }
    }
  }
  text += raw.slice(last);

  const art = {};
  art.entities = ents.map((e) => {
    if (isWordChar(text[e.start - 1]) || isWordChar(text[e.start + e.surface.length]))
      errors.push(`${src}: mention "${e.surface}" at ${e.start} touches a letter or digit`);
    const o = { surface: e.surface, occurrence: occurrencesBefore(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kbFalse) o.kb = false;
    return o;
  });
  art.quotes = quotes.map((q) => {
    const open = text[q.start];
    if (!CLOSE[open]) { errors.push(`${src}: quote marker not before a quotation mark at ${q.start}: ${JSON.stringify(text.slice(q.start, q.start + 20))}`); return null; }
    const close = text.indexOf(CLOSE[open], q.start + 1);
    const inner = text.slice(q.start + 1, close).trim().slice(0, 30).trimEnd();
    const o = { text: inner, speaker: q.speaker };
    if (q.also) o.speakerAlso = q.also;
    return o;
  }).filter(Boolean);
  art.sentences = sents.map((s, i) => {
    let a = s.start;
    while (/\s/.test(text[a])) a++;
    const end = i + 1 < sents.length ? sents[i + 1].start : text.length;
    return { text: text.slice(a, end).trimEnd().slice(0, 40), status: s.status };
  });
  // a list's text is its first 40 characters, not running past the end of its sentence
  const sentEndAt = (i) => { const nx = sents.map((s) => s.start).filter((s) => s > i); return nx.length ? Math.min(...nx) : text.length; };
  const listText = (start) => text.slice(start, Math.min(start + 40, sentEndAt(start))).trimEnd();
  art.signatoryLists = sls.map((l) => {
    const o = { text: listText(l.start), members: l.members, statedTotal: l.total };
    if (l.approx) o.approximate = true;
    return o;
  });
  art.negativeLists = nls.map((l) => ({ text: listText(l.start) }));
  gold.articles[cfg.out] = art;
  writeFileSync(join(here, cfg.out), text);
  words[cfg.out] = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
for (const [f, n] of Object.entries(words)) console.log(`${f}\t${n} words`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
