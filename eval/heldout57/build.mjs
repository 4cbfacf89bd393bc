// Builds the articles (*.txt) and gold.json of eval/heldout57 from the annotated sources in src/.
// Markup (never appears in the articles themselves):
//   {surface|entity|t|kind}   an entity mention; entity "=" is the surface as written in the source;
//                             "!" before the entity marks one outside the knowledge base;
//                             t = c(ountry) o(rganisation) p(erson) l (place) w(eapon); kind = m, cap, adj, dem or empty
//   #A| #V| #U| #N|           a sentence starts here: attributed, vague, unattributed, not-claim
//   ^speaker;also;also^       the quotation whose opening mark follows; ^^ = no speaker
//   @S:total:approx:m1;m2@ … @/@   a signatory list (total "-" = none stated; approx 1/0)
//   @X@ … @/@                 a negative list
// Typography is applied after the offsets are fixed, with length-preserving replacements only.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NBSP = '\u00a0', NNBSP = '\u202f';
// per-article typography
const STYLE = {
  '01_calendrier_alliance': { apos: '’', guil: NBSP, colon: NBSP },
  '02_declaration_cinquante_pays': { apos: "'", guil: ' ', colon: ' ' },
  '03_aveu_troupes_koursk': { apos: "'", guil: ' ', colon: ' ' },
  '04_rapport_msmt_berne': { apos: '’', guil: NNBSP, colon: NNBSP },
  '05_lavrov_wonsan_luxembourg': { apos: '’', guil: ' ', colon: ' ' },
  '06_conseil_securite_troupes': { apos: "'", guil: NBSP, colon: ' ' },
};
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym', '': undefined };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function parse(src) {
  let out = '';
  const ents = [], sents = [], quotes = [], lists = [];
  let open = null;
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '{') {
      const j = src.indexOf('}', i);
      const [surface, entity, t, kind = ''] = src.slice(i + 1, j).split('|');
      if (!(t in TYPES) || !(kind in KINDS)) throw new Error(`bad entity ${src.slice(i, j + 1)}`);
      const kbFalse = entity.startsWith('!');
      const name = entity === '=' ? surface : kbFalse ? entity.slice(1) : entity;
      ents.push({ start: out.length, len: surface.length, entity: name, type: TYPES[t], kind: KINDS[kind], kbFalse });
      out += surface;
      i = j + 1;
    } else if (c === '#' && /^[AVUN]\|/.test(src.slice(i + 1, i + 3))) {
      sents.push({ start: out.length, status: STATUS[src[i + 1]] });
      i += 3;
    } else if (c === '^') {
      const j = src.indexOf('^', i + 1);
      const parts = src.slice(i + 1, j).split(';').filter(Boolean);
      quotes.push({ start: out.length, speaker: parts[0] ?? null, also: parts.slice(1) });
      i = j + 1;
    } else if (c === '@') {
      const j = src.indexOf('@', i + 1);
      const body = src.slice(i + 1, j);
      if (body === '/') { open.end = out.length; lists.push(open); open = null; }
      else if (body === 'X') open = { start: out.length, negative: true };
      else {
        const [, total, approx, members] = body.split(':');
        open = { start: out.length, negative: false, total: total === '-' ? null : Number(total), approx: approx === '1', members: members.split(';') };
      }
      i = j + 1;
    } else { out += c; i++; }
  }
  if (open) throw new Error('unclosed list');
  return { text: out, ents, sents, quotes, lists };
}

function typeset(text, st) {
  let t = text;
  if (st.apos !== "'") t = t.replace(/'/g, st.apos);
  t = t.replace(/« /g, '«' + st.guil).replace(/ »/g, st.guil + '»');
  t = t.replace(/ ([:;?!])/g, (m, p) => (p === ':' ? st.colon : st.colon) + p);
  return t;
}

function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + surface.length])) continue;
    if (at === start) return n;
    n++;
  }
  throw new Error(`occurrence of "${surface}" at ${start} not found`);
}

const prefix = (text, at, n) => {
  let s = text.slice(at, at + n);
  const nl = s.indexOf('\n');
  if (nl >= 0) s = s.slice(0, nl);
  return s.trimEnd();
};

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const base = f.replace(/\.src$/, '');
  const st = STYLE[base];
  if (!st) throw new Error(`no style for ${base}`);
  const p = parse(readFileSync(join(here, 'src', f), 'utf8'));
  const text = typeset(p.text.replace(/\s+$/, '') + '\n', st);
  if (text.length !== p.text.replace(/\s+$/, '').length + 1) throw new Error('typesetting changed the length');
  const art = base + '.txt';
  writeFileSync(join(here, art), text);
  const entities = p.ents.map((e) => {
    const surface = text.slice(e.start, e.start + e.len);
    const rec = { surface, occurrence: occurrenceIndex(text, surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) rec.kind = e.kind;
    if (e.kbFalse) rec.kb = false;
    return rec;
  });
  const quotes = p.quotes.map((q) => {
    const o = text[q.start];
    if (!(o in OPEN)) throw new Error(`${art}: quote marker not before an opening mark: ${text.slice(q.start, q.start + 20)}`);
    const close = text.indexOf(OPEN[o], q.start + 1);
    const inner = text.slice(q.start + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
    const rec = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.also.length) rec.speakerAlso = q.also;
    return rec;
  });
  const sentences = p.sents.map((s) => ({ text: prefix(text, s.start, 40), status: s.status }));
  const signatoryLists = p.lists.filter((l) => !l.negative).map((l) => {
    const rec = { text: prefix(text, l.start, 40), members: l.members, statedTotal: l.total };
    if (l.approx) rec.approximate = true;
    return rec;
  });
  const negativeLists = p.lists.filter((l) => l.negative).map((l) => ({ text: prefix(text, l.start, 40) }));
  gold.articles[art] = { entities, quotes, sentences, signatoryLists, negativeLists };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
