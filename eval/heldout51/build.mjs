// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup of a source file:
//   header lines  `#file <name>.txt`, `#apos typo|straight`, `#nbsp 00a0|202f|none`, then a line `---`.
//   `@a ` `@v ` `@u ` `@n `   start of a sentence: attributed, vague, unattributed, not-claim.
//   `[surface]`                 kb entity whose name or alias is the surface.
//   `[surface|Name]`            kb entity `Name`;  `[surface|Name|kind]` with kind metonym/capital/adjective/demonym.
//   `[surface|+type]`, `[surface|Name|+type]`   entity outside the kb (kb:false), named `Name` (default: surface).
//   `{Speaker|Also1|Also2}`     right before an opening quote mark: the quotation's speaker (`{-}` = none).
//   `<S>`, `<S:11>`, `<S:50~>` … `</S>`   a signatory list (stated total, `~` = approximate); members are
//                               the kb countries and organisations annotated inside it.
//   `<N>` … `</N>`              a negative list.
// Only the kb fields name, type, aliases, demonyms, metonyms are read.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : d.entries ?? d.entities;
  for (const e of arr) kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], metonyms: e.metonyms ?? [] });
}
const fold = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[-‑]/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
const byName = new Map(kb.map((e) => [e.name, e]));
function resolveShorthand(surface) {
  const f = fold(surface);
  const hits = kb.filter((e) => fold(e.name) === f || e.aliases.some((a) => fold(a) === f));
  if (hits.length !== 1) throw new Error(`shorthand [${surface}] resolves to ${hits.length} kb entries`);
  return hits[0];
}

const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (isWord(text[i - 1]) || isWord(text[i + surface.length])) continue;
    if (i === start) return n;
    n++;
  }
  throw new Error(`surface "${surface}" not found at ${start}`);
}

const OPEN = { '«': '»', '“': '”', '"': '"' };
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);

function build(srcText) {
  const [head, ...rest] = srcText.split(/^---\n/m);
  let body = rest.join('---\n');
  const opts = {};
  for (const line of head.split('\n')) {
    const m = line.match(/^#(\w+)\s+(.*)$/);
    if (m) opts[m[1]] = m[2].trim();
  }
  // spacing of French punctuation and thousands
  if (opts.nbsp && opts.nbsp !== 'none') {
    const sp = String.fromCharCode(parseInt(opts.nbsp, 16));
    body = body
      .replace(/« /g, `«${sp}`)
      .replace(/ »/g, `${sp}»`)
      .replace(/ ([:;?!])/g, `${sp}$1`)
      .replace(/(\d) (\d{3})(?!\d)/g, `$1\u00a0$2`);
  }
  const apos = (s) => (opts.apos === 'typo' ? s.replace(/'/g, '’') : s.replace(/’/g, "'"));

  let out = '';
  const ents = [];
  const sents = [];
  const speakers = [];
  const lists = [];
  const open = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '@' && /[avun]/.test(body[i + 1])) {
      sents.push({ start: out.length, status: { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' }[body[i + 1]] });
      i += 2;
      if (body[i] === ' ') i++;
      continue;
    }
    if (c === '[') {
      const j = body.indexOf(']', i);
      const parts = body.slice(i + 1, j).split('|');
      const surface = apos(parts[0]);
      let rec;
      const plus = parts.findIndex((p) => p.startsWith('+'));
      if (plus >= 0) {
        const type = parts[plus].slice(1);
        if (!TYPES.has(type)) throw new Error(`bad type ${type}`);
        const name = plus === 2 ? parts[1] : parts[0];
        rec = { surface, entity: name, type, kb: false };
      } else {
        const e = parts.length >= 2 ? byName.get(parts[1]) : resolveShorthand(parts[0]);
        if (!e) throw new Error(`no kb entry "${parts[1]}" for [${parts[0]}]`);
        rec = { surface, entity: e.name, type: e.type };
        if (parts[2]) {
          if (!KINDS.has(parts[2])) throw new Error(`bad kind ${parts[2]}`);
          rec.kind = parts[2];
        }
      }
      ents.push({ ...rec, start: out.length });
      out += surface;
      i = j + 1;
      continue;
    }
    if (c === '{') {
      const j = body.indexOf('}', i);
      const parts = body.slice(i + 1, j).split('|');
      speakers.push({ pos: out.length, speaker: parts[0] === '-' ? null : parts[0], also: parts.slice(1) });
      i = j + 1;
      continue;
    }
    if (c === '<') {
      const m = body.slice(i).match(/^<(\/?)([SN])(?::(\d+)(~?))?>/);
      if (m) {
        if (m[1]) {
          const l = open.pop();
          if (!l || l.kind !== m[2]) throw new Error('unbalanced list tags');
          l.end = out.length;
          lists.push(l);
        } else {
          open.push({ kind: m[2], start: out.length, total: m[3] ? Number(m[3]) : null, approx: m[4] === '~' });
        }
        i += m[0].length;
        continue;
      }
    }
    out += c === "'" || c === '’' ? apos(c) : c;
    i++;
  }
  if (open.length) throw new Error('unclosed list');
  const text = out.replace(/\s+$/, '') + '\n';

  const entities = ents.map((e) => {
    const r = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) r.kind = e.kind;
    if (e.kb === false) r.kb = false;
    return r;
  });

  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, end).trimEnd().slice(0, 40), status: s.status };
  });
  if (text.slice(0, sents[0].start).trim()) throw new Error('text before the first sentence');

  const quotes = speakers.map((s) => {
    const o = text[s.pos];
    if (!OPEN[o]) throw new Error(`speaker marker not before a quote mark: ${text.slice(s.pos, s.pos + 30)}`);
    const close = text.indexOf(OPEN[o], s.pos + 1);
    const inner = text.slice(s.pos + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
    const q = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: s.speaker };
    if (s.also.length) q.speakerAlso = s.also;
    return q;
  });

  const signatoryLists = [];
  const negativeLists = [];
  for (const l of lists.sort((a, b) => a.start - b.start)) {
    const t = text.slice(l.start, l.start + 40).split('\n')[0];
    if (l.kind === 'N') negativeLists.push({ text: t });
    else {
      const members = [];
      for (const e of ents)
        if (e.start >= l.start && e.start < l.end && e.kb !== false && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity))
          members.push(e.entity);
      const r = { text: t, members, statedTotal: l.total };
      if (l.approx) r.approximate = true;
      signatoryLists.push(r);
    }
  }
  return { file: opts.file, text, gold: { entities, quotes, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const r = build(readFileSync(join(here, 'src', f), 'utf8'));
  writeFileSync(join(here, r.file), r.text);
  gold.articles[r.file] = r.gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
