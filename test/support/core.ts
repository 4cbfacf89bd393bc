import { join } from 'node:path';
import { createAnalysisContext, type AnalysisContext } from '../../server/src/analysis/analysisContext';
import { analyseDocument, type DocumentAnalysis } from '../../server/src/analysis/analyseDocument';
import type { KbEntity } from '../../server/src/analysis/types';
import { loadDataFolder, mergeEntities } from '../../server/src/corpus/dataFiles';

/** The repository root, from the compiled test's place under out/test/. */
export const REPO = join(__dirname, '..', '..', '..');
export const DATA_DIR = join(REPO, 'server', 'data');
export const FIXTURES = join(REPO, 'test', 'fixtures');

let shipped: AnalysisContext | undefined;

/** The analysis context built from the shipped data, once per test process. */
export function shippedContext(): AnalysisContext {
  if (!shipped) {
    const data = loadDataFolder(DATA_DIR);
    if (data.problems.length > 0) throw new Error(`shipped data has problems: ${JSON.stringify(data.problems.slice(0, 3))}`);
    shipped = createAnalysisContext(mergeEntities(data.entities), data.lexicons);
  }
  return shipped;
}

/**
 * A context over the shipped lexicons and the given entities only: for tests that must not depend on the shipped base.
 * The rules alone by default: the trained claim model (`lexicons/claimModel.json`) changes with each retraining, and the
 * rule tables must not; tests of the model pass `{ claimModel: true }`.
 */
export function contextWith(entities: KbEntity[], options: { readonly claimModel?: boolean } = {}): AnalysisContext {
  const data = loadDataFolder(DATA_DIR);
  const lexicons = new Map(data.lexicons);
  if (!options.claimModel) lexicons.delete('claimModel');
  return createAnalysisContext(mergeEntities(entities), lexicons);
}

/** Analyses a text with the shipped data. */
export function analyse(text: string): DocumentAnalysis {
  return analyseDocument(text, shippedContext());
}
