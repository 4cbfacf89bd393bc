// Builds the articles (NN_*.txt) and gold.json of eval/heldout12 from the annotated sources in src/*.src.
//
// Source syntax (the markers vanish from the article text):
//   @def <surface> => <spec>        a default spec for a surface, at the top of a file
//   ⟦surface⟧ / ⟦surface|spec⟧      an entity mention. spec: "" (kb lookup by name, alias, metonym, demonym),
//                                   "@cap" / "@met" (kind override), "=<kb name>" (explicit kb entity),
//                                   "!t" or "!t=<name>" (outside the kb; t = p|o|c|l|w)
//   ⟨A⟩ ⟨V⟩ ⟨U⟩ ⟨N⟩                  start of a sentence: attributed / vague / unattributed / not-claim
//   ⟨Q⟩ ⟨Q:speaker⟩ ⟨Q:speaker|a;b⟩  right after an opening quote mark: a quotation (null speaker, speaker, speakerAlso)
//   ⟨L:m1;m2|total|approx⟩          start of a signatory list (total "" = null; "approx" = approximate)
//   ⟨NL⟩                            start of a negative enumeration
//   ~  → U+00A0 (no-break space)    ^ → U+202F (narrow no-break space)
// The kb is read only for the fields name, type, aliases, demonyms, metonyms.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// ---- kb (name, type, aliases, demonyms, metonyms only)
const kb = new Map();
const byForm = new Map(); // folded form → [{ name, how }]
const fold = (s) => s.normalize('NFC').replace(/[’]/g, "'").replace(/[\u00a0\u202f]/g, ' ').toLowerCase();
const addForm = (form, name, how) => {
  const k = fold(form);
  if (!byForm.has(k)) byForm.set(k, []);
  byForm.get(k).push({ name, how });
};
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (/e$/.test(d)) return [...out];
  out.add(d + 'e');
  out.add(d + 'es');
  if (/en$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(data) ? data : data.entities ?? Object.values(data);
  for (const e of arr) {
    kb.set(e.name, { type: e.type, names: [e.name, ...(e.aliases ?? [])], metonyms: e.metonyms ?? [], demonyms: (e.demonyms ?? []).flatMap(inflect) });
    addForm(e.name, e.name, 'name');
    for (const a of e.aliases ?? []) addForm(a, e.name, 'name');
    for (const m of e.metonyms ?? []) addForm(m, e.name, 'metonym');
    for (const d of e.demonyms ?? []) for (const x of inflect(d)) addForm(x, e.name, 'demonym');
  }
}
const TYPES = { p: 'person', o: 'organisation', c: 'country', l: 'place', w: 'weapon' };

function kindFor(surface, name, how) {
  if (how === 'metonym') return 'metonym';
  if (how === 'demonym') return /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
  if (how === 'name') return undefined;
  const e = kb.get(name);
  if (e.names.some((n) => fold(n) === fold(surface))) return undefined;
  if (e.metonyms.some((m) => fold(m) === fold(surface))) return 'metonym';
  if (e.demonyms.some((d) => fold(d) === fold(surface))) return /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
  return undefined;
}

function resolve(surface, spec, file) {
  let kindOverride;
  const m = spec.match(/^(.*?)(@cap|@met)?$/);
  spec = m[1];
  if (m[2]) kindOverride = m[2] === '@cap' ? 'capital' : 'metonym';
  let r;
  if (spec.startsWith('!')) {
    const [, t, name] = spec.match(/^!([poclw])(?:=(.+))?$/) ?? [];
    if (!TYPES[t]) throw new Error(`${file}: bad spec ${spec} for ${surface}`);
    r = { entity: name ?? surface, type: TYPES[t], kb: false };
  } else if (spec.startsWith('=')) {
    const name = spec.slice(1);
    if (!kb.has(name)) throw new Error(`${file}: unknown kb name ${name}`);
    r = { entity: name, type: kb.get(name).type, kind: kindFor(surface, name, null) };
  } else if (spec === '') {
    const hits = byForm.get(fold(surface));
    if (!hits) throw new Error(`${file}: no kb entry for "${surface}"`);
    const names = [...new Set(hits.map((h) => h.name))];
    if (names.length > 1) throw new Error(`${file}: "${surface}" is ambiguous: ${names.join(', ')}`);
    const rank = { name: 0, metonym: 1, demonym: 2 };
    const how = hits.map((h) => h.how).sort((a, b) => rank[a] - rank[b])[0];
    r = { entity: names[0], type: kb.get(names[0]).type, kind: kindFor(surface, names[0], how) };
  } else throw new Error(`${file}: bad spec "${spec}"`);
  if (kindOverride) r.kind = kindOverride;
  return r;
}

