import type { StatementMention } from './signatoryLists';
import type { Quote, SignatoryList, Span } from './types';

/** What the statement analysis needs of one article: its lists, and optionally its quotes and statement mentions. */
export interface StatementArticle {
  readonly uri: string;
  /** The article's ` date YYYY-MM` line, when it has one. */
  readonly date?: string;
  readonly signatoryLists: readonly SignatoryList[];
  /** Quotes from the attribution analysis; those spoken by a statement ("indique le communiqué") become the statement's. */
  readonly quotes?: readonly Quote[];
  /** Places that name a statement by its noun (`analyseSignatories(...).statementMentions`). */
  readonly statementMentions?: readonly StatementMention[];
}

/** One article's account of a statement: the lists, mentions and quotes it gives. */
export interface StatementReport {
  readonly uri: string;
  readonly date?: string;
  /** Relative date words the article gives for the statement ("vendredi"). */
  readonly when?: string;
  readonly lists: readonly SignatoryList[];
  /** "le communiqué", "la déclaration commune": references to the statement in this article. */
  readonly mentions: readonly Span[];
  /** Quotations whose speaker is the statement. */
  readonly quotes: readonly Span[];
}

/** Why two articles' reports were taken for one statement. */
export interface MergeEvidence {
  readonly uris: readonly [string, string];
  /** Members both reports name. */
  readonly shared: readonly string[];
  /** |A ∩ B| / |A ∪ B|. */
  readonly jaccard: number;
  /** |A ∩ B| / the smaller report's size. */
  readonly containment: number;
  /** `jaccard` when the member sets overlap by half or more; `containment` when a partial report names a subset of the other. */
  readonly reason: 'jaccard' | 'containment';
  /** `same-month` when both articles carry the same date line; `undated` when one of them has none. */
  readonly period: 'same-month' | 'undated';
  readonly month?: string;
  /** The weekday both reports give, when they agree on one. */
  readonly weekday?: string;
}

/** A joint statement, communiqué or declaration of the corpus: an entity of type `statement`. */
export interface Statement {
  /** `statement:<YYYY-MM or undated>:<hash of the sorted members>`: the same members in the same period give the same id. */
  readonly id: string;
  readonly type: 'statement';
  /** "Déclaration commune du 2024-06 (vendredi) — États-Unis, Allemagne, Australie + 8". */
  readonly label: string;
  /** Every member: issuers first, in the order of the fullest report, then the other signatories. */
  readonly members: readonly string[];
  /** Members that issued it (subject of "ont publié", genitive of "déclaration commune de"). */
  readonly issuers: readonly string[];
  /** Members that signed, co-signed, endorsed or joined it. */
  readonly signatories: readonly string[];
  /** The largest total an article states ("près de 50 pays"). */
  readonly statedTotal?: number;
  /** That total is an estimate ("près de 50"), not a count ("les onze pays membres"). */
  readonly totalApproximate?: true;
  /** True when the articles name only some of the members. */
  readonly partial: boolean;
  /** The date line of the reporting articles (YYYY-MM), when one has it. */
  readonly date?: string;
  /** Relative date words when no article gives a date line, else as a complement ("vendredi"). */
  readonly when?: string;
  /** The statement noun the articles use most ("déclaration commune"). */
  readonly noun?: string;
  readonly reports: readonly StatementReport[];
  /** Why reports from different articles were merged; empty for a statement reported once. */
  readonly evidence: readonly MergeEvidence[];
}

/** Members one statement has and another lacks, and those they share. */
export interface MemberDiff {
  /** In the first, not in the second. */
  readonly added: readonly string[];
  /** In the second, not in the first. */
  readonly removed: readonly string[];
  readonly shared: readonly string[];
}

/** Options of `buildStatements`. */
export interface StatementOptions {
  /** Canonical name of an entity, for labels; the id when absent. */
  readonly nameOf?: (entityId: string) => string;
  /** Minimum Jaccard overlap for two articles' reports to be one statement (default 0.5). */
  readonly minJaccard?: number;
  /** Minimum share of a partial report's members found in the other report (default 0.8). */
  readonly minContainment?: number;
}

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** A statement as one article reports it, before articles are merged. */
interface ArticleStatement {
  readonly uri: string;
  readonly date?: string;
  readonly lists: SignatoryList[];
  readonly members: string[];
  readonly issuers: Set<string>;
  readonly signatories: Set<string>;
  weekday?: string;
  when?: string;
  readonly mentions: Span[];
  readonly quotes: Span[];
}

