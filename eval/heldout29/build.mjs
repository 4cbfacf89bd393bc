// Builds the articles (*.txt) and gold.json of eval/heldout29 from the annotated sources in src/*.src.
//
// Markup (see README.md, "How the set was written"):
//   [[surface]]                 kb entity found by one of its forms (name, alias, metonym, demonym);
//                               a metonym gets kind "metonym", a demonym "adjective" (or "demonym" when capitalised)
//   [[surface|@kind]]           the same, with the kind given (capital, metonym, adjective, demonym, or @ for none)
//   [[surface|Entity]]          kb entity given by its name (a surname, a short form...)
//   [[surface|Entity|kind]]     the same, with a kind
//   [[surface|!|type]]          entity outside the kb, named by its surface
//   [[surface|!Entity|type]]    entity outside the kb, with our own name
//   {A} {V} {U} {N}             start of a sentence: attributed, vague, unattributed, not-claim
//   {q:Speaker}                 right before an opening quotation mark; {q:} = no speaker;
//                               {q:Speaker|Also1;Also2} adds speakerAlso
//   {S:M1;M2|total|approx} ... {/S}   a signatory list (total: a number or null)
//   {L} ... {/L}                a negative list
//   ~  U+00A0 no-break space     ^  U+202F narrow no-break space
//   lines starting with %% are comments
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

// --- kb forms (only name, type, aliases, demonyms, metonyms are used) ---
export const fold = (s) =>
  [...s]
    .map((c) => {
      if (c === '’' || c === 'ʼ' || c === '‘') return "'";
      if (c === '\u00a0' || c === '\u202f') return ' ';
      if (c === '-' || c === '‑' || c === '–') return ' ';
      return c.normalize('NFD')[0].toLowerCase();
    })
    .join('');

export function loadKb() {
  const entries = [];
  for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
    const j = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
    const arr = Array.isArray(j) ? j : j.entities;
    for (const e of arr)
      entries.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
  return entries;
}

export function inflect(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) (out.add(d + 'ne'), out.add(d + 'nes'));
  if (/c$/.test(d)) (out.add(d.slice(0, -1) + 'que'), out.add(d.slice(0, -1) + 'ques'));
  return [...out];
}

export function kbForms(kb) {
  // folded form -> [{ name, type, how }]
  const forms = new Map();
  const add = (form, e, how) => {
    const k = fold(form);
    if (!forms.has(k)) forms.set(k, []);
    const list = forms.get(k);
    if (!list.some((x) => x.name === e.name && x.how === how)) list.push({ name: e.name, type: e.type, how, form });
  };
  for (const e of kb) {
    add(e.name, e, 'name');
    for (const a of e.aliases) add(a, e, 'alias');
    for (const m of e.metonyms) add(m, e, 'metonym');
    for (const d of e.demonyms) for (const f of inflect(d)) add(f, e, 'demonym');
  }
  return forms;
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);

