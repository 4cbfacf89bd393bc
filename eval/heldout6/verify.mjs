// Independent check of gold.json against the texts, with the same lookups the scorer's gold side uses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nth(t, s, n) { let k = 0; for (let p = t.indexOf(s); p !== -1; p = t.indexOf(s, p + 1)) { if (isW(t[p - 1]) || isW(t[p + s.length])) continue; if (k++ === n) return p; } return -1; }
const problems = [];
const txts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) problems.push('article list mismatch');
for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(dir, art), 'utf8');
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) problems.push(`${art}: ${k} missing`);
  for (const e of g.entities) {
    if (nth(text, e.surface, e.occurrence) < 0) problems.push(`${art}: entity ${e.surface}#${e.occurrence}`);
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) problems.push(`${art}: type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) problems.push(`${art}: kind ${e.kind}`);
  }
  let from = 0;
  for (const s of g.sentences) {
    const at = text.indexOf(s.text, from);
    if (at < 0) problems.push(`${art}: sentence ${s.text}`); else from = at + s.text.length;
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) problems.push(`${art}: status ${s.status}`);
  }
  from = 0;
  for (const q of g.quotes) { const at = text.indexOf(q.text, from); if (at < 0) problems.push(`${art}: quote ${q.text}`); else from = at + 1; }
  for (const l of [...g.signatoryLists, ...g.negativeLists]) if (text.indexOf(l.text) < 0) problems.push(`${art}: list ${l.text}`);
  // every non-blank character after the first sentence start is inside some sentence, and nothing precedes it
  const first = text.indexOf(g.sentences[0].text);
  if (text.slice(0, first).trim()) problems.push(`${art}: text before first sentence`);
}
console.log(problems.length ? problems.join('\n') : 'verify: OK');
