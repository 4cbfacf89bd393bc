import type { DocumentAnalysis } from '../analysis/analyseDocument';
import type { KbEntity } from '../analysis/types';

/** One line of the JSONL export: a mention with its entity, type, UTF-16 offsets and the rule that found it. */
export interface MentionRecord {
  readonly article: string;
  readonly entityId: string;
  readonly entityName?: string;
  readonly type: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly rule: string;
  readonly wikidata?: string;
}

/** The mentions of one article as JSON lines. Pure. */
export function mentionsJsonl(article: string, analysis: DocumentAnalysis, entityOf: (id: string) => KbEntity | undefined): string {
  return analysis.mentions
    .map((m) => {
      const kb = entityOf(m.entityId);
      const record: MentionRecord = {
        article,
        entityId: m.entityId,
        ...(kb ? { entityName: kb.name } : {}),
        type: m.type,
        kind: m.kind,
        start: m.start,
        end: m.end,
        surface: m.surface,
        rule: m.foundBy,
        ...(kb?.wikidata ? { wikidata: kb.wikidata } : {}),
      };
      return `${JSON.stringify(record)}\n`;
    })
    .join('');
}
