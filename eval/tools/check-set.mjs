// Checks gold.json of an evaluation set against its article texts, independently of build-set.mjs.
// Reads only the article texts, gold.json and the name/type/aliases/demonyms/metonyms of the kb.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs on the set in folder `here` (the folder of its *.txt, gold.json and src/). */
export function checkSet(here) {
  const kbDir = join(dirname(fileURLToPath(import.meta.url)), '../../server/data/kb');
  const kb = [];
  for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
    for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
      kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  const kbByName = new Map(kb.map((e) => [e.name, e]));

  const errors = [];
  const warn = [];
  const err = (m) => errors.push(m);

  // same-length folding: case, accents, apostrophes, hyphens, non-breaking spaces
  const foldChar = (c) => {
    if ('’‘'.includes(c)) return "'";
    if ('-‐–\u00a0\u202f'.includes(c)) return ' ';
    return c.normalize('NFD')[0].toLowerCase();
  };
  const fold = (s) => [...s].map(foldChar).join('');
  const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  function allAt(text, s) { // boundary-respecting occurrences, exact case
    const r = [];
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
      if (!isWord(text[i - 1]) && !isWord(text[i + s.length])) r.push(i);
    return r;
  }
  function demonymForms(d) {
    const f = new Set([d]);
    if (d.endsWith('e')) f.add(d + 's');
    else if (d.endsWith('en') || d.endsWith('on')) for (const x of ['ne', 'nes', 's']) f.add(d + x);
    else if (/[sx]$/.test(d)) for (const x of ['e', 'es']) f.add(d + x);
    else for (const x of ['e', 's', 'es']) f.add(d + x);
    return [...f];
  }
  const isAcronym = (a) => a.length >= 2 && a === a.toUpperCase() && /[A-Z]/.test(a) || /^[A-Z][a-z][A-Z]$/.test(a);
  // every kb form: [form, entity, exactCase]
  const forms = [];
  for (const e of kb) {
    for (const a of [e.name, ...e.aliases, ...e.metonyms]) forms.push([a, e.name, isAcronym(a)]);
    for (const d of e.demonyms) for (const x of demonymForms(d)) forms.push([x, e.name, false]);
  }
  const foldedForms = new Set(forms.filter((f) => !f[2]).map((f) => fold(f[0])));
  const exactForms = new Set(forms.filter((f) => f[2]).map((f) => f[0]));

  const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
  const txtFiles = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
  if (txtFiles.length !== 6) err(`expected 6 articles, found ${txtFiles.length}`);
  for (const f of txtFiles) if (!gold.articles[f]) err(`${f}: not in gold.json`);
  for (const f of Object.keys(gold.articles)) if (!txtFiles.includes(f)) err(`gold article ${f} has no text`);
  if (gold.version !== 1) err('version must be 1');

  const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
  const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
  const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
  let withDate = 0, withoutDate = 0;

  for (const file of txtFiles) {
    const text = readFileSync(join(here, file), 'utf8');
    const g = gold.articles[file];
    if (!g) continue;
    const P = (m) => err(`${file}: ${m}`);
    // words
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words < 350 || words > 600) P(`${words} words (350-600 required)`);
    if (/^date \d{4}-\d{2}$/m.test(text)) withDate++; else withoutDate++;
    if (text.includes('\ufffd')) P('U+FFFD in text');

    // ---- entities
    const spans = [];
    for (const e of g.entities) {
      const occ = allAt(text, e.surface);
      if (!Number.isInteger(e.occurrence) || e.occurrence >= occ.length) { P(`entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`); continue; }
      const start = occ[e.occurrence];
      spans.push({ start, end: start + e.surface.length, e });
      if (!TYPES.has(e.type)) P(`bad type ${e.type} for ${e.surface}`);
      if (e.kind !== undefined && !KINDS.has(e.kind)) P(`bad kind ${e.kind} for ${e.surface}`);
      if (e.kb === false) {
        if (kbByName.has(e.entity)) P(`kb:false entity "${e.entity}" is a kb name`);
        if (foldedForms.has(fold(e.entity)) || exactForms.has(e.entity)) P(`kb:false entity "${e.entity}" is a kb form`);
        if (foldedForms.has(fold(e.surface)) || exactForms.has(e.surface)) P(`kb:false surface "${e.surface}" is a kb form`);
      } else {
        const k = kbByName.get(e.entity);
        if (!k) P(`entity "${e.entity}" (${e.surface}) is not a kb name`);
        else {
          if (k.type !== e.type) P(`entity "${e.entity}" has kb type ${k.type}, gold ${e.type}`);
          // the surface must be a form of that entity (or a surname of a person / a usual short name)
          const own = [k.name, ...k.aliases, ...k.metonyms].map(fold);
          const dem = k.demonyms.flatMap(demonymForms).map(fold);
          const fs = fold(e.surface);
          if (e.kind === 'metonym' || e.kind === 'capital') { if (!k.metonyms.map(fold).includes(fs)) P(`"${e.surface}" is not a metonym of ${k.name}`); }
          else if (e.kind === 'adjective' || e.kind === 'demonym') { if (!dem.includes(fs)) P(`"${e.surface}" is not a demonym of ${k.name}`); }
          else if (!own.includes(fs)) warn.push(`${file}: "${e.surface}" → ${k.name} is not a kb name or alias (context link)`);
        }
      }
    }
    spans.sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++)
      if (spans[i].start < spans[i - 1].end) P(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
    const covered = (s, e) => spans.some((m) => m.start <= s && e <= m.end);

    // every kb form in the text lies under a gold mention
    const ft = fold(text);
    for (const [form, ent, exact] of forms) {
      const hay = exact ? text : ft;
      const needle = exact ? form : fold(form);
      for (const at of allAt(hay, needle)) {
        if (!covered(at, at + needle.length)) P(`kb form "${text.slice(at, at + needle.length)}" (${ent}) at ${at} is not under a gold mention: …${text.slice(Math.max(0, at - 30), at + 40).replace(/\n/g, ' ')}…`);
      }
    }

    // ---- sentences: prefixes in order, covering the text
    let from = 0;
    const starts = [];
    for (const s of g.sentences) {
      if (!STATUSES.has(s.status)) P(`bad status ${s.status}`);
      if (!s.text || s.text !== s.text.trimStart()) P(`sentence text not trimmed at start: "${s.text}"`);
      const at = text.indexOf(s.text, from);
      if (at < 0) { P(`sentence "${s.text}" not found in order`); continue; }
      if (text.slice(from, at).trim() !== '' && starts.length === 0) P(`text before the first sentence: "${text.slice(from, at)}"`);
      starts.push(at);
      from = at + 1;
    }
    if (starts.length && text.slice(0, starts[0]).trim() !== '') P('text before first sentence');
    // sentence boundaries in the text: line starts, and . ! ? … (+ closing quote) + space + capital/quote/digit
    const cands = new Set();
    for (const m of text.matchAll(/(^|\n)[ \t]*(\S)/g)) cands.add(m.index + m[0].length - 1);
    for (const m of text.matchAll(/[.!?…][»”"]?[ \u00a0\u202f]+(?=[\p{Lu}«“"\d])/gu)) {
      const before = text.slice(Math.max(0, m.index - 3), m.index + 1);
      if (/(^|[\s(])M\.$/.test(before)) continue; // M. Lee
      cands.add(m.index + m[0].length);
    }
    const st = new Set(starts);
    for (const c of [...cands].sort((a, b) => a - b)) if (!st.has(c)) P(`possible sentence start not in gold: "${text.slice(c, c + 40).replace(/\n/g, ' ')}"`);
    for (const s of starts) if (!cands.has(s)) P(`gold sentence does not start at a boundary: "${text.slice(s, s + 40)}"`);
    // a gold sentence prefix must lie inside its own sentence
    starts.forEach((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : text.length;
      if (s + g.sentences[i].text.length > end) P(`sentence prefix runs into the next sentence: "${g.sentences[i].text}"`);
    });
    const sentenceEnd = (pos) => { const n = starts.find((s) => s > pos); return n ?? text.length; };

    // ---- quotes: one gold quote per opening quotation mark, in order
    const opens = [];
    let straightOpen = true;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '«' || c === '“') opens.push(i);
      else if (c === '"') { if (straightOpen) opens.push(i); straightOpen = !straightOpen; }
    }
    if (!straightOpen) P('odd number of straight quotes');
    const closes = (text.match(/[»”]/g) ?? []).length;
    if (closes !== (text.match(/[«“]/g) ?? []).length) P('unbalanced « » / “ ”');
    if (opens.length !== g.quotes.length) P(`${opens.length} quotations in text, ${g.quotes.length} in gold`);
    g.quotes.forEach((q, i) => {
      if (i >= opens.length) return;
      const inner = text.slice(opens[i] + 1).replace(/^[ \u00a0\u202f]+/, '');
      if (!inner.startsWith(q.text)) P(`quote ${i} "${q.text}" does not open quotation ${i}: "${inner.slice(0, 30)}"`);
      if (q.text.length > 30 || q.text !== q.text.trim()) P(`quote text length/trim: "${q.text}"`);
      if (q.speaker !== null && typeof q.speaker !== 'string') P(`bad speaker for "${q.text}"`);
      if (q.speakerAlso && !Array.isArray(q.speakerAlso)) P(`bad speakerAlso for "${q.text}"`);
    });

    // ---- lists
    for (const l of g.signatoryLists ?? []) {
      const at = text.indexOf(l.text);
      if (at < 0) { P(`signatory list "${l.text}" not found`); continue; }
      const end = sentenceEnd(at);
      for (const m of l.members) {
        const k = kbByName.get(m);
        if (!k || (k.type !== 'country' && k.type !== 'organisation')) P(`list member ${m} is not a kb country/organisation`);
        if (!spans.some((s) => s.start >= at && s.end <= end && s.e.entity === m)) P(`list member ${m} not mentioned inside the list "${l.text}"`);
      }
      if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) P(`bad statedTotal in "${l.text}"`);
    }
    for (const l of g.negativeLists ?? []) {
      const at = text.indexOf(l.text);
      if (at < 0) { P(`negative list "${l.text}" not found`); continue; }
      const end = sentenceEnd(at);
      const n = spans.filter((s) => s.start >= at && s.end <= end).length;
      if (n < 2) P(`negative list "${l.text}" has ${n} mentions`);
    }
  }
  if (!withDate) err('no article with a date line');
  if (!withoutDate) err('no article without a date line');
  const lists = Object.values(gold.articles);
  if (lists.reduce((n, a) => n + (a.signatoryLists?.length ?? 0), 0) < 2) err('fewer than 2 signatory lists');
  if (lists.reduce((n, a) => n + (a.negativeLists?.length ?? 0), 0) < 4) err('fewer than 4 negative lists');

  for (const w of warn) console.log('note:', w);
  if (errors.length) { for (const e of errors) console.log('ERROR', e); console.log(`${errors.length} errors`); process.exit(1); }
  console.log('check passed: no errors');

  // sizes, for README.md
  const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
  const all = Object.entries(gold.articles);
  const ents = all.flatMap(([, a]) => a.entities);
  const sents = all.flatMap(([, a]) => a.sentences);
  const quotes = all.flatMap(([, a]) => a.quotes);
  const words = txtFiles.reduce((n, f) => n + readFileSync(join(here, f), 'utf8').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
  console.log(JSON.stringify({
    articles: txtFiles.length, words,
    entityMentions: ents.length, byType: count(ents, (e) => e.type), byKind: count(ents, (e) => e.kind ?? 'name'),
    outsideKb: ents.filter((e) => e.kb === false).length, outsideKbEntities: new Set(ents.filter((e) => e.kb === false).map((e) => e.entity)).size,
    sentences: sents.length, byStatus: count(sents, (s) => s.status),
    quotes: quotes.length, withSpeaker: quotes.filter((q) => q.speaker !== null).length, withoutSpeaker: quotes.filter((q) => q.speaker === null).length,
    signatoryLists: all.reduce((n, [, a]) => n + a.signatoryLists.length, 0), negativeLists: all.reduce((n, [, a]) => n + a.negativeLists.length, 0),
  }, null, 1));
}
