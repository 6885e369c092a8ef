/**
 * `npm run similarity -- FILE`: reads `sentenceA<TAB>sentenceB` lines and prints
 * `score<TAB>1|0` per pair, where 1 means the alignment engine would put the two sentences in
 * one claim. IDF comes from the file's own sentences (smoothed in `idf`), so any news pairs work.
 * Lines without a tab print `0<TAB>0` so output lines stay parallel to input lines.
 *
 * `npm run similarity -- --eval FILE`: the file is labelled, either `label<TAB>A<TAB>B` or the
 * Microsoft Research Paraphrase Corpus layout (`Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2
 * String`, header line optional); prints precision, recall, F1 and accuracy of the engine's
 * decision, and of the best single threshold for comparison.
 *
 * `npm run similarity -- --eval FILE --fit TRAINFILE`: also picks the threshold with the best
 * accuracy on TRAINFILE (labelled, same layouts) and reports it on FILE: a held-out result,
 * unlike the best threshold fitted on FILE itself.
 */
import { readFileSync } from 'node:fs';
import { buildModel, compareFeatures, featurize } from '../src/lib/align/index.ts';
import { tokenize, type Token } from '../src/lib/text/tokens.ts';

const args = process.argv.slice(2);
const evaluate = args.includes('--eval');
const fitAt = args.indexOf('--fit');
const trainFile = fitAt >= 0 ? args[fitAt + 1] : undefined;
const file = args.find((a, i) => a !== '--eval' && a !== '--fit' && (fitAt < 0 || i !== fitAt + 1));
if (!file) {
  console.error(
    'usage: npm run similarity -- FILE          (lines: sentenceA<TAB>sentenceB)\n' +
      '       npm run similarity -- --eval FILE   (lines: label<TAB>sentenceA<TAB>sentenceB, or MSRP layout)',
  );
  process.exit(2);
}
if (fitAt >= 0 && (!trainFile || !evaluate)) {
  console.error('similarity: --fit TRAINFILE goes with --eval FILE');
  process.exit(2);
}

/** The lines of a file (or standard input for `-`), BOM and final empty line dropped. */
function readLines(path: string): string[] {
  let input: string;
  try {
    input = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    console.error(`similarity: cannot read ${path}: ${(error as Error).message}`);
    process.exit(2);
  }
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
const lines = readLines(file);

interface Pair {
  a: string;
  b: string;
  label?: 0 | 1;
}

/** A plain `A<TAB>B` line (extra columns ignored), or null without a tab. */
function plainPair(line: string): Pair | null {
  const tab = line.indexOf('\t');
  return tab < 0 ? null : { a: line.slice(0, tab), b: line.slice(tab + 1).split('\t')[0] ?? '' };
}

/** A labelled line: `label<TAB>A<TAB>B` or MSRP's five columns; null for a header or junk. */
function labelledPair(line: string, lineNo: number, source = file): Pair | null {
  const cols = line.split('\t');
  const label = cols[0]?.trim();
  if (label !== '0' && label !== '1') {
    if (lineNo > 1) console.error(`similarity: ${source}:${lineNo}: no 0/1 label, line skipped`);
    return null;
  }
  const [a, b] = cols.length >= 5 ? [cols[3], cols[4]] : [cols[1], cols[2]];
  if (a === undefined || b === undefined) {
    console.error(`similarity: ${source}:${lineNo}: fewer than two sentences, line skipped`);
    return null;
  }
  return { a, b, label: label === '1' ? 1 : 0 };
}

/**
 * Scores each pair with the engine. IDF comes from the pairs' own sentences, one document per
 * distinct sentence, so a sentence repeated across pairs is counted once.
 */
function scoreAll(pairs: ReadonlyArray<Pair | null>) {
  const tokensOf = new Map<string, Token[]>();
  for (const pair of pairs) {
    if (!pair) continue;
    for (const s of [pair.a, pair.b]) if (!tokensOf.has(s)) tokensOf.set(s, tokenize(s));
  }
  const model = buildModel([...tokensOf.values()]);
  return pairs.map((pair) =>
    pair
      ? compareFeatures(
          featurize(tokensOf.get(pair.a) ?? [], model, pair.a),
          featurize(tokensOf.get(pair.b) ?? [], model, pair.b),
        )
      : null,
  );
}

const pairs = lines.map((line, i) => (evaluate ? labelledPair(line, i + 1) : plainPair(line)));
const results = scoreAll(pairs);

if (!evaluate) {
  const out = results.map((r) => (r ? `${r.score.toFixed(4)}\t${r.same ? 1 : 0}` : '0\t0'));
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
} else {
  const scored: Array<{ score: number; same: boolean; label: 0 | 1 }> = [];
  results.forEach((r, i) => {
    const label = pairs[i]?.label;
    if (r && label !== undefined) scored.push({ ...r, label });
  });
  if (scored.length === 0) {
    console.error(`similarity: ${file}: no labelled pairs`);
    process.exit(2);
  }
  const summary = (name: string, predict: (s: (typeof scored)[number]) => boolean): number => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let correct = 0;
    for (const s of scored) {
      const p = predict(s);
      if (p && s.label) tp++;
      else if (p) fp++;
      else if (s.label) fn++;
      if (p === (s.label === 1)) correct++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (name) {
      console.log(
        `${name.padEnd(36)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  ` +
          `F1 ${f1.toFixed(3)}  accuracy ${(correct / scored.length).toFixed(3)}`,
      );
    }
    return f1;
  };
  const positives = scored.filter((s) => s.label === 1).length;
  console.log(`${scored.length} labelled pairs, ${positives} positive`);
  summary('engine decision', (s) => s.same);
  summary('every pair positive', () => true);
  let best = { f1: -1, threshold: 0 };
  // Fitted on the same pairs it scores: an upper bound for the decision, not a held-out result.
  for (let step = 0; step <= 100; step++) {
    const threshold = step / 100;
    const f1 = summary('', (s) => s.score >= threshold);
    if (f1 > best.f1) best = { f1, threshold };
  }
  summary(
    `best threshold (${best.threshold.toFixed(2)}, fitted here)`,
    (s) => s.score >= best.threshold,
  );
  if (trainFile) {
    const train = readLines(trainFile).map((line, i) => labelledPair(line, i + 1, trainFile));
    const trainScores = scoreAll(train).flatMap((r, i) => {
      const label = train[i]?.label;
      return r && label !== undefined ? [{ score: r.score, label }] : [];
    });
    // The threshold with the best accuracy on the training file, ties to the lower one.
    let fitted = { correct: -1, threshold: 0 };
    for (let step = 0; step <= 100; step++) {
      const threshold = step / 100;
      let correct = 0;
      for (const s of trainScores) if (s.score >= threshold === (s.label === 1)) correct++;
      if (correct > fitted.correct) fitted = { correct, threshold };
    }
    summary(
      `threshold ${fitted.threshold.toFixed(2)} (fitted on train)`,
      (s) => s.score >= fitted.threshold,
    );
  }
}
