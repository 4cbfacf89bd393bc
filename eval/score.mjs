#!/usr/bin/env node
// Held-out evaluation of corpus-annotator through its public command line only.
//
//   npm run build && node eval/score.mjs [folder] [--verbose] [--json]
//
// folder defaults to eval/heldout; it must hold the articles (*.txt) and gold.json.
// Runs, in a temporary directory:
//   node dist/cli.js export <folder> --format jsonl --out <tmp>/jsonl   → entity mentions
//   node dist/cli.js export <folder> --format brat  --out <tmp>/brat    → quotations (+ speaker), claim sentences (+ status)
//   node dist/cli.js check  <folder> --format json                      → findings
// and compares them with gold.json (format: eval/README.md). Nothing of the product is imported.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');
const folder = resolve(args.find((a) => !a.startsWith('-')) ?? join(here, 'heldout'));
const cli = join(root, 'dist', 'cli.js');

if (!existsSync(cli)) fail(`${cli} not found: run npm run build first`);
if (!existsSync(join(folder, 'gold.json'))) fail(`no gold.json in ${folder}`);

function fail(msg) {
  console.error(`score: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------- knowledge base (names only)
const kbName = new Map(); // id → canonical name
const kbNames = new Set();
const kbDir = join(root, 'server', 'data', 'kb');
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbName.set(e.id, e.name);
    kbNames.add(e.name);
  }
}

// ---------------------------------------------------------------- run the CLI
const tmp = mkdtempSync(join(tmpdir(), 'ca-eval-'));
function run(cliArgs) {
  const r = spawnSync(process.execPath, [cli, ...cliArgs], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status === 2 || r.error) fail(`node dist/cli.js ${cliArgs.join(' ')} failed (${r.status}): ${r.stderr || r.error}`);
  return r.stdout;
}
run(['export', folder, '--format', 'jsonl', '--out', join(tmp, 'jsonl')]);
run(['export', folder, '--format', 'brat', '--out', join(tmp, 'brat')]);
const findingsRaw = JSON.parse(run(['check', folder, '--format', 'json']));

const mentionsByArticle = new Map();
for (const f of readdirSync(join(tmp, 'jsonl')).filter((f) => f === 'mentions.jsonl')) {
  for (const line of readFileSync(join(tmp, 'jsonl', f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    const art = m.article.split(/[\\/]/).pop();
    if (!mentionsByArticle.has(art)) mentionsByArticle.set(art, []);
    mentionsByArticle.get(art).push(m);
  }
}
// Lists of signatories: statements.jsonl of the JSONL export, one list a line with its members' canonical names.
const listsByArticle = new Map();
{
  const p = join(tmp, 'jsonl', 'statements.jsonl');
  const lines = existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()) : [];
  for (const line of lines) {
    const l = JSON.parse(line);
    const art = l.article.split(/[\\/]/).pop();
    if (!listsByArticle.has(art)) listsByArticle.set(art, []);
    listsByArticle.get(art).push(l);
  }
}
const findingsByArticle = new Map();
for (const f of findingsRaw) {
  const art = f.file.split(/[\\/]/).pop();
  if (!findingsByArticle.has(art)) findingsByArticle.set(art, []);
  findingsByArticle.get(art).push(f);
}

function readBrat(art) {
  const p = join(tmp, 'brat', art.replace(/\.txt$/, '.ann'));
  const out = { quotes: [], claims: [], spans: new Map() };
  if (!existsSync(p)) return out;
  const notes = new Map();
  const status = new Map();
  const source = new Map();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0])) {
      const [type, ...offs] = cols[1].split(' ');
      const frags = offs.join(' ').split(';').map((s) => s.split(' ').map(Number));
      const span = { id: cols[0], type, start: frags[0][0], end: frags[frags.length - 1][1], text: cols[2] };
      out.spans.set(span.id, span);
    } else if (/^#\d+$/.test(cols[0])) {
      const [, target] = cols[1].split(' ');
      notes.set(target, cols[2]);
    } else if (/^A\d+$/.test(cols[0])) {
      const [attr, target, value] = cols[1].split(' ');
      if (attr === 'Status') status.set(target, value);
    } else if (/^R\d+$/.test(cols[0])) {
      const [rel, a1, a2] = cols[1].split(' ');
      if (rel === 'Source') source.set(a1.split(':')[1], a2.split(':')[1]);
    }
  }
  for (const s of out.spans.values()) {
    const note = notes.get(s.id);
    const m = note && /^source: (.*?)(?: \(([^()]*)\))?$/.exec(note);
    const rec = { ...s, sourceText: m ? m[1] : null, sourceHow: m ? m[2] ?? null : null, sourceSpan: source.get(s.id) ?? null };
    if (s.type === 'Quote') out.quotes.push(rec);
    if (s.type === 'Claim') out.claims.push({ ...rec, status: status.get(s.id) ?? null });
  }
  return out;
}

const bratCache = new Map();

// ---------------------------------------------------------------- helpers
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nthOccurrence(text, surface, n) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
const fold = (s) =>
  (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const STOP = new Set(
  "le la les l' un une des de du d' et a au aux en dans par pour sur son sa ses leur leurs ce cette ces qui que plus".split(' '),
);
const contentWords = (s) =>
  fold(s)
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .split(/[ ']+/)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    // singular and plural are the same word: "un diplomate européen" is "l'un d'eux (des diplomates européens)"
    .map((w) => (w.length > 4 ? w.replace(/[sx]$/, '') : w));
const pct = (a, b) => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const ratio = (a, b) => `${pct(a, b)} (${a}/${b})`;
const clip = (s, n = 110) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

// ---------------------------------------------------------------- scoring
const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8'));
const articles = Object.keys(gold.articles).sort();
const totals = newCounts();
const report = [];
const problems = [];

function newCounts() {
  return {
    ent: { gold: 0, pred: 0, tp: 0, predOk: 0, located: 0, wrongEntity: 0 },
    entBy: {}, // key → { gold, tp }
    sent: { byStatus: {}, flagged: {}, rightCode: {} },
    confusion: {}, // gold status → predicted status → n
    quotes: { gold: 0, found: 0, pred: 0, predOk: 0, speakerOk: 0, nullGold: 0, nullFlagged: 0, namedGold: 0, namedFlagged: 0, speakerErr: {} },
    findings: 0,
    findingsOutside: 0,
  };
}
function bump(obj, key, field, n = 1) {
  obj[key] ??= {};
  obj[key][field] = (obj[key][field] ?? 0) + n;
}

for (const art of articles) {
  const g = gold.articles[art];
  const path = join(folder, art);
  if (!existsSync(path)) fail(`gold article ${art} not found in ${folder}`);
  const text = readFileSync(path, 'utf8');
  const c = newCounts();
  const sentenceAt = sentenceIndexer(art, text, g.sentences);

  // ---- entities
  const preds = (mentionsByArticle.get(art) ?? []).map((m) => ({
    ...m,
    canon: kbName.get(m.entityId) ?? null, // null: an entity only a rule found
    used: false,
  }));
  const golds = [];
  for (const e of g.entities) {
    const start = nthOccurrence(text, e.surface, e.occurrence);
    if (start < 0) {
      problems.push(`${art}: gold entity "${e.surface}" #${e.occurrence} not found in the text`);
      continue;
    }
    const inKb = e.kb === false ? false : kbNames.has(e.entity);
    golds.push({ ...e, start, end: start + e.surface.length, inKb });
  }
  // An entity the gold marks as outside the base may have joined it since: its kb name then agrees too.
  const agrees = (ge, p) => (ge.inKb ? p.canon === ge.entity : (p.canon === null && p.type === ge.type) || p.canon === ge.entity);
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  // one-to-one: first pass exact spans, then any overlap
  for (const pass of ['exact', 'overlap']) {
    for (const ge of golds) {
      if (ge.match) continue;
      const p = preds.find(
        (p) => !p.used && agrees(ge, p) && (pass === 'exact' ? p.start === ge.start && p.end === ge.end : overlaps(p, ge)),
      );
      if (p) {
        p.used = true;
        ge.match = p;
      }
    }
  }
  for (const ge of golds) {
    const keys = [`type:${ge.type}`, `kind:${ge.kind ?? 'name'}`, ge.inKb ? 'kb' : 'not-in-kb'];
    for (const k of keys) {
      bump(c.entBy, k, 'gold');
      if (ge.match) bump(c.entBy, k, 'tp');
    }
    c.ent.gold++;
    if (ge.match) c.ent.tp++;
    else {
      const other = preds.filter((p) => overlaps(p, ge));
      if (other.length) c.ent.wrongEntity++;
      const why = other.length
        ? `found as ${other.map((p) => `"${p.surface}"→${p.canon ?? `${p.entityId} (${p.type}, ${p.rule})`}`).join(', ')}`
        : 'not found';
      c.entMisses = c.entMisses ?? [];
      c.entMisses.push(
        `  MISS  ${ge.surface.padEnd(28)} gold ${ge.inKb ? '' : '[not in kb] '}${ge.entity} (${ge.type}${ge.kind ? `, ${ge.kind}` : ''}) — ${why}\n        ${clip(sentenceAt.textAt(ge.start))}`,
      );
    }
  }
  c.ent.pred = preds.length;
  for (const p of preds) {
    if (p.used) {
      c.ent.predOk++;
      continue;
    }
    const ov = golds.find((ge) => overlaps(p, ge));
    c.entFalse = c.entFalse ?? [];
    c.entFalse.push(
      `  FALSE "${p.surface}"→${p.canon ?? `${p.entityId} [rule-found]`} (${p.type}, ${p.kind}, ${p.rule})${ov ? ` — gold here: "${ov.surface}"→${ov.entity}${ov.match ? ' (already matched)' : ''}` : ' — no gold entity here'}\n        ${clip(sentenceAt.textAt(p.start))}`,
    );
  }

  // ---- findings → sentences
  const ls = lineStarts(text);
  const flagsBySentence = new Map();
  for (const f of findingsByArticle.get(art) ?? []) {
    c.findings++;
    const off = (ls[f.line - 1] ?? text.length) + (f.column - 1);
    const si = sentenceAt.index(off);
    if (si < 0) {
      c.findingsOutside++;
      continue;
    }
    if (!flagsBySentence.has(si)) flagsBySentence.set(si, []);
    flagsBySentence.get(si).push(f);
  }
  const expectedCode = { vague: 'vague-attribution', unattributed: 'unattributed-claim' };
  c.sentMisses = [];
  c.sentFalse = [];
  g.sentences.forEach((s, i) => {
    if (sentenceAt.starts[i] < 0) return;
    const fl = flagsBySentence.get(i) ?? [];
    bump(c.sent, 'byStatus', s.status);
    if (fl.length) bump(c.sent, 'flagged', s.status);
    if (fl.some((f) => f.code === expectedCode[s.status])) bump(c.sent, 'rightCode', s.status);
    const sentText = clip(sentenceAt.sentence(i), 140);
    if ((s.status === 'vague' || s.status === 'unattributed') && !fl.length)
      c.sentMisses.push(`  MISS  [${s.status}] ${sentText}`);
    else if ((s.status === 'vague' || s.status === 'unattributed') && !fl.some((f) => f.code === expectedCode[s.status]))
      c.sentMisses.push(`  CODE  [${s.status}] flagged only as ${fl.map((f) => f.code).join(', ')}: ${sentText}`);
    if ((s.status === 'attributed' || s.status === 'not-claim') && fl.length)
      c.sentFalse.push(`  FALSE [${s.status}] ${fl.map((f) => `${f.code}: ${f.message}`).join(' | ')}\n        ${sentText}`);
  });

  // ---- claims (brat export): 4-way status per sentence
  const brat = readBratCache(art);
  const predStatus = new Map();
  for (const cl of brat.claims) {
    const si = sentenceAt.index(cl.start);
    if (si >= 0 && !predStatus.has(si)) predStatus.set(si, cl.status ?? 'attributed');
  }
  g.sentences.forEach((s, i) => {
    if (sentenceAt.starts[i] < 0) return;
    const p = predStatus.get(i) ?? 'not-claim';
    bump(c.confusion, s.status, p);
  });

  // ---- quotes
  const qPreds = brat.quotes.map((q) => ({ ...q, used: false }));
  c.quoteMisses = [];
  let from = 0;
  for (const q of g.quotes) {
    c.quotes.gold++;
    const at = text.indexOf(q.text, from);
    if (at < 0) {
      problems.push(`${art}: gold quote "${q.text}" not found in order`);
      continue;
    }
    from = at + 1;
    const p = qPreds.find((p) => !p.used && p.start <= at && at < p.end);
    const flagged = (findingsByArticle.get(art) ?? []).some((f) => {
      if (f.code !== 'unattributed-quote') return false;
      const off = (ls[f.line - 1] ?? 0) + f.column - 1;
      return Math.abs(off - at) <= 3 || (p && off >= p.start && off < p.end);
    });
    if (q.speaker === null) {
      c.quotes.nullGold++;
      if (flagged) c.quotes.nullFlagged++;
    } else {
      c.quotes.namedGold++;
      if (flagged) c.quotes.namedFlagged++;
    }
    if (!p) {
      c.quoteMisses.push(`  MISS  quote «${q.text}» (speaker ${q.speaker ?? 'none'}) not detected`);
      continue;
    }
    p.used = true;
    c.quotes.found++;
    const candidates = [q.speaker, ...(q.speakerAlso ?? [])];
    const ok = candidates.some((name) => speakerAgrees(name, p, art));
    if (ok) c.quotes.speakerOk++;
    else {
      const kind = !p.sourceText
        ? 'no speaker given'
        : speakerEntities(p, art, true).length
          ? 'another entity'
          : 'noun phrase not resolved to the speaker';
      c.quotes.speakerErr[kind] = (c.quotes.speakerErr[kind] ?? 0) + 1;
      c.quoteMisses.push(
        `  SPKR  «${q.text}» gold ${q.speaker ?? 'none'} — predicted ${p.sourceText ? `"${p.sourceText}" (${p.sourceHow ?? '?'})` : 'none'} [${kind}]`,
      );
    }
  }
  c.quotes.pred = qPreds.length;
  c.quotes.predOk = qPreds.filter((p) => p.used).length;
  for (const p of qPreds.filter((p) => !p.used)) c.quoteMisses.push(`  FALSE quote detected but not in gold: ${clip(p.text, 80)}`);

  report.push({ art, c });
  mergeInto(totals, c);
}