function parseSource(src, file, kb, forms) {
  const byName = new Map(kb.map((e) => [e.name, e]));
  const raw = src
    .split('\n')
    .filter((l) => !l.startsWith('%%'))
    .join('\n');
  let out = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const sig = [];
  const neg = [];
  const open = { S: null, L: null };
  const errs = [];
  let pendingQuote = null;
  const conv = (s) => s.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith('[[', i)) {
      const j = raw.indexOf(']]', i);
      const body = raw.slice(i + 2, j);
      const [surfRaw, spec, third] = body.split('|');
      const surface = conv(surfRaw);
      const ent = { surface, start: out.length };
      if (spec === undefined || spec.startsWith('@')) {
        const cands = forms.get(fold(surface));
        if (!cands) errs.push(`${file}: no kb form "${surface}"`);
        else {
          const c = cands[0];
          if (cands.length > 1 && new Set(cands.map((x) => x.name)).size > 1)
            errs.push(`${file}: ambiguous kb form "${surface}": ${cands.map((x) => x.name).join(', ')}`);
          ent.entity = c.name;
          ent.type = c.type;
          let kind;
          if (c.how === 'metonym') kind = 'metonym';
          if (c.how === 'demonym') kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
          if (spec !== undefined) kind = spec === '@' ? undefined : spec.slice(1);
          if (kind) ent.kind = kind;
        }
      } else if (spec.startsWith('!')) {
        ent.entity = spec.length > 1 ? conv(spec.slice(1)) : surface;
        ent.type = third;
        ent.kb = false;
        if (!TYPES.has(third)) errs.push(`${file}: bad type for "${surface}": ${third}`);
      } else {
        const e = byName.get(spec);
        if (!e) errs.push(`${file}: "${spec}" is not a kb name`);
        else {
          ent.entity = e.name;
          ent.type = e.type;
        }
        if (third) ent.kind = third;
      }
      if (ent.kind && !KINDS.has(ent.kind)) errs.push(`${file}: bad kind ${ent.kind}`);
      out += surface;
      ents.push(ent);
      i = j + 2;
      continue;
    }
    const m = /^\{(A|V|U|N)\}/.exec(raw.slice(i, i + 3));
    if (m) {
      sents.push({ start: out.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[m[1]] });
      i += 3;
      continue;
    }
    if (raw.startsWith('{q:', i)) {
      const j = raw.indexOf('}', i);
      const body = raw.slice(i + 3, j);
      const [spk, also] = body.split('|');
      pendingQuote = { speaker: spk === '' ? null : conv(spk), also: also ? also.split(';').map(conv) : null, at: out.length };
      i = j + 1;
      continue;
    }
    if (raw.startsWith('{S:', i)) {
      const j = raw.indexOf('}', i);
      const [mem, total, approx] = raw.slice(i + 3, j).split('|');
      open.S = { members: mem.split(';'), statedTotal: total === undefined || total === 'null' ? null : Number(total), approximate: approx === 'approx', start: out.length };
      i = j + 1;
      continue;
    }
    if (raw.startsWith('{/S}', i)) {
      open.S.end = out.length;
      sig.push(open.S);
      open.S = null;
      i += 4;
      continue;
    }
    if (raw.startsWith('{L}', i)) {
      open.L = { start: out.length };
      i += 3;
      continue;
    }
    if (raw.startsWith('{/L}', i)) {
      open.L.end = out.length;
      neg.push(open.L);
      open.L = null;
      i += 4;
      continue;
    }
    const ch = raw[i];
    if (ch === '{' || ch === '}' || raw.startsWith(']]', i)) errs.push(`${file}: stray markup at ${JSON.stringify(raw.slice(i, i + 30))}`);
    const c = conv(ch);
    if ((c === '«' || c === '“' || c === '"') && pendingQuote) {
      quotes.push({ ...pendingQuote, open: out.length, mark: c });
      pendingQuote = null;
    } else if (c === '«' || c === '“') errs.push(`${file}: quote without {q:} at ${JSON.stringify(raw.slice(i, i + 40))}`);
    out += c;
    i += 1;
  }
  if (pendingQuote) errs.push(`${file}: dangling {q:}`);
  return { text: out, ents, sents, quotes, sig, neg, errs };
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
export function occurrencesOf(text, surface) {
  const at = [];
  for (let k = text.indexOf(surface); k >= 0; k = text.indexOf(surface, k + 1))
    if (!isWordChar(text[k - 1]) && !isWordChar(text[k + surface.length])) at.push(k);
  return at;
}

const trimQ = (s) => s.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');

function main() {
  const kb = loadKb();
  const forms = kbForms(kb);
  const srcDir = path.join(here, 'src');
  const gold = { version: 1, articles: {} };
  const errors = [];
  for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
    const name = f.replace(/\.src$/, '.txt');
    const p = parseSource(fs.readFileSync(path.join(srcDir, f), 'utf8'), name, kb, forms);
    errors.push(...p.errs);
    if (/[ \t]\n/.test(p.text)) errors.push(`${name}: trailing spaces in source`);
    let text = p.text;
    if (!text.endsWith('\n')) text += '\n';
    fs.writeFileSync(path.join(here, name), text);

    const entities = p.ents.map((e) => {
      const occ = occurrencesOf(text, e.surface).indexOf(e.start);
      if (occ < 0) errors.push(`${name}: "${e.surface}" at ${e.start} is not a bounded occurrence`);
      const g = { surface: e.surface, occurrence: occ, entity: e.entity, type: e.type };
      if (e.kind) g.kind = e.kind;
      if (e.kb === false) g.kb = false;
      return g;
    });
    const sentences = p.sents.map((s, k) => {
      const end = k + 1 < p.sents.length ? p.sents[k + 1].start : text.length;
      const body = text.slice(s.start, end).replace(/\s+$/u, '');
      return { text: body.slice(0, 40), status: s.status };
    });
    const closeOf = { '«': '»', '“': '”', '"': '"' };
    const quotes = p.quotes.map((q) => {
      const close = text.indexOf(closeOf[q.mark], q.open + 1);
      const inner = trimQ(text.slice(q.open + 1, close));
      const g = { text: inner.slice(0, 30), speaker: q.speaker };
      if (q.also) g.speakerAlso = q.also;
      return g;
    });
    const signatoryLists = p.sig.map((l) => {
      const g = { text: text.slice(l.start, l.start + 40), members: l.members, statedTotal: l.statedTotal };
      if (l.approximate) g.approximate = true;
      return g;
    });
    const negativeLists = p.neg.map((l) => ({ text: text.slice(l.start, l.start + 40).split("\n")[0] }));
    gold.articles[name] = { entities, quotes, sentences, signatoryLists, negativeLists };
  }
  fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  console.log(`built ${Object.keys(gold.articles).length} articles`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
