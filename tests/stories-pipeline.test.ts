/**
 * The pipeline per story: claims and quote groups never join passages of different stories, and
 * a rebuild re-aligns only the stories whose articles changed.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignStory } from '../src/lib/align/index.ts';
import { groupStories, readStories } from '../src/lib/corpus/index.ts';
import { findDisagreements } from '../src/lib/disagreements/index.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import {
  cachedGroupStories,
  directoryCache,
  groupingDigest,
  reviewAcrossStories,
  runStories,
  runStoriesInParallel,
  storyDigest,
  type StoryRun,
} from '../src/lib/stories/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const LABELLED = join(ROOT, 'tests/fixtures/stories');
const temp = mkdtempSync(join(tmpdir(), 'parallax-runs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A flat folder holding the seeds and every labelled story's articles. */
function mixedFolder(name: string): string {
  const dir = join(temp, name, 'content/articles');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(join(ROOT, 'content/articles'))) {
    if (file.endsWith('.txt')) copyFileSync(join(ROOT, 'content/articles', file), join(dir, file));
  }
  for (const story of readdirSync(LABELLED, { withFileTypes: true })) {
    if (!story.isDirectory()) continue;
    for (const file of readdirSync(join(LABELLED, story.name, 'articles'))) {
      copyFileSync(join(LABELLED, story.name, 'articles', file), join(dir, file));
    }
  }
  return join(temp, name);
}

describe('runStories', () => {
  const root = mixedFolder('mixed');
  const { articles, grouping } = readStories({ root });
  const { runs, stats } = runStories(grouping.stories, articles);

  it('aligns and groups quotes story by story: nothing joins two stories', () => {
    expect(stats).toMatchObject({ stories: 7, aligned: 7, cached: 0 });
    for (const run of runs) {
      const members = new Set(run.articles.map((article) => article.id));
      for (const claim of run.alignment.claims) {
        for (const span of claim.spans) expect(members).toContain(span.article);
      }
      for (const group of run.quoteGroups) {
        for (const quote of group.variants) expect(members).toContain(quote.article);
      }
    }
    const claims = runs.reduce((sum, run) => sum + run.alignment.claims.length, 0);
    expect(claims).toBeGreaterThan(20);
  });

  it('gives each story exactly what the pipeline gives its articles alone', () => {
    const tram = runs.find((run) => run.articles.some((a) => a.id === 'meridian-wire'))!;
    const quoteGroups = groupQuotes(tram.articles);
    const quotes = quoteGroups.flatMap((group) => group.variants);
    const alignment = alignStory(tram.articles, { quotes });
    expect(tram.quoteGroups).toEqual(quoteGroups);
    expect(tram.alignment).toEqual(alignment);
    expect(tram.disagreements).toEqual(
      findDisagreements({ articles: tram.articles, alignment, quoteGroups }),
    );
    expect(runs.map((run) => run.id)).toEqual(grouping.stories.map((story) => story.id));
  });

  it('gives each story the editor’s review pairs of its own articles only', () => {
    const tram = runs.find((run) => run.articles.some((a) => a.id === 'meridian-wire'))!;
    const claim = tram.alignment.claims.find(
      (c) => new Set(c.spans.map((span) => span.article)).size >= 2,
    )!;
    const [x, y] = claim.spans.filter(
      (span, k, all) => all[0]!.article !== span.article || k === 0,
    );
    const key = (span: typeof x) => `${span!.article}#${span!.sentence}`;
    const other = runs.find((run) => run !== tram)!;
    const across = `${other.articles[0]!.id}#s-0`;
    const review = {
      same: [{ a: key(x), b: across, line: 2 }],
      different: [{ a: key(x), b: key(y), line: 4 }],
    };
    const reviewed = runStories(grouping.stories, articles, { review });
    const tramAfter = reviewed.runs.find((run) => run.id === tram.id)!;
    for (const c of tramAfter.alignment.claims) {
      const keys = c.spans.map((span) => `${span.article}#${span.sentence}`);
      expect(keys.includes(key(x)) && keys.includes(key(y))).toBe(false);
    }
    // The pair across two stories joins nothing: the other story is as without a review.
    expect(reviewed.runs.find((run) => run.id === other.id)!.alignment).toEqual(other.alignment);
    // … and it is the one pair the build warns about, with both stories named.
    expect(reviewAcrossStories(review, grouping.stories)).toEqual([
      { a: key(x), b: across, line: 2, storyA: tram.id, storyB: other.id },
    ]);
  });

  it('stops when a story names an article it was not given', () => {
    expect(() => runStories([{ id: 'x', articles: ['missing'] }], articles)).toThrow(
      'runStories: story x names unknown article missing',
    );
  });
});