// kb names of the entities a predicted speaker points at: the kb id of its note, or the mentions under the
// target span of its Source relation (looked up by offsets in the jsonl export)
function speakerEntities(p, art, strict = false) {
  const ids = [];
  const how = p.sourceHow ?? '';
  const kbId = /^kb:(.+)$/.exec(how);
  if (kbId) ids.push(kbId[1]);
  if (p.sourceSpan) {
    // the Source relation's target span: look up the mention at those offsets in the jsonl export
    const span = readBratCache(art).spans.get(p.sourceSpan);
    if (span)
      for (const m of mentionsByArticle.get(art) ?? [])
        if (m.start < span.end && span.start < m.end && (!strict || m.end - m.start >= 0.6 * (span.end - span.start)))
          ids.push(m.entityId);
  }
  return ids.map((id) => kbName.get(id)).filter(Boolean);
}
function speakerAgrees(goldSpeaker, p, art) {
  const hasSource = !!p.sourceText;
  if (goldSpeaker === null) return !hasSource;
  if (!hasSource) return false;
  const names = speakerEntities(p, art);
  if (names.includes(goldSpeaker)) return true;
  const ps = fold(p.sourceText);
  if (kbNames.has(goldSpeaker)) {
    if (ps.includes(fold(goldSpeaker))) return true;
    // a person's surname, e.g. "M. Poutine"
    const last = fold(goldSpeaker).split(' ').pop();
    if (last.length >= 4 && ps.split(' ').includes(last) && names.length === 0) return true;
    return false;
  }
  // gold is a noun phrase or an entity outside the kb: the same words, or some content word in common (a name of
  // short syllables, "Oh Se-ra", has no word long enough to be one)
  if (fold(p.sourceText).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === fold(goldSpeaker).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()) return true;
  const gw = new Set(contentWords(goldSpeaker));
  return contentWords(p.sourceText).some((w) => gw.has(w));
}
function readBratCache(art) {
  if (!bratCache.has(art)) bratCache.set(art, readBrat(art));
  return bratCache.get(art);
}

