/**
 * The search engine the browser and the benchmark share: fuse.js over the built index, with a
 * word-level candidate filter in front of it for large indexes.
 *
 * fuse.js scans every record on every query (bitap per word and field), which costs milliseconds
 * on a few hundred records and seconds on tens of thousands. So an inverted index of words first
 * finds the records in which every query word matches some word (exactly, inside it, or within
 * one or two typos), ranks them cheaply, and fuse.js scores and marks only the best `RERANK` of
 * them, using their entries of the build-time fuse.js index.
 */
import type Fuse from 'fuse.js';
import type { FuseResultMatch } from 'fuse.js';
import {
  FUSE_OPTIONS,
  RESULT_LIMIT,
  prepareQuery,
  toFuseQuery,
  type SearchIndexFile,
  type SearchRecord,
} from './options.ts';
import { queryTerms, recordWords, wordMatcher } from './terms.ts';

/**
 * Index size from which the word filter runs in front of fuse.js: always (fuse.js alone takes
 * several milliseconds even on the 141 records of the seed story); a larger value is only for
 * comparing the two in the benchmark.
 */
export const PREFILTER_ABOVE = 0;
/** How many filtered candidates fuse.js scores. */
const RERANK = 2 * RESULT_LIMIT;

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
  const indexData = file.index as { keys: unknown[]; records: Array<{ i: number }> };
  const entries = new Map(indexData.records.map((entry) => [entry.i, entry]));

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
      const candidates = words.candidates(prepared).filter((at) => keep(records[at]!));
      const chosen = candidates.slice(0, RERANK);
      // fuse.js scores the candidates with their entries of the build-time index, renumbered.
      const index = FuseCtor.parseIndex<SearchRecord>({
        keys: indexData.keys,
        records: chosen.map((at, i) => ({ ...entries.get(at)!, i })),
      } as Parameters<FuseClass['parseIndex']>[0]);
      const subset = chosen.map((at) => records[at]!);
      const hits = toHits(new FuseCtor(subset, FUSE_OPTIONS, index).search(expression));
      const total = candidates.length > RERANK ? candidates.length : hits.length;
      return { hits: hits.slice(0, limit), total };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The word filter

interface WordIndex {
  /** Records matching every query word, best first (cheap rank: exact words, then length). */
  candidates(prepared: string): number[];
}

function indexWords(records: SearchRecord[]): WordIndex {
  const postings = new Map<string, number[]>();
  records.forEach((record, at) => {
    for (const word of recordWords(record)) {
      const list = postings.get(word);
      if (list) list.push(at);
      else postings.set(word, [at]);
    }
  });
  const match = wordMatcher(postings.keys());
  const lengths = records.map((record) => record.text.length);
  const hitCount = new Uint16Array(records.length);
  const exactCount = new Uint16Array(records.length);
  const stamp = new Int32Array(records.length).fill(-1);

  return {
    candidates(prepared) {
      const terms = queryTerms(prepared);
      hitCount.fill(0);
      exactCount.fill(0);
      stamp.fill(-1);
      terms.forEach((term, t) => {
        match(term, (word, exact) => {
          for (const at of postings.get(word)!) {
            if (stamp[at] === t) continue;
            stamp[at] = t;
            hitCount[at]!++;
            if (exact) exactCount[at]!++;
          }
        });
      });
      const out: number[] = [];
      for (let at = 0; at < records.length; at++) if (hitCount[at] === terms.length) out.push(at);
      return out.sort((a, b) => exactCount[b]! - exactCount[a]! || lengths[a]! - lengths[b]!);
    },
  };
}
