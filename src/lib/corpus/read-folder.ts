/**
 * Reading the folder of article files: every file either becomes an article or is named in an
 * error with its reason. Nothing is skipped silently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseArticle } from '../parse/index.ts';
import {
  STORY_FILE_NAME,
  decodeArticle,
  inspectArticleText,
  type DecodeOptions,
} from '../input/index.ts';
import {
  ArticleError,
  ArticleWarning,
  CorpusError,
  reasons,
  type Article,
} from '../model/index.ts';

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface ReadOptions extends DecodeOptions {
  /** Directory that `Article.file` paths are relative to (default: the current directory). */
  root?: string;
  /** Called with each warning about a file that is read all the same (default: ignored). */
  onWarning?: (warning: ArticleWarning) => void;
}

/** One article file read: the article, and what the build should warn about it. */
export interface ReadArticle {
  article: Article;
  warnings: ArticleWarning[];
}

/** One article file as found on disk, before parsing. */
export interface ArticleFile {
  id: string;
  /** Path relative to `root`, forward slashes. */
  file: string;
  path: string;
}

/**
 * Lists the article files of a folder and checks their names. Hidden files (dotfiles, such as
 * `.DS_Store`) are not articles and are passed over.
 *
 * @returns the usable files, sorted by id, and a problem for each file that has an unsupported
 *   extension, an id unsafe in a URL, or an id that collides (case-insensitively, as URLs on
 *   many hosts do) with another file's
 */
export function scanArticleDir(
  dir: string,
  options: ReadOptions = {},
): { files: ArticleFile[]; problems: ArticleError[] } {
  const root = options.root ?? process.cwd();
  const errors: ArticleError[] = [];
  const files: ArticleFile[] = [];
  const byId = new Map<string, ArticleFile>();
  for (const name of readdirSync(dir).sort()) {
    // Hidden files are not articles; the story file describes them.
    if (name.startsWith('.') || name === STORY_FILE_NAME) continue;
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    if (!statSync(path).isFile()) {
      errors.push(new ArticleError(file, reasons.notAFile()));
      continue;
    }
    const extension = extname(name);
    if (!ARTICLE_EXTENSIONS.includes(extension.toLowerCase())) {
      errors.push(new ArticleError(file, reasons.wrongExtension(extension, ARTICLE_EXTENSIONS)));
      continue;
    }
    const id = basename(name, extension);
    if (!SAFE_ID.test(id)) {
      errors.push(new ArticleError(file, reasons.unsafeId(id)));
      continue;
    }
    const clash = byId.get(id.toLowerCase());
    if (clash) {
      errors.push(new ArticleError(file, reasons.idCollision(id, clash.file)));
      continue;
    }
    const entry = { id, file, path };
    byId.set(id.toLowerCase(), entry);
    files.push(entry);
  }
  return { files, problems: errors };
}

/**
 * Lists the article files of a folder, as `scanArticleDir`.
 *
 * @throws CorpusError naming each file whose name makes it unusable, and why
 */
export function listArticleFiles(dir: string, options: ReadOptions = {}): ArticleFile[] {
  const { files, problems } = scanArticleDir(dir, options);
  if (problems.length > 0) throw new CorpusError(problems);
  return files;
}

/**
 * Reads and parses one article file.
 *
 * @param bytes the file's content, when the caller has read it already
 * @returns the article and the warnings about it (a file that looks like HTML)
 * @throws ArticleError naming the file and the reason it cannot be published
 */
export function readArticleFile(
  entry: ArticleFile,
  options: DecodeOptions = {},
  bytes: Uint8Array = readFileSync(entry.path),
): ReadArticle {
  const source = decodeArticle(bytes, entry.file, options);
  const warnings = inspectArticleText(source, entry.file);
  const article = parseArticle({ id: entry.id, file: entry.file, source });
  if (article.sentences.length === 0) {
    // Nothing at all after the front matter is another mistake than a page of only debris.
    const onlyFrontMatter = article.blocks.length === 0 && article.debris.length === 0;
    throw new ArticleError(
      entry.file,
      onlyFrontMatter ? reasons.onlyFrontMatter() : reasons.onlyDebris(),
    );
  }
  return { article, warnings };
}

/**
 * Reads every article of a folder.
 *
 * @returns the articles, sorted by id (warnings go to `options.onWarning`)
 * @throws CorpusError listing every file that cannot be published, each with its reason
 */
export function readArticleDir(dir: string, options: ReadOptions = {}): Article[] {
  // Bad names and bad contents are reported together: one run shows every problem.
  const { files, problems: errors } = scanArticleDir(dir, options);
  const articles: Article[] = [];
  for (const entry of files) {
    try {
      const { article, warnings } = readArticleFile(entry, options);
      articles.push(article);
      if (options.onWarning) warnings.forEach(options.onWarning);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new CorpusError(errors);
  if (articles.length === 0)
    throw new CorpusError([new ArticleError(dir, reasons.noArticleFiles())]);
  return articles;
}