function sentenceIndexer(art, text, sentences) {
  const starts = [];
  let from = 0;
  for (const s of sentences) {
    const at = text.indexOf(s.text, from);
    if (at < 0) problems.push(`${art}: gold sentence "${s.text}" not found in order`);
    else from = at + s.text.length;
    starts.push(at);
  }
  const valid = starts.map((s, i) => [s, i]).filter(([s]) => s >= 0);
  const endOf = (k) => (k + 1 < valid.length ? valid[k + 1][0] : text.length);
  return {
    starts,
    index(off) {
      let r = -1;
      for (let k = 0; k < valid.length; k++) if (valid[k][0] <= off) r = valid[k][1];
      // an offset in the blank before the first sentence belongs to it
      if (r < 0 && valid.length) r = valid[0][1];
      return r;
    },
    sentence(i) {
      const k = valid.findIndex(([, j]) => j === i);
      return k < 0 ? '' : text.slice(valid[k][0], endOf(k));
    },
    textAt(off) {
      const i = this.index(off);
      return i < 0 ? '' : this.sentence(i);
    },
  };
}

function mergeInto(t, c) {
  for (const k of Object.keys(c.ent)) t.ent[k] += c.ent[k];
  for (const [k, v] of Object.entries(c.entBy)) for (const [f, n] of Object.entries(v)) bump(t.entBy, k, f, n);
  for (const part of ['byStatus', 'flagged', 'rightCode'])
    for (const [k, n] of Object.entries(c.sent[part] ?? {})) bump(t.sent, part, k, n);
  for (const [g, row] of Object.entries(c.confusion)) for (const [p, n] of Object.entries(row)) bump(t.confusion, g, p, n);
  for (const k of Object.keys(c.quotes)) if (k !== 'speakerErr') t.quotes[k] += c.quotes[k];
  for (const [k, n] of Object.entries(c.quotes.speakerErr)) t.quotes.speakerErr[k] = (t.quotes.speakerErr[k] ?? 0) + n;
  t.findings += c.findings;
  t.findingsOutside += c.findingsOutside;
}

