/**
 * Optional `story.yaml` in the articles folder: what the story is, in the editor's words.
 *
 * ```yaml
 * title: Putin congratulates Trump on his second inauguration
 * summary: Five outlets on the Kremlin's first reaction to the new administration.
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

const FIELDS = ['title', 'summary'] as const;

/** The story file's name in its articles folder; the folder reader passes over it. */
export const STORY_FILE_NAME = 'story.yaml';

/**
 * Reads the story file when there is one.
 *
 * @param path where the file would be
 * @param file the path to name in messages
 * @throws ArticleError naming the file (and the field) when it is not UTF-8, not YAML, not a
 *   mapping, or has an unknown or non-text field
 */
export function readStoryMeta(path: string, file: string): StoryMeta {
  if (!existsSync(path)) return { title: null, summary: null };
  const bytes = readFileSync(path);
  const text = bytes.length === 0 ? '' : decodeArticle(bytes, file);
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new ArticleError(file, reasons.storyYaml(error.message));
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new ArticleError(file, reasons.storyNotMapping());
  }
  const meta: StoryMeta = { title: null, summary: null };
  for (const [key, raw] of Object.entries(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new ArticleError(file, reasons.storyUnknownField(key, FIELDS));
    }
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== 'string') throw new ArticleError(file, reasons.storyNotText(key));
    const text = displayText(raw);
    if (text !== '') meta[key as keyof StoryMeta] = text;
  }
  return meta;
}