/** Builds the corpus's statements from every article's signatory lists. Pure and deterministic: the order of the articles does not matter. */
export function buildStatements(articles: readonly StatementArticle[], options: StatementOptions = {}): Statement[] {
  const sorted = [...articles].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const reports = sorted.flatMap((a) => articleStatements(a));
  const groups = mergeAcrossArticles(reports, options);
  const out: Statement[] = [];
  const ids = new Set<string>();
  for (const g of groups) {
    const s = toStatement(g.members.map((i) => reports[i]!), g.evidence, options);
    // Two unmerged statements with the same members in the same period keep distinct ids.
    let id = s.id;
    for (let n = 2; ids.has(id); n++) id = `${s.id}:${n}`;
    ids.add(id);
    out.push(id === s.id ? s : { ...s, id });
  }
  return out;
}

/** Compares two member lists for a hover: "+" for members of `a` not in `b`, "−" for members of `b` not in `a`. */
export function compareMembers(a: readonly string[], b: readonly string[]): MemberDiff {
  const inB = new Set(b);
  const inA = new Set(a);
  return { added: a.filter((x) => !inB.has(x)), removed: b.filter((x) => !inA.has(x)), shared: a.filter((x) => inB.has(x)) };
}

/** "+ Allemagne, − Argentine", or "same members" when nothing differs; names are the caller's to escape. */
export function formatMemberDiff(diff: MemberDiff, nameOf: (entityId: string) => string = (id) => id): string {
  const parts = [...diff.added.map((id) => `+ ${nameOf(id)}`), ...diff.removed.map((id) => `− ${nameOf(id)}`)];
  return parts.length > 0 ? parts.join(', ') : 'same members';
}

/** Other statements sharing at least one member with `statement`, most shared first, each with the difference from `statement`'s side. */
export function relatedStatements(statement: Statement, all: readonly Statement[]): { readonly statement: Statement; readonly diff: MemberDiff }[] {
  return all
    .filter((s) => s.id !== statement.id)
    .map((s) => ({ statement: s, diff: compareMembers(statement.members, s.members) }))
    .filter((r) => r.diff.shared.length > 0)
    .sort((x, y) => y.diff.shared.length - x.diff.shared.length || (x.statement.id < y.statement.id ? -1 : 1));
}

/** The statement a list belongs to, found by the article and the list's span. */
export function statementOfList(statements: readonly Statement[], uri: string, list: Span): Statement | undefined {
  return statements.find((s) => s.reports.some((r) => r.uri === uri && r.lists.some((l) => l.start === list.start && l.end === list.end)));
}

/** The statement whose list, mention or quote covers an offset of an article. */
export function statementAt(statements: readonly Statement[], uri: string, offset: number): Statement | undefined {
  const covers = (s: Span): boolean => s.start <= offset && offset < s.end;
  return statements.find((s) => s.reports.some((r) => r.uri === uri && (r.lists.some(covers) || r.mentions.some(covers) || r.quotes.some(covers))));
}

/** "vs. the statement of 2024-01: + Allemagne, − Argentine": one line of a list's hover. */
export function describeComparison(from: Statement, other: Statement, nameOf: (entityId: string) => string = (id) => id): string {
  const when = other.date ?? other.when ?? 'unknown date';
  return `vs. the statement of ${when}: ${formatMemberDiff(compareMembers(from.members, other.members), nameOf)}`;
}

/** "same month 2024-06, 4 shared members, Jaccard 0.36, partial report contained (100%), both say vendredi": the evidence of a merge. */
export function describeEvidence(e: MergeEvidence): string {
  const period = e.period === 'same-month' ? `same month ${e.month ?? ''}`.trim() : 'one article has no date line';
  const how = e.reason === 'jaccard' ? `Jaccard ${e.jaccard.toFixed(2)}` : `partial report contained (${Math.round(e.containment * 100)}%), Jaccard ${e.jaccard.toFixed(2)}`;
  return `${period}, ${e.shared.length} shared members, ${how}${e.weekday ? `, both say ${e.weekday}` : ''}`;
}

// ---------------------------------------------------------------------------------------------

function weekdayOf(when: string | undefined): string | undefined {
  if (!when) return undefined;
  const w = when.toLowerCase();
  return WEEKDAYS.find((d) => new RegExp(`(^|[^\\p{L}])${d}($|[^\\p{L}])`, 'u').test(w));
}

function isPartialList(l: SignatoryList): boolean {
  return Boolean(l.partial) || l.role === 'signatory';
}

function jaccard(a: readonly string[], b: readonly string[]): { inter: string[]; j: number; c: number } {
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x));
  const union = new Set([...a, ...b]).size;
  return { inter, j: union ? inter.length / union : 0, c: Math.min(a.length, b.length) ? inter.length / Math.min(a.length, b.length) : 0 };
}

