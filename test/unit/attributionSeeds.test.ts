import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocumentAnalysis } from '../../server/src/analysis/analyseDocument';
import { analyse, REPO } from '../support/core';

// The seeds are read, never encoded: this prints what the analysis says about them so a person can judge it,
// and checks only properties that must hold on any article (valid ranges, a cue on every result).
const SEEDS = join(REPO, 'seeds');
const VERBOSE = process.env['ATTRIBUTION_VERBOSE'] === '1';

function report(name: string, text: string, a: DocumentAnalysis): string {
  const lines = [`=== ${name}: ${a.quotes.length} quotes, ${a.claims.length} claims, ${a.findings.length} findings`];
  for (const q of a.quotes) {
    lines.push(`  QUOTE ${JSON.stringify(text.slice(q.start, q.end).slice(0, 70))} → ${q.speaker ? `${q.speaker.label} [${q.speaker.how}${q.speaker.entityId ? ` ${q.speaker.entityId}` : ''}] via ${q.cue}` : '(none)'}`);
  }
  for (const c of a.claims) {
    lines.push(`  CLAIM ${c.status.padEnd(12)} ${c.cue.padEnd(24)} ${c.source ? `${c.source.label} [${c.source.how}]` : ''} :: ${text.slice(c.start, c.end).slice(0, 110).replace(/\n/g, ' ')}`);
  }
  for (const f of a.findings) {
    lines.push(`  FINDING ${f.code}: ${f.message}${f.related ? ` (related: ${f.related[0]!.message})` : ''}\n      :: ${text.slice(f.start, f.end).slice(0, 160).replace(/\n/g, ' ')}`);
  }
  return lines.join('\n');
}

describe('attribution on the seed articles (printed for reading)', () => {
  let files: string[] = [];
  try {
    files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    files = [];
  }
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const a = analyse(text);
      if (VERBOSE) console.log(report(f, text, a));
      for (const x of [...a.quotes, ...a.claims, ...a.findings]) assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end);
      for (const c of a.claims) assert.ok(c.cue.length > 0);
      for (const x of a.findings) assert.ok(x.cue.length > 0 && x.message.length > 0);
    });
  }
});
