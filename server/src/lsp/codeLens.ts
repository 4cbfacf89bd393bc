import type { CodeLens } from 'vscode-languageserver';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { toRange } from './convert';
import type { ServerContext } from './features';
import { t } from './l10n';

/** The client command a lens runs: it turns the plain LSP arguments into VS Code types and opens the references peek. */
export const SHOW_REFERENCES_COMMAND = 'corpusAnnotator.showReferences';

/** "3 mentions in 2 articles", localised, with the singular where it belongs. */
export function countsTitle(mentions: number, articles: number): string {
  const m = mentions === 1 ? t('1 mention') : t('{0} mentions', mentions);
  const a = articles === 1 ? t('in 1 article') : t('in {0} articles', articles);
  return `${m} ${a}`;
}

/** One lens on the first mention of each entity in the article, with the entity's corpus-wide counts. */
export function entityLenses(index: CorpusIndex, doc: IndexedDocument): CodeLens[] {
  const seen = new Set<string>();
  const lenses: CodeLens[] = [];
  for (const m of doc.analysis.mentions) {
    if (seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    const s = index.summary(m.entityId);
    if (!s) continue;
    const range = toRange(doc, m);
    // The command carries the position, not the locations: the client asks for references when clicked,
    // so a lens on an entity with thousands of mentions stays small.
    lenses.push({ range, command: { title: countsTitle(s.mentionCount, s.articleCount), command: SHOW_REFERENCES_COMMAND, arguments: [doc.uri, range.start] } });
  }
  return lenses;
}

/** CodeLens: "N mentions in M articles" above the first mention of each entity. The client can turn it off. */
export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens(({ textDocument }) => {
    const corpus = ctx.corpus();
    const doc = corpus?.index.get(textDocument.uri);
    return corpus && doc ? entityLenses(corpus.index, doc) : [];
  });
}