// ---------------------------------------------------------------- output
const sentN = (c, part, st) => c.sent[part]?.[st] ?? 0;
function summary(c) {
  const vuGold = sentN(c, 'byStatus', 'vague') + sentN(c, 'byStatus', 'unattributed');
  const vuFlag = sentN(c, 'flagged', 'vague') + sentN(c, 'flagged', 'unattributed');
  const vuRight = sentN(c, 'rightCode', 'vague') + sentN(c, 'rightCode', 'unattributed');
  return {
    entityRecall: [c.ent.tp, c.ent.gold],
    entityPrecision: [c.ent.predOk, c.ent.pred],
    claimRecall: [vuFlag, vuGold],
    claimRecallRightCode: [vuRight, vuGold],
    vagueRecall: [sentN(c, 'flagged', 'vague'), sentN(c, 'byStatus', 'vague')],
    unattributedRecall: [sentN(c, 'flagged', 'unattributed'), sentN(c, 'byStatus', 'unattributed')],
    falseFlagAttributed: [sentN(c, 'flagged', 'attributed'), sentN(c, 'byStatus', 'attributed')],
    flaggedNotClaim: [sentN(c, 'flagged', 'not-claim'), sentN(c, 'byStatus', 'not-claim')],
    quoteRecall: [c.quotes.found, c.quotes.gold],
    quotePrecision: [c.quotes.predOk, c.quotes.pred],
    speakerAccuracy: [c.quotes.speakerOk, c.quotes.found],
    speakerlessQuotesFlagged: [c.quotes.nullFlagged, c.quotes.nullGold],
    attributedQuotesFlagged: [c.quotes.namedFlagged, c.quotes.namedGold],
  };
}

