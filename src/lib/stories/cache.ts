/**
 * The cache of per-story results: one JSON file per story digest in a directory, so a rebuild
 * after one article changes re-aligns only that article's story. The grouping of the input into
 * stories is kept in the same directory (see `grouping-cache.ts`). Writes are atomic (a
 * temporary file renamed into place); an entry that cannot be read is a miss, never an error.
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

/**
 * Values of one kind by digest, one JSON file each in a shared directory: story results, the
 * grouping of the input. An entry of another kind or format is a miss, never misread.
 */
export interface EntryStore<T> {
  get(digest: string): T | undefined;
  set(digest: string, value: T): void;
  /** Deletes entries of any kind not read or written for `maxAgeMs`; returns how many. */
  prune(maxAgeMs: number): number;
}

// An entry of another shape is a miss, never misread: bump this when the shape changes.
const FORMAT = 3;
const ENTRY = /^[0-9a-f]{64}\.json$/;

/**
 * A store of `kind` entries in `dir` (created on first write). Writes are atomic (a temporary
 * file renamed into place); an entry that cannot be read, or holds another kind, is a miss.
 */
export function entryStore<T>(dir: string, kind: string): EntryStore<T> {
  const pathOf = (digest: string) => join(dir, `${digest}.json`);
  return {
    get(digest) {
      try {
        const entry = JSON.parse(readFileSync(pathOf(digest), 'utf8')) as {
          format?: number;
          kind?: string;
          digest?: string;
          value?: T;
        };
        if (entry.format !== FORMAT || entry.kind !== kind || entry.digest !== digest) {
          return undefined;
        }
        if (entry.value === undefined) return undefined;
        // A hit keeps the entry young, so pruning removes only what no build uses.
        const now = new Date();
        utimesSync(pathOf(digest), now, now);
        return entry.value;
      } catch {
        return undefined;
      }
    },
    set(digest, value) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${pathOf(digest)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, kind, digest, value }));
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

/** A cache of story results in `dir` (created on first write). */
export function directoryCache(dir: string): StoryCache {
  const entries = entryStore<StoredResult>(dir, 'story');
  return {
    get(digest) {
      const stored = entries.get(digest);
      return stored && restore(stored);
    },
    set(digest, result) {
      entries.set(digest, store(result));
    },
    prune: (maxAgeMs) => entries.prune(maxAgeMs),
  };
}
