// Independent check of gold.json against the *.txt articles (does not use build.mjs or src/).
import { readFileSync, readdirSync } from 'node:fs';
const kbDir = '../../server/data/kb';
const kb = []; // name, type, forms
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(`${kbDir}/${f}`, 'utf8')).entities ?? []) {
    const forms = [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])];
    for (const d of e.demonyms ?? []) { for (const x of [d, d + 's', d + 'e', d + 'es']) forms.push(x); if (d.endsWith('n')) forms.push(d + 'ne', d + 'nes'); }
    kb.push({ name: e.name, type: e.type, forms });
  }
const kbByName = new Map(kb.map((e) => [e.name, e]));
const fold = (s) => [...s].map((c) => (c === '’' ? "'" : c === '\u00a0' || c === '\u202f' ? ' ' : c.normalize('NFD')[0].toLowerCase())).join('');
const allForms = new Set(kb.flatMap((e) => e.forms.map(fold)));
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const nth = (t, s, n) => { let i = t.indexOf(s), k = 0; while (i >= 0) { if (!isW(t[i - 1]) && !isW(t[i + s.length])) { if (k === n) return i; k++; } i = t.indexOf(s, i + 1); } return -1; };
const gold = JSON.parse(readFileSync('gold.json', 'utf8'));
const errs = [], warns = [];
const txts = readdirSync('.').filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) errs.push('articles in gold.json differ from *.txt');
let dated = 0;
for (const art of txts) {
  const t = readFileSync(art, 'utf8'), g = gold.articles[art] ?? {};
  const E = (m) => errs.push(`${art}: ${m}`), W = (m) => warns.push(`${art}: ${m}`);
  const words = (t.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []).length;
  if (words < 350 || words > 600) E(`${words} words`);
  if (/^date \d{4}-\d\d$/m.test(t)) dated++;
  // entities
  const spans = [];
  for (const e of g.entities) {
    const s = nth(t, e.surface, e.occurrence);
    if (s < 0) { E(`entity "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ s, e: s + e.surface.length, ent: e });
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) E(`bad type ${e.type}`);
    if (e.kb === false) { if (kbByName.has(e.entity) || allForms.has(fold(e.surface))) E(`kb:false "${e.surface}" is a kb form`); }
    else { const k = kbByName.get(e.entity); if (!k) E(`"${e.entity}" is not a kb name`); else if (k.type !== e.type) E(`"${e.entity}" type ${e.type} ≠ kb ${k.type}`); }
  }
  spans.sort((a, b) => a.s - b.s);
  for (let i = 1; i < spans.length; i++) if (spans[i].s < spans[i - 1].e) E(`overlap "${spans[i - 1].ent.surface}" / "${spans[i].ent.surface}"`);
  // every kb form in the text lies under a gold mention
  const ft = fold(t);
  for (const k of kb) for (const f of new Set(k.forms)) {
    if (f.length < 2) continue;
    const caps = f === f.toUpperCase() && /[A-Z]/.test(f);
    const hay = caps ? t.replace(/’/g, "'") : ft, needle = caps ? f : fold(f);
    let i = hay.indexOf(needle);
    while (i >= 0) {
      const j = i + needle.length;
      if (!isW(hay[i - 1]) && !isW(hay[j]) && !spans.some((sp) => sp.s <= i && sp.e >= j)) W(`kb form "${t.slice(i, j)}" (${k.name}) not under a gold mention: …${t.slice(Math.max(0, i - 30), j + 20).replace(/\n/g, ' ')}…`);
      i = hay.indexOf(needle, i + 1);
    }
  }
  // sentences
  let from = 0; const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) E(`bad status ${s.status}`);
    const at = t.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (starts.length === 0 && t.slice(0, at).trim()) E('text before first sentence');
    starts.push(at); from = at + s.text.length;
  }
  const startSet = new Set(starts);
  const re = /(?:[.!?][»"”]?\s+|\n+)(?=[A-ZÉÈÀ«"“(])/g; let m;
  while ((m = re.exec(t))) { const p = m.index + m[0].length; if (!startSet.has(p) && !/\b(M|Mme|St)\.\s+$/.test(t.slice(p - 6, p))) W(`possible sentence start not in gold: "${t.slice(p, p + 40).replace(/\n/g, ' ')}"`); }
  // quotes
  const opens = []; let inStraight = false;
  for (let i = 0; i < t.length; i++) { const c = t[i]; if (c === '«' || c === '“') opens.push(i); else if (c === '"') { if (!inStraight) opens.push(i); inStraight = !inStraight; } }
  if (inStraight) E('odd number of straight quotes');
  if (opens.length !== g.quotes.length) E(`${opens.length} quotations in text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, k) => { const o = opens[k]; if (o === undefined) return; const inner = t.slice(o + 1).replace(/^[\s\u00a0\u202f]+/, ''); if (!inner.startsWith(q.text)) E(`quote ${k} "${q.text}" does not match text "${inner.slice(0, 30)}"`); if (q.speaker !== null && typeof q.speaker !== 'string') E('bad speaker'); });
  // lists
  const sentEnd = (p) => { const n = starts.find((s) => s > p); return n ?? t.length; };
  for (const l of g.signatoryLists ?? []) {
    const at = t.indexOf(l.text); if (at < 0) { E(`list "${l.text}" not found`); continue; }
    const inside = spans.filter((sp) => sp.s >= at && sp.s < sentEnd(at)).map((sp) => sp.ent.entity);
    for (const mm of l.members) { const k = kbByName.get(mm); if (!k || !['country', 'organisation'].includes(k.type)) E(`member ${mm} not a kb country/organisation`); if (!inside.includes(mm)) E(`member ${mm} not mentioned in list "${l.text}"`); }
    if (!('statedTotal' in l)) E('statedTotal missing');
  }
  for (const l of g.negativeLists ?? []) {
    const at = t.indexOf(l.text); if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((sp) => sp.s >= at && sp.s < sentEnd(at)).length; if (n < 2) E(`negative list "${l.text}" has ${n} mentions`);
  }
  console.log(`${art}: ${words} words, ${g.entities.length} entities, ${g.sentences.length} sentences, ${g.quotes.length} quotes, ${(g.signatoryLists ?? []).length} sig, ${(g.negativeLists ?? []).length} neg`);
}
if (dated === 0 || dated === txts.length) errs.push(`${dated} of ${txts.length} articles have a date line (need some with and some without)`);
for (const w of warns) console.log('WARN ' + w);
for (const e of errs) console.log('ERROR ' + e);
console.log(errs.length ? `${errs.length} errors` : 'OK: no errors', `${warns.length} warnings`);
process.exit(errs.length ? 1 : 0);
