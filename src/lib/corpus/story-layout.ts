/**
 * The input's two layouts, read together: `content/stories/<story>/` folders, each one story as
 * the user filed it, and the flat `content/articles/` folder, whose articles are grouped into
 * stories automatically. Every file becomes an article of a story or is named in an error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { STORY_FILE_NAME, readStoryFile, type StoryFile } from '../input/index.ts';
import { ArticleError, CorpusError, compareIds, reasons, type Article } from '../model/index.ts';
import {
  groupStories,
  type FolderStory,
  type GroupingInput,
  type GroupingOptions,
  type StoryGrouping,
} from './group-stories.ts';
import {
  readArticleFile,
  scanArticleDir,
  type ArticleFile,
  type ReadOptions,
} from './read-folder.ts';

/** Where the input is. */
export interface StoriesOptions extends ReadOptions {
  /** The flat folder, grouped automatically, relative to `root` (default `content/articles`). */
  articlesDir?: string;
  /** The folder of story folders, relative to `root` (default `content/stories`). */
  storiesDir?: string;
  /** Articles parsed already (by the Astro loader), by `Article.file`: not read again. */
  known?: ReadonlyMap<string, Article>;
  /**
   * How the articles are grouped once read (default `groupStories`): a build passes one that
   * reuses a cached grouping of the same input.
   */
  group?: (input: GroupingInput, options: GroupingOptions) => StoryGrouping;
}

/** The input's folders and story files, before any article is read. */
export interface StoryLayout {
  /** The flat folder, when it exists. */
  flat: { dir: string; file: string; story: StoryFile; files: ArticleFile[] } | null;
  folders: (FolderStory & { files: ArticleFile[] })[];
  /** Every problem found: bad names, colliding ids, unreadable story files. */
  problems: ArticleError[];
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const rel = (root: string, path: string) => relative(root, path).split('\\').join('/');

/**
 * Lists the story folders and the flat folder, their article files and story files. Article ids
 * are unique across all folders (case-insensitively): an id is the article's address.
 */
export function scanStories(options: StoriesOptions = {}): StoryLayout {
  const root = options.root ?? process.cwd();
  const problems: ArticleError[] = [];
  const storyFile = (dir: string): { file: string; story: StoryFile } => {
    const file = rel(root, join(dir, STORY_FILE_NAME));
    try {
      return { file, story: readStoryFile(join(dir, STORY_FILE_NAME), file) };
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      problems.push(error);
      return { file, story: { title: null, summary: null, articles: null, split: null } };
    }
  };
  const flatPath = resolve(root, options.articlesDir ?? 'content/articles');
  let flat: StoryLayout['flat'] = null;
  if (existsSync(flatPath)) {
    const scan = scanArticleDir(flatPath, { ...options, root });
    problems.push(...scan.problems);
    flat = { dir: rel(root, flatPath), ...storyFile(flatPath), files: scan.files };
  }
  const folders: StoryLayout['folders'] = [];
  const storiesPath = resolve(root, options.storiesDir ?? 'content/stories');
  if (existsSync(storiesPath)) {
    const storiesDir = rel(root, storiesPath);
    const names = new Map<string, string>();
    for (const name of readdirSync(storiesPath).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(storiesPath, name);
      const dir = rel(root, path);
      if (!statSync(path).isDirectory()) {
        problems.push(new ArticleError(dir, reasons.notAStoryFolder(storiesDir)));
        continue;
      }
      if (!SAFE_ID.test(name)) {
        problems.push(new ArticleError(dir, reasons.unsafeId(name)));
        continue;
      }
      const clash = names.get(name.toLowerCase());
      if (clash !== undefined) {
        problems.push(new ArticleError(dir, reasons.idCollision(name, clash)));
        continue;
      }
      names.set(name.toLowerCase(), dir);
      const scan = scanArticleDir(path, { ...options, root });
      problems.push(...scan.problems);
      folders.push({
        id: name,
        dir,
        ...storyFile(path),
        articles: scan.files.map((file) => file.id),
        files: scan.files,
      });
    }
  }
  // One id, one address: an id in two folders is a collision, as it is within one folder.
  const seen = new Map<string, string>();
  for (const file of [...(flat?.files ?? []), ...folders.flatMap((folder) => folder.files)]) {
    const other = seen.get(file.id.toLowerCase());
    if (other !== undefined)
      problems.push(new ArticleError(file.file, reasons.idCollision(file.id, other)));
    else seen.set(file.id.toLowerCase(), file.file);
  }
  if (!flat && folders.length === 0) {
    problems.push(new ArticleError(rel(root, flatPath), reasons.noArticleFiles()));
  }
  return { flat, folders, problems };
}

/**
 * Reads every article of the input and groups them into stories.
 *
 * @returns the articles (by id) and their stories
 * @throws CorpusError listing every file that cannot be published and every story file whose
 *   grouping cannot be followed, each with its reason
 */
export function readStories(
  options: StoriesOptions = {},
  grouping: GroupingOptions = {},
): { articles: Article[]; grouping: StoryGrouping } {
  const { flat, folders, problems } = scanStories(options);
  const articles: Article[] = [];
  for (const entry of [...(flat?.files ?? []), ...folders.flatMap((folder) => folder.files)]) {
    const known = options.known?.get(entry.file);
    if (known) {
      articles.push(known);
      continue;
    }
    try {
      const { article, warnings } = readArticleFile(entry, options);
      if (options.onWarning) warnings.forEach(options.onWarning);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      problems.push(error);
    }
  }
  if (flat && flat.files.length === 0 && folders.length === 0) {
    problems.push(new ArticleError(flat.dir, reasons.noArticleFiles()));
  }
  if (problems.length > 0) throw new CorpusError(problems);
  articles.sort((a, b) => compareIds(a.id, b.id));
  return {
    articles,
    grouping: (options.group ?? groupStories)(
      {
        articles,
        folders: folders.map(({ files: _files, ...folder }) => folder),
        ...(flat ? { flat: { dir: flat.dir, file: flat.file, story: flat.story } } : {}),
      },
      grouping,
    ),
  };
}
