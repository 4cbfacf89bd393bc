// Builds NN_slug.txt and gold.json from src/NN_slug.src.
// Markup: [surface|Entity|type|kind]  (Entity "=" = surface; type c/o/p/pl/w; kind m/cap/adj/dem)
//         {S:a|v|u|n} sentence start;  {Q:speaker;also1,also2} before an opening quote mark ({Q:-} = no speaker)
//         {L:m1,m2;total;approx} signatory list start;  {N} negative list start
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
const here = new URL('.', import.meta.url).pathname;
const kbNames = new Set();
for (const f of readdirSync(here + '../../server/data/kb'))
  for (const e of JSON.parse(readFileSync(here + '../../server/data/kb/' + f, 'utf8')).entities ?? []) kbNames.add(e.name);
const T = { c: 'country', o: 'organisation', p: 'person', pl: 'place', w: 'weapon' };
const K = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const ST = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const gold = { version: 1, articles: {} };
for (const f of readdirSync(here + 'src').filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(here + 'src/' + f, 'utf8').replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  let out = '';
  const ents = [], sents = [], quotes = [], sig = [], neg = [];
  const re = /\[([^|\]]+)\|([^|\]]+)\|([a-z]+)(?:\|([a-z]+))?\]|\{S:([avun])\}|\{Q:([^}]*)\}|\{L:([^}]*)\}|\{N\}/g;
  let last = 0, m;
  while ((m = re.exec(src))) {
    out += src.slice(last, m.index); last = re.lastIndex;
    if (m[1] !== undefined) {
      const surface = m[1], entity = m[2] === '=' ? m[1] : m[2], type = T[m[3]];
      if (!type) throw new Error(`${f}: bad type ${m[3]}`);
      const e = { surface, start: out.length, entity, type };
      if (m[4]) { if (!K[m[4]]) throw new Error(`${f}: bad kind ${m[4]}`); e.kind = K[m[4]]; }
      ents.push(e); out += surface;
    } else if (m[5]) sents.push({ start: out.length, status: ST[m[5]] });
    else if (m[6] !== undefined) { const [sp, also] = m[6].split(';'); quotes.push({ start: out.length, speaker: sp === '-' ? null : sp, also: also ? also.split(',') : null }); }
    else if (m[7] !== undefined) { const [mem, tot, ap] = m[7].split(';'); sig.push({ start: out.length, members: mem.split(','), statedTotal: tot ? Number(tot) : null, approximate: ap === 'approx' }); }
    else neg.push({ start: out.length });
  }
  out += src.slice(last);
  if (/[\[\]{}|]/.test(out)) throw new Error(`${f}: leftover markup near ${out.search(/[\[\]{}|]/)}: ${out.slice(out.search(/[\[\]{}|]/) - 30, out.search(/[\[\]{}|]/) + 30)}`);
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(here + name, out);
  const occ = (s, at) => { let n = 0; for (let p = out.indexOf(s); p !== -1 && p < at; p = out.indexOf(s, p + 1)) if (!isW(out[p - 1]) && !isW(out[p + s.length])) n++; return n; };
  const art = {
    entities: ents.map((e) => { const g = { surface: e.surface, occurrence: occ(e.surface, e.start), entity: e.entity, type: e.type }; if (e.kind) g.kind = e.kind; if (!kbNames.has(e.entity)) g.kb = false; return g; }),
    quotes: quotes.map((q) => {
      const open = out[q.start]; const close = { '«': '»', '“': '”', '"': '"' }[open];
      if (!close) throw new Error(`${f}: quote marker not before a quote mark at ${q.start}: ${out.slice(q.start, q.start + 20)}`);
      const end = out.indexOf(close, q.start + 1);
      const inner = out.slice(q.start + 1, end).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
      const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker }; if (q.also) g.speakerAlso = q.also; return g;
    }),
    sentences: sents.map((s, i) => { const end = i + 1 < sents.length ? sents[i + 1].start : out.length; return { text: out.slice(s.start, end).trimEnd().slice(0, 40).trimEnd(), status: s.status }; }),
    signatoryLists: sig.map((l) => { const g = { text: out.slice(l.start, l.start + 40), members: l.members, statedTotal: l.statedTotal }; if (l.approximate) g.approximate = true; return g; }),
    negativeLists: neg.map((l) => ({ text: out.slice(l.start, l.start + 40) })),
  };
  gold.articles[name] = art;
}
writeFileSync(here + 'gold.json', JSON.stringify(gold, null, 1) + '\n');
console.log('built', Object.keys(gold.articles).join(', '));
