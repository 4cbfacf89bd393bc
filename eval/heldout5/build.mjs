// Builds eval/heldout5/*.txt and gold.json from the annotated sources in eval/heldout5/src/*.src, with checks.
// Markup: <<A|V|U|N>> sentence start and status; {{surface|kb name|kind}} or {{surface|own name|!type}} entity;
// [[Q:speaker;also…]] before a quotation mark; [[L:members|total]] signatory list start; [[NL]] negative list start.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const OUT = dirname(fileURLToPath(import.meta.url)), SRC = join(OUT, 'src'), KB = join(OUT, '..', '..', 'server', 'data', 'kb');
const kb = new Map(); // name -> {type, forms}
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim();
for (const f of readdirSync(KB).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(KB, f), 'utf8')).entities) {
    const forms = new Set([e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])].map(fold));
    const dem = [];
    for (const d of e.demonyms ?? []) for (const suf of ['', 'e', 's', 'es', 'ne', 'nes']) dem.push(fold(d + suf));
    kb.set(e.name, { type: e.type, forms, dem: new Set(dem), raw: [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])], rawDem: e.demonyms ?? [] });
  }
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occAt(text, surface, pos) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isW(text[p - 1]) || isW(text[p + surface.length])) continue;
    if (p === pos) return k;
    k++;
  }
  return -1;
}
const gold = { version: 1, articles: {} };
const warn = [];
const stats = { words: 0, ent: 0, entNoKb: 0, quotes: 0, sent: {}, sig: 0, neg: 0 };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
for (const f of readdirSync(SRC).filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(join(SRC, f), 'utf8');
  const art = f.replace(/\.src$/, '.txt');
  let text = '';
  const ents = [], sents = [], quotes = [], lists = [], negs = [];
  const re = /<<([AVUN])>>|\[\[Q:([^\]]*)\]\]|\[\[L:([^|\]]*)\|([^\]]*)\]\]|\[\[NL\]\]|\{\{([^}]*)\}\}/g;
  let last = 0, m;
  while ((m = re.exec(src))) {
    text += src.slice(last, m.index);
    last = re.lastIndex;
    const pos = text.length;
    if (m[1]) sents.push({ pos, status: STATUS[m[1]] });
    else if (m[2] !== undefined) quotes.push({ pos, spec: m[2] });
    else if (m[3] !== undefined) lists.push({ pos, members: m[3].split(','), total: m[4] });
    else if (m[0] === '[[NL]]') negs.push({ pos });
    else {
      const [surface, entity0, k] = m[5].split('|');
      const entity = entity0 || surface;
      const e = { surface, entity, pos };
      if (k && k.startsWith('!')) { e.type = k.slice(1); e.kb = false; }
      else { e.kind = k || undefined; }
      ents.push(e);
      text += surface;
    }
  }
  text += src.slice(last);
  if (/[{}<>\[\]]/.test(text)) warn.push(`${art}: leftover markup`);
  writeFileSync(join(OUT, art), text);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  stats.words += words;
  // entities
  const gEnts = [];
  for (const e of ents) {
    const occ = occAt(text, e.surface, e.pos);
    if (occ < 0) warn.push(`${art}: entity ${e.surface} at ${e.pos} not on word boundary`);
    let type = e.type;
    if (e.kb !== false) {
      const k = kb.get(e.entity);
      if (!k) { warn.push(`${art}: unknown kb name ${e.entity}`); continue; }
      type = k.type;
      const fs = fold(e.surface);
      const ok = e.kind === 'adjective' || e.kind === 'demonym' ? k.dem.has(fs) : k.forms.has(fs);
      if (!ok) warn.push(`${art}: surface "${e.surface}" is not a kb form of ${e.entity} (${e.kind ?? 'name'}) — check`);
    } else if (kb.has(e.entity)) warn.push(`${art}: ${e.entity} marked not-in-kb but is a kb name`);
    const g = { surface: e.surface, occurrence: occ, entity: e.entity, type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    gEnts.push(g);
    stats.ent++;
    if (e.kb === false) stats.entNoKb++;
  }
  // sentences
  const gSents = sents.map((s, i) => {
    const end = i + 1 < sents.length ? sents[i + 1].pos : text.length;
    const t = text.slice(s.pos, end).trim();
    stats.sent[s.status] = (stats.sent[s.status] ?? 0) + 1;
    return { text: t.slice(0, 40), status: s.status };
  });
  if (text.slice(0, sents[0].pos).trim()) warn.push(`${art}: text before first sentence`);
  // heuristic sentence boundaries
  const marks = new Set(sents.map((s) => s.pos));
  const cand = new Set();
  for (const mm of text.matchAll(/(?:[.!?…](?:\s*[»”"])?|\n)\s+(?=\S)/g)) cand.add(mm.index + mm[0].length);
  for (const c of cand) if (!marks.has(c)) warn.push(`${art}: possible unmarked sentence start: "${text.slice(c, c + 40).replace(/\n/g, ' ')}"`);
  for (const s of sents) if (s.pos !== 0 && !cand.has(s.pos)) warn.push(`${art}: marked sentence not at a heuristic boundary: "${text.slice(s.pos, s.pos + 40)}"`);
  // quotes
  const close = { '«': '»', '“': '”', '"': '"' };
  const qPos = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') qPos.push(i);
    if (c === '"') { qPos.push(i); i = text.indexOf('"', i + 1); }
  }
  const gQuotes = [];
  const qStarts = [];
  for (const q of quotes) {
    const at = qPos.find((p) => p >= q.pos);
    if (at !== q.pos) warn.push(`${art}: quote marker not right before a quote mark`);
    const end = text.indexOf(close[text[at]], at + 1);
    const inner = text.slice(at + 1, end).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    qStarts.push(at);
    const [speaker, ...also] = q.spec.split(';');
    const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: speaker === 'null' ? null : speaker };
    if (also.length) g.speakerAlso = also;
    for (const n of [g.speaker, ...also]) if (n && /^[A-ZÉ]/.test(n) && !kb.has(n) && !['Vitaliï Horbenko', 'Jeong Seung-ho', 'Tom Aldridge'].includes(n)) warn.push(`${art}: speaker ${n} not a kb name`);
    gQuotes.push(g);
    stats.quotes++;
  }
  for (const p of qPos) if (!qStarts.includes(p)) warn.push(`${art}: quote without marker at "${text.slice(p, p + 30)}"`);
  // lists
  const gLists = lists.map((l) => {
    for (const n of l.members) if (!kb.has(n)) warn.push(`${art}: list member ${n} not kb`);
    const g = { text: text.slice(l.pos, l.pos + 40), members: l.members, statedTotal: l.total === 'null' ? null : parseInt(l.total, 10) };
    if (l.total.endsWith('~')) g.approximate = true;
    stats.sig++;
    return g;
  });
  const gNegs = negs.map((n) => { stats.neg++; return { text: text.slice(n.pos, n.pos + 40) }; });
  // kb forms not covered by an annotation
  const covered = (a, b) => gEnts.some((_, i) => ents[i].pos < b && a < ents[i].pos + ents[i].surface.length);
  const ftext = text; // case-insensitive search over raw forms
  for (const [name, k] of kb) {
    const forms = [...k.raw, ...k.rawDem.flatMap((d) => ['', 'e', 's', 'es', 'ne', 'nes'].map((s) => d + s))];
    for (const form of forms) {
      if (form.length < 3) continue;
      const acronym = form === form.toUpperCase();
      const flags = acronym ? 'g' : 'gi';
      const esc = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/-/g, '[- ]');
      for (const mm of ftext.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, flags + 'u')))
        if (!covered(mm.index, mm.index + mm[0].length)) warn.push(`${art}: uncovered kb form "${mm[0]}" (${name}) in "${text.slice(Math.max(0, mm.index - 30), mm.index + 40).replace(/\n/g, ' ')}"`);
    }
  }
  gold.articles[art] = { entities: gEnts, quotes: gQuotes, sentences: gSents, signatoryLists: gLists, negativeLists: gNegs };
  console.log(`${art}: ${words} words, ${gEnts.length} entities, ${gSents.length} sentences, ${gQuotes.length} quotes, ${gLists.length} lists, ${gNegs.length} neg`);
}
writeFileSync(join(OUT, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(JSON.stringify(stats));
console.log(warn.join('\n'));
