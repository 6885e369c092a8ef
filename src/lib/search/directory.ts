/**
 * The story directory of a site of several stories (`/search-stories.json`): what a search over
 * all stories loads first, instead of every story's index. Per story it holds the id, title,
 * passage count, articles and speakers; for the whole site, every word the stories' records are
 * found by, each with the stories that hold it. The browser matches the query's words against
 * those words by the engine's own rules (`terms.ts`: exact, inside a longer word, or within its
 * typos), keeps the stories that hold a match for every word, ranks them, and loads only their
 * shards (`/search-index/<story>.json`), best first.
 *
 * A story the directory rules out holds no record the engine would find (a record must match
 * every query word, and each of its words is in its story's list), so skipping it loses nothing;
 * a story it keeps may still hold none (its words in different passages), which the shard's
 * search then says.
 */
import {
  FUSE_OPTIONS,
  SEARCH_DIRECTORY_VERSION,
  prepareQuery,
  type SearchRecord,
} from './options.ts';
import { queryTerms, recordWords, wordMatcher } from './terms.ts';

/** One story of the directory. */
export interface DirectoryStory {
  id: string;
  title: string;
  /** Passages in its shard. */
  records: number;
  /** Its articles that have passages (the source filter's values). */
  articles: string[];
  /** Every speaker its passages name (the speaker filter's values). */
  speakers: string[];
}

/** The JSON served at `SEARCH_DIRECTORY_PATH` (`/search-stories.json`). */
export interface SearchDirectory {
  version: number;
  /** In the order of the site's list of stories (newest first): ties in rank keep it. */
  stories: DirectoryStory[];
  /**
   * Every indexed word, grouped by the stories that hold it: `[stories, words]`, the stories as
   * ascending indexes into `stories`, the words sorted and joined by spaces. Most words belong
   * to one story, so a group per set of stories keeps the file near the size of the words.
   */
  words: Array<[number[], string]>;
}

/** A story's records, as its shard holds them. */
export interface DirectoryInput {
  id: string;
  title: string;
  records: readonly SearchRecord[];
}

/**
 * Builds the directory of a site's stories.
 *
 * @param stories in the order the site lists them
 */
export function buildSearchDirectory(stories: readonly DirectoryInput[]): SearchDirectory {
  const holders = new Map<string, number[]>();
  const entries = stories.map((story, index): DirectoryStory => {
    const words = new Set<string>();
    const articles = new Set<string>();
    const speakers = new Set<string>();
    for (const record of story.records) {
      for (const word of recordWords(record)) words.add(word);
      articles.add(record.article);
      for (const speaker of record.speakers) speakers.add(speaker);
    }
    for (const word of words) {
      const list = holders.get(word);
      if (list) list.push(index);
      else holders.set(word, [index]);
    }
    return {
      id: story.id,
      title: story.title,
      records: story.records.length,
      articles: [...articles],
      speakers: [...speakers].sort(),
    };
  });
  const groups = new Map<string, { stories: number[]; words: string[] }>();
  for (const [word, list] of holders) {
    const key = list.join(',');
    const group = groups.get(key);
    if (group) group.words.push(word);
    else groups.set(key, { stories: list, words: [word] });
  }
  const words = [...groups.values()]
    .sort((a, b) => compareLists(a.stories, b.stories))
    .map((group): [number[], string] => [group.stories, group.words.sort().join(' ')]);
  return { version: SEARCH_DIRECTORY_VERSION, stories: entries, words };
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The filters that narrow which stories can match (the story filter picks its shard alone). */
export interface StoryFilters {
  source?: string;
  speaker?: string;
}

/** Which stories a search over all of them needs, best first. */
export interface StoryPick {
  /** Stories that can hold a result, best first. */
  stories: DirectoryStory[];
  /**
   * How many of them, at the head, hold every query word closely: as written, inside a longer
   * word, or with no more typos than fuse.js forgives (`FUSE_OPTIONS.threshold` of its letters),
   * so that fuse.js will match it. The rest hold some word only as a loose match the engine's
   * word filter lets through (two typos in a five-letter word: "panda" and "and") and fuse.js
   * mostly rejects.
   */
  close: number;
  /** Stories in the directory. */
  total: number;
}

/** Picks the stories a query can match in; built once per loaded directory. */
export type StoryPicker = (input: string, filters?: StoryFilters) => StoryPick;

/**
 * Makes the picker of a directory.
 *
 * A story can match when, for every query word, it holds a word the word matches (and it has the
 * chosen source or speaker). Stories holding every word closely come first (`StoryPick.close`);
 * within each part, stories are ranked by how well they hold each word (as written 1, inside a
 * longer word 0.75, a close typo 0.5, a loose one 0.25), each word weighted by how few stories
 * hold it (inverse document frequency), then in the directory's order, newest first. A query of
 * filters only keeps every story they allow, in the directory's order.
 */
export function createStoryPicker(directory: SearchDirectory): StoryPicker {
  const stories = directory.stories;
  const holders = new Map<string, number[]>();
  for (const [list, words] of directory.words) {
    for (const word of words.split(' ')) holders.set(word, list);
  }
  const match = wordMatcher(holders.keys());
  const byArticle = new Map<string, number>();
  stories.forEach((story, index) => {
    for (const article of story.articles) byArticle.set(article, index);
  });

  return (input, filters = {}) => {
    const allowed = new Uint8Array(stories.length).fill(1);
    if (filters.source) {
      allowed.fill(0);
      const at = byArticle.get(filters.source);
      if (at !== undefined) allowed[at] = 1;
    }
    if (filters.speaker) {
      stories.forEach((story, index) => {
        if (!story.speakers.includes(filters.speaker!)) allowed[index] = 0;
      });
    }
    const close = new Uint8Array(stories.length).fill(1);
    const score = new Float64Array(stories.length);
    for (const term of queryTerms(prepareQuery(input))) {
      // Typos fuse.js forgives in this word (its score is errors / length).
      const forgiven = Math.floor(FUSE_OPTIONS.threshold * term.length);
      const quality = new Float64Array(stories.length);
      const closeHere = new Uint8Array(stories.length);
      match(term, (word, exact, edits) => {
        const value = exact ? 1 : edits === 0 ? 0.75 : edits <= forgiven ? 0.5 : 0.25;
        for (const index of holders.get(word)!) {
          if (value > quality[index]!) quality[index] = value;
          if (edits <= forgiven) closeHere[index] = 1;
        }
      });
      let holding = 0;
      for (let index = 0; index < stories.length; index++) {
        if (quality[index] === 0) allowed[index] = 0;
        else holding++;
        if (!closeHere[index]) close[index] = 0;
      }
      const weight = Math.log(1 + stories.length / Math.max(1, holding));
      for (let index = 0; index < stories.length; index++) {
        score[index]! += weight * quality[index]!;
      }
    }
    const picked: number[] = [];
    for (let index = 0; index < stories.length; index++) if (allowed[index]) picked.push(index);
    picked.sort((a, b) => close[b]! - close[a]! || score[b]! - score[a]! || a - b);
    return {
      stories: picked.map((index) => stories[index]!),
      close: picked.filter((index) => close[index]).length,
      total: stories.length,
    };
  };
}
