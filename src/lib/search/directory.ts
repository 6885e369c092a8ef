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
import { prepareQuery, type SearchRecord } from './options.ts';
import { queryTerms, recordWords, wordMatcher } from './terms.ts';

/** Bumped when the shape changes, so a stale cached file is not misread. */
export const SEARCH_DIRECTORY_VERSION = 1;

/**
 * Path of the directory on a site of several stories. Not under `/search-index/`, whose file
 * names are story ids (any name there could be a story's).
 */
export const SEARCH_DIRECTORY_PATH = '/search-stories.json';

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

/** The JSON served at `SEARCH_DIRECTORY_PATH`. */
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
  /** Stories in the directory. */
  total: number;
}

/** Picks the stories a query can match in; built once per loaded directory. */
export type StoryPicker = (input: string, filters?: StoryFilters) => StoryPick;

/**
 * Makes the picker of a directory.
 *
 * A story can match when, for every query word, it holds a word the word matches (and it has the
 * chosen source or speaker). Stories are ranked by the query words they hold as written (not
 * only through a typo or inside a longer word), each word weighted by how few stories hold it
 * (inverse document frequency), then in the directory's order, newest first. A query of filters
 * only keeps every story they allow, in the directory's order.
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
    const terms = queryTerms(prepareQuery(input));
    const score = new Float64Array(stories.length);
    for (const term of terms) {
      // Per story: 2 when it holds the word as written, 1 when only a longer or misspelt one.
      const quality = new Uint8Array(stories.length);
      match(term, (word, exact) => {
        for (const index of holders.get(word)!) {
          quality[index] = Math.max(quality[index]!, exact ? 2 : 1);
        }
      });
      let holding = 0;
      for (let index = 0; index < stories.length; index++) {
        if (quality[index] === 0) allowed[index] = 0;
        else holding++;
      }
      const weight = Math.log(1 + stories.length / Math.max(1, holding));
      for (let index = 0; index < stories.length; index++) {
        score[index]! += weight * (quality[index]! === 2 ? 1 : 0.5);
      }
    }
    const picked: number[] = [];
    for (let index = 0; index < stories.length; index++) if (allowed[index]) picked.push(index);
    picked.sort((a, b) => score[b]! - score[a]! || a - b);
    return { stories: picked.map((index) => stories[index]!), total: stories.length };
  };
}