// ---- lists of signatories: a predicted list matches a gold one when their members overlap by half (Jaccard ≥ 0.5).
const listMisses = [];
const listScore = { gold: 0, found: 0, membersOk: 0, membersGold: 0, totalsOk: 0, totalsGold: 0, pred: 0, predOk: 0, neg: 0, negTaken: 0 };
for (const art of articles) {
  const g = gold.articles[art];
  const text = readFileSync(join(folder, art), 'utf8');
  const preds = listsByArticle.get(art) ?? [];
  listScore.pred += preds.length;
  const used = new Set();
  for (const gl of g.signatoryLists ?? []) {
    listScore.gold++;
    listScore.membersGold += gl.members.length;
    if (gl.statedTotal) listScore.totalsGold++;
    const goldSet = new Set(gl.members);
    let best;
    let bestJ = 0;
    for (const [i, pl] of preds.entries()) {
      if (used.has(i)) continue; // one predicted list answers one gold list
      const names = new Set(pl.members.map((m) => m.name));
      const inter = [...names].filter((n) => goldSet.has(n)).length;
      const j = inter / new Set([...names, ...goldSet]).size;
      if (j > bestJ) [best, bestJ] = [i, j];
    }
    if (best === undefined || bestJ < 0.5) {
      listMisses.push([art, `  MISSED list ${JSON.stringify((gl.text ?? '').slice(0, 100))} members ${gl.members.join(', ')}`]);
      continue;
    }
    used.add(best);
    listScore.found++;
    const pl = preds[best];
    listScore.membersOk += pl.members.filter((m) => goldSet.has(m.name)).length;
    if (gl.statedTotal && pl.statedTotal === gl.statedTotal) listScore.totalsOk++;
  }
  listScore.predOk += used.size;
  for (const [i, pl] of preds.entries()) {
    if (!used.has(i)) listMisses.push([art, `  UNMATCHED list ${JSON.stringify(text.slice(pl.start, pl.end).slice(0, 100))} members ${pl.members.map((m) => m.name).join(', ')}`]);
  }
  for (const neg of g.negativeLists ?? []) {
    listScore.neg++;
    const at = text.indexOf(neg.text);
    if (at >= 0 && preds.some((pl) => pl.start < at + neg.text.length && pl.end > at)) listScore.negTaken++;
  }
}

