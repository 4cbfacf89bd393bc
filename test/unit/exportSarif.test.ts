import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SARIF_RULES, toSarif, type SarifFinding } from '../../server/src/export/sarif';
import { sarifValidator } from '../support/sarifSchema';

const finding = (over: Partial<SarifFinding>): SarifFinding => ({
  file: 'articles/livraisons à Moscou.txt',
  code: 'vague-attribution',
  level: 'note',
  message: 'Vague source "Des experts"',
  startLine: 3,
  startColumn: 1,
  endLine: 3,
  endColumn: 110,
  charOffset: 80,
  charLength: 109,
  snippet: 'Des experts affirment que la Corée du Nord a livré plus de 1 000 conteneurs',
  ...over,
});

describe('SARIF 2.1.0 export', () => {
  const validate = sarifValidator();

  it('is valid against the SARIF 2.1.0 schema, with rule metadata for the three codes', () => {
    const log = toSarif(
      [finding({}), finding({ code: 'unattributed-quote', level: 'warning', startLine: 5 }), finding({ code: 'unattributed-claim', dismissed: { reason: 'contexte connu', author: 'Alice' } })],
      { version: '0.1.0', rootUri: 'file:///tmp/corpus' },
    );
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const run = (log.runs as { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; suppressions?: unknown[] }[] }[])[0]!;
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['unattributed-quote', 'unattributed-claim', 'vague-attribution']);
    for (const r of run.results) assert.equal(SARIF_RULES[r.ruleIndex]?.id, r.ruleId);
    assert.equal(run.results.filter((r) => r.suppressions).length, 1);
  });

  it('is valid with no results', () => {
    assert.ok(validate(toSarif([], { version: '0.1.0', rootUri: 'file:///tmp/corpus/' })));
  });

  it('the validator does reject a broken log', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });
});
