/**
 * `npm run bench:diff`: the word diff of compare, claim and quote pages (`wordDiff`) on sentence
 * pairs made from the repository's own article text: the stories in `content/articles`,
 * `tests/fixtures/blind` and `tests/fixtures/disagreements`, and the single articles of
 * `tests/fixtures/articles`.
 *
 * - aligned: every pair of spans of different articles that alignment put in one claim (what
 *   compare and claim pages diff);
 * - near-verbatim: each sentence against a copy with a few words inserted, deleted or replaced,
 *   and quotes or dashes swapped between curly and straight;
 * - unrelated: each sentence against another sentence picked at random;
 * - long: passages of about 80 words (consecutive sentences) against an edited copy, and against
 *   another passage.
 *
 * For each set: wall and CPU (user + system, `process.cpuUsage()`) milliseconds for the whole set
 * and microseconds per pair, the median of `--rounds` rounds (default 7) after one warm-up round.
 * `--seed` changes the generated edits. No assertions: it prints a table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignStory } from '../src/lib/align/index.ts';
import type { Article } from '../src/lib/model/index.ts';
import { parseArticle } from '../src/lib/parse/index.ts';
import { wordDiff, type DiffPart } from '../src/lib/publish/diff.ts';
import { displayText } from '../src/lib/text/index.ts';
import { mulberry32 } from './generate-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const given = args.find((arg) => arg.startsWith(`--${name}=`));
  return given === undefined ? fallback : Number(given.slice(name.length + 3));
};
const ROUNDS = option('rounds', 7);
const SEED = option('seed', 1);

/** One pair of wordings to diff. */
export type Pair = readonly [string, string];

/** A named set of pairs. */
export interface PairSet {
  name: string;
  pairs: Pair[];
}

/** The story folders with articles: each a directory of `.txt` files. */
function storyDirs(): string[] {
  const dirs = [join(ROOT, 'content/articles')];
  for (const [parent, inside] of [
    ['tests/fixtures/blind', 'articles'],
    ['tests/fixtures/disagreements', 'articles'],
    // One article each (`input.txt`): sentences for the generated pairs, no claims.
    ['tests/fixtures/articles', ''],
  ] as const) {
    const root = join(ROOT, parent);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(root, entry.name, inside));
    }
  }
  return dirs.filter((dir) => existsSync(dir));
}

function readStory(dir: string): Article[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) =>
      parseArticle({
        id: file.replace(/\.txt$/, ''),
        file: join(dir, file),
        source: readFileSync(join(dir, file), 'utf8'),
      }),
    );
}

const SWAPS: Record<string, string> = {
  '’': "'",
  "'": '’',
  '“': '"',
  '”': '"',
  '"': '“',
  '—': '-',
  '–': '-',
};

/** `text` with a few words inserted, deleted or replaced, and some quotes or dashes swapped. */
function edit(text: string, vocabulary: readonly string[], next: () => number): string {
  const words = text.split(' ');
  const edits = 1 + Math.floor(next() * 3);
  for (let e = 0; e < edits && words.length > 1; e++) {
    const at = Math.floor(next() * words.length);
    const word = vocabulary[Math.floor(next() * vocabulary.length)]!;
    const kind = next();
    if (kind < 0.35) words.splice(at, 0, word);
    else if (kind < 0.65) words.splice(at, 1);
    else words[at] = word;
  }
  const swapped = words.join(' ');
  return next() < 0.5 ? swapped.replace(/[’'“”"—–]/g, (mark) => SWAPS[mark] ?? mark) : swapped;
}

/** Passages of about `words` words: consecutive sentences of one article. */
function passages(sentencesByArticle: readonly string[][], words: number): string[] {
  const result: string[] = [];
  for (const sentences of sentencesByArticle) {
    let current: string[] = [];
    let count = 0;
    for (const sentence of sentences) {
      current.push(sentence);
      count += sentence.split(' ').length;
      if (count >= words) {
        result.push(current.join(' '));
        current = [];
        count = 0;
      }
    }
  }
  return result;
}

/** The benchmark's pair sets, built from the repository's article text. */
export function pairSets(seed = 1): PairSet[] {
  // Deterministic, so that every run diffs the same pairs.
  const next = mulberry32(seed);
  const aligned: Pair[] = [];
  const sentencesByArticle: string[][] = [];
  for (const dir of storyDirs()) {
    const articles = readStory(dir);
    for (const article of articles) {
      sentencesByArticle.push(
        article.sentences
          .filter((sentence) => sentence.kind !== 'title' && sentence.kind !== 'heading')
          .map((sentence) => displayText(sentence.text))
          .filter((text) => text.split(' ').length >= 4),
      );
    }
    for (const claim of alignStory(articles).claims) {
      const texts = claim.spans.map((span) => displayText(span.text));
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          if (claim.spans[i]!.article !== claim.spans[j]!.article) {
            aligned.push([texts[i]!, texts[j]!]);
          }
        }
      }
    }
  }
  const sentences = sentencesByArticle.flat();
  const vocabulary = [...new Set(sentences.flatMap((sentence) => sentence.split(' ')))];
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!;
  const long = passages(sentencesByArticle, 80);
  return [
    { name: 'aligned', pairs: aligned },
    {
      name: 'near-verbatim',
      pairs: sentences.map((sentence) => [sentence, edit(sentence, vocabulary, next)]),
    },
    { name: 'unrelated', pairs: sentences.map((sentence) => [sentence, pick(sentences)]) },
    {
      name: 'long edited',
      pairs: long.map((passage) => [passage, edit(passage, vocabulary, next)]),
    },
    { name: 'long unrelated', pairs: long.map((passage) => [passage, pick(long)]) },
  ];
}

/** Median of the numbers. */
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Wall and CPU milliseconds of diffing every pair once, medians over `rounds` rounds. */
export function timePairs(
  diff: (a: string, b: string) => DiffPart[],
  pairs: readonly Pair[],
  rounds: number,
): { wallMs: number; cpuMs: number } {
  let sink = 0;
  const run = () => {
    for (const [a, b] of pairs) sink += diff(a, b).length;
  };
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    run();
    wall.push(performance.now() - wallStart);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  // Keeps the diffs from being optimised away.
  if (sink < 0) console.log(sink);
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sets = pairSets(SEED);
  const all = { name: 'all', pairs: sets.flatMap((set) => set.pairs) };
  console.log(`wordDiff, median of ${ROUNDS} rounds (seed ${SEED})`);
  console.log(
    'pairs                  count   avg words    wall ms     cpu ms   wall µs/pair   cpu µs/pair',
  );
  for (const set of [...sets, all]) {
    const words =
      set.pairs.reduce((sum, [a, b]) => sum + a.split(' ').length + b.split(' ').length, 0) /
      (2 * set.pairs.length);
    const { wallMs, cpuMs } = timePairs(wordDiff, set.pairs, ROUNDS);
    const perPair = (ms: number) => ((ms * 1000) / set.pairs.length).toFixed(1).padStart(14);
    console.log(
      `${set.name.padEnd(18)} ${String(set.pairs.length).padStart(9)} ${words.toFixed(1).padStart(11)} ${wallMs.toFixed(1).padStart(10)} ${cpuMs.toFixed(1).padStart(10)} ${perPair(wallMs)} ${perPair(cpuMs)}`,
    );
  }
}
