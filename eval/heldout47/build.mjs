// Builds the articles (*.txt) and gold.json of eval/heldout47 from the annotated sources in src/*.src.
//
// Markup of a source (after a header of `@key value` lines closed by `---`):
//   §A §V §U §N          a sentence starts here: attributed, vague, unattributed, not-claim
//   [[surface|f|f]]      an entity mention; the fields after the surface, in any order:
//                          a kb name (default: the kb entry whose name/alias is the surface),
//                          metonym | capital | adjective | demonym   (the kind; the kb entry is then
//                          looked up among metonyms / demonym forms when no name is given),
//                          ~type   (outside the kb; the entity is the surface unless a name is given)
//   ⟨q:speaker⟩          right after an opening quotation mark: the speaker (`null` for none);
//   ⟨q:speaker;A,B⟩      with speakerAlso A, B
//   ⟨sig:total=N,approx,skip=Name⟩ … ⟨/sig⟩   a list of signatories (members: the kb countries and
//                          organisations mentioned inside, minus skip)
//   ⟨neg⟩ … ⟨/neg⟩       an enumeration of entities that are not signatories
//   _ → U+00A0, ^ → U+202F; with `@apos curly`, ' → ’ (in the text and the surfaces only)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// --- kb: only name, type, aliases, demonyms, metonyms are used
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const fold = (s) =>
  [...s]
    .map((c) => c.normalize('NFD')[0])
    .join('')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f-]/g, ' ');
const inflect = (d) => {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
const byName = new Map(kb.map((e) => [e.name, e]));
function lookup(surface, kind) {
  const f = fold(surface);
  if (kind === 'metonym' || kind === 'capital') return kb.filter((e) => e.metonyms.some((m) => fold(m) === f));
  if (kind === 'adjective' || kind === 'demonym') return kb.filter((e) => e.demonyms.some((d) => inflect(fold(d)).includes(f)));
  return kb.filter((e) => [e.name, ...e.aliases].some((n) => fold(n) === f));
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, at) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === at) return k;
    k++;
  }
  throw new Error(`"${surface}" at ${at} is not a free-standing occurrence`);
}
const CLOSE = { '«': '»', '“': '”', '"': '"' };

