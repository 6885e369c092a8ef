/**
 * The editor's review at build level: `review.yaml` beside the articles folder changes the
 * published claims exactly as it says, and a bad one stops the build naming the file and line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimsExport } from '../src/lib/publish/export.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const astro = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);

const ARTICLES = {
  'harbor-gazette.txt':
    'Port closure lifts wheat prices\n\nWheat prices rose sharply after the Black Sea port closed for repairs.\n\nThe mayor opened a new library in the old town hall on Saturday.\n',
  'eastbridge-courier.txt':
    'Wheat climbs as port shuts\n\nWheat prices climbed sharply after the closure of the Black Sea port.\n\nDockworkers in Rotterdam began a three-day strike over pensions.\n',
};

// Each build's folder (articles, cache, dist), removed when the file's tests are done: the
// tests read the built pages after buildWith returns.
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function buildWith(review: string) {
  const root = mkdtempSync(join(tmpdir(), 'parallax-review-build-'));
  temps.push(root);
  mkdirSync(join(root, 'articles'));
  for (const [name, text] of Object.entries(ARTICLES)) {
    writeFileSync(join(root, 'articles', name), text);
  }
  writeFileSync(join(root, 'review.yaml'), review);
  const build = spawnSync(process.execPath, [astro, 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PARALLAX_ARTICLES: join(root, 'articles'),
      PARALLAX_OUT_DIR: join(root, 'dist'),
      PARALLAX_CACHE_DIR: join(root, 'cache'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const data = join(root, 'dist/data/claims.json');
  return {
    status: build.status,
    output: `${build.stdout}\n${build.stderr}`,
    claims: existsSync(data) ? (JSON.parse(readFileSync(data, 'utf8')) as ClaimsExport) : null,
    reviewPage: join(root, 'dist/review/index.html'),
  };
}

const together = (data: ClaimsExport, x: string, y: string) =>
  data.claims.some((c) => {
    const keys = c.spans.map((s) => `${s.article}#${s.anchor}`);
    return keys.includes(x) && keys.includes(y);
  });

// Each test runs a whole Astro build, which takes tens of seconds on a busy two-core machine.
describe('review file in the build', { timeout: 240_000 }, () => {
  it('publishes exactly the decisions it lists, marking the joins it made', () => {
    const build = buildWith(
      'same:\n  - [harbor-gazette#s-2, eastbridge-courier#s-2]\ndifferent:\n  - [harbor-gazette#s-1, eastbridge-courier#s-1]\n',
    );
    expect(build.status, build.output).toBe(0);
    const data = build.claims!;
    expect(together(data, 'harbor-gazette#s-2', 'eastbridge-courier#s-2')).toBe(true);
    expect(together(data, 'harbor-gazette#s-1', 'eastbridge-courier#s-1')).toBe(false);
    const joined = data.claims.flatMap((c) => c.spans).filter((s) => s.review);
    expect(joined.map((s) => `${s.article}#${s.anchor}`).sort()).toEqual([
      'eastbridge-courier#s-2',
      'harbor-gazette#s-2',
    ]);
    const page = readFileSync(build.reviewPage, 'utf8');
    expect(page).toContain('<meta name="robots" content="noindex">');
    // Built, but linked from no public page's navigation.
    const home = readFileSync(join(dirname(build.reviewPage), '../index.html'), 'utf8');
    expect(home).not.toContain('href="/review/"');
  });

  it('stops on a pair within one article, naming the file and the line', () => {
    const build = buildWith('different:\n  - [harbor-gazette#s-1, harbor-gazette#s-2]\n');
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(
      /review\.yaml: line 2: both sentences are in one article; a review pair joins two articles/,
    );
    expect(build.claims).toBeNull();
  });
});
