/**
 * Optional `story.yaml` in an articles folder: what the story is, in the editor's words, and which
 * articles it holds when the automatic grouping should not decide.
 *
 * ```yaml
 * title: Putin congratulates Trump on his second inauguration
 * summary: Five outlets on the Kremlin's first reaction to the new administration.
 * articles: [kremlin-reaction, tass-brief]   # pinned: these articles are this story
 * split:                                     # flat folder only: keep these groups apart
 *   - [cup-report, cup-blog]
 *   - storm-update
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { decodeArticle } from './decode.ts';
import { ArticleError, reasons } from '../model/index.ts';
import { displayText } from '../text/index.ts';

export interface StoryMeta {
  /** The story's title, or null: pages then use a neutral one. */
  title: string | null;
  summary: string | null;
}

/** Everything a story file says: its title and summary, and the user's grouping of articles. */
export interface StoryFile extends StoryMeta {
  /** Ids of articles pinned to this story (null: none). */
  articles: string[] | null;
  /** Groups of article ids to keep in different stories (null: none); a bare id is a group of one. */
  split: string[][] | null;
}

const FIELDS = ['title', 'summary', 'articles', 'split'] as const;
const TEXT_FIELDS: readonly string[] = ['title', 'summary'];

/** The story file's name in its articles folder; the folder reader passes over it. */
export const STORY_FILE_NAME = 'story.yaml';

/**
 * Reads the story file's title and summary when there is one.
 *
 * @param path where the file would be
 * @param file the path to name in messages
 * @throws ArticleError as `readStoryFile`
 */
export function readStoryMeta(path: string, file: string): StoryMeta {
  const { title, summary } = readStoryFile(path, file);
  return { title, summary };
}

/**
 * Reads the story file when there is one: all of it, the grouping fields included.
 *
 * @param path where the file would be
 * @param file the path to name in messages
 * @throws ArticleError naming the file (and the field) when it is not UTF-8, not YAML, not a
 *   mapping, has an unknown field or a field of the wrong shape, or lists an article twice
 */
export function readStoryFile(path: string, file: string): StoryFile {
  const story: StoryFile = { title: null, summary: null, articles: null, split: null };
  if (!existsSync(path)) return story;
  const bytes = readFileSync(path);
  const text = bytes.length === 0 ? '' : decodeArticle(bytes, file);
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new ArticleError(file, reasons.storyYaml(error.message));
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new ArticleError(file, reasons.storyNotMapping());
  }
  for (const [key, raw] of Object.entries(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new ArticleError(file, reasons.storyUnknownField(key, FIELDS));
    }
    if (raw === null || raw === undefined) continue;
    if (key === 'articles') story.articles = idList(raw, file);
    else if (key === 'split') story.split = splitGroups(raw, file);
    else if (typeof raw !== 'string') throw new ArticleError(file, reasons.storyNotText(key));
    else if (TEXT_FIELDS.includes(key)) {
      const text = displayText(raw);
      if (text !== '') story[key as keyof StoryMeta] = text;
    }
  }
  const seen = new Set<string>();
  for (const id of [...(story.articles ?? []), ...(story.split ?? []).flat()]) {
    if (seen.has(id)) throw new ArticleError(file, reasons.storyArticleTwice(id));
    seen.add(id);
  }
  return story;
}

const isId = (item: unknown): item is string | number =>
  (typeof item === 'string' && item.trim() !== '') || typeof item === 'number';

/** `articles:` is a list of ids (YAML reads an id such as `2024` as a number). */
function idList(raw: unknown, file: string): string[] {
  if (!Array.isArray(raw) || !raw.every(isId)) {
    throw new ArticleError(file, reasons.storyNotIdList('articles'));
  }
  return raw.map((item) => String(item).trim());
}

/** `split:` is a list of groups, each an id or a list of ids. */
function splitGroups(raw: unknown, file: string): string[][] {
  const groups = Array.isArray(raw) ? raw : [];
  const valid =
    Array.isArray(raw) &&
    groups.every(
      (group) => isId(group) || (Array.isArray(group) && group.length > 0 && group.every(isId)),
    );
  if (!valid) throw new ArticleError(file, reasons.storySplitGroups());
  return groups.map((group: unknown) =>
    (Array.isArray(group) ? group : [group]).map((item) => String(item).trim()),
  );
}
