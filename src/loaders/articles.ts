/**
 * The Astro loader for article files: a thin shell around the framework-free pipeline in
 * `src/lib/`. It validates its options, skips files whose bytes have not changed (by digest),
 * deletes entries whose files are gone, warns about files it publishes that may not be what was
 * meant (HTML pasted as text), and stops the build naming every file it cannot publish.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  readArticleFile,
  scanArticleDir,
  unmatchedTitleWords,
  type ArticleFile,
} from '../lib/corpus/index.ts';
import {
  DEFAULT_MAX_BYTES,
  STORY_FILE_NAME,
  decodeArticle,
  inspectArticleText,
  readStoryMeta,
} from '../lib/input/index.ts';
import {
  ArticleError,
  CorpusError,
  articleSchema,
  reasons,
  warnings,
  type Article,
} from '../lib/model/index.ts';

export interface ArticleLoaderOptions {
  /** Folder of article files, relative to the project root (default `content/articles`). */
  base?: string;
  /** Largest article file accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
}

/**
 * Creates the loader of the `articles` collection.
 *
 * @throws Error at config time when an option is invalid
 */
export function articleLoader(options: ArticleLoaderOptions = {}): Loader {
  const base = options.base ?? 'content/articles';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new Error(`articleLoader: maxBytes must be a positive integer, got ${maxBytes}`);
  }
  return {
    name: 'parallax-articles',
    schema: articleSchema,
    load: async (context) => {
      await loadArticles(context, base, maxBytes);
      const dir = resolve(fileURLToPath(context.config.root), base);
      if (context.watcher && !watching.has(context.watcher)) {
        watching.add(context.watcher);
        context.watcher.add(dir);
        context.watcher.on('all', (_event, path) => {
          if (relative(dir, path).startsWith('..')) return;
          // In dev a bad file is reported and the server keeps running; the build still stops.
          loadArticles(context, base, maxBytes).catch((error: unknown) =>
            context.logger.error(error instanceof Error ? error.message : String(error)),
          );
        });
      }
    },
  };
}

// Watchers already listening: `load` runs again on every sync, the listener must not pile up.
const watching = new WeakSet<object>();

async function loadArticles(context: LoaderContext, base: string, maxBytes: number): Promise<void> {
  const { store, logger, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  // Bad names and bad contents are reported together: one build shows every problem.
  const { files, problems: errors } = scanArticleDir(resolve(root, base), { root });
  const seen = new Set<string>();
  let parsed = 0;
  let skipped = 0;
  const progress = progressLog(files, logger);
  for (const entry of files) {
    seen.add(entry.id);
    try {
      const bytes = readFileSync(entry.path);
      // Digest of the raw bytes: a change of encoding or line endings re-parses the file too.
      const digest = generateDigest(bytes.toString('latin1'));
      if (store.get(entry.id)?.digest === digest) {
        // Parsed by an earlier build; its warnings are said again, on every build until fixed.
        const source = decodeArticle(bytes, entry.file, { maxBytes });
        for (const warning of inspectArticleText(source, entry.file)) logger.warn(warning.message);
        skipped++;
        continue;
      }
      const { article, warnings } = readArticleFile(entry, { maxBytes }, bytes);
      for (const warning of warnings) logger.warn(warning.message);
      const data = await parseData({ id: entry.id, data: toRecord(article), filePath: entry.file });
      store.set({ id: entry.id, data, digest, filePath: entry.file });
      parsed++;
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      errors.push(error);
    } finally {
      progress(entry);
    }
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (errors.length > 0) throw new CorpusError(errors);
  if (files.length === 0) throw new CorpusError([new ArticleError(base, reasons.noArticleFiles())]);

  const articles = store.values().map((entry) => entry.data as unknown as Article);
  const blocks = articles.reduce((sum, article) => sum + article.blocks.length, 0);
  const sentences = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  logger.info(
    `${articles.length} articles, ${blocks} blocks, ${sentences} sentences ` +
      `(${parsed} parsed, ${skipped} unchanged)`,
  );
  checkStoryFile(logger, root, base, articles);
}

/** Warns when the folder's story file is titled for other articles (a left-over story file). */
function checkStoryFile(
  logger: LoaderContext['logger'],
  root: string,
  base: string,
  articles: Article[],
): void {
  const file = join(base, STORY_FILE_NAME);
  let title: string | null;
  try {
    ({ title } = readStoryMeta(resolve(root, file), file));
  } catch (error) {
    if (error instanceof ArticleError) throw new CorpusError([error]);
    throw error;
  }
  const missing = title === null ? null : unmatchedTitleWords(title, articles);
  if (title !== null && missing)
    logger.warn(`${file}: ${warnings.storyTitleUnmatched(title, missing)}`);
}

// A folder this large is a long build: say how far it has got.
const PROGRESS_FILES = 100;
const PROGRESS_BYTES = 1024 * 1024;

/**
 * Reports the progress of reading a large folder ("parsed 120/500 articles (3.1 of 10.4 MB)")
 * at each tenth of its bytes and at the end; for a small folder it does nothing.
 *
 * @returns a function to call after each file
 */
function progressLog(
  files: readonly ArticleFile[],
  logger: LoaderContext['logger'],
): (entry: ArticleFile) => void {
  const sizes = new Map(files.map((file) => [file, statSync(file.path).size]));
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (files.length < PROGRESS_FILES && total < PROGRESS_BYTES) return () => {};
  let count = 0;
  let bytes = 0;
  let logged = 0;
  return (entry) => {
    count++;
    bytes += sizes.get(entry) ?? 0;
    const tenth = total === 0 ? 10 : Math.floor((10 * bytes) / total);
    if (tenth > logged || count === files.length) {
      logged = tenth;
      logger.info(
        `parsed ${count}/${files.length} articles (${megabytes(bytes)} of ${megabytes(total)} MB)`,
      );
    }
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function toRecord(article: Article): Record<string, unknown> {
  return { ...article };
}
