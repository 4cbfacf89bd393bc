// Trains the claim model of `server/data/lexicons/claimModel.json` from annotated sets (`eval/<set>/gold.json`):
// logistic regression with an L2 penalty over the features `claimFeatures` computes, the label being whether the gold
// gives the sentence a finding (vague or unattributed) or not (not-claim, or attributed to a source the rules missed:
// the model learns the words of attribution the rules lack rather than flag them). It learns only from the sentences
// whose findings it can decide: those that name no source of their own, or only a generic one. (Trained on every
// sentence, it learns that "selon" or a quotation make a claim, which is true of sourced sentences and says nothing of
// the others.) The threshold is chosen by leave-one-set-out cross-validation, on the sentences the model is asked
// about: those where no cue of the lexicon stands.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimModelFeatures } from '../../server/src/analysis/attribution';
import { createAnalysisContext } from '../../server/src/analysis/analysisContext';
import { findEntities } from '../../server/src/analysis/entities';
import { splitSentences } from '../../server/src/analysis/sentences';
import { loadDataFolder, mergeEntities } from '../../server/src/corpus/dataFiles';

interface Example { readonly set: string; readonly features: readonly string[]; readonly label: 0 | 1; readonly status: string; readonly cueless: boolean; readonly headline: boolean }
interface GoldSentence { readonly text: string; readonly status: string }

const L2 = Number(process.env['L2'] ?? 1);
const MIN_COUNT = 2;
const EPOCHS = 400;

function examplesOf(dataDir: string, sets: readonly string[]): Example[] {
  const data = loadDataFolder(dataDir);
  const lexicons = new Map(data.lexicons);
  lexicons.delete('claimModel');
  const ctx = createAnalysisContext(mergeEntities(data.entities), lexicons);
  const out: Example[] = [];
  for (const dir of sets) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: Record<string, { sentences: GoldSentence[] }> };
    for (const [file, g] of Object.entries(gold.articles)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const sentences = splitSentences(text);
      const { mentions } = findEntities(text, ctx.ckb);
      const rows = claimModelFeatures({ text, sentences, mentions, lexicons, entity: (id) => ctx.ckb.kb.entities.get(id) });
      let from = 0;
      const seen = new Set<number>();
      for (const gs of g.sentences) {
        const i = text.indexOf(gs.text, from);
        if (i < 0) continue;
        from = i + 1;
        const row = rows.find((r) => r.sentence.start <= i && i < r.sentence.end);
        if (!row || seen.has(row.sentence.start)) continue;
        seen.add(row.sentence.start);
        if (row.source && !row.source.vague) continue;
        out.push({ set: dir, features: row.features, label: gs.status === 'vague' || gs.status === 'unattributed' ? 1 : 0, status: gs.status, cueless: !row.features.includes('cue:any'), headline: row.features.includes('line:headline') });
      }
    }
  }
  return out;
}

function train(examples: readonly Example[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = (f: string): boolean => (counts.get(f) ?? 0) >= MIN_COUNT;
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const rate = 0.3;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Map<string, number>();
    for (const e of examples) {
      let z = 0;
      for (const f of e.features) if (kept(f)) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const d = p - e.label;
      for (const f of e.features) if (kept(f)) grad.set(f, (grad.get(f) ?? 0) + d);
    }
    for (const [f, gRaw] of grad) {
      const wf = w.get(f) ?? 0;
      const g = gRaw + (f === 'bias' ? 0 : L2 * wf);
      const acc = (g2.get(f) ?? 0) + g * g;
      g2.set(f, acc);
      w.set(f, wf - (rate * g) / Math.sqrt(acc + 1e-8));
    }
  }
  return w;
}

function probability(w: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += w.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const sets = args.filter((a) => !a.startsWith('--'));
if (sets.length === 0) {
  console.error('usage: node scripts/train-claim-model.mjs eval/<set> … [--write]');
  process.exit(2);
}
const dataDir = 'server/data';
const examples = examplesOf(dataDir, sets);
const setNames = [...new Set(examples.map((e) => e.set))];
console.log(`${examples.length} sentences from ${setNames.length} sets; claims ${examples.filter((e) => e.label).length}; with no cue ${examples.filter((e) => e.cueless).length} (claims among them ${examples.filter((e) => e.cueless && e.label).length})`);

// Leave one set out (or, with FOLDS=k, one k-th of the sets, for a quicker estimate): the probability each cue-less
// sentence gets from a model that never saw its set.
const folds = Math.min(Number(process.env['FOLDS'] ?? setNames.length), setNames.length);
const foldOf = new Map(setNames.map((s, i) => [s, i % folds]));
const held: { p: number; label: number; status: string; headline: boolean }[] = [];
for (let k = 0; k < folds; k++) {
  const w = train(examples.filter((e) => foldOf.get(e.set) !== k));
  for (const e of examples) if (foldOf.get(e.set) === k && e.cueless) held.push({ p: probability(w, e.features), label: e.label, status: e.status, headline: e.headline });
}
console.log('cross-validated, sentences with no cue (body / headlines): threshold, vague or unattributed flagged, attributed flagged, not-claims flagged');
for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
  const row = (h: boolean): string => {
    const xs = held.filter((x) => x.headline === h);
    const pos = xs.filter((x) => x.label === 1);
    const att = xs.filter((x) => x.status === 'attributed');
    const neg = xs.filter((x) => x.status === 'not-claim');
    const n = (ys: typeof xs): string => `${ys.filter((x) => x.p >= t).length}/${ys.length}`;
    return `${n(pos)}, ${n(att)}, ${n(neg)}`;
  };
  console.log(`  ${t.toFixed(2)}  body ${row(false)}   headlines ${row(true)}`);
}

if (write) {
  const threshold = Number(process.env['THRESHOLD'] ?? 0.5);
  const headlineThreshold = Number(process.env['HEADLINE_THRESHOLD'] ?? threshold);
  const w = train(examples);
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (f !== 'bias' && Math.abs(v) >= 0.01) weights[f] = Math.round(v * 1000) / 1000;
  const trainedOn = setNames.map((s) => s.replace(/\/+$/u, ''));
  const file = {
    $schema: '../schemas/claimModel.schema.json',
    note: 'Whether a sentence with no claim cue asserts something contestable: logistic regression over its words, word stems (first five letters), entity types, length and cue categories. Trained by `node scripts/train-claim-model.mjs <sets> --write` on the annotated sets below; the weights are data, not rules, and are retrained, never edited by hand. threshold: probability from which a body sentence is a claim; headlineThreshold: the same for a line of its own.',
    trainedOn,
    sentences: examples.length,
    l2: L2,
    threshold,
    headlineThreshold,
    bias: Math.round((w.get('bias') ?? 0) * 1000) / 1000,
    weights,
  };
  const out = join(dataDir, 'lexicons', 'claimModel.json');
  // One weight a line: a retrained model reads as a diff of weights.
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${out}: ${Object.keys(weights).length} weights`);
}
