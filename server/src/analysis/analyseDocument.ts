import { analyseAttribution } from './attribution';
import type { AnalysisContext } from './analysisContext';
import { findEntities } from './entities';
import { functionWords } from './functionWords';
import { fold } from './normalize';
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
  /** Why the attribution analysis gave up on the article, when it did (its quotations, claims and findings are empty). */
  readonly failure?: string;
}

/** Analyses one article against the compiled knowledge base. Pure, and never throws on any text. */
export function analyseDocument(text: string, ctx: AnalysisContext): DocumentAnalysis {
  const sentences = splitSentences(text);
  const { tokens, mentions, ruleEntities } = findEntities(text, ctx.ckb);
  const attribution = analyseAttribution({ text, sentences, mentions, lexicons: ctx.lexicons, entity: (id) => ctx.ckb.kb.entities.get(id) });
  const signatories = analyseSignatories({ text, sentences, mentions, lexicons: ctx.lexicons, tokens });
  const date = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)/u.exec(text)?.[1] ?? datelineMonth(text, functionWords(ctx.lexicons).monthNumbers);
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

/**
 * The month of a wire dispatch's dateline, when the article has no `date` line: "TOKYO, 28 juil 2024 (AFP) -",
 * "Séoul, 14 décembre 2024 (AFP) –". Only a line that starts with a place, a comma, a day, a month and a year, then
 * names an agency in brackets, counts; a date anywhere else in the text is the date of something else.
 */
function datelineMonth(text: string, months: ReadonlyMap<string, number>): string | undefined {
  const head = text.slice(0, 1500);
  const m = /^[^\S\n]*\p{Lu}[\p{L}'’ ./-]{1,40},[^\S\n]*\d{1,2}(?:er)?[^\S\n]+(\p{L}+)\.?[^\S\n]+(\d{4})[^\S\n]*\([\p{L} -]{2,20}\)/mu.exec(head);
  if (!m) return undefined;
  const month = months.get(fold(m[1]!));
  return month ? `${m[2]}-${String(month).padStart(2, '0')}` : undefined;
}

