// Builds the articles (*.txt) and gold.json from the annotated sources in src/*.src.
// Markup: [[surface]] / [[surface/k]] (kb entity resolved from the surface; k = m|c|a|d for metonym, capital,
// adjective, demonym); [[surface|Entity]] / [[surface|Entity/k]] (explicit kb entity); [[surface|!Name|type]]
// (entity outside the kb); §A §U §V §N before each sentence (attributed, unattributed, vague, not-claim);
// ⟨speaker;also;also⟩ right after a closing quotation mark (⟨-⟩: no speaker); ⟦S|m1,m2|total|approx⟧ and ⟦N⟧ before
// a signatory list and a negative list. A first line "#file name.txt", optional "#nbsp" (French spacing).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\u00a0|\u202f/g, ' ').toLowerCase();
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
const byName = new Map(kb.map((e) => [e.name, e]));
export function inflect(d) {
  const out = new Set([d]);
  if (d.endsWith('e')) out.add(d + 's');
  else if (/s$/.test(d)) { out.add(d + 'e'); out.add(d + 'es'); }
  else { out.add(d + 's'); out.add(d + 'e'); out.add(d + 'es'); }
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
}
function resolve(surface, kind) {
  const f = fold(surface);
  const hits = new Set();
  for (const e of kb) {
    if (kind === 'metonym' || kind === 'capital') { if (e.metonyms.some((m) => fold(m) === f)) hits.add(e); continue; }
    if (kind === 'adjective' || kind === 'demonym') { if (e.demonyms.some((d) => inflect(fold(d)).includes(f))) hits.add(e); continue; }
    if ([e.name, ...e.aliases].some((a) => fold(a) === f)) hits.add(e);
  }
  if (hits.size !== 1) throw new Error(`cannot resolve "${surface}" (${kind ?? 'name'}): ${hits.size} hits`);
  return [...hits][0];
}
const kinds = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrence(text, surface, start) {
  let n = 0;
  for (let p = text.indexOf(surface); p !== -1 && p < start; p = text.indexOf(surface, p + 1))
    if (!isW(text[p - 1]) && !isW(text[p + surface.length])) n++;
  return n;
}
const opens = { '»': '«', '”': '“', '"': '"' };

const gold = { version: 1, articles: {} };
for (const sf of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  let src = readFileSync(join(here, 'src', sf), 'utf8');
  const lines = src.split('\n');
  const file = lines.shift().replace('#file ', '').trim();
  let nbsp = false;
  if (lines[0] === '#nbsp') { nbsp = true; lines.shift(); }
  src = lines.join('\n').replace(/\s+$/, '') + '\n';
  if (nbsp) src = src.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([:;?!])/g, '\u202f$1');
  let text = '';
  const ents = [], sents = [], quotes = [], sig = [], neg = [];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      const parts = src.slice(i + 2, j).split('|');
      let [surface, ...rest] = parts;
      let kind;
      const m = /^(.*)\/([mcad])$/.exec(rest.length ? rest[0] : surface);
      if (m) { if (rest.length) rest[0] = m[1]; else surface = m[1]; kind = kinds[m[2]]; }
      let e;
      if (rest.length && rest[0].startsWith('!')) e = { entity: rest[0].slice(1), type: rest[1], kb: false };
      else {
        const k = rest.length ? byName.get(rest[0]) : resolve(surface, kind);
        if (!k) throw new Error(`${sf}: no kb entity "${rest[0]}"`);
        e = { entity: k.name, type: k.type };
      }
      ents.push({ surface, start: text.length, kind, ...e });
      text += surface;
      i = j + 2;
    } else if (src[i] === '§') {
      sents.push({ start: text.length, status: { A: 'attributed', U: 'unattributed', V: 'vague', N: 'not-claim' }[src[i + 1]] });
      i += 2;
    } else if (src[i] === '⟨') {
      const j = src.indexOf('⟩', i);
      const [sp, ...also] = src.slice(i + 1, j).split(';');
      const close = text[text.length - 1];
      const open = opens[close];
      if (!open) throw new Error(`${sf}: speaker mark not after a closing quote: ${text.slice(-30)}`);
      const o = text.lastIndexOf(open, text.length - 2);
      const inner = text.slice(o + 1, text.length - 1).replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');
      quotes.push({ at: o, q: { text: inner, speaker: sp === '-' ? null : sp, ...(also.length ? { speakerAlso: also } : {}) } });
      i = j + 1;
    } else if (src[i] === '⟦') {
      const j = src.indexOf('⟧', i);
      const p = src.slice(i + 1, j).split('|');
      if (p[0] === 'S') sig.push({ start: text.length, members: p[1].split(','), statedTotal: p[2] ? Number(p[2]) : null, approximate: p[3] === 'approx' });
      else neg.push({ start: text.length });
      i = j + 1;
    } else text += src[i++];
  }
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, Math.min(end, s.start + 40)).replace(/[\s\u00a0\u202f]+$/, ''), status: s.status };
  });
  quotes.sort((a, b) => a.at - b.at);
  gold.articles[file] = {
    entities: ents.map((e) => ({ surface: e.surface, occurrence: occurrence(text, e.surface, e.start), entity: e.entity, type: e.type,
      ...(e.kind ? { kind: e.kind } : {}), ...(e.kb === false ? { kb: false } : {}) })),
    quotes: quotes.map((q) => q.q),
    sentences,
    signatoryLists: sig.map((s) => ({ text: text.slice(s.start, s.start + 40).split('\n')[0].trimEnd(), members: s.members, statedTotal: s.statedTotal, ...(s.approximate ? { approximate: true } : {}) })),
    negativeLists: neg.map((s) => ({ text: text.slice(s.start, s.start + 40).split('\n')[0].trimEnd() })),
  };
  writeFileSync(join(here, file), text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log('built', Object.keys(gold.articles).join(', '));
