// Checks gold.json of eval/heldout40 against the article texts, independently of build.mjs.
// Usage: node check.mjs   (exit code 1 when an error is found)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
const errors = [];
const warn = [];
const err = (a, m) => errors.push(`${a}: ${m}`);

// ---- kb (name, type, aliases, demonyms, metonyms only)
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  for (const e of Array.isArray(j) ? j : j.entities ?? Object.values(j))
    if (e && e.name) kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbType = new Map(kb.map((e) => [e.name, e.type]));

// Folding that keeps the length: case, accents, apostrophes, hyphens and (non-breaking) spaces.
const foldChar = (c) => {
  if (/[\s\u00a0\u202f\u2010\u2011-]/u.test(c)) return ' ';
  if (/[’‘ʼ]/u.test(c)) return "'";
  const d = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return d.length === 1 ? d : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// Every form of a kb entry, with whether it is matched case-sensitively (acronyms).
const demonymForms = (d) => {
  const f = new Set([d]);
  if (/e$/.test(d)) f.add(d + 's');
  else if (/s$/.test(d)) ['e', 'es'].forEach((x) => f.add(d + x));
  else if (/[eo]n$/.test(d)) ['s', 'ne', 'nes'].forEach((x) => f.add(d + x));
  else ['s', 'e', 'es'].forEach((x) => f.add(d + x));
  return [...f];
};
const kbForms = [];
for (const e of kb) {
  for (const f of [e.name, ...e.aliases, ...e.metonyms])
    kbForms.push({ form: f, exact: /^[A-Z0-9\-]{2,6}$/.test(f) && f === f.toUpperCase(), entry: e.name });
  for (const d of e.demonyms) for (const f of demonymForms(d)) kbForms.push({ form: f, exact: false, entry: e.name });
}
const foldedKbForms = new Set(kbForms.map((k) => fold(k.form)));

function findAll(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + needle.length])) out.push(i);
  return out;
}
// the occurrence-th match of surface, case-sensitive, no letter/digit right before or after
const nth = (text, surface, n) => findAll(text, surface)[n] ?? -1;

