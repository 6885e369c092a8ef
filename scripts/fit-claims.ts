/**
 * `npm run fit -- [--msrp TRAINFILE] [--holdout STORY]`: fits the logistic weights of the
 * pairwise claim decision (`src/lib/align/evidence.ts`) and prints them in the shape of
 * `src/lib/align/calibration.ts`.
 *
 * Training data: every cross-article pair of body sentences sharing a word in the FIT stories
 * (`tests/fixtures/stories/{tram-vote,plant-fire}`; positive when the two sentences share a
 * labelled claim), plus, with `--msrp`, the labelled pairs of the MSRP training file. Each source
 * weighs the same in total. Never the seeds or the held-out stories. `--holdout STORY` leaves a
 * FIT story out of the fit, to measure on it.
 */
import {
  alignStory,
  buildModel,
  EVIDENCE_FEATURES,
  evidenceVector,
  featurize,
} from '../src/lib/align/index.ts';
import { tokenize, type Token } from '../src/lib/text/index.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { groupPairs, scorePairs } from '../tests/helpers/pairwise.ts';
import { FIT_STORIES, readLabelledStory } from '../tests/helpers/stories.ts';

interface Example {
  x: number[];
  y: 0 | 1;
  w: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const msrpFile = option('--msrp');
const holdout = option('--holdout');
const CALIBRATION_FILE = 'src/lib/align/calibration.ts';

/** Sentence-pair examples of one labelled story. */
function storyExamples(id: string): Example[] {
  const story = readLabelledStory(id);
  const gold = groupPairs(story.gold);
  const sentences = story.articles.flatMap((a) =>
    a.sentences
      .filter((s) => s.kind === 'paragraph' || s.kind === 'list-item')
      .map((s) => ({
        key: `${a.id}#${s.id}`,
        article: a.id,
        text: s.text,
        tokens: tokenize(s.text),
      })),
  );
  const model = buildModel(sentences.map((s) => s.tokens));
  const features = sentences.map((s) => featurize(s.tokens, model, s.text));
  const out: Example[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [a, b] = [sentences[i]!, sentences[j]!];
      if (a.article === b.article) continue;
      const evidence = evidenceVector(features[i]!, features[j]!);
      if (evidence.shared.length === 0 && evidence.synonyms.length === 0) continue;
      const key = a.key < b.key ? `${a.key} ~ ${b.key}` : `${b.key} ~ ${a.key}`;
      out.push({ x: evidence.vector, y: gold.has(key) ? 1 : 0, w: 1 });
    }
  }
  return out;
}

/** Examples from an MSRP-layout file (`Quality<TAB>id<TAB>id<TAB>A<TAB>B`). */
function msrpExamples(file: string): Example[] {
  const rows = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split('\t'))
    .filter((c) => (c[0] === '0' || c[0] === '1') && c.length >= 5);
  const tokens = new Map<string, Token[]>();
  for (const c of rows)
    for (const s of [c[3]!, c[4]!]) if (!tokens.has(s)) tokens.set(s, tokenize(s));
  const model = buildModel([...tokens.values()]);
  return rows.map((c) => ({
    x: evidenceVector(
      featurize(tokens.get(c[3]!)!, model, c[3]),
      featurize(tokens.get(c[4]!)!, model, c[4]),
    ).vector,
    y: c[0] === '1' ? 1 : 0,
    w: 1,
  }));
}

/** L2-regularised logistic regression by Newton's method on weighted examples. */
function fitLogistic(examples: readonly Example[], l2 = 1): { weights: number[]; bias: number } {
  const d = EVIDENCE_FEATURES.length + 1;
  const beta = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const e of examples) {
      const x = [...e.x, 1];
      const z = x.reduce((s, v, k) => s + v * beta[k]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < d; a++) {
        grad[a]! += e.w * (p - e.y) * x[a]!;
        for (let b = 0; b < d; b++) hess[a]![b]! += e.w * p * (1 - p) * x[a]! * x[b]!;
      }
    }
    // The bias (last) is not shrunk.
    for (let a = 0; a < d - 1; a++) {
      grad[a]! += l2 * beta[a]!;
      hess[a]![a]! += l2;
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let a = 0; a < d; a++) {
      beta[a]! -= step[a]!;
      size += Math.abs(step[a]!);
    }
    if (size < 1e-8) break;
  }
  return { weights: beta.slice(0, -1), bias: beta[d - 1]! };
}

/** Solves `A x = b` by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** Gives each source the same total weight. */
function balance(examples: Example[], total: number): Example[] {
  return examples.map((e) => ({ ...e, w: total / examples.length }));
}

const fitStories = FIT_STORIES.filter((id) => id !== holdout);
const story = fitStories.flatMap((id) => storyExamples(id));
const sources = [balance(story, 1000)];
// MSRP pairs are paraphrase pairs with heavy word overlap, not a story's candidate pairs: they
// steady the weights without setting the story's base rate.
if (msrpFile) sources.push(balance(msrpExamples(msrpFile), Number(option('--msrp-weight') ?? 100)));
const { weights, bias } = fitLogistic(sources.flat(), Number(option('--l2') ?? 1));
console.error(
  `fitted on ${fitStories.join(', ')}${msrpFile ? ` + ${msrpFile}` : ''}: ` +
    `${story.length} story pairs (${story.filter((e) => e.y).length} positive)`,
);
for (const [k, name] of EVIDENCE_FEATURES.entries()) {
  console.error(`  ${name.padEnd(13)} ${weights[k]!.toFixed(3)}`);
}
console.error(`  ${'bias'.padEnd(13)} ${bias.toFixed(3)}`);
console.log(
  JSON.stringify({
    weights: weights.map((w) => Number(w.toFixed(3))),
    bias: Number(bias.toFixed(3)),
  }),
);
if (args.includes('--write')) {
  const source = readFileSync(CALIBRATION_FILE, 'utf8')
    .replace(/weights: \[[^\]]*\]/, `weights: [${weights.map((w) => w.toFixed(3)).join(', ')}]`)
    .replace(/bias: -?[\d.]+/, `bias: ${bias.toFixed(3)}`);
  writeFileSync(CALIBRATION_FILE, source);
  console.error(`wrote ${CALIBRATION_FILE}`);
}
if (args.includes('--sweep')) {
  // Uses the committed weights: run after --write, in a new process.
  const stories = (holdout ? [holdout] : fitStories).map((id) => readLabelledStory(id));
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
    for (const floor of [0.05, 0.1, 0.2].filter((f) => f <= threshold)) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const st of stories) {
        const sc = scorePairs(alignStory(st.articles, { threshold, floor }), st.gold);
        tp += sc.truePositives.length;
        fp += sc.falsePositives.length;
        fn += sc.falseNegatives.length;
      }
      const p = tp / Math.max(1, tp + fp);
      const r = tp / Math.max(1, tp + fn);
      const f05 = p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
      console.log(
        `threshold ${threshold} floor ${floor}: P ${p.toFixed(3)} R ${r.toFixed(3)} F0.5 ${f05.toFixed(3)}`,
      );
    }
  }
}
if (holdout) {
  // The alignment itself runs with the committed calibration: this prints what the new weights
  // would give only when they are written to calibration.ts. Report the committed ones here.
  const scores = scorePairs(
    alignStory(readLabelledStory(holdout).articles),
    readLabelledStory(holdout).gold,
  );
  console.error(
    `${holdout} with the committed calibration: P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}`,
  );
}
