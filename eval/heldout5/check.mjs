#!/usr/bin/env node
// Consistency check of eval/heldout5/gold.json against the articles (does not run the tool).
//   node eval/heldout5/check.mjs
// Checks: every entity surface exists at its occurrence (same word-boundary rule as eval/score.mjs), kb names exist,
// sentences and quotes are found in order, list texts are found, list members are kb names; prints the counts.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kbNames = new Set();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) kbNames.add(e.name);
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const nth = (text, s, n) => {
  let k = 0;
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isW(text[p - 1]) || isW(text[p + s.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
};
const errors = [];
const c = { articles: 0, words: 0, entities: 0, outsideKb: 0, quotes: 0, nullSpeaker: 0, sentences: {}, lists: 0, negative: 0 };
for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  c.articles++;
  c.words += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const seen = new Set();
  for (const e of g.entities) {
    const p = nth(text, e.surface, e.occurrence);
    if (p < 0) errors.push(`${art}: entity "${e.surface}" #${e.occurrence} not found`);
    if (seen.has(`${e.surface}#${e.occurrence}`)) errors.push(`${art}: duplicate entity ${e.surface}#${e.occurrence}`);
    seen.add(`${e.surface}#${e.occurrence}`);
    if (e.kb === false) c.outsideKb++;
    else if (!kbNames.has(e.entity)) errors.push(`${art}: "${e.entity}" is not a kb name`);
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) errors.push(`${art}: bad type ${e.type}`);
    c.entities++;
  }
  let from = 0;
  for (const s of g.sentences) {
    const at = text.indexOf(s.text, from);
    if (at < 0) errors.push(`${art}: sentence "${s.text}" not found in order`);
    else from = at + s.text.length;
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) errors.push(`${art}: bad status ${s.status}`);
    c.sentences[s.status] = (c.sentences[s.status] ?? 0) + 1;
  }
  from = 0;
  for (const q of g.quotes) {
    const at = text.indexOf(q.text, from);
    if (at < 0) errors.push(`${art}: quote "${q.text}" not found in order`);
    else from = at + 1;
    c.quotes++;
    if (q.speaker === null) c.nullSpeaker++;
  }
  for (const l of g.signatoryLists) {
    if (!text.includes(l.text)) errors.push(`${art}: list "${l.text}" not found`);
    for (const m of l.members) if (!kbNames.has(m)) errors.push(`${art}: list member ${m} not a kb name`);
    c.lists++;
  }
  for (const l of g.negativeLists) {
    if (!text.includes(l.text)) errors.push(`${art}: negative list "${l.text}" not found`);
    c.negative++;
  }
}
console.log(JSON.stringify(c));
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log('gold.json consistent with the articles');
