// Checks gold.json against the articles, independently of build.mjs. Exit 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
const here = path.dirname(new URL(import.meta.url).pathname);
const kbDir = path.join(here, '../../server/data/kb');
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
const errors = [];
const err = (m) => errors.push(m);
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities) kb.push(e);
const byName = new Map(kb.map((e) => [e.name, e]));
// char-by-char fold that keeps offsets
const fc = (c) => { if (c === '’' || c === '‘') return "'"; if (c === '-' || c === '\u00a0' || c === '\u202f') return ' '; return c.normalize('NFD')[0].toLowerCase(); };
const foldKeep = (s) => Array.from(s, fc).join('');
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isAcronym = (s) => /^[A-Z0-9\-]+$/.test(s) && /[A-Z]/.test(s) && s.length <= 8;
// every kb form: [form, entity, caseSensitive, isDemonym]
const forms = [];
for (const e of kb) {
  for (const a of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push({ form: a, e, cs: isAcronym(a) });
  for (const d of e.demonyms ?? []) forms.push({ form: d, e, dem: true });
}
const allFormsFolded = new Set(forms.map((f) => foldKeep(f.form)));
// reasons for kb forms that are deliberately not annotated
const ALLOW = [];
const validTypes = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const validKinds = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const validStatus = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const articles = Object.keys(gold.articles);
const txts = fs.readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (JSON.stringify(txts) !== JSON.stringify([...articles].sort())) err(`articles in gold ${articles} vs files ${txts}`);
if (txts.length !== 6) err(`expected 6 articles, got ${txts.length}`);
let withDate = 0, withoutDate = 0;
for (const art of articles) {
  const text = fs.readFileSync(path.join(here, art), 'utf8');
  const g = gold.articles[art];
  const E = (m) => err(`${art}: ${m}`);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) E(`word count ${words}`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++; else withoutDate++;
  // entities
  const spans = [];
  for (const e of g.entities) {
    let n = -1, at = -1, i = -1;
    while ((i = text.indexOf(e.surface, i + 1)) >= 0) { if (isWord(text[i - 1]) || isWord(text[i + e.surface.length])) continue; if (++n === e.occurrence) { at = i; break; } }
    if (at < 0) { E(`entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!validTypes.has(e.type)) E(`bad type ${e.type}`);
    if (e.kind !== undefined && !validKinds.has(e.kind)) E(`bad kind ${e.kind}`);
    if (e.kb === false) {
      if (byName.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      if (allFormsFolded.has(foldKeep(e.surface)) || allFormsFolded.has(foldKeep(e.entity))) E(`kb:false "${e.surface}"/"${e.entity}" is a kb form`);
    } else {
      const k = byName.get(e.entity);
      if (!k) E(`entity "${e.entity}" not a kb name`);
      else if (k.type !== e.type) E(`entity "${e.entity}" type ${e.type} vs kb ${k.type}`);
      if ((e.kind === 'metonym' || e.kind === 'capital') && k && !(k.metonyms ?? []).some((m) => foldKeep(m) === foldKeep(e.surface))) E(`"${e.surface}" marked ${e.kind} but not a metonym of ${e.entity}`);
      if ((e.kind === 'adjective' || e.kind === 'demonym') && k && !(k.demonyms ?? []).some((d) => foldKeep(e.surface).startsWith(foldKeep(d)))) E(`"${e.surface}" marked ${e.kind} but not a demonym of ${e.entity}`);
    }
    spans.push({ s: at, t: at + e.surface.length, e });
  }
  spans.sort((a, b) => a.s - b.s);
  for (let k = 1; k < spans.length; k++) if (spans[k].s < spans[k - 1].t) E(`overlap "${spans[k - 1].e.surface}" / "${spans[k].e.surface}"`);
  // every kb form in the text lies under a gold mention
  const ft = foldKeep(text);
  for (const f of forms) {
    const needle = f.cs ? f.form : foldKeep(f.form);
    const hay = f.cs ? text : ft;
    let i = -1;
    while ((i = hay.indexOf(needle, i + 1)) >= 0) {
      let end = i + needle.length;
      if (f.dem) { const m = /^(e|s|es|ne|nes|ue|ues)?/.exec(ft.slice(end)); end += m[0].length; }
      if (isWord(text[i - 1]) || isWord(text[end])) continue;
      if (spans.some((sp) => sp.s <= i && sp.t >= end)) continue;
      const found = text.slice(i, end);
      if (ALLOW.some((a) => a.art === art && a.text === found)) continue;
      E(`kb form "${found}" (${f.e.name}) at ${i} not under a gold mention: …${text.slice(Math.max(0, i - 30), end + 30).replace(/\n/g, ' ')}…`);
    }
  }
  // sentences
  let from = 0; const starts = [];
  for (const s of g.sentences) {
    if (!validStatus.has(s.status)) E(`bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() !== '' && starts.length === 0) E(`text before the first sentence`);
    if (starts.length) { // the gap between the previous prefix and this one must not be skipped text only if it belongs to previous sentence; check boundary
      const before = text.slice(0, at).replace(/[\s\u00a0\u202f]+$/, '');
      if (!/[.!?»”"):\-]$/.test(before) && !/\n\s*$/.test(text.slice(0, at))) E(`sentence "${s.text}" does not start at a boundary: …${before.slice(-30)}`);
    }
    starts.push(at); from = at + 1;
  }
  if (starts[0] !== text.search(/\S/)) E('first sentence does not start the text');
  // unmarked boundaries: a period/!/? followed by space and a capital letter that is not a sentence start
  const re = /[.!?][»”"]?[ \n]+(?=[A-ZÀ-ÖØ-Þ«“"])/g; let m;
  while ((m = re.exec(text))) { const p = m.index + m[0].length; if (!starts.includes(p) && !/\bM\.$/.test(text.slice(0, m.index + 1))) E(`possible unmarked sentence start at ${p}: ${text.slice(p, p + 30)}`); }
  for (const line of text.split('\n')) { const i = text.indexOf(line); if (line.trim() && !starts.some((s) => s >= i && s < i + line.length && text.slice(i, s).trim() === '')) E(`line not starting a sentence: ${line.slice(0, 30)}`); }
  // quotes: pair marks in order
  const marks = []; const qre = /[«“"]/g; let q;
  let pos = 0;
  while (pos < text.length) {
    const o = text.slice(pos).search(/[«“"]/); if (o < 0) break;
    const st = pos + o; const ch = text[st]; const close = { '«': '»', '“': '”', '"': '"' }[ch];
    const en = text.indexOf(close, st + 1); if (en < 0) { E(`unclosed quote at ${st}`); break; }
    marks.push(text.slice(st + 1, en)); pos = en + 1;
  }
  if ((text.match(/»/g) || []).length !== (text.match(/«/g) || []).length) E('unbalanced « »');
  if ((text.match(/”/g) || []).length !== (text.match(/“/g) || []).length) E('unbalanced “ ”');
  if (marks.length !== g.quotes.length) E(`quotes in text ${marks.length} vs gold ${g.quotes.length}`);
  marks.forEach((inner, k) => { const gq = g.quotes[k]; if (!gq) return; const t = inner.replace(/^[\s\u00a0\u202f]+/, ''); if (!t.startsWith(gq.text) || gq.text.length !== Math.min(30, t.replace(/[\s\u00a0\u202f]+$/, '').length) && gq.text.length < 29) E(`quote ${k} "${gq.text}" vs "${t.slice(0, 30)}"`); });
  for (const gq of g.quotes) {
    if (gq.speaker !== null && typeof gq.speaker !== 'string') E('bad speaker');
    if (gq.speaker && /^[A-ZÉ]/.test(gq.speaker) && !byName.has(gq.speaker) && !g.entities.some((e) => e.kb === false && e.entity === gq.speaker)) E(`capitalised speaker "${gq.speaker}" is not a kb name`);
    for (const a of gq.speakerAlso ?? []) if (!byName.has(a)) E(`speakerAlso "${a}" not a kb name`);
  }
  // lists
  const sentEnd = (at) => { const nx = starts.find((s) => s > at); return nx ?? text.length; };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text); if (at < 0) { E(`list "${l.text}" not found`); continue; }
    const inside = spans.filter((sp) => sp.s >= at && sp.s < sentEnd(at));
    for (const mem of l.members) {
      const k = byName.get(mem);
      if (!k || !['country', 'organisation'].includes(k.type)) E(`member ${mem} not a kb country/organisation`);
      if (!inside.some((sp) => sp.e.entity === mem)) E(`member ${mem} not mentioned in list "${l.text}"`);
    }
    if (!('statedTotal' in l)) E('statedTotal missing');
    if (l.statedTotal !== null && l.statedTotal < l.members.length) E('statedTotal < members');
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text); if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const inside = spans.filter((sp) => sp.s >= at && sp.s < sentEnd(at));
    if (inside.length < 2) E(`negative list "${l.text}" has ${inside.length} mentions`);
  }
}
if (!withDate || !withoutDate) err(`date lines: ${withDate} with, ${withoutDate} without`);
const nS = articles.reduce((n, a) => n + (gold.articles[a].signatoryLists ?? []).length, 0), nN = articles.reduce((n, a) => n + (gold.articles[a].negativeLists ?? []).length, 0);
if (nS < 2) err('fewer than 2 signatory lists'); if (nN < 4) err('fewer than 4 negative lists');
for (const e of errors) console.log('ERROR', e);
console.log(errors.length ? `${errors.length} errors` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
