import type { LexiconFiles } from './analysisContext';
import type { Mention, Sentence, SignatoryList } from './types';

/** What the signatory analysis needs of an article. */
export interface SignatoryInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly lexicons: LexiconFiles;
}

/** Placeholder until signatory lists land: finds none. */
export function findSignatoryLists(_input: SignatoryInput): SignatoryList[] {
  return [];
}
