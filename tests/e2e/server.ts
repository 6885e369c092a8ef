/**
 * Helpers for end-to-end tests: serve the built site from `dist/` on a free local port, and
 * launch Debian's Chromium headless through playwright-core (never a downloaded browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import sirv from 'sirv';

/** The built site: `dist/`, or `PARALLAX_OUT_DIR` (as the build and the page gates read it). */
export const DIST = resolve(import.meta.dirname, '../..', process.env.PARALLAX_OUT_DIR ?? 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  /** Origin of the served site, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site (default `dist/`) as a static host would: directory indexes, and the
 * site's own 404 page with status 404 for anything else.
 *
 * @throws Error when the folder holds no build (run `npm run build` first)
 */
export async function startSite(dir: string = DIST): Promise<Site> {
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site: run \`npm run build\` first`);
  }
  const serve = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFoundPage = resolve(dir, '404.html');
  const server = createServer((req, res) => {
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Launches headless Chromium with the flags this sandbox needs (no background networking: the
 * machine's network is closed).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The site and browser of one test file, set once its `beforeAll` has run. */
export interface TestSite {
  site: Site;
  browser: Browser;
}

/**
 * Serves the built site and launches Chromium before the calling file's tests, and closes both
 * after them. Read the fields inside tests only (they are set in `beforeAll`).
 */
export function useSiteAndBrowser(dir: string = DIST): TestSite {
  const env = {} as TestSite;
  beforeAll(async () => {
    env.site = await startSite(dir);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
