// Builds the articles (*.txt) and gold.json of eval/heldout23 from the annotated sources in src/*.src.
//
// Markup (see README.md):
//   ⟦a⟧ ⟦v⟧ ⟦u⟧ ⟦n⟧          a sentence starts here: attributed / vague / unattributed / not-claim
//   {surface|Entity|type|kind} an entity mention; Entity "=" means the surface itself, a leading "!" means
//                              outside the kb (kb:false); kind is optional (metonym, capital, adjective, demonym)
//   ⟦Q:speaker|also;also⟧      right after an opening quotation mark: the quotation's speaker (empty = null)
//   ⟦L:m;m;m|total|approx⟧ … ⟦/L⟧   a signatory list (members by kb name, stated total or empty, "approx" or empty)
//   ⟦N⟧ … ⟦/N⟧                 a negative list (an enumeration of entities that are not signatories)
//   ~ = U+00A0 (no-break space), ^ = U+202F (narrow no-break space)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const sp = (s) => s.replace(/~/g, '\u00A0').replace(/\^/g, '\u202F');

function parse(src) {
  let text = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  const open = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '⟦') {
      const j = src.indexOf('⟧', i);
      if (j < 0) throw new Error(`unclosed ⟦ at ${i}`);
      const d = src.slice(i + 1, j);
      const pos = text.length;
      if (STATUS[d]) sents.push({ pos, status: STATUS[d] });
      else if (d.startsWith('Q:')) {
        const [speaker, also] = d.slice(2).split('|');
        quotes.push({ pos, speaker: speaker || null, also: also ? also.split(';') : null });
      } else if (d.startsWith('L:')) {
        const [m, total, approx] = d.slice(2).split('|');
        open.push({ kind: 'L', pos, members: m.split(';'), total: total ? Number(total) : null, approx: approx === 'approx' });
      } else if (d === 'N') open.push({ kind: 'N', pos });
      else if (d === '/L' || d === '/N') {
        const o = open.pop();
        if (!o || o.kind !== d[1]) throw new Error(`mismatched ${d} at ${i}`);
        o.end = pos;
        (o.kind === 'L' ? sigs : negs).push(o);
      } else throw new Error(`unknown directive ⟦${d}⟧`);
      i = j + 1;
    } else if (c === '{') {
      const j = src.indexOf('}', i);
      const [surfaceRaw, entityRaw, type, kind] = src.slice(i + 1, j).split('|');
      const surface = sp(surfaceRaw);
      if (!type) throw new Error(`entity without type: ${src.slice(i, j + 1)}`);
      const kbFalse = entityRaw.startsWith('!');
      const entity = entityRaw === '=' ? surface : kbFalse ? entityRaw.slice(1) : entityRaw;
      ents.push({ start: text.length, surface, entity, type, kind: kind || null, kbFalse });
      text += surface;
      i = j + 1;
    } else {
      text += sp(c);
      i++;
    }
  }
  if (open.length) throw new Error('unclosed list');
  return { text, ents, sents, quotes, sigs, negs };
}

function occurrenceIndex(text, surface, start) {
  let n = 0, from = 0;
  for (;;) {
    const at = text.indexOf(surface, from);
    if (at < 0 || at > start) throw new Error(`surface ${surface} not found at ${start}`);
    const ok = !isWord(text[at - 1]) && !isWord(text[at + surface.length]);
    if (at === start) {
      if (!ok) throw new Error(`surface "${surface}" at ${start} touches a letter or digit`);
      return n;
    }
    if (ok) n++;
    from = at + 1;
  }
}

const trimQ = (s) => s.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
const gold = { version: 1, articles: {} };
const files = readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort();
for (const f of files) {
  const name = f.replace(/\.src$/, '.txt');
  const raw = readFileSync(join(here, 'src', f), 'utf8').replace(/\n+$/, '') + '\n';
  const { text, ents, sents, quotes, sigs, negs } = parse(raw);
  writeFileSync(join(here, name), text);
  const art = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of ents) {
    const g = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kbFalse) g.kb = false;
    art.entities.push(g);
  }
  sents.forEach((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].pos : text.length;
    art.sentences.push({ text: text.slice(s.pos, end).trim().slice(0, 40), status: s.status });
  });
  for (const q of quotes) {
    let p = q.pos - 1;
    while (/[\s\u00A0\u202F]/.test(text[p])) p--;
    const closeCh = OPEN[text[p]];
    if (!closeCh) throw new Error(`${name}: no opening quotation mark before quote at ${q.pos}`);
    const close = text.indexOf(closeCh, q.pos);
    const g = { text: trimQ(trimQ(text.slice(q.pos, close)).slice(0, 30)), speaker: q.speaker };
    if (q.also) g.speakerAlso = q.also;
    art.quotes.push(g);
  }
  for (const l of sigs.sort((a, b) => a.pos - b.pos)) {
    const g = { text: text.slice(l.pos, l.pos + 40), members: l.members, statedTotal: l.total };
    if (l.approx) g.approximate = true;
    art.signatoryLists.push(g);
  }
  for (const l of negs.sort((a, b) => a.pos - b.pos)) art.negativeLists.push({ text: text.slice(l.pos, l.pos + 40) });
  gold.articles[name] = art;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${files.length} articles`);
