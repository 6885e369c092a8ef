/**
 * Content digests: what a story's cached results are keyed by. A story's digest changes when any
 * of its articles changes, when an article joins or leaves it, and when the pipeline's code
 * changes; it does not change with the story's id or with other stories.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareIds, type Article } from '../model/index.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted: the same value gives the same text, whatever built it. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The digest of a parsed article: its whole model (text, offsets, metadata), so any change of
 * its file that reaches the pipeline changes it, however the article was read.
 */
export function articleDigest(article: Article): string {
  let digest = digests.get(article);
  if (digest === undefined) {
    digest = sha256(stableJson(article));
    digests.set(article, digest);
  }
  return digest;
}

// The grouping's key and each story's digest both need every article's: computed once. Articles
// are never changed once parsed, so an article object's digest never goes stale.
const digests = new WeakMap<Article, string>();

/**
 * The digest of a story: the pipeline's version and its articles' sorted ids and digests.
 *
 * @param version the pipeline's code version (see `codeFingerprint`)
 */
export function storyDigest(articles: readonly Article[], version: string): string {
  const members = [...articles]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((article) => `${article.id}\t${articleDigest(article)}`);
  return sha256([version, ...members].join('\n'));
}

/**
 * A fingerprint of code and data files: the digest of every file under the given paths (files or
 * folders, recursively; missing paths count as missing), by path relative to `root`. A cached
 * result computed by other code is not reused.
 */
export function codeFingerprint(paths: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) {
      hash.update(`missing ${relative(root, path)}\n`);
      return;
    }
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(`${relative(root, path)}\n`).update(readFileSync(path));
  };
  for (const path of paths) visit(path);
  return hash.digest('hex');
}
