import type { DocumentAnalysis } from '../analysis/analyseDocument';
import type { EntityType, KbEntity, Mention, Source, Span } from '../analysis/types';

/** brat entity type of each entity type (brat types are identifiers: letters, digits, `-`, `_`). */
export const BRAT_TYPE: Record<EntityType, string> = {
  country: 'Country',
  organisation: 'Organisation',
  person: 'Person',
  place: 'Place',
  weapon: 'Weapon',
  statement: 'Statement',
};

/** `annotation.conf` for the exported collection: every type, attribute and relation the `.ann` files use. */
export const BRAT_ANNOTATION_CONF = `# Corpus Annotator export: entities, quotations and claims of French news articles.
[entities]
${Object.values(BRAT_TYPE).join('\n')}
Quote
Claim

[relations]
# Who a quotation or claim comes from, when the source is a mention in the article.
Source\tArg1:Quote|Claim, Arg2:${Object.values(BRAT_TYPE).join('|')}
# Claims are sentences and quotations may span sentences: both may overlap anything.
<OVERLAP>\tArg1:Claim|Quote, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Status\tArg:Claim, Value:attributed|vague|unattributed
Kind\tArg:${Object.values(BRAT_TYPE).join('|')}, Value:name|acronym|adjective|metonym
`;

/** `tools.conf` declaring the Wikidata normalisation the `N` lines refer to. */
export const BRAT_TOOLS_CONF = `[normalization]
Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s
`;

/**
 * The `.ann` standoff of one article: T lines for mentions, quotations and claims (offsets in code points, as brat
 * counts them), A lines for mention kinds and claim status, N lines to Wikidata, R lines and notes for sources.
 */
export function bratAnnotations(text: string, analysis: DocumentAnalysis, entityOf: (id: string) => KbEntity | undefined): string {
  const toChar = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;
  let r = 0;
  let note = 0;
  const mentionIds = new Map<string, string>();
  const textBound = (type: string, span: Span): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(text, span, toChar)}\t${oneLine(text.slice(span.start, span.end))}`);
    return id;
  };
  for (const m of analysis.mentions) {
    const id = textBound(BRAT_TYPE[m.type], m);
    mentionIds.set(`${m.start}:${m.end}`, id);
    lines.push(`A${++a}\tKind ${id} ${m.kind}`);
    const kb = entityOf(m.entityId);
    if (kb?.wikidata) lines.push(`N${++n}\tReference ${id} Wikidata:${kb.wikidata}\t${oneLine(kb.name)}`);
    if (m.foundBy.startsWith('annotation:')) lines.push(`#${++note}\tAnnotatorNotes ${id}\tset by ${oneLine(m.foundBy.slice('annotation:'.length))}`);
  }
  const sourced = (id: string, at: Span, source: Source | undefined, mentions: readonly Mention[]): void => {
    if (!source) return;
    lines.push(`#${++note}\tAnnotatorNotes ${id}\tsource: ${oneLine(source.label)} (${oneLine(source.how)})`);
    const inSpan = (m: Mention): boolean => source.span !== undefined && m.start >= source.span.start && m.end <= source.span.end;
    // The mention of the entity the source resolves to, in its phrase; else, for a phrase that names it only by
    // reference ("le texte" of a ministry's statement), its last mention before the annotated span.
    const target =
      (source.entityId ? mentions.find((m) => inSpan(m) && m.entityId === source.entityId) : undefined) ??
      mentions.find(inSpan) ??
      (source.entityId ? lastBefore(mentions, source.entityId, at.start) : undefined);
    const targetId = target && mentionIds.get(`${target.start}:${target.end}`);
    if (targetId) lines.push(`R${++r}\tSource Arg1:${id} Arg2:${targetId}`);
  };
  for (const q of analysis.quotes) sourced(textBound('Quote', q), q, q.speaker, analysis.mentions);
  for (const c of analysis.claims) {
    const id = textBound('Claim', c);
    lines.push(`A${++a}\tStatus ${id} ${c.status}`);
    sourced(id, c, c.source, analysis.mentions);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The last mention of an entity that ends at or before an offset. */
function lastBefore(mentions: readonly Mention[], entityId: string, offset: number): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.entityId === entityId && m.end <= offset) return m;
  }
  return undefined;
}

// A span that crosses a line break is written as fragments around it: brat's text field is one line.
function fragments(text: string, span: Span, toChar: (o: number) => number): string {
  const parts: string[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > start) parts.push(`${toChar(start)} ${toChar(i)}`);
      start = i + 1;
    }
  }
  return parts.length > 0 ? parts.join(';') : `${toChar(span.start)} ${toChar(span.end)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}

/** Converts UTF-16 offsets (ours, LSP's) to code-point offsets (brat's, Python's). */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (o) => o;
  const before = new Uint32Array(text.length + 1);
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = surrogates;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) surrogates++;
    before[i + 1] = surrogates;
  }
  return (o) => o - before[Math.max(0, Math.min(o, text.length))]!;
}
