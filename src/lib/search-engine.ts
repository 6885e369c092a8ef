/**
 * The search engine the browser and the benchmark share: fuse.js over the built index, with a
 * word-level candidate filter in front of it for large indexes.
 *
 * fuse.js scans every record on every query, which is fine for a few thousand records and far
 * too slow for tens of thousands. Above `PREFILTER_ABOVE` records, an inverted index of words
 * finds the records in which every query word matches some word (exactly, as a prefix or inside
 * it, or within one or two typos), ranks them cheaply, and fuse.js scores and marks only the best
 * `RERANK` of them. Below it, fuse.js searches everything, with its own index from the build.
 */
import type Fuse from 'fuse.js';
import type { FuseResultMatch } from 'fuse.js';
import {
  FUSE_OPTIONS,
  RESULT_LIMIT,
  SEARCH_KEYS,
  prepareQuery,
  toFuseQuery,
  type SearchIndexFile,
  type SearchRecord,
} from './search-options.ts';

/** Index size from which the word filter runs in front of fuse.js. */
export const PREFILTER_ABOVE = 3000;
/** How many filtered candidates fuse.js scores. */
const RERANK = 200;

/** One result: the record, fuse.js's matched ranges, its score (0 best). */
export interface SearchHit {
  record: SearchRecord;
  matches: ReadonlyArray<FuseResultMatch>;
  score: number;
}

export interface SearchOutcome {
  /** At most `limit` hits, best first. */
  hits: SearchHit[];
  /** How many records match in all (at least `hits.length`). */
  total: number;
}

export interface Searcher {
  records: SearchRecord[];
  /**
   * Searches what a reader typed (`prepareQuery` is applied here).
   *
   * @param keep only records it returns true for count (the page's filters)
   */
  search(input: string, keep?: (record: SearchRecord) => boolean, limit?: number): SearchOutcome;
}

type FuseClass = typeof Fuse;

/**
 * Builds a searcher from the served index file.
 *
 * @param FuseCtor the fuse.js class (passed in so the browser can load it lazily)
 */
export function createSearcher(
  FuseCtor: FuseClass,
  file: SearchIndexFile,
  options: { prefilterAbove?: number } = {},
): Searcher {
  const records = file.records;
  const prefilter = records.length > (options.prefilterAbove ?? PREFILTER_ABOVE);
  let full: Fuse<SearchRecord> | null = null;
  let words: WordIndex | null = null;

  const toHits = (results: ReturnType<Fuse<SearchRecord>['search']>): SearchHit[] =>
    results.map((result) => ({
      record: result.item,
      matches: result.matches ?? [],
      score: result.score ?? 0,
    }));

  return {
    records,
    search(input, keep = () => true, limit = RESULT_LIMIT) {
      const prepared = prepareQuery(input);
      const expression = toFuseQuery(prepared);
      if (!expression) return { hits: [], total: 0 };
      if (!prefilter) {
        full ??= new FuseCtor(
          records,
          FUSE_OPTIONS,
          FuseCtor.parseIndex<SearchRecord>(file.index as Parameters<FuseClass['parseIndex']>[0]),
        );
        const all = toHits(full.search(expression)).filter((hit) => keep(hit.record));
        return { hits: all.slice(0, limit), total: all.length };
      }
      words ??= indexWords(records);
      const candidates = words.candidates(prepared.split(' ')).filter((at) => keep(records[at]!));
      const subset = candidates.slice(0, RERANK).map((at) => records[at]!);
      const hits = toHits(new FuseCtor(subset, FUSE_OPTIONS).search(expression));
      const total = candidates.length > RERANK ? candidates.length : hits.length;
      return { hits: hits.slice(0, limit), total };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The word filter

interface WordIndex {
  /** Records matching every query word, best first (cheap rank: exact words, then length). */
  candidates(queryWords: string[]): number[];
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const splitWords = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

function indexWords(records: SearchRecord[]): WordIndex {
  const postings = new Map<string, number[]>();
  records.forEach((record, at) => {
    const seen = new Set<string>();
    for (const key of SEARCH_KEYS) {
      for (const word of splitWords(record[key.name as 'text' | 'speaker'])) {
        if (seen.has(word)) continue;
        seen.add(word);
        const list = postings.get(word);
        if (list) list.push(at);
        else postings.set(word, [at]);
      }
    }
  });
  const vocabulary = [...postings.keys()];
  const lengths = records.map((record) => record.text.length);
  const hitCount = new Uint16Array(records.length);
  const exactCount = new Uint16Array(records.length);
  const stamp = new Int32Array(records.length).fill(-1);

  return {
    candidates(queryWords) {
      const terms = queryWords.map(fold).flatMap((word) => splitWords(word).slice(0, 1));
      hitCount.fill(0);
      exactCount.fill(0);
      stamp.fill(-1);
      terms.forEach((term, t) => {
        const exact = postings.get(term) ?? [];
        for (const at of exact) {
          stamp[at] = t;
          hitCount[at]!++;
          exactCount[at]!++;
        }
        for (const word of vocabulary) {
          if (word === term || !similarWord(term, word)) continue;
          for (const at of postings.get(word)!) {
            if (stamp[at] === t) continue;
            stamp[at] = t;
            hitCount[at]!++;
          }
        }
      });
      const out: number[] = [];
      for (let at = 0; at < records.length; at++) if (hitCount[at] === terms.length) out.push(at);
      return out.sort((a, b) => exactCount[b]! - exactCount[a]! || lengths[a]! - lengths[b]!);
    },
  };
}

/** A word a fuzzy query word can match: it contains the query word, or is a typo or two away. */
function similarWord(query: string, word: string): boolean {
  if (query.length >= 3 && word.includes(query)) return true;
  const allowed = query.length <= 3 ? 0 : query.length === 4 ? 1 : 2;
  if (allowed === 0 || Math.abs(word.length - query.length) > allowed) return false;
  return withinDistance(query, word, allowed);
}

/** Levenshtein distance of `a` and `b` is at most `max` (a banded computation, early exit). */
function withinDistance(a: string, b: string, max: number): boolean {
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    if (from > 1) current[from - 1] = max + 1;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        previous[j - 1]! + cost,
        (j - 1 >= from - 1 ? current[j - 1]! : max + 1) + 1,
        (j <= Math.min(b.length, i - 1 + max) ? previous[j]! : max + 1) + 1,
      );
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) current[to + 1] = max + 1;
    if (best > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max;
}
