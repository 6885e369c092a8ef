/**
 * `npm run similarity -- FILE`: reads `sentenceA<TAB>sentenceB` lines and prints
 * `score<TAB>1|0` per pair, where 1 means the alignment engine would put the two sentences in
 * one claim. IDF comes from the file's own sentences (smoothed in `idf`), so any news pairs work.
 * Lines without a tab print `0<TAB>0` so output lines stay parallel to input lines.
 */
import { readFileSync } from 'node:fs';
import { buildModel, compareFeatures, featurize } from '../src/lib/similarity.ts';
import { tokenize, type Token } from '../src/lib/tokens.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run similarity -- FILE   (lines: sentenceA<TAB>sentenceB)');
  process.exit(2);
}
let input: string;
try {
  input = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`similarity: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
const pairs = lines.map((line) => {
  const tab = line.indexOf('\t');
  return tab < 0 ? null : [line.slice(0, tab), line.slice(tab + 1).split('\t')[0] ?? ''];
});

// One document per distinct sentence, so a sentence repeated across pairs is counted once.
const tokensOf = new Map<string, Token[]>();
for (const pair of pairs) {
  if (!pair) continue;
  for (const s of pair) if (!tokensOf.has(s)) tokensOf.set(s, tokenize(s));
}
const model = buildModel([...tokensOf.values()]);
const out: string[] = [];
for (const pair of pairs) {
  if (!pair) {
    out.push('0\t0');
    continue;
  }
  const [a, b] = pair as [string, string];
  const r = compareFeatures(
    featurize(tokensOf.get(a) ?? [], model),
    featurize(tokensOf.get(b) ?? [], model),
  );
  out.push(`${r.score.toFixed(4)}\t${r.same ? 1 : 0}`);
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
