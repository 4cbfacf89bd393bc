// Prints the sizes of the set (for README.md).
import { readFileSync, readdirSync } from 'node:fs';
const here = new URL('.', import.meta.url).pathname;
const g = JSON.parse(readFileSync(here + 'gold.json', 'utf8'));
const c = {};
const bump = (k) => (c[k] = (c[k] ?? 0) + 1);
let words = 0;
for (const [art, a] of Object.entries(g.articles)) {
  const w = readFileSync(here + art, 'utf8').split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
  words += w;
  console.log(art, w, 'words,', a.entities.length, 'mentions,', a.sentences.length, 'sentences,', a.quotes.length, 'quotes');
  for (const e of a.entities) { bump('type:' + e.type); bump('kind:' + (e.kind ?? 'name')); bump(e.kb === false ? 'not-in-kb' : 'kb'); bump('mentions'); }
  for (const s of a.sentences) { bump('status:' + s.status); bump('sentences'); }
  for (const q of a.quotes) { bump(q.speaker === null ? 'quote:no-speaker' : 'quote:speaker'); bump('quotes'); }
  c.signatory = (c.signatory ?? 0) + a.signatoryLists.length;
  c.negative = (c.negative ?? 0) + a.negativeLists.length;
}
console.log({ articles: Object.keys(g.articles).length, words, ...c });
