import { analyseAttribution } from './attribution';
import type { AnalysisContext } from './analysisContext';
import { findEntities } from './entities';
import { splitSentences } from './sentences';
import { analyseSignatories, type StatementMention } from './signatoryLists';
import type { Claim, Finding, Mention, Quote, RuleEntity, Sentence, SignatoryList } from './types';

/** Everything the core knows about one article: plain data with UTF-16 offsets. */
export interface DocumentAnalysis {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly ruleEntities: readonly RuleEntity[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
  readonly signatoryLists: readonly SignatoryList[];
  /** Places that name a statement by its noun ("le communiqué", "la déclaration commune"). */
  readonly statementMentions: readonly StatementMention[];
  /** The `date YYYY-MM` line of the article, when it has one. */
  readonly date?: string;
}

/** Analyses one article against the compiled knowledge base. Pure, and never throws on any text. */
export function analyseDocument(text: string, ctx: AnalysisContext): DocumentAnalysis {
  const sentences = splitSentences(text);
  const { tokens, mentions, ruleEntities } = findEntities(text, ctx.ckb);
  const attribution = analyseAttribution({ text, sentences, mentions, lexicons: ctx.lexicons, entity: (id) => ctx.ckb.kb.entities.get(id) });
  const signatories = analyseSignatories({ text, sentences, mentions, lexicons: ctx.lexicons, tokens });
  const date = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)/u.exec(text)?.[1];
  return {
    sentences,
    mentions,
    ruleEntities,
    ...attribution,
    signatoryLists: signatories.lists,
    statementMentions: signatories.statementMentions,
    ...(date ? { date } : {}),
  };
}
