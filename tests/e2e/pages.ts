/**
 * Discovery of the pages a build produced, for the quality gates: every gate runs over every
 * `.html` file in the output folder, never over a hard-coded list, so new pages are checked as
 * soon as they are built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The built site the gates check: `PARALLAX_OUT_DIR` when set (the same variable that moves the
 * build in `astro.config.ts`, so `PARALLAX_OUT_DIR=/tmp/x npm test` builds and checks /tmp/x),
 * otherwise `dist/`.
 */
export const SITE_DIR = resolve(ROOT, process.env.PARALLAX_OUT_DIR ?? 'dist');

/** One built HTML page. */
export interface BuiltPage {
  /** Absolute path of the file. */
  path: string;
  /** Path relative to the site folder, forward slashes (`articles/x/index.html`). */
  file: string;
  /** Address the page is served at (`/`, `/articles/x/`, `/404.html`). */
  url: string;
}

/**
 * Lists every file under a folder, recursively.
 *
 * @returns paths relative to `dir`, forward slashes, sorted
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Maps a file of the built site to the address it is served at.
 *
 * @param file path relative to the site folder, forward slashes
 */
export function fileToUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * Lists every HTML page of a built site.
 *
 * @throws Error when the folder holds no build: the gates must never pass on nothing
 */
export function listPages(dir: string = SITE_DIR): BuiltPage[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site: run \`npm run build\` first`);
  }
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: join(dir, file), file, url: fileToUrl(file) }));
}

/**
 * The kind of page an address is, for reports and per-kind budgets: the first path segment
 * (`articles`, `claims`, `search`…), `home` for `/`, or the file name for root files (`404.html`).
 */
export function pageKind(url: string): string {
  if (url === '/') return 'home';
  return url.split('/').filter(Boolean)[0] ?? 'home';
}