function build(srcPath) {
  const raw = readFileSync(srcPath, 'utf8');
  const [head, ...rest] = raw.split(/^---\n/m);
  const meta = Object.fromEntries(head.split('\n').filter(Boolean).map((l) => { const m = l.match(/^@(\w+)\s+(.*)$/); return [m[1], m[2].trim()]; }));
  const body = rest.join('---\n');
  const curly = meta.apos === 'curly';
  const conv = (s) => {
    let o = s.replace(/_/g, '\u00a0').replace(/\^/g, '\u202f');
    if (curly) o = o.replace(/'/g, '’');
    return o;
  };
  let text = '';
  const mentions = [], sentences = [], quotes = [], sigs = [], negs = [];
  let openSig = null, openNeg = null;
  const err = (m) => { throw new Error(`${srcPath}: ${m} (near ${JSON.stringify(text.slice(-60))})`); };
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '§' && 'AUVN'.includes(body[i + 1])) {
      sentences.push({ start: text.length, status: { A: 'attributed', U: 'unattributed', V: 'vague', N: 'not-claim' }[body[i + 1]] });
      i += 2; continue;
    }
    if (body.startsWith('[[', i)) {
      const j = body.indexOf(']]', i);
      const fields = body.slice(i + 2, j).split('|');
      const surface = conv(fields[0]);
      let kind, type, name, kbFalse = false;
      for (const f of fields.slice(1)) {
        if (KINDS.has(f)) kind = f;
        else if (f.startsWith('~')) { kbFalse = true; type = f.slice(1); if (!TYPES.has(type)) err(`bad type ${f}`); }
        else name = f;
      }
      let entity;
      if (kbFalse) entity = name ?? fields[0];
      else {
        let e;
        if (name) { e = byName.get(name); if (!e) err(`no kb entry named "${name}"`); }
        else {
          const c2 = lookup(fields[0], kind);
          if (c2.length !== 1) err(`"${fields[0]}" (${kind ?? 'name'}) matches ${c2.length} kb entries: ${c2.map((x) => x.name).join(', ')}`);
          e = c2[0];
        }
        entity = e.name; type = e.type;
      }
      mentions.push({ start: text.length, surface, entity, type, kind, kbFalse });
      text += surface;
      i = j + 2; continue;
    }
    if (c === '⟨') {
      const j = body.indexOf('⟩', i);
      const tag = body.slice(i + 1, j);
      if (tag.startsWith('q:')) {
        const [spk, also] = tag.slice(2).split(';');
        const open = text.replace(/[\s\u00a0\u202f]+$/, '').slice(-1);
        if (!CLOSE[open]) err(`quote marker not after an opening mark`);
        quotes.push({ start: text.lastIndexOf(open) + 1, open, speaker: spk === 'null' ? null : spk, speakerAlso: also ? also.split(',') : undefined });
      } else if (tag.startsWith('sig')) {
        const opts = {};
        for (const kv of tag.slice(4).split(',').filter(Boolean)) { const [k, v] = kv.split('='); opts[k] = v ?? true; }
        openSig = { start: text.length, opts };
      } else if (tag === '/sig') { sigs.push({ ...openSig, end: text.length }); openSig = null; }
      else if (tag === 'neg') openNeg = { start: text.length };
      else if (tag === '/neg') { negs.push({ ...openNeg, end: text.length }); openNeg = null; }
      else err(`unknown tag ${tag}`);
      i = j + 1; continue;
    }
    text += conv(c);
    i++;
  }
  // trailing whitespace
  const trimmed = text.replace(/\s+$/, '');
  text = trimmed + '\n';

  const entities = mentions.map((m) => {
    const o = { surface: m.surface, occurrence: occurrenceIndex(text, m.surface, m.start), entity: m.entity, type: m.type };
    if (m.kind) o.kind = m.kind;
    if (m.kbFalse) o.kb = false;
    return o;
  });
  const sents = sentences.map((s, k) => {
    const end = k + 1 < sentences.length ? sentences[k + 1].start : text.length;
    const full = text.slice(s.start, end).replace(/\s+$/, '');
    return { text: full.slice(0, 40), status: s.status };
  });
  const qs = quotes.map((q) => {
    const close = text.indexOf(CLOSE[q.open], q.start);
    if (close < 0) throw new Error(`${srcPath}: unclosed quote at ${q.start}`);
    const inner = text.slice(q.start, close).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    const o = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.speakerAlso) o.speakerAlso = q.speakerAlso;
    return o;
  });
  // a list's text: 40 characters from its start, cut at the end of its sentence
  const listText = (start) => {
    const next = sentences.map((x) => x.start).find((x) => x > start) ?? text.length;
    return text.slice(start, Math.min(next, start + 40)).replace(/\s+$/, '');
  };
  const signatoryLists = sigs.map((s) => {
    const skip = new Set(s.opts.skip ? String(s.opts.skip).split('+') : []);
    const members = [];
    for (const m of mentions) {
      if (m.start < s.start || m.start >= s.end || m.kbFalse) continue;
      if (m.type !== 'country' && m.type !== 'organisation') continue;
      if (skip.has(m.entity) || members.includes(m.entity)) continue;
      members.push(m.entity);
    }
    const o = { text: listText(s.start), members, statedTotal: s.opts.total ? Number(s.opts.total) : null };
    if (s.opts.approx) o.approximate = true;
    return o;
  });
  const negativeLists = negs.map((n) => {
    const inside = mentions.filter((m) => m.start >= n.start && m.start < n.end);
    if (inside.length < 2) throw new Error(`${srcPath}: negative list with ${inside.length} mention(s)`);
    return { text: listText(n.start) };
  });
  return { file: meta.file, text, gold: { entities, quotes: qs, sentences: sents, signatoryLists, negativeLists } };
}

const srcDir = join(here, 'src');
const gold = { version: 1, articles: {} };
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const { file, text, gold: g } = build(join(srcDir, f));
  writeFileSync(join(here, file), text);
  gold.articles[file] = g;
  console.log(`${file}: ${g.entities.length} entities, ${g.sentences.length} sentences, ${g.quotes.length} quotes, ${g.signatoryLists.length} signatory lists, ${g.negativeLists.length} negative lists`);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