const isLD = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, surface, at) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < at; i = text.indexOf(surface, i + 1)) {
    if (!isLD(text[i - 1]) && !isLD(text[i + surface.length])) n++;
  }
  return n;
}

const CLOSE = { '«': '»', '“': '”', '"': '"' };
const trimSp = (s) => s.replace(/^[ \u00a0\u202f\n]+/, '').replace(/[ \u00a0\u202f\n]+$/, '');

function build(file, src) {
  src = src.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  const defs = new Map();
  const body = [];
  for (const line of src.split('\n')) {
    const d = line.match(/^@def (.+?) => (.*)$/);
    if (d) defs.set(d[1].replace(/~/g, '\u00a0'), d[2]);
    else body.push(line);
  }
  const s = body.join('\n').replace(/\n+$/, '') + '\n';
  let text = '';
  const ents = [], sents = [], quotes = [], lists = [], negs = [];
  const re = /⟦([^⟧]*)⟧|⟨([^⟩]*)⟩/g;
  let last = 0, mm;
  while ((mm = re.exec(s))) {
    text += s.slice(last, mm.index);
    last = re.lastIndex;
    if (mm[1] !== undefined) {
      const [surface, spec] = mm[1].includes('|') ? [mm[1].slice(0, mm[1].indexOf('|')), mm[1].slice(mm[1].indexOf('|') + 1)] : [mm[1], null];
      let sp = spec;
      if (sp === null) sp = defs.has(surface) ? defs.get(surface) : '';
      else if (/^@/.test(sp) && defs.has(surface)) sp = defs.get(surface) + sp;
      ents.push({ at: text.length, surface, ...resolve(surface, sp, file) });
      text += surface;
    } else {
      const t = mm[2];
      if (/^[AVUN]$/.test(t)) sents.push({ at: text.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[t] });
      else if (t === 'Q' || t.startsWith('Q:')) {
        const [sp, also] = t === 'Q' ? [null, null] : t.slice(2).split('|');
        quotes.push({ at: text.length, speaker: sp, also: also ? also.split(';') : null });
      } else if (t.startsWith('L:')) {
        const [members, total, approx] = t.slice(2).split('|');
        lists.push({ at: text.length, members: members.split(';'), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' });
      } else if (t === 'NL') negs.push({ at: text.length });
      else throw new Error(`${file}: unknown marker ⟨${t}⟩`);
    }
  }
  text += s.slice(last);
  if (/[⟦⟧⟨⟩]/.test(text)) throw new Error(`${file}: stray marker`);

  const starts = sents.map((x) => x.at);
  const sentences = sents.map((x, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const t = trimSp(text.slice(x.at, Math.min(end, x.at + 40)));
    return { text: t, status: x.status };
  });
  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrencesBefore(text, e.surface, e.at), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kb === false) o.kb = false;
    return o;
  });
  const qs = quotes.map((q) => {
    const open = text.slice(0, q.at).replace(/[ \u00a0\u202f]+$/, '').slice(-1);
    const close = CLOSE[open];
    if (!close) throw new Error(`${file}: quote marker not after an opening mark at ${q.at}`);
    const endq = text.indexOf(close, q.at);
    if (endq < 0) throw new Error(`${file}: unclosed quote at ${q.at}`);
    const inner = trimSp(text.slice(q.at, endq));
    const o = { text: trimSp(inner.slice(0, 30)), speaker: q.speaker };
    if (q.also) o.speakerAlso = q.also;
    return o;
  });
  const signatoryLists = lists.map((l) => ({ text: text.slice(l.at, l.at + 40), members: l.members, statedTotal: l.statedTotal, approximate: l.approximate }));
  for (const l of lists) for (const m of l.members) if (!kb.has(m)) throw new Error(`${file}: member ${m} not a kb name`);
  const negativeLists = negs.map((n) => ({ text: text.slice(n.at, n.at + 40) }));
  return { text, gold: { entities, quotes: qs, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
const srcDir = join(here, 'src');
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(f, readFileSync(join(srcDir, f), 'utf8'));
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  console.log(`${name}: ${words} words, ${g.entities.length} entities (${g.entities.filter((e) => e.kb === false).length} outside kb), ${g.sentences.length} sentences, ${g.quotes.length} quotes, ${g.signatoryLists.length} lists, ${g.negativeLists.length} negative`);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