if (asJson) {
  const out = { folder, articles: {}, overall: summary(totals), confusion: totals.confusion, entityBreakdown: totals.entBy, problems };
  for (const { art, c } of report) out.articles[art] = summary(c);
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(`Held-out evaluation of ${folder} (${articles.length} articles) — through dist/cli.js export/check\n`);
  const cols = ['article', 'ent R', 'ent P', 'claim R', 'false-flag', 'not-claim fl.', 'quote R', 'speaker'];
  console.log(
    `${cols[0].padEnd(30)}${cols
      .slice(1)
      .map((s) => s.padStart(16))
      .join('')}`,
  );
  const row = (name, c) => {
    const s = summary(c);
    const cell = ([a, b]) => `${pct(a, b)} ${`${a}/${b}`.padStart(7)}`.padStart(16);
    console.log(
      `${name.padEnd(30)}${[s.entityRecall, s.entityPrecision, s.claimRecall, s.falseFlagAttributed, s.flaggedNotClaim, s.quoteRecall, s.speakerAccuracy].map(cell).join('')}`,
    );
  };
  for (const { art, c } of report) row(art, c);
  row('OVERALL', totals);

  const s = summary(totals);
  console.log('\nOverall');
  console.log(`  entities     recall ${ratio(...s.entityRecall)}   precision ${ratio(...s.entityPrecision)}`);
  console.log(`               gold mentions covered by a prediction of another entity: ${totals.ent.wrongEntity}`);
  for (const k of Object.keys(totals.entBy).sort())
    console.log(`               ${k.padEnd(20)} recall ${ratio(totals.entBy[k].tp ?? 0, totals.entBy[k].gold)}`);
  console.log(`  findings     vague+unattributed sentences flagged (target ≥ 90 %): ${ratio(...s.claimRecall)}`);
  console.log(`                 … with the expected code:                       ${ratio(...s.claimRecallRightCode)}`);
  console.log(`                 vague: ${ratio(...s.vagueRecall)}   unattributed: ${ratio(...s.unattributedRecall)}`);
  console.log(`               attributed sentences flagged (target ≤ 5 %):       ${ratio(...s.falseFlagAttributed)}`);
  console.log(`               not-claim sentences flagged:                       ${ratio(...s.flaggedNotClaim)}`);
  console.log(`               findings total ${totals.findings}, outside any gold sentence ${totals.findingsOutside}`);
  console.log(`  quotations   detected ${ratio(...s.quoteRecall)}   precision ${ratio(...s.quotePrecision)}`);
  console.log(`               speaker right (among detected) ${ratio(...s.speakerAccuracy)}`);
  for (const [k, n] of Object.entries(totals.quotes.speakerErr)) console.log(`                 wrong: ${k}: ${n}`);
  console.log(`               speakerless quotes flagged unattributed-quote ${ratio(...s.speakerlessQuotesFlagged)}`);
  console.log(`               quotes with a speaker flagged unattributed-quote ${ratio(...s.attributedQuotesFlagged)}`);
  console.log('  claim status (brat export; rows gold, columns predicted; no Claim span = not-claim)');
  const sts = ['attributed', 'vague', 'unattributed', 'not-claim'];
  console.log(`    ${''.padEnd(14)}${sts.map((x) => x.padStart(14)).join('')}`);
  for (const g of sts)
    console.log(`    ${g.padEnd(14)}${sts.map((p) => String(totals.confusion[g]?.[p] ?? 0).padStart(14)).join('')}`);
  console.log(`  signatory lists  found ${ratio(listScore.found, listScore.gold)} (members right ${ratio(listScore.membersOk, listScore.membersGold)}, stated totals right ${ratio(listScore.totalsOk, listScore.totalsGold)})`);
  console.log(`                   predicted lists matching a gold list ${ratio(listScore.predOk, listScore.pred)}; negative enumerations taken for lists ${ratio(listScore.negTaken, listScore.neg)}`);
  if (problems.length) console.log(`\nGold problems:\n  ${problems.join('\n  ')}`);

  if (verbose) {
    for (const { art, c } of report) {
      console.log(`\n=== ${art}`);
      for (const l of c.entMisses ?? []) console.log(l);
      for (const l of c.entFalse ?? []) console.log(l);
      for (const l of c.sentMisses) console.log(l);
      for (const l of c.sentFalse) console.log(l);
      for (const l of c.quoteMisses) console.log(l);
      for (const [a, l] of listMisses) if (a === art) console.log(l);
    }
  }
}
rmSync(tmp, { recursive: true, force: true });
