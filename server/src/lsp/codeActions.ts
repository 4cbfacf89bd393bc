import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyseDocument';
import { fold, isAllCaps, isCapitalised, isJoiner, tokenize } from '../analysis/normalize';
import type { EntityType, Finding, Mention, Span } from '../analysis/types';
import type { CorpusIndex, IndexedDocument } from '../corpus/corpusIndex';
import { articleText, CLIENT_COMMANDS, SERVER_COMMANDS, type AnnotateArgs } from './annotationCommands';
import { toRange } from './convert';
import type { ServerContext } from './features';
import { typeName } from './hover';
import { t } from './l10n';

/** Types a user may give a new entity, in the order offered. */
const ADDABLE: readonly Exclude<EntityType, 'statement'>[] = ['person', 'organisation', 'country', 'place', 'weapon'];
const SOURCE_TYPES = new Set<EntityType>(['person', 'organisation', 'country']);
const CLAIM_CODES = new Set(['unattributed-claim', 'vague-attribution']);
const MAX_CANDIDATES = 5;

/** Registers the quick fixes: teach the base, link or unlink a mention, settle or dismiss an attribution diagnostic. */
export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params) => {
    const corpus = ctx.corpus();
    const doc = corpus?.index.get(params.textDocument.uri);
    if (!corpus || !doc) return [];
    const text = await articleText(ctx, doc.uri);
    if (text === undefined || text.length !== doc.length) return [];
    return codeActionsFor(corpus.index, doc, text, params);
  });
}

/** Every quick fix for a range of an article. */
export function codeActionsFor(index: CorpusIndex, doc: IndexedDocument, text: string, params: CodeActionParams): CodeAction[] {
  const start = doc.lines.offsetAt(params.range.start);
  const end = doc.lines.offsetAt(params.range.end);
  const out: CodeAction[] = [];
  for (const f of doc.analysis.findings) {
    if (f.start <= end && start <= f.end) out.push(...attributionFixes(index, doc, f, params.context.diagnostics));
  }
  const mention = start === end ? index.mentionAt(doc.uri, start) : doc.analysis.mentions.find((m) => m.start <= start && end <= m.end);
  if (mention) out.push(...mentionFixes(index, doc, mention));
  if (start !== end && !(mention && mention.start === start && mention.end === end)) out.push(...selectionFixes(index, doc, text, trimmed(text, { start, end })));
  if (start === end && !mention) {
    const name = capitalisedNameAt(text, start);
    if (name) out.push(...addToBase(doc, text.slice(name.start, name.end), isAllCaps(text.slice(name.start, name.end)) ? 'organisation' : 'person'));
  }
  return out;
}

function attributionFixes(index: CorpusIndex, doc: IndexedDocument, f: Finding, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const range = toRange(doc, f);
  const diagnostic = diagnostics.filter((d) => d.code === f.code && d.range.start.line === range.start.line && d.range.start.character === range.start.character);
  const base: Pick<AnnotateArgs, 'uri' | 'start' | 'end' | 'code'> = { uri: doc.uri, start: f.start, end: f.end, code: f.code };
  const fix = (title: string, command: Command, preferred = false): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: diagnostic, command, ...(preferred ? { isPreferred: true } : {}) });
  const out: CodeAction[] = [];
  nearbySources(doc.analysis, f).forEach((m, i) => {
    const name = index.summary(m.entityId)?.name ?? m.surface;
    const args: AnnotateArgs = { ...base, kind: 'attribute', source: { label: name, entityId: m.entityId } };
    const title = t('Attribute to {0}', name);
    out.push(fix(title, { title, command: SERVER_COMMANDS.annotate, arguments: [args] }, i === 0));
  });
  if (CLAIM_CODES.has(f.code)) {
    const args: AnnotateArgs = { ...base, kind: 'background' };
    const title = t('Mark as background');
    out.push(fix(title, { title, command: SERVER_COMMANDS.annotate, arguments: [args] }));
  }
  const dismiss = t('Dismiss with a reason…');
  out.push(fix(dismiss, { title: dismiss, command: CLIENT_COMMANDS.dismissWithReason, arguments: [{ ...base, message: f.message }] }));
  return out;
}

/**
 * Named sources near a finding, most plausible first: the sources the finding itself points at (its related
 * information), then people, organisations and countries of the two previous sentences, nearest first, then those of
 * the finding's own sentence (often what the claim is about rather than who makes it). Demonyms never name a source.
 */
export function nearbySources(analysis: DocumentAnalysis, f: Finding | Span): Mention[] {
  const si = analysis.sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
  const sentenceStart = analysis.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const own = si >= 0 ? analysis.sentences[si]! : { start: f.start, end: f.end };
  const related = 'related' in f && f.related ? f.related.map((r) => r.span) : [];
  const pool = analysis.mentions.filter((m) => SOURCE_TYPES.has(m.type) && m.kind !== 'adjective' && m.start >= sentenceStart && m.end <= own.end);
  const rank = (m: Mention): number => {
    if (related.some((r) => m.start < r.end && r.start < m.end)) return 0;
    if (m.end <= own.start) return 1_000 + (own.start - m.end);
    return m.end <= f.start ? 100_000 + f.start - m.end : 200_000 + m.start - f.start;
  };
  const seen = new Set<string>();
  return pool
    .sort((a, b) => rank(a) - rank(b))
    .filter((m) => !seen.has(m.entityId) && (seen.add(m.entityId), true))
    .slice(0, MAX_CANDIDATES);
}

