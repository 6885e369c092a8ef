/**
 * The cache of per-story results: one JSON file per story digest in a directory, so a rebuild
 * after one article changes re-aligns only that article's story. Writes are atomic (a temporary
 * file renamed into place); an entry that cannot be read is a miss, never an error.
 */
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Alignment } from '../align/index.ts';
import type { Disagreement } from '../disagreements/index.ts';
import type { QuoteGroup } from '../quotes/index.ts';

/** What the pipeline derives from one story's articles together. */
export interface StoryResult {
  alignment: Alignment;
  quoteGroups: QuoteGroup[];
  disagreements: Disagreement[];
}

/** A result as JSON holds it: the alignment's sentence index is a list of entries, not a Map. */
interface StoredResult extends Omit<StoryResult, 'alignment'> {
  alignment: Omit<Alignment, 'bySentence'> & { bySentence: [string, string[]][] };
}

const store = (result: StoryResult): StoredResult => ({
  ...result,
  alignment: {
    ...result.alignment,
    bySentence: [...result.alignment.bySentence].map(([key, ids]) => [key, [...ids]]),
  },
});

const restore = (stored: StoredResult): StoryResult => ({
  ...stored,
  alignment: { ...stored.alignment, bySentence: new Map(stored.alignment.bySentence) },
});

/** Cached results by story digest. */
export interface StoryCache {
  get(digest: string): StoryResult | undefined;
  set(digest: string, result: StoryResult): void;
  /** Deletes entries not read or written for `maxAgeMs`; returns how many. */
  prune(maxAgeMs: number): number;
}

// An entry of another shape is a miss, never misread: bump this when the shape changes.
const FORMAT = 2;
const ENTRY = /^[0-9a-f]{64}\.json$/;

/** A cache in `dir` (created on first write). */
export function directoryCache(dir: string): StoryCache {
  const pathOf = (digest: string) => join(dir, `${digest}.json`);
  return {
    get(digest) {
      try {
        const entry = JSON.parse(readFileSync(pathOf(digest), 'utf8')) as {
          format?: number;
          digest?: string;
          result?: StoredResult;
        };
        if (entry.format !== FORMAT || entry.digest !== digest || !entry.result) return undefined;
        // A hit keeps the entry young, so pruning removes only what no build uses.
        const now = new Date();
        utimesSync(pathOf(digest), now, now);
        return restore(entry.result);
      } catch {
        return undefined;
      }
    },
    set(digest, result) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${pathOf(digest)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, digest, result: store(result) }));
      renameSync(temporary, pathOf(digest));
    },
    prune(maxAgeMs) {
      let removed = 0;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      const oldest = Date.now() - maxAgeMs;
      for (const name of names) {
        if (!ENTRY.test(name)) continue;
        try {
          if (statSync(join(dir, name)).mtimeMs < oldest) {
            unlinkSync(join(dir, name));
            removed++;
          }
        } catch {
          // Another build pruned it first.
        }
      }
      return removed;
    },
  };
}
