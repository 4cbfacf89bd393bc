import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { LexiconFiles } from '../analysis/analysisContext';
import { SPEAKER_RULES } from '../analysis/speakers';
import { statementAt } from '../analysis/statements';
import type { Claim, Quote, Source } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { escapeMarkdown as esc, toRange, vagueReason } from './convert';
import { describeFoundBy, typeName } from './hover';
import { t } from './l10n';

/** The quotation covering an offset, innermost first. */
export function quoteAt(doc: IndexedDocument, offset: number): Quote | undefined {
  const hits = doc.analysis.quotes.filter((q) => q.start <= offset && offset < q.end);
  return hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** The claim whose vague source is named at an offset ("des experts"). */
export function vagueSourceAt(doc: IndexedDocument, offset: number): Claim | undefined {
  return doc.analysis.claims.find((c) => c.source?.vague && c.source.span && c.source.span.start <= offset && offset <= c.source.span.end);
}

function describeSource(index: CorpusIndex, doc: IndexedDocument, s: Source): string {
  let who = `«\u00a0${esc(s.label)}\u00a0»`;
  if (s.entityId?.startsWith('statement:') || (!s.entityId && s.span)) {
    const st = s.span ? statementAt(index.statements(), doc.uri, s.span.start) : undefined;
    if (st) who = t('{0} (the statement, named as {1})', `**${esc(st.label)}**`, who);
  }
  if (s.entityId && !s.entityId.startsWith('statement:')) {
    const sum = index.summary(s.entityId);
    if (sum) who = t('{0} ({1}), named as {2}', `**${esc(sum.name)}**`, typeName(sum.type), who);
  }
  return who;
}

/** Why a vague source is vague, in the display language when its lexicon entry says it in that language. */
function reasonOf(s: Source, lexicons: LexiconFiles | undefined): string | undefined {
  return (s.reasonId && lexicons ? vagueReason(lexicons, s.reasonId) : undefined) ?? s.reason;
}

/** The hover of a quotation: its speaker (canonical entity when known), the reporting cue, and how the speaker was found. */
export function quoteHover(index: CorpusIndex, doc: IndexedDocument, q: Quote): Hover {
  const lines: string[] = [`**${t('Quotation')}**`];
  if (q.speaker) {
    lines.push('', t('Speaker: {0}', describeSource(index, doc, q.speaker)));
    // A continued attribution has no words of its own: the core names it, and the name is ours to translate.
    const cue = q.cueId === SPEAKER_RULES.continued ? t('continued attribution') : q.cue;
    if (cue) lines.push('', t('Reporting cue: {0}', `«\u00a0${esc(cue)}\u00a0»${q.cueId ? ` (\`${esc(q.cueId)}\`)` : ''}`));
    lines.push('', t('Speaker found by {0}', describeFoundBy(q.speaker.how)));
    if (q.speaker.vague) lines.push('', t('The speaker is vague: {0}', esc(reasonOf(q.speaker, index.context.lexicons) ?? t('it names nobody a reader could check'))));
  } else {
    lines.push('', t('No speaker: no reporting verb, « selon » or named source attributes this quotation.'));
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, q) };
}

/** The hover of a vague source: why it counts as vague; `lexicons` give the reason in the display language. */
export function vagueSourceHover(doc: IndexedDocument, claim: Claim, lexicons?: LexiconFiles): Hover {
  const s = claim.source!;
  const lines = [
    `**${t('Vague source')}** «\u00a0${esc(s.label)}\u00a0»`,
    '',
    esc(reasonOf(s, lexicons) ?? t('It names nobody a reader could check.')),
    '',
    t('Found by {0}; the claim was found by {1}.', describeFoundBy(s.how), `\`${esc(claim.cue)}\``),
  ];
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, s.span ?? claim) };
}
