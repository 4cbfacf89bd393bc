import type { LexiconFiles } from './analysisContext';
import type { Claim, Finding, Mention, Quote, Sentence } from './types';

/** What the attribution analysis needs of an article. */
export interface AttributionInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly lexicons: LexiconFiles;
}

/** Quotations, claims and the findings about them. */
export interface AttributionResult {
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
}

/** Placeholder until the attribution analysis lands: finds nothing. */
export function analyseAttribution(_input: AttributionInput): AttributionResult {
  return { quotes: [], claims: [], findings: [] };
}
