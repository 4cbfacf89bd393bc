// Independent check of gold.json against the *.txt texts (does not use build.mjs).
import { readFileSync, readdirSync } from 'node:fs';
const here = new URL('.', import.meta.url).pathname;
const gold = JSON.parse(readFileSync(here + 'gold.json', 'utf8'));
const kb = new Map(); // name -> type
const forms = []; // [form, name]
for (const f of readdirSync(here + '../../server/data/kb'))
  for (const e of JSON.parse(readFileSync(here + '../../server/data/kb/' + f, 'utf8')).entities ?? []) {
    kb.set(e.name, e.type);
    for (const x of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push([x, e.name]);
    for (const d of e.demonyms ?? []) {
      const stems = [d, d.endsWith('e') ? d.slice(0, -1) : d];
      for (const sfx of ['', 's', 'e', 'es', 'ne', 'nes']) for (const st of stems) {
        const w = st + sfx; forms.push([w, e.name]);
        forms.push([w.replace(/(^|-)(\p{Ll})/gu, (m, a, b) => a + b.toUpperCase()), e.name]);
      }
    }
  }
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const norm = (s) => s.replace(/’/g, "'").replace(/\u00a0/g, ' ');
const all = (text, s) => { const r = []; for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) if (!isW(text[p - 1]) && !isW(text[p + s.length])) r.push(p); return r; };
let errors = 0; const err = (m) => { errors++; console.log('ERROR', m); };
let dated = 0, undated = 0;
const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (files.length !== 6) err(`expected 6 articles, got ${files.length}`);
for (const f of files) {
  const text = readFileSync(here + f, 'utf8'); const g = gold.articles[f];
  if (!g) { err(`${f}: no gold`); continue; }
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${f}: ${words} words`);
  if (/^\s*date \d{4}-\d\d$/m.test(text)) dated++; else undated++;
  const spans = [];
  for (const e of g.entities) {
    const ps = all(text, e.surface);
    if (e.occurrence >= ps.length) { err(`${f}: "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ s: ps[e.occurrence], e: ps[e.occurrence] + e.surface.length, g: e });
    if (e.kb === false) {
      if (kb.has(e.entity)) err(`${f}: kb:false entity ${e.entity} is a kb name`);
      if (forms.some(([x]) => norm(x) === norm(e.surface))) err(`${f}: kb:false surface ${e.surface} is a kb form`);
    } else if (!kb.has(e.entity)) err(`${f}: ${e.entity} not in kb`);
    else if (kb.get(e.entity) !== e.type) err(`${f}: ${e.entity} type ${e.type} vs kb ${kb.get(e.entity)}`);
  }
  spans.sort((a, b) => a.s - b.s);
  for (let i = 1; i < spans.length; i++) if (spans[i].s < spans[i - 1].e) err(`${f}: overlap ${spans[i - 1].g.surface} / ${spans[i].g.surface}`);
  const nt = norm(text);
  for (const [x, name] of forms) for (const p of all(nt, norm(x))) {
    if (!spans.some((sp) => sp.s <= p && sp.e >= p + x.length)) err(`${f}: kb form "${x}" (${name}) at ${p} not under a gold mention: …${text.slice(p - 25, p + x.length + 10).replace(/\n/g, ' ')}…`);
  }
  // sentences
  let from = 0; const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${f}: bad status`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${f}: sentence "${s.text}" not found in order`); continue; }
    if (starts.length && at - starts[starts.length - 1] > 1500) err(`${f}: suspiciously long sentence before "${s.text}"`);
    starts.push(at); from = at + s.text.length;
  }
  if (starts[0] !== text.search(/\S/)) err(`${f}: first sentence not at the start`);
  // quotes
  const opens = [...text.matchAll(/«|“|"/g)];
  let qm = [], straight = 0;
  for (const o of opens) { if (o[0] === '"') { straight++; if (straight % 2 === 1) qm.push(o.index); } else qm.push(o.index); }
  if (straight % 2) err(`${f}: odd number of straight quotes`);
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) err(`${f}: « » unbalanced`);
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) err(`${f}: “ ” unbalanced`);
  if (qm.length !== g.quotes.length) err(`${f}: ${qm.length} quote marks vs ${g.quotes.length} gold quotes`);
  g.quotes.forEach((q, i) => {
    if (qm[i] === undefined) return;
    const inner = text.slice(qm[i] + 1).replace(/^[\s\u00a0\u202f]+/, '');
    if (!inner.startsWith(q.text)) err(`${f}: quote ${i} "${q.text}" does not match text "${inner.slice(0, 30)}"`);
    if (q.speaker && kb.has(q.speaker) === false && /^[A-ZÉ]/.test(q.speaker) && !g.entities.some((e) => e.entity === q.speaker)) err(`${f}: speaker ${q.speaker} neither kb nor annotated`);
  });
  // lists
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text); if (at < 0) { err(`${f}: list "${l.text}" not found`); continue; }
    const end = text.indexOf('.', at + 40) === -1 ? text.length : text.indexOf('.', at + 40);
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kb.get(m))) err(`${f}: member ${m} not a kb country/organisation`);
      if (!spans.some((sp) => sp.s >= at && sp.s < end && sp.g.entity === m)) err(`${f}: member ${m} not mentioned in list`);
    }
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text); if (at < 0) { err(`${f}: negative list "${l.text}" not found`); continue; }
    const end = text.slice(at).search(/[.;]\s/); const stop = end < 0 ? text.length : at + end;
    const n = spans.filter((sp) => sp.s >= at && sp.s < stop).length;
    if (n < 2) err(`${f}: negative list "${l.text}" has ${n} mentions`);
  }
  console.log(`${f}: ${words} words, ${g.entities.length} entities, ${g.sentences.length} sentences, ${g.quotes.length} quotes`);
}
if (!dated || !undated) err('need at least one article with a date line and one without');
const sig = Object.values(gold.articles).reduce((n, a) => n + a.signatoryLists.length, 0);
const neg = Object.values(gold.articles).reduce((n, a) => n + a.negativeLists.length, 0);
if (sig < 2) err(`only ${sig} signatory lists`); if (neg < 4) err(`only ${neg} negative lists`);
console.log(errors ? `${errors} errors` : 'OK: no errors');
process.exitCode = errors ? 1 : 0;
