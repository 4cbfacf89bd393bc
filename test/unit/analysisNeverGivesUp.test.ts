import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyseAttributionOrThrow } from '../../server/src/analysis/attribution';
import { findEntities } from '../../server/src/analysis/entities';
import { splitSentences } from '../../server/src/analysis/sentences';
import { REPO, shippedContext } from '../support/core';

// Every article written for evaluation, through the analysis without its safety net: a bug that makes it give up
// (an endless recursion emptied one article's analysis once) shows here as an exception naming the article, where
// the product would only show an article with no quotation and no claim.
describe('the attribution analysis never gives up on an evaluation article', () => {
  const evalDir = join(REPO, 'eval');
  const sets = readdirSync(evalDir).filter((d) => /^heldout\d*$/u.test(d)).sort();
  it(`reads every article of the ${sets.length} evaluation sets without an exception`, () => {
    const ctx = shippedContext();
    let articles = 0;
    for (const set of sets) {
      for (const file of readdirSync(join(evalDir, set)).filter((f) => f.endsWith('.txt')).sort()) {
        const text = readFileSync(join(evalDir, set, file), 'utf8');
        const { mentions } = findEntities(text, ctx.ckb);
        assert.doesNotThrow(() => analyseAttributionOrThrow({ text, sentences: splitSentences(text), mentions, lexicons: ctx.lexicons, entity: (id) => ctx.ckb.kb.entities.get(id) }), `${set}/${file}`);
        articles++;
      }
    }
    assert.ok(articles > 700, `only ${articles} articles read`);
  });
});
