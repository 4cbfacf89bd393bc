import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { LexiconFiles } from '../analysis/analysisContext';
import { claimCues } from '../analysis/claims';
import type { Finding, FindingMessageId, Span } from '../analysis/types';
import { vagueLexicon } from '../analysis/vagueSources';
import type { IndexedDocument } from '../corpus/corpusIndex';
import type { DataProblem } from '../corpus/dataFiles';
import { displayLanguage, t } from './l10n';

/** The one `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'corpus-annotator';

/** Severity setting of a diagnostic code. */
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** A span of an indexed article as an LSP range. */
export function toRange(doc: IndexedDocument, span: Span): Range {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}

/** A span of an indexed article as an LSP location. */
export function toLocation(doc: IndexedDocument, span: Span): Location {
  return { uri: doc.uri, range: toRange(doc, span) };
}

/** A line of a data file (knowledge-base entry) as a location. */
export function fileLineLocation(file: string, line: number): Location {
  return { uri: URI.file(file).toString(), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding of the core as an LSP diagnostic, or undefined when its code is turned off.
 * The message is worded in the display language from the finding's key and arguments; `lexicons` give the reasons and glosses.
 */
export function findingToDiagnostic(doc: IndexedDocument, f: Finding, severity: SeveritySetting, lexicons?: LexiconFiles): Diagnostic | undefined {
  if (severity === 'off') return undefined;
  const d: Diagnostic = {
    range: toRange(doc, f),
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.code,
    message: `${findingMessage(f, lexicons)} (${f.cue})`,
    data: { cue: f.cue, start: f.start, end: f.end },
  };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({ location: toLocation(doc, r.span), message: findingMessage(r, lexicons) }));
  }
  return d;
}

/** What `findingMessage` reads of a finding or of its related places. */
interface Worded {
  readonly message: string;
  readonly messageId?: FindingMessageId;
  readonly args?: Readonly<Record<string, string>>;
}

/**
 * A finding's message in the display language. The arguments are plain text, never markdown, so they go into the
 * template as they are. Note: when a key, an argument or a lexicon entry is missing, the core's English message stands.
 */
export function findingMessage(f: Worded, lexicons?: LexiconFiles): string {
  const a = f.args ?? {};
  switch (f.messageId) {
    case 'finding.quote':
      return a['quote'] !== undefined ? t('Quotation with no speaker: who said "{0}"?', a['quote']) : f.message;
    case 'finding.claim':
      return t('Claim with no source: who says so?');
    case 'finding.claim.words':
      return a['words'] !== undefined ? t('Claim with no source: who says so ("{0}")?', a['words']) : f.message;
    case 'finding.claim.model':
      return a['words'] !== undefined ? t('Claim with no source: who says so? (read as an assertion for: {0})', a['words']) : f.message;
    case 'finding.claim.actor': {
      const gloss = lexicons && a['claim'] ? claimGloss(lexicons, a['claim']) : undefined;
      return a['actor'] !== undefined && gloss ? t('Claim with no source: who says {0} {1}?', a['actor'], gloss) : f.message;
    }
    case 'finding.figure':
      return a['figure'] !== undefined ? t('Figure with no source: who gives "{0}"?', a['figure']) : f.message;
    case 'finding.vague': {
      const reason = lexicons && a['reason'] ? vagueReason(lexicons, a['reason']) : undefined;
      return a['source'] !== undefined && reason ? t('Vague source "{0}": {1}', a['source'], reason) : f.message;
    }
    case 'related.named-source':
      return a['source'] !== undefined ? t('Named source nearby: {0}', a['source']) : f.message;
    default:
      return f.message;
  }
}

/** Why a vague source of the lexicon is vague ("vague:experts"), in the display language; undefined for an unknown id. */
export function vagueReason(lexicons: LexiconFiles, id: string): string | undefined {
  const e = vagueLexicon(lexicons).byId.get(id);
  if (!e) return undefined;
  return inDisplayLanguage(e.reason, e.reasonFr);
}

/** The gloss of a claim cue ("claim:livrer") in the display language: "delivered weapons", "a livré des armes". */
export function claimGloss(lexicons: LexiconFiles, id: string): string | undefined {
  const e = claimCues(lexicons).byId.get(id);
  if (!e) return undefined;
  return inDisplayLanguage(e.gloss, e.glossFr);
}

// A lexicon text the entry lacks in the display language is undefined, so that the whole message stays in English
// rather than mixing two languages.
function inDisplayLanguage(en: string, fr: string | undefined): string | undefined {
  const language = displayLanguage();
  return language === 'en' ? en : language === 'fr' ? fr : undefined;
}

/** A problem in a knowledge-base or annotation file as a diagnostic in that file. */
export function dataProblemToDiagnostic(p: DataProblem, code: string): Diagnostic {
  return {
    range: { start: { line: p.line, character: p.column }, end: { line: p.endLine, character: p.endColumn } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code,
    message: p.message,
  };
}

/**
 * Escapes text that comes from an article or a user's file for use in hover markdown:
 * every ASCII punctuation mark is backslash-escaped (no links, images, HTML or emphasis can form),
 * and URL-like text is broken so that no autolink is made.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~"'&:=$%@^;,/?]/g, (c) => `\\${c}`)
    .replace(/(https?|ftp|mailto|command|file|vscode|javascript|data)\\:/gi, '$1\u200b\\:')
    .replace(/www\\\./gi, 'www\u200b\\.')
    .replace(/\r?\n/g, ' ');
}

/** A problem of an annotations file as a diagnostic at its line: an error for a malformed line, a warning for an unanchored annotation. */
export function annotationProblemToDiagnostic(p: DataProblem & { readonly code: string }): Diagnostic {
  return { ...dataProblemToDiagnostic(p, p.code), severity: p.code === 'annotation-unanchored' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error };
}
