import type { DocumentAnalysis } from '../analysis/analyseDocument';
import type { KbEntity, Span } from '../analysis/types';

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

/** One line of `statements.jsonl`: a list of signatories, with its statement and members. */
export interface SignatoryListRecord {
  readonly article: string;
  readonly statementId?: string;
  readonly statementLabel?: string;
  readonly role?: string;
  readonly cue: string;
  readonly start: number;
  readonly end: number;
  readonly statedTotal?: number;
  readonly totalApproximate?: true;
  readonly members: readonly { readonly entityId: string; readonly name: string; readonly start: number; readonly end: number }[];
}

/** The lists of signatories of one article as JSON lines, each with the statement it belongs to. Pure. */
export function signatoryListsJsonl(
  article: string,
  analysis: DocumentAnalysis,
  nameOf: (id: string) => string,
  statementOf: (list: Span) => { readonly id: string; readonly label: string } | undefined,
): string {
  return analysis.signatoryLists
    .map((l) => {
      const st = statementOf(l);
      const record: SignatoryListRecord = {
        article,
        ...(st ? { statementId: st.id, statementLabel: st.label } : {}),
        ...(l.role ? { role: l.role } : {}),
        cue: l.cue,
        start: l.start,
        end: l.end,
        ...(l.statedTotal !== undefined ? { statedTotal: l.statedTotal } : {}),
        ...(l.totalApproximate ? { totalApproximate: true as const } : {}),
        members: l.members.map((m) => ({ entityId: m.entityId, name: nameOf(m.entityId), start: m.start, end: m.end })),
      };
      return `${JSON.stringify(record)}\n`;
    })
    .join('');
}