/** Groups one article's lists into the statements it reports: similar lists, and partial lists with the statement just named. */
function articleStatements(a: StatementArticle): ArticleStatement[] {
  const groups: ArticleStatement[] = [];
  const lists = [...a.signatoryLists].sort((x, y) => x.start - y.start);
  for (const l of lists) {
    const ids = l.members.map((m) => m.entityId);
    const day = weekdayOf(l.when?.text);
    const compatible = (g: ArticleStatement): boolean => !day || !g.weekday || g.weekday === day;
    let target: ArticleStatement | undefined;
    let best = 0;
    for (const g of groups) {
      if (!compatible(g)) continue;
      const { inter, j, c } = jaccard(ids, g.members);
      const score = j >= 0.5 ? 1 + j : c >= 0.8 && inter.length >= 2 ? c : 0;
      if (score > best) {
        best = score;
        target = g;
      }
    }
    const last = groups[groups.length - 1];
    // A list of co-signers follows the statement the article just named; a statement's issuers may follow its co-signers.
    if (!target && last && compatible(last) && (isPartialList(l) || last.lists.every(isPartialList))) target = last;
    if (!target) {
      target = { uri: a.uri, ...(a.date ? { date: a.date } : {}), lists: [], members: [], issuers: new Set(), signatories: new Set(), mentions: [], quotes: [] };
      groups.push(target);
    }
    target.lists.push(l);
    for (const id of ids) {
      if (!target.members.includes(id)) target.members.push(id);
      if (l.role === 'signatory') target.signatories.add(id);
      else target.issuers.add(id);
    }
    if (!target.when && l.when) {
      target.when = l.when.text;
      target.weekday = day;
    } else if (!target.weekday && day) target.weekday = day;
  }
  if (groups.length === 0) return [];
  // Mentions and quotes go to the statement whose last list precedes them (the first statement before any list).
  const owner = (offset: number): ArticleStatement => {
    let g = groups[0]!;
    for (const c of groups) if (c.lists[0]!.start <= offset) g = c;
    return g;
  };
  for (const m of a.statementMentions ?? []) owner(m.start).mentions.push({ start: m.start, end: m.end });
  const mentionSpans = a.statementMentions ?? [];
  for (const q of a.quotes ?? []) {
    const sp = q.speaker;
    if (!sp) continue;
    const byId = sp.entityId?.startsWith('statement:') === true;
    const span = sp.span;
    const bySpan = span !== undefined && mentionSpans.some((m) => span.start < m.end && m.start < span.end);
    if (byId || bySpan) owner(q.start).quotes.push({ start: q.start, end: q.end });
  }
  return groups;
}

function isPartial(r: ArticleStatement): boolean {
  const total = Math.max(0, ...r.lists.map((l) => l.statedTotal ?? 0));
  return total > r.members.length || r.lists.every(isPartialList);
}

interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly evidence: MergeEvidence;
  readonly rank: number;
}

/** Merges reports of different articles that agree on the period and overlap in members; greedy, best evidence first. */
function mergeAcrossArticles(reports: readonly ArticleStatement[], options: StatementOptions): { members: number[]; evidence: MergeEvidence[] }[] {
  const minJ = options.minJaccard ?? 0.5;
  const minC = options.minContainment ?? 0.8;
  const candidates: Candidate[] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let k = i + 1; k < reports.length; k++) {
      const a = reports[i]!;
      const b = reports[k]!;
      if (a.uri === b.uri) continue;
      if (a.date && b.date && a.date.slice(0, 7) !== b.date.slice(0, 7)) continue;
      // Two different weekdays for the statement in one period: two statements.
      if (a.weekday && b.weekday && a.weekday !== b.weekday) continue;
      const { inter, j, c } = jaccard(a.members, b.members);
      const smaller = a.members.length <= b.members.length ? a : b;
      const byJaccard = j >= minJ;
      const byContainment = !byJaccard && isPartial(smaller) && inter.length >= 2 && c >= minC;
      if (!byJaccard && !byContainment) continue;
      const month = a.date ?? b.date;
      const weekday = a.weekday && a.weekday === b.weekday ? a.weekday : undefined;
      const evidence: MergeEvidence = {
        uris: [a.uri, b.uri],
        shared: inter,
        jaccard: j,
        containment: c,
        reason: byJaccard ? 'jaccard' : 'containment',
        period: a.date && b.date ? 'same-month' : 'undated',
        ...(month ? { month: month.slice(0, 7) } : {}),
        ...(weekday ? { weekday } : {}),
      };
      candidates.push({ a: i, b: k, evidence, rank: (weekday ? 2 : 0) + (a.date && b.date ? 1 : 0) + j + c / 10 });
    }
  }
  candidates.sort((x, y) => y.rank - x.rank || x.a - y.a || x.b - y.b);
  const groupOf = reports.map((_, i) => i);
  const groups = new Map<number, { members: number[]; evidence: MergeEvidence[] }>(reports.map((_, i) => [i, { members: [i], evidence: [] }]));
  for (const cand of candidates) {
    const ga = groupOf[cand.a]!;
    const gb = groupOf[cand.b]!;
    if (ga === gb) continue;
    const A = groups.get(ga)!;
    const B = groups.get(gb)!;
    const merged = [...A.members, ...B.members].map((i) => reports[i]!);
    // A merged statement keeps one month, one weekday, and one report per article.
    const months = new Set(merged.map((r) => r.date?.slice(0, 7)).filter((d): d is string => d !== undefined));
    const days = new Set(merged.map((r) => r.weekday).filter((d): d is string => d !== undefined));
    const uris = new Set(merged.map((r) => r.uri));
    if (months.size > 1 || days.size > 1 || uris.size < merged.length) continue;
    A.members.push(...B.members);
    A.evidence.push(...B.evidence, cand.evidence);
    for (const i of B.members) groupOf[i] = ga;
    groups.delete(gb);
  }
  return [...groups.values()].map((g) => ({ members: g.members.sort((x, y) => x - y), evidence: g.evidence }));
}

