// Builds the articles (*.txt) and gold.json from the annotated sources in src/*.src.
// Markup:
//   §A / §V / §U / §N + space   start of a sentence (attributed, vague, unattributed, not-claim)
//   [surface|entity|t|k]        entity mention; entity empty = surface; t: c o p l w; k: m cap adj dem, or x = outside the kb
//   ⟦speaker|also;also⟧         just before an opening quote mark; "-" = no speaker
//   ⟨S|m1,m2|total|a⟩           start of a signatory list (members, stated total or empty, "a" if approximate)
//   ⟨N⟩                         start of a negative list
//   ~ → U+00A0, ^ → U+202F
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const CLOSE = { '«': '»', '“': '”', '"': '"' };

function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return n;
    n++;
  }
  throw new Error(`occurrence of "${surface}" at ${start} not found`);
}

const gold = { version: 1, articles: {} };
const stats = [];
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(join(here, 'src', f), 'utf8');
  const re = /§([AVUN]) |\[([^\]|]+)\|([^\]|]*)\|([coplw])(?:\|(m|cap|adj|dem|x))?\]|⟦([^⟧]*)⟧|⟨([^⟩]*)⟩|~|\^/gu;
  let text = '';
  let last = 0;
  const sents = [], ents = [], quoteMarks = [], lists = [];
  for (const m of src.matchAll(re)) {
    text += src.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1]) sents.push({ start: text.length, status: STATUS[m[1]] });
    else if (m[2]) {
      const start = text.length;
      text += m[2];
      const e = { surface: m[2], start, entity: m[3] || m[2], type: TYPES[m[4]] };
      if (m[5] === 'x') e.kb = false;
      else if (m[5]) e.kind = KINDS[m[5]];
      ents.push(e);
    } else if (m[6] !== undefined) quoteMarks.push({ start: text.length, spec: m[6] });
    else if (m[7] !== undefined) lists.push({ start: text.length, spec: m[7] });
    else if (m[0] === '~') text += '\u00a0';
    else if (m[0] === '^') text += '\u202f';
  }
  text += src.slice(last);
  if (/[§⟦⟧⟨⟩\[\]]/.test(text)) throw new Error(`${f}: leftover markup: ${text.match(/.{0,30}[§⟦⟧⟨⟩\[\]].{0,30}/)[0]}`);
  const art = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, art), text);

  const sentences = sents.map((s, i) => {
    const end = i + 1 < sents.length ? sents[i + 1].start : text.length;
    return { text: text.slice(s.start, Math.min(s.start + 40, end)).trimEnd(), status: s.status, start: s.start, end };
  });
  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kb === false) o.kb = false;
    return o;
  });
  const quotes = quoteMarks.map((q) => {
    const open = text[q.start];
    if (!CLOSE[open]) throw new Error(`${f}: quote marker not before a quote mark at ${text.slice(q.start, q.start + 30)}`);
    const close = text.indexOf(CLOSE[open], q.start + 1);
    const inner = text.slice(q.start + 1, close).replace(/^[\s\u00a0\u202f]+/, '').replace(/[\s\u00a0\u202f]+$/, '');
    const [speaker, also] = q.spec.split('|');
    const o = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: speaker === '-' ? null : speaker };
    if (also) o.speakerAlso = also.split(';');
    return o;
  });
  const signatoryLists = [], negativeLists = [];
  for (const l of lists) {
    const sentEnd = sents.map((x) => x.start).find((x) => x > l.start) ?? text.length;
    const t = text.slice(l.start, Math.min(l.start + 40, sentEnd)).trimEnd();
    if (l.spec === 'N') negativeLists.push({ text: t });
    else {
      const [, members, total, approx] = l.spec.split('|');
      const o = { text: t, members: members.split(','), statedTotal: total ? Number(total) : null };
      if (approx) o.approximate = true;
      signatoryLists.push(o);
    }
  }
  gold.articles[art] = { entities, quotes, sentences: sentences.map(({ text, status }) => ({ text, status })), signatoryLists, negativeLists };
  stats.push({ art, words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, ents: entities.length, sents: sentences.length, quotes: quotes.length });
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.table(stats);
