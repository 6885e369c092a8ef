/**
 * Verbatim wording: runs of identical words that the spans of a claim share, shown so a reader
 * sees where outlets copied each other (or the same wire copy) word for word.
 */
import type { TextRange } from '../model/index.ts';
import type { Token } from '../text/index.ts';
import type { Unit } from './units.ts';

/** The word n-grams of a unit, built once per unit and run length. */
interface WordGrams {
  n: number;
  /** The `n`-word key starting at each token. */
  keys: string[];
  /** Key → the token positions where it starts, ascending. */
  positions: Map<string, number[]>;
}

// A unit takes part in many pairs of a large claim: its word n-grams are built once.
const gramCache = new WeakMap<Unit, WordGrams>();

/**
 * For each unit (by `index`), the verbatim runs of at least `minRun` words it shares with a unit
 * of another article among `units`: absolute ranges, sorted, overlapping runs merged. Every unit
 * gets an entry, empty when it shares none.
 */
export function sharedWording(units: readonly Unit[], minRun: number): Map<number, TextRange[]> {
  const runs = new Map<number, TextRange[]>();
  for (const u of units) runs.set(u.index, []);
  for (let x = 0; x < units.length; x++) {
    for (let y = x + 1; y < units.length; y++) {
      const a = units[x] as Unit;
      const b = units[y] as Unit;
      if (a.article === b.article) continue;
      for (const [ra, rb] of verbatimRuns(a, b, minRun)) {
        runs.get(a.index)?.push(ra);
        runs.get(b.index)?.push(rb);
      }
    }
  }
  for (const [index, ranges] of runs) runs.set(index, mergeRanges(ranges));
  return runs;
}

/**
 * Maximal runs of at least `minRun` identical words (case- and quote-insensitive) shared by two
 * units, as pairs of absolute ranges. Seeds on `minRun`-grams, so linear-ish in length.
 */
function verbatimRuns(ua: Unit, ub: Unit, minRun: number): Array<[TextRange, TextRange]> {
  const a = ua.tokens;
  const b = ub.tokens;
  const out: Array<[TextRange, TextRange]> = [];
  if (a.length < minRun || b.length < minRun) return out;
  const keysOfA = wordGrams(ua, minRun).keys;
  const grams = wordGrams(ub, minRun).positions;
  // Positions of b already in a run: each word of b joins one run at most.
  const used = new Set<number>();
  for (let i = 0; i + minRun <= a.length;) {
    const j = grams.get(keysOfA[i] as string)?.find((p) => !used.has(p));
    if (j === undefined) {
      i++;
      continue;
    }
    let len = minRun;
    while (i + len < a.length && j + len < b.length && a[i + len]?.exact === b[j + len]?.exact)
      len++;
    for (let k = 0; k < len; k++) used.add(j + k);
    out.push([range(ua, i, i + len - 1), range(ub, j, j + len - 1)]);
    i += len;
  }
  return out;
}

/** The absolute range from the start of token `first` to the end of token `last` of a unit. */
function range(unit: Unit, first: number, last: number): TextRange {
  return {
    start: unit.base + (unit.tokens[first] as Token).start,
    end: unit.base + (unit.tokens[last] as Token).end,
  };
}

/** A unit's `n`-word keys (one per start token) and where each key starts. */
function wordGrams(unit: Unit, n: number): WordGrams {
  const cached = gramCache.get(unit);
  if (cached && cached.n === n) return cached;
  const keys: string[] = [];
  const positions = new Map<string, number[]>();
  for (let j = 0; j + n <= unit.tokens.length; j++) {
    const key = unit.tokens
      .slice(j, j + n)
      .map((t) => t.exact)
      .join(' ');
    keys.push(key);
    const list = positions.get(key);
    if (list) list.push(j);
    else positions.set(key, [j]);
  }
  const entry = { n, keys, positions };
  gramCache.set(unit, entry);
  return entry;
}

/** Sorted copies of `ranges` with overlapping or touching ranges merged. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