const QUOTE_PAIRS = { '«': '»', '“': '”', '"': '"' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const ABBREV = /(?:\bM|\bMM|\bMme|\bDr|\bSt|\bav|\bJ\.-C|\bétat-major)\.$/u;

const files = fs.readdirSync(here).filter((f) => /^\d\d_.+\.txt$/.test(f)).sort();
if (files.length !== 6) errors.push(`expected 6 articles, found ${files.length}`);
const goldFiles = Object.keys(gold.articles ?? {});
for (const f of files) if (!goldFiles.includes(f)) errors.push(`${f} is not in gold.json`);
for (const f of goldFiles) if (!files.includes(f)) errors.push(`gold.json has ${f}, which is not on disk`);
if (gold.version !== 1) errors.push('version is not 1');

let withDate = 0, withoutDate = 0;
const totals = { words: 0 };
for (const a of files) {
  const text = fs.readFileSync(path.join(here, a), 'utf8');
  const g = gold.articles[a];
  if (!g) continue;
  if (/\uFFFD/.test(text)) err(a, 'U+FFFD in the text');
  if (/\[\[|\]\]|\{[sqLN](:|\})|\{n[bn]\}/.test(text)) err(a, 'markup left in the text');

  // words
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) err(a, `${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text.split('\n')[0])) withDate++;
  else withoutDate++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    if (typeof e.surface !== 'string' || !Number.isInteger(e.occurrence)) { err(a, `malformed entity ${JSON.stringify(e)}`); continue; }
    if (!TYPES.has(e.type)) err(a, `bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(a, `bad kind ${e.kind} for ${e.surface}`);
    const s = nth(text, e.surface, e.occurrence);
    if (s < 0) { err(a, `entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(a, `kb:false entity "${e.entity}" is a kb name`);
      if (foldedKbForms.has(fold(e.entity)) || foldedKbForms.has(fold(e.surface)))
        err(a, `kb:false entity "${e.entity}" / "${e.surface}" is a kb form`);
    } else {
      if (!kbType.has(e.entity)) err(a, `"${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(a, `"${e.entity}" has kb type ${kbType.get(e.entity)}, gold ${e.type}`);
    }
    spans.push({ s, e: s + e.surface.length, ent: e });
  }
  spans.sort((x, y) => x.s - y.s);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].s < spans[i - 1].e) err(a, `mentions overlap: "${spans[i - 1].ent.surface}" and "${spans[i].ent.surface}"`);
  // duplicates (the same occurrence annotated twice)
  const seen = new Set();
  for (const sp of spans) {
    const k = `${sp.s}:${sp.e}`;
    if (seen.has(k)) err(a, `duplicate mention ${sp.ent.surface}`);
    seen.add(k);
  }

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  for (const k of kbForms) {
    const hits = k.exact ? findAll(text, k.form) : findAll(ftext, fold(k.form));
    for (const h of hits) {
      const end = h + k.form.length;
      if (!spans.some((sp) => sp.s <= h && sp.e >= end))
        err(a, `kb form "${k.form}" (${k.entry}) at ${h} ("${text.slice(h, end)}") is not under a gold mention`);
    }
  }
  // the capitals of a mention's surface that look like a name, outside any mention (a reminder, not an error)
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu))
    if (!spans.some((sp) => sp.s <= m.index && sp.e >= m.index + m[0].length)) warn.push(`${a}: acronym "${m[0]}" outside any mention`);

  // ---- sentences: prefixes in order, covering the text
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(a, `bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(a, `sentence "${s.text}" not found in order`); continue; }
    if (at > 0 && !/\s/u.test(text[at - 1])) err(a, `sentence "${s.text}" does not start after whitespace`);
    starts.push(at);
    from = at + s.text.length;
  }
  for (let i = 0; i < starts.length; i++) {
    const body = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    const trimmed = body.replace(/[\s\u00a0\u202f]+$/u, '');
    if (trimmed.includes('\n')) err(a, `sentence "${g.sentences[i].text}" spans a line break`);
    const endsLine = /\n/.test(body.slice(trimmed.length)) || i + 1 === starts.length;
    if (!endsLine && !/[.!?…»"”)]$/u.test(trimmed)) err(a, `sentence "${g.sentences[i].text}" does not end with a terminator`);
    // a sentence boundary inside a sentence
    for (const m of trimmed.matchAll(/[.!?…][»"”]?[\s\u00a0\u202f]+(?=[\p{Lu}«"“])/gu)) {
      const before = trimmed.slice(0, m.index + 1);
      if (!ABBREV.test(before)) err(a, `possible unmarked sentence boundary in "${g.sentences[i].text}" at "${trimmed.slice(m.index - 10, m.index + 12)}"`);
    }
  }
  if (!g.sentences.length || text.search(/\S/) !== starts[0]) err(a, 'the first sentence does not start the text');

  // ---- quotes: one gold quote for each quotation in the text, in order
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!QUOTE_PAIRS[c]) continue;
    if (c === '»' || c === '”') continue;
    const close = text.indexOf(QUOTE_PAIRS[c], i + 1);
    if (close < 0) { err(a, `unclosed ${c} at ${i}`); break; }
    const inner = text.slice(i + 1, close);
    if (inner.includes('\n')) err(a, `quotation at ${i} spans a line break`);
    found.push({ at: i, inner: inner.replace(/^[\s\u00a0\u202f]+/u, '') });
    i = close;
  }
  if (/[»”]/.test(text.replace(/«[^»]*»/g, '').replace(/“[^”]*”/g, ''))) err(a, 'stray closing quotation mark');
  if (found.length !== g.quotes.length) err(a, `${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    const f = found[i];
    if (!f) return;
    const expected = f.inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/u, '');
    if (q.text !== expected) err(a, `quote ${i} "${q.text}" is not the first 30 characters of quotation "${expected}"`);
    if (!('speaker' in q)) err(a, `quote ${i} has no speaker field`);
    const kbNamed = [q.speaker, ...(q.speakerAlso ?? [])].filter((s) => s && kbType.has(s));
    for (const s of kbNamed)
      if (!g.entities.some((e) => e.entity === s)) err(a, `quote speaker ${s} is never mentioned in the article`);
    if (q.speaker && !kbType.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker) && !/^(l[ea']|les|un|une|des|sa|son|ses)\b/i.test(q.speaker))
      err(a, `quote speaker "${q.speaker}" is neither a kb name, an annotated entity nor a noun phrase`);
  });

  // ---- lists
  const sentenceEnd = (pos) => {
    const i = starts.findIndex((s, k) => s <= pos && (k + 1 === starts.length || starts[k + 1] > pos));
    return i + 1 < starts.length ? starts[i + 1] : text.length;
  };
  let lfrom = 0;
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text, 0);
    if (at < 0) { err(a, `signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    if (at + l.text.length > end) err(a, `signatory list "${l.text}" runs past its sentence`);
    const inside = spans.filter((sp) => sp.s >= at && sp.s < end).map((sp) => sp.ent.entity);
    if (!Array.isArray(l.members) || !l.members.length) err(a, `signatory list "${l.text}" has no members`);
    for (const m of l.members ?? []) {
      if (!['country', 'organisation'].includes(kbType.get(m))) err(a, `member ${m} is not a kb country or organisation`);
      if (!inside.includes(m)) err(a, `member ${m} is not mentioned inside the list "${l.text}"`);
    }
    if (!('statedTotal' in l)) err(a, `signatory list "${l.text}" has no statedTotal`);
    if (l.statedTotal !== null && !(Number.isInteger(l.statedTotal) && l.statedTotal >= (l.members ?? []).length))
      err(a, `bad statedTotal in "${l.text}"`);
    lfrom = at;
  }
  for (const n of g.negativeLists ?? []) {
    const at = text.indexOf(n.text);
    if (at < 0) { err(a, `negative list "${n.text}" not found`); continue; }
    const end = sentenceEnd(at);
    if (at + n.text.length > end) err(a, `negative list "${n.text}" runs past its sentence`);
    const inside = spans.filter((sp) => sp.s >= at && sp.s < end);
    if (inside.length < 2) err(a, `negative list "${n.text}" has ${inside.length} mentions`);
    if ((g.signatoryLists ?? []).some((l) => text.indexOf(l.text) === at)) err(a, `"${n.text}" is both a signatory and a negative list`);
  }
}
if (!withDate) errors.push('no article has a date line');
if (!withoutDate) errors.push('every article has a date line');

for (const w of warn) console.log('note:', w);
for (const e of errors) console.log('ERROR', e);
console.log(`${files.length} articles, ${totals.words} words; ${errors.length} error(s)`);
process.exit(errors.length ? 1 : 0);
