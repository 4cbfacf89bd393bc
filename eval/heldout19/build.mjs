// Builds the articles (*.txt) and gold.json of eval/heldout19 from the annotated sources in src/*.src.
//
// Markup of a source (everything else is copied as is):
//   §a| §v| §u| §n|          start of a sentence: attributed, vague, unattributed, not-claim
//   {surface|entity|t|kind}  an entity mention; entity empty = the surface; a leading * = outside the kb;
//                            t = c(ountry) o(rganisation) p(erson) l (place) w(eapon);
//                            kind = m(etonym) cap(ital) adj(ective) dem(onym), optional
//   ⟨speaker|also;also⟩      placed right before an opening quote mark: the quotation's speaker
//                            (empty = null) and its speakerAlso (separated by ;)
//   ⟪S|m1;m2|total|~ or =⟫   start of a signatory list: members (kb names), stated total (- = none), approximate
//   ⟪N⟫                      start of a negative list (an enumeration of entities that are not signatories)
//   ~  → U+00A0 (no-break space),  ^ → U+202F (narrow no-break space)
//
// Usage: node eval/heldout19/build.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'src');
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const SPACES = /^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g;

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function parse(src, file) {
  let out = '';
  const mentions = [];
  const sentences = [];
  const quotes = [];
  const lists = [];
  let i = 0;
  const fail = (msg) => {
    throw new Error(`${file}: ${msg} at source offset ${i}: ${JSON.stringify(src.slice(i, i + 60))}`);
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '§') {
      const st = STATUS[src[i + 1]];
      if (!st || src[i + 2] !== '|') fail('bad sentence marker');
      sentences.push({ start: out.length, status: st });
      i += 3;
    } else if (ch === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) fail('unclosed {');
      const [surface, entity = '', t = '', kind = ''] = src.slice(i + 1, end).split('|');
      if (!TYPES[t]) fail(`bad type ${t}`);
      if (kind && !KINDS[kind]) fail(`bad kind ${kind}`);
      const surf = surface.replace(/~/g, '\u00A0').replace(/\^/g, '\u202F');
      let name = entity || surf;
      let kb = true;
      if (name.startsWith('*')) {
        kb = false;
        name = name.slice(1) || surf;
      }
      mentions.push({ start: out.length, surface: surf, entity: name, type: TYPES[t], kind: KINDS[kind], kb });
      out += surf;
      i = end + 1;
    } else if (ch === '⟨') {
      const end = src.indexOf('⟩', i);
      if (end < 0) fail('unclosed ⟨');
      const [speaker, also] = src.slice(i + 1, end).split('|');
      quotes.push({ start: out.length, speaker: speaker || null, speakerAlso: also ? also.split(';') : undefined });
      i = end + 1;
      if (!OPEN[src[i]]) fail('speaker marker not followed by an opening quote mark');
    } else if (ch === '⟪') {
      const end = src.indexOf('⟫', i);
      if (end < 0) fail('unclosed ⟪');
      const parts = src.slice(i + 1, end).split('|');
      if (parts[0] === 'S') {
        lists.push({
          kind: 'S',
          start: out.length,
          members: parts[1].split(';'),
          statedTotal: parts[2] === '-' ? null : Number(parts[2]),
          approximate: parts[3] === '~',
        });
      } else if (parts[0] === 'N') lists.push({ kind: 'N', start: out.length });
      else fail('bad list marker');
      i = end + 1;
    } else if (ch === '~') {
      out += '\u00A0';
      i++;
    } else if (ch === '^') {
      out += '\u202F';
      i++;
    } else if ('}⟩⟫'.includes(ch)) {
      fail('stray closing bracket');
    } else {
      out += ch;
      i++;
    }
  }
  if (!out.endsWith('\n')) out += '\n';
  return { text: out, mentions, sentences, quotes, lists };
}

// The 0-based occurrence of `surface` at `start`, counted as eval/README.md says: every match of the exact
// string, case-sensitive, with no letter or digit right before or after it, inside longer mentions included.
function occurrenceAt(text, surface, start) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return k;
    k++;
  }
  throw new Error(`mention "${surface}" at ${start} is not a whole-word occurrence`);
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, mentions, sentences, quotes, lists } = parse(readFileSync(join(srcDir, f), 'utf8'), f);
  writeFileSync(join(here, name), text);

  const entities = mentions.map((m) => {
    const e = { surface: m.surface, occurrence: occurrenceAt(text, m.surface, m.start), entity: m.entity, type: m.type };
    if (m.kind) e.kind = m.kind;
    if (!m.kb) e.kb = false;
    return e;
  });

  const sents = sentences.map((s, k) => {
    const next = k + 1 < sentences.length ? sentences[k + 1].start : text.length;
    return { text: text.slice(s.start, Math.min(s.start + 40, next)).trimEnd(), status: s.status };
  });

  const qs = quotes.map((q) => {
    const open = text[q.start];
    const close = text.indexOf(OPEN[open], q.start + 1);
    if (close < 0) throw new Error(`${f}: unclosed quotation at ${q.start}`);
    const inner = text.slice(q.start + 1, close).replace(SPACES, '');
    const rec = { text: inner.slice(0, 30).replace(SPACES, ''), speaker: q.speaker };
    if (q.speakerAlso) rec.speakerAlso = q.speakerAlso;
    return rec;
  });

  const listText = (start) => {
    const nl = text.indexOf('\n', start);
    return text.slice(start, Math.min(start + 40, nl < 0 ? text.length : nl)).trimEnd();
  };
  const signatoryLists = lists
    .filter((l) => l.kind === 'S')
    .map((l) => ({ text: listText(l.start), members: l.members, statedTotal: l.statedTotal, approximate: l.approximate }));
  const negativeLists = lists.filter((l) => l.kind === 'N').map((l) => ({ text: listText(l.start) }));

  gold.articles[name] = { entities, quotes: qs, sentences: sents, signatoryLists, negativeLists };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
