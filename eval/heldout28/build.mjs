// Builds the articles (*.txt) and gold.json from the annotated sources in src/*.src.
// Markup (see README.md):
//   {surface}                      kb mention, resolved by name / alias / metonym / demonym
//   {surface=Entity}               kb mention of a given kb entity
//   {surface=Entity:type}          mention of an entity outside the kb
//   ...@kind                       kind override: metonym | capital | adjective | demonym | none
//   §A §V §U §N                    start of a sentence: attributed, vague, unattributed, not-claim
//   ⟨Speaker⟩ / ⟨-⟩ / ⟨Speaker|A;B⟩ before an opening quotation mark: its speaker (and speakerAlso)
//   ⟪S:total:~:M1;M2⟫ / ⟪N⟫        start of a signatory list / of a negative list
import fs from 'node:fs';
import path from 'node:path';
const here = path.dirname(new URL(import.meta.url).pathname);
const kbDir = path.join(here, '../../server/data/kb');
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[\u00a0\u202f\-]/g, ' ');
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities) kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const byName = new Map(kb.map((e) => [e.name, e]));
function resolve(surface) {
  const f = fold(surface);
  for (const e of kb) if (fold(e.name) === f || e.aliases.some((a) => fold(a) === f)) return { e, kind: undefined };
  for (const e of kb) if (e.metonyms.some((a) => fold(a) === f)) return { e, kind: 'metonym' };
  for (const e of kb) for (const d of e.demonyms) { const fd = fold(d); if (f.startsWith(fd) && ['', 'e', 's', 'es', 'ne', 'nes', 'ue', 'ues'].includes(f.slice(fd.length))) return { e, kind: 'adjective' }; }
  return null;
}
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, s, start) {
  let n = 0, i = -1, found = false;
  while ((i = text.indexOf(s, i + 1)) >= 0) {
    if (isWord(text[i - 1]) || isWord(text[i + s.length])) continue;
    if (i === start) { found = true; break; }
    n++;
  }
  if (!found) throw new Error(`surface "${s}" at ${start} not countable`);
  return n;
}
const OPEN = { '«': '»', '“': '”', '"': '"' };
const gold = { version: 1, articles: {} };
const srcDir = path.join(here, 'src');
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const src = fs.readFileSync(path.join(srcDir, f), 'utf8').replace(/¤/g, '\u00a0').replace(/¦/g, '\u202f');
  let out = '';
  const ents = [], sents = [], quotes = [], lists = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '{') {
      const j = src.indexOf('}', i);
      let body = src.slice(i + 1, j), kind, entity, type;
      const at = body.indexOf('@'); if (at >= 0) { kind = body.slice(at + 1); body = body.slice(0, at); }
      const eq = body.indexOf('='); let surface = body;
      if (eq >= 0) { surface = body.slice(0, eq); entity = body.slice(eq + 1); const co = entity.indexOf(':'); if (co >= 0) { type = entity.slice(co + 1); entity = entity.slice(0, co); } }
      let rec;
      if (type) rec = { surface, entity, type, kb: false };
      else if (entity) { const e = byName.get(entity); if (!e) throw new Error(`${f}: unknown kb entity ${entity}`); const r = resolve(surface); rec = { surface, entity, type: e.type }; if (r && r.e === e && r.kind) rec.kind = r.kind; }
      else { const r = resolve(surface); if (!r) throw new Error(`${f}: cannot resolve {${surface}}`); rec = { surface, entity: r.e.name, type: r.e.type }; if (r.kind) rec.kind = r.kind; }
      if (kind === 'none') delete rec.kind; else if (kind) rec.kind = kind;
      ents.push({ ...rec, start: out.length });
      out += surface; i = j + 1; continue;
    }
    if (c === '§') { sents.push({ status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[src[i + 1]], start: out.length }); if (!sents.at(-1).status) throw new Error(`${f}: bad status ${src[i + 1]}`); i += 2; continue; }
    if (c === '⟨') { const j = src.indexOf('⟩', i); const [sp, also] = src.slice(i + 1, j).split('|'); quotes.push({ speaker: sp === '-' ? null : sp, also: also ? also.split(';') : undefined, start: out.length }); i = j + 1; continue; }
    if (c === '⟪') { const j = src.indexOf('⟫', i); const parts = src.slice(i + 1, j).split(':'); lists.push({ neg: parts[0] === 'N', total: parts[1] ? Number(parts[1]) : null, approx: parts[2] === '~', members: parts[3] ? parts[3].split(';') : [], start: out.length }); i = j + 1; continue; }
    out += c; i++;
  }
  const text = out;
  const name = f.replace(/\.src$/, '.txt');
  fs.writeFileSync(path.join(here, name), text);
  const ends = sents.map((s, k) => (k + 1 < sents.length ? sents[k + 1].start : text.length));
  const art = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of ents) { const { start, ...r } = e; art.entities.push({ surface: r.surface, occurrence: occurrencesBefore(text, r.surface, start), entity: r.entity, type: r.type, ...(r.kind ? { kind: r.kind } : {}), ...(r.kb === false ? { kb: false } : {}) }); }
  sents.forEach((s, k) => art.sentences.push({ text: text.slice(s.start, Math.min(ends[k], s.start + 40)).trimEnd(), status: s.status }));
  for (const q of quotes) {
    const o = text[q.start]; if (!OPEN[o]) throw new Error(`${f}: speaker marker not before a quote mark at ${q.start}: ${text.slice(q.start, q.start + 20)}`);
    const close = text.indexOf(OPEN[o], q.start + 1);
    const inner = text.slice(q.start + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
    const r = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.also) r.speakerAlso = q.also;
    art.quotes.push(r);
  }
  for (const l of lists) {
    const t = text.slice(l.start, l.start + 40);
    if (l.neg) art.negativeLists.push({ text: t });
    else art.signatoryLists.push({ text: t, members: l.members, statedTotal: l.total, ...(l.approx ? { approximate: true } : {}) });
  }
  gold.articles[name] = art;
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log('built', Object.keys(gold.articles).length, 'articles');