function toStatement(reports: readonly ArticleStatement[], evidence: readonly MergeEvidence[], options: StatementOptions): Statement {
  const nameOf = options.nameOf ?? ((id: string) => id);
  const members: string[] = [];
  const issuers = new Set<string>();
  const signatories = new Set<string>();
  // Members follow the fullest report (issuers before co-signers), so the label names the statement as its authors would.
  const fullestFirst = [...reports].sort((x, y) => Number(isPartial(x)) - Number(isPartial(y)) || y.members.length - x.members.length || (x.uri < y.uri ? -1 : 1));
  for (const r of fullestFirst) {
    r.issuers.forEach((x) => issuers.add(x));
    r.signatories.forEach((x) => signatories.add(x));
  }
  for (const r of fullestFirst) for (const m of r.members) if (issuers.has(m) && !members.includes(m)) members.push(m);
  for (const r of fullestFirst) for (const m of r.members) if (!members.includes(m)) members.push(m);
  const date = reports.find((r) => r.date)?.date?.slice(0, 7);
  const when = reports.find((r) => r.when)?.when;
  const lists = reports.flatMap((r) => r.lists);
  const statedTotal = Math.max(0, ...lists.map((l) => l.statedTotal ?? 0));
  const totalApproximate = lists.some((l) => l.statedTotal === statedTotal && l.totalApproximate);
  const noun = commonestNoun(reports);
  const partial = statedTotal > members.length || reports.every(isPartial);
  const period = date ?? 'undated';
  const id = `statement:${period}:${hash([...members].sort().join('|'))}`;
  const title = capitalise(noun ?? 'déclaration commune');
  const dated = date ? `${title} du ${date}${when ? ` (${when})` : ''}` : when ? `${title} de ${when}` : `${title} (date inconnue)`;
  const shown = members.slice(0, 3).map(nameOf).join(', ');
  const more = members.length > 3 ? ` + ${members.length - 3}` : '';
  return {
    id,
    type: 'statement',
    label: `${dated} — ${shown}${more}`,
    members,
    issuers: members.filter((m) => issuers.has(m)),
    signatories: members.filter((m) => signatories.has(m)),
    ...(statedTotal > 0 ? { statedTotal, ...(totalApproximate ? { totalApproximate: true as const } : {}) } : {}),
    partial,
    ...(date ? { date } : {}),
    ...(when ? { when } : {}),
    ...(noun ? { noun } : {}),
    reports: reports.map((r) => ({
      uri: r.uri,
      ...(r.date ? { date: r.date } : {}),
      ...(r.when ? { when: r.when } : {}),
      lists: r.lists,
      mentions: r.mentions,
      quotes: r.quotes,
    })),
    evidence,
  };
}

/** The statement noun most used by the reports, joint nouns first ("déclaration commune" over "communiqué"). */
function commonestNoun(reports: readonly ArticleStatement[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of reports) {
    for (const l of r.lists) {
      const n = l.statementNoun?.text.toLowerCase().normalize('NFC');
      if (!n) continue;
      // A two-word noun ("communiqué conjoint") says more than a bare one.
      counts.set(n, (counts.get(n) ?? 0) + (n.includes(' ') ? 10 : 1));
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [n, c] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  // "déclarations communes" names one statement as "déclaration commune".
  return best
    ?.split(' ')
    .map((w) => w.replace(/s$/u, ''))
    .join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** FNV-1a over UTF-16 units, base 36: short, stable, and enough to tell statements of one period apart. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