describe('the story cache', () => {
  const root = mixedFolder('cached');
  const cacheDir = join(temp, 'cache');
  const build = (version = 'v1') => {
    const { articles, grouping } = readStories({ root });
    return runStories(grouping.stories, articles, { cacheDir, version });
  };
  const first = build();

  it('computes every story once, then serves them all from the cache, unchanged', () => {
    expect(first.stats).toMatchObject({ stories: 7, aligned: 7, cached: 0 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(7);
    const again = build();
    expect(again.stats).toMatchObject({ stories: 7, aligned: 0, cached: 7 });
    expect(again.runs.map((run) => run.cached)).toEqual(Array(7).fill(true));
    const results = (runs: typeof first.runs) =>
      runs.map(({ alignment, quoteGroups, disagreements }) => ({
        alignment,
        quoteGroups,
        disagreements,
      }));
    // bySentence is a Map: the cache must give one back, not the {} JSON makes of it.
    expect(again.runs[0]!.alignment.bySentence).toBeInstanceOf(Map);
    expect(results(again.runs)).toEqual(results(first.runs));
  });

  it('re-aligns only the story an added article joins', () => {
    const dir = join(root, 'content/articles');
    const text = readFileSync(join(LABELLED, 'tram-vote/articles/meridian-wire.txt'), 'utf8');
    writeFileSync(
      join(dir, 'tram-follow-up.txt'),
      text.replace(/^.*\n/, 'Lisburn tram vote: councillors defend the €610m line\n'),
    );
    const after = build();
    expect(after.stats).toMatchObject({ stories: 7, aligned: 1, cached: 6 });
    const realigned = after.runs.find((run) => !run.cached)!;
    expect(realigned.articles.map((article) => article.id)).toContain('tram-follow-up');
    expect(realigned.articles.map((article) => article.id)).toContain('meridian-wire');
  });

  it('re-aligns only the story whose article changed', () => {
    const file = join(root, 'content/articles/rovers-blog.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nWhat a season it has been.\n`);
    const after = build();
    expect(after.stats).toMatchObject({ aligned: 1, cached: 6 });
    expect(after.runs.find((run) => !run.cached)!.articles.map((a) => a.id)).toContain(
      'rovers-blog',
    );
  });

  it('computes everything again for another version of the code', () => {
    expect(build('v2').stats).toMatchObject({ aligned: 7, cached: 0 });
  });

  it('treats an unreadable entry as a miss, and prunes entries no build used for long', () => {
    const { articles, grouping } = readStories({ root });
    const story = grouping.stories[0]!;
    const digest = storyDigest(
      articles.filter((article) => story.articles.includes(article.id)),
      'v1',
    );
    writeFileSync(join(cacheDir, `${digest}.json`), '{"format": 2, "dig');
    expect(build().stats).toMatchObject({ aligned: 1, cached: 6 });

    const cache = directoryCache(cacheDir);
    const entries = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
    const old = new Date(Date.now() - 40 * 86_400_000);
    for (const name of entries.slice(0, 2)) utimesSync(join(cacheDir, name), old, old);
    expect(cache.prune(30 * 86_400_000)).toBe(2);
    expect(readdirSync(cacheDir)).toHaveLength(entries.length - 2);
  });

  it('keys a story by its articles’ content, not by its id or its files’ order', () => {
    const { articles } = readStories({ root });
    const some = articles.slice(0, 3);
    expect(storyDigest([...some].reverse(), 'v1')).toBe(storyDigest(some, 'v1'));
    expect(storyDigest(some, 'v1')).not.toBe(storyDigest(some.slice(0, 2), 'v1'));
    const edited = { ...some[0]!, meta: { ...some[0]!.meta, title: 'Another title' } };
    expect(storyDigest([edited, ...some.slice(1)], 'v1')).not.toBe(storyDigest(some, 'v1'));
  });
});

describe('the grouping cache', () => {
  const root = mixedFolder('grouping');
  const dir = join(temp, 'grouping-cache');
  const read = (version = 'v1') => {
    let cached: boolean | undefined;
    const result = readStories({
      root,
      group: (input, options) => {
        const run = cachedGroupStories(input, options, { dir, version });
        cached = run.cached;
        return run.grouping;
      },
    });
    return { ...result, cached };
  };
  const first = read();

  it('groups once, then gives back the same grouping from the cache', () => {
    expect(first.cached).toBe(false);
    const again = read();
    expect(again.cached).toBe(true);
    expect(again.grouping).toEqual(first.grouping);
    expect(again.grouping).toEqual(readStories({ root }).grouping);
  });

  it('groups again when an article changes, joins, or the code changes', () => {
    const file = join(root, 'content/articles/rovers-blog.txt');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\nWhat a season it has been.\n`);
    expect(read().cached).toBe(false);
    expect(read().cached).toBe(true);
    writeFileSync(join(root, 'content/articles/rovers-copy.txt'), text);
    const joined = read();
    expect(joined.cached).toBe(false);
    expect(joined.grouping).toEqual(readStories({ root }).grouping);
    expect(read('v2').cached).toBe(false);
  });

  it('keys a grouping by what decides it: articles, story files and options, not file order', () => {
    const { articles } = readStories({ root });
    const input = { articles };
    const key = groupingDigest(input, {}, 'v1');
    expect(groupingDigest({ articles: [...articles].reverse() }, {}, 'v1')).toBe(key);
    expect(groupingDigest({ articles: articles.slice(1) }, {}, 'v1')).not.toBe(key);
    expect(groupingDigest(input, { threshold: 0.2 }, 'v1')).not.toBe(key);
    const flat = { dir: 'content/articles', file: 'content/articles/story.yaml' };
    const pinned = {
      ...flat,
      story: { title: null, summary: null, articles: [articles[0]!.id], split: [] },
    };
    expect(groupingDigest({ articles, flat: pinned }, {}, 'v1')).not.toBe(key);
    const edited = { ...articles[0]!, meta: { ...articles[0]!.meta, published: '2031-01-01' } };
    expect(groupingDigest({ articles: [edited, ...articles.slice(1)] }, {}, 'v1')).not.toBe(key);
  });

  it('never stores a grouping that fails: the error comes back on every build', () => {
    const { articles } = readStories({ root });
    const flat = {
      dir: 'content/articles',
      file: 'content/articles/story.yaml',
      story: { title: null, summary: null, articles: ['no-such-article'], split: [] },
    };
    const input = { articles, flat };
    expect(() => groupStories(input)).toThrow(/no-such-article/);
    expect(() => cachedGroupStories(input, {}, { dir, version: 'v1' })).toThrow(/no-such-article/);
    expect(() => cachedGroupStories(input, {}, { dir, version: 'v1' })).toThrow(/no-such-article/);
  });
});

describe('runStoriesInParallel', () => {
  const root = mixedFolder('parallel');
  const { articles, grouping } = readStories({ root });
  // What a run computes, without its timing.
  const results = (runs: StoryRun[]) =>
    runs.map(({ ms: _ms, ...run }) => ({
      ...run,
      alignment: { ...run.alignment, bySentence: [...run.alignment.bySentence] },
    }));

  it('computes in worker threads exactly what runStories computes, in the same order', async () => {
    const parallel = await runStoriesInParallel(grouping.stories, articles, {
      workers: 2,
      minSentences: 0,
    });
    expect(parallel.stats).toMatchObject({ stories: 7, aligned: 7, cached: 0, threads: 2 });
    const sequential = runStories(grouping.stories, articles);
    expect(sequential.stats.threads).toBe(1);
    expect(results(parallel.runs)).toEqual(results(sequential.runs));
  });

  it('stays on this thread when there is little to compute, and caches as runStories does', async () => {
    const cacheDir = join(temp, 'parallel-cache');
    const first = await runStoriesInParallel(grouping.stories, articles, {
      cacheDir,
      version: 'v1',
    });
    expect(first.stats).toMatchObject({ aligned: 7, threads: 1 });
    const again = await runStoriesInParallel(grouping.stories, articles, {
      cacheDir,
      version: 'v1',
      workers: 2,
      minSentences: 0,
    });
    expect(again.stats).toMatchObject({ aligned: 0, cached: 7, threads: 1 });
  });

  it('reports a story that fails in a worker, naming the story', async () => {
    const broken = new Map(articles.map((article) => [article.id, article]));
    const victim = grouping.stories[0]!;
    const article = broken.get(victim.articles[0]!)!;
    // As many sentences as before, each missing: the pipeline cannot read them.
    broken.set(article.id, { ...article, sentences: article.sentences.map(() => null as never) });
    await expect(
      runStoriesInParallel(grouping.stories, broken, { workers: 2, minSentences: 0 }),
    ).rejects.toThrow(victim.id);
  });
});

describe('stories/index.ts', () => {
  it('exposes its public API', async () => {
    const face = (await import('../src/lib/stories/index.ts')) as Record<string, unknown>;
    expect(Object.keys(face).sort()).toEqual([
      'articleDigest',
      'cachedGroupStories',
      'codeFingerprint',
      'directoryCache',
      'groupingDigest',
      'reviewAcrossStories',
      'runStories',
      'runStoriesInParallel',
      'storyDigest',
      'uniqueQuoteIds',
    ]);
  });
});