function mentionFixes(index: CorpusIndex, doc: IndexedDocument, m: Mention): CodeAction[] {
  const s = index.summary(m.entityId);
  const name = s?.name ?? m.surface;
  const out: CodeAction[] = [];
  if (!s?.kb) out.push(...addToBase(doc, m.surface, m.type === 'statement' ? 'organisation' : m.type));
  else if (!knownForm(s.kb.name, s.kb.aliases, m.surface)) {
    out.push(command(t("Add alias '{0}' to {1}", m.surface, name), SERVER_COMMANDS.addAlias, { entityId: m.entityId, alias: m.surface, uri: doc.uri }));
  }
  out.push(command(t('Link to another entity…'), CLIENT_COMMANDS.linkToEntity, { uri: doc.uri, start: m.start, end: m.end, surface: m.surface, exclude: m.entityId }));
  const unlink: AnnotateArgs = { uri: doc.uri, start: m.start, end: m.end, kind: 'unlink', entityId: m.entityId };
  out.push(command(t('Not {0} here', name), SERVER_COMMANDS.annotate, unlink));
  return out;
}

function selectionFixes(index: CorpusIndex, doc: IndexedDocument, text: string, span: Span): CodeAction[] {
  const surface = text.slice(span.start, span.end);
  if (surface.length === 0 || surface.length > 120 || /[\r\n]/.test(surface)) return [];
  const out = addToBase(doc, surface, isAllCaps(surface) ? 'organisation' : 'person');
  // Entities the selection overlaps or that its sentence and the one before name are the likely owners of a new
  // alias, nearest first.
  const si = doc.analysis.sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  const from = si >= 0 ? doc.analysis.sentences[Math.max(0, si - 1)]!.start : span.start;
  const to = si >= 0 ? doc.analysis.sentences[si]!.end : span.end;
  const distance = (m: Mention): number => (m.end <= span.start ? span.start - m.end : Math.max(0, m.start - span.end));
  const near = doc.analysis.mentions.filter((m) => m.start >= from && m.end <= to && index.summary(m.entityId)?.kb).sort((a, b) => distance(a) - distance(b));
  const owners = new Set(near.map((m) => m.entityId));
  for (const id of [...owners].slice(0, 5)) {
    const name = index.summary(id)!.name;
    out.push(command(t("Add '{0}' as an alias of {1}", surface, name), SERVER_COMMANDS.addAlias, { entityId: id, alias: surface, uri: doc.uri }));
  }
  out.push(command(t("Link '{0}' to an entity…", surface), CLIENT_COMMANDS.linkToEntity, { uri: doc.uri, start: span.start, end: span.end, surface }));
  return out;
}

function addToBase(doc: IndexedDocument, name: string, likely: EntityType): CodeAction[] {
  const types = [...ADDABLE].sort((a, b) => Number(b === likely) - Number(a === likely));
  return types.map((type, i) => ({
    ...command(t("Add '{0}' to the knowledge base as {1}", name, typeName(type)), SERVER_COMMANDS.addEntity, { name, type, uri: doc.uri }),
    ...(i === 0 ? { isPreferred: true } : {}),
  }));
}

function command(title: string, id: string, arg: object): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, command: { title, command: id, arguments: [arg] } };
}

function knownForm(name: string, aliases: readonly string[], surface: string): boolean {
  const f = fold(surface);
  return [name, ...aliases].some((a) => fold(a) === f);
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The capitalised name or acronym under an offset ("Agence centrale de presse" stops at the lower-case word). */
export function capitalisedNameAt(text: string, offset: number): Span | undefined {
  const from = Math.max(0, offset - 200);
  const tokens = tokenize(text.slice(from, Math.min(text.length, offset + 200))).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  const at = tokens.findIndex((t) => t.start <= offset && offset <= t.end);
  if (at < 0 || !isCapitalised(tokens[at]!.text)) return undefined;
  let first = at;
  let last = at;
  const joined = (a: number, b: number): boolean => isJoiner(text.slice(tokens[a]!.end, tokens[b]!.start));
  while (first > 0 && isCapitalised(tokens[first - 1]!.text) && joined(first - 1, first)) first--;
  while (last + 1 < tokens.length && isCapitalised(tokens[last + 1]!.text) && joined(last, last + 1)) last++;
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  // A lone capitalised word at the start of a sentence is usually not a name; an acronym always may be.
  const single = first === last && !isAllCaps(tokens[first]!.text);
  const sentenceStart = /(^|[.!?»"]\s*|\n\s*)$/u.test(text.slice(Math.max(0, span.start - 3), span.start));
  return single && sentenceStart ? undefined : span;
}
