import { compileKb, type CompiledKb } from './entities';
import { EMPTY_ENTITY_LEXICONS, type EntityLexicons } from './lexicons';
import type { KnowledgeBase } from './types';

/**
 * Validated lexicon files by name ("reportingVerbs" for `lexicons/reportingVerbs.json`).
 * Each analysis module reads its own file and compiles it once (memoised on the object).
 */
export type LexiconFiles = ReadonlyMap<string, unknown>;

/** Everything an analysis needs besides the text: the compiled knowledge base and the lexicons. */
export interface AnalysisContext {
  readonly ckb: CompiledKb;
  readonly lexicons: LexiconFiles;
}

/** Builds a context from a knowledge base and lexicon files; the entity rules read `entityRules` and `titles`. */
export function createAnalysisContext(kb: KnowledgeBase, lexicons: LexiconFiles): AnalysisContext {
  return { ckb: compileKb(kb, entityLexiconsFrom(lexicons)), lexicons };
}

function entityLexiconsFrom(files: LexiconFiles): EntityLexicons {
  const rules = files.get('entityRules') as Partial<EntityLexicons> | undefined;
  const titles = files.get('titles') as { titles?: EntityLexicons['titles'] } | undefined;
  const words = files.get('functionWords') as { nameParticles?: EntityLexicons['nameParticles'] } | undefined;
  return {
    ...EMPTY_ENTITY_LEXICONS,
    ...(rules ?? {}),
    titles: titles?.titles ?? [],
    nameParticles: words?.nameParticles ?? [],
  };
}
