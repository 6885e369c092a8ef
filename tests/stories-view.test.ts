/**
 * The list of stories and the site-wide views of a site of several stories: rows, order,
 * pagination, per-story addresses, the export and the search filters.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteExport } from '../src/lib/publish/export.ts';
import { articleView } from '../src/lib/publish/article-view.ts';
import { overviewView } from '../src/lib/publish/overview.ts';
import { siteSearchFilters } from '../src/lib/publish/search-view.ts';
import {
  STORIES_PER_PAGE,
  storiesPageCount,
  storiesPageHref,
  storiesView,
  storyLinksView,
  storyRow,
  type StoryEntry,
} from '../src/lib/publish/stories-view.ts';
import { buildStory } from '../src/lib/publish/story.ts';
import { uniqueQuoteIds } from '../src/lib/stories/index.ts';
import { makeArticle } from './helpers/make-article.ts';
import { alignmentOf, claimOf, groupOf, quoteOf, spanOf } from './helpers/make-story.ts';

/** A story of `n` articles with one claim over the first two, dated `date` when given. */
function entry(id: string, n: number, date: string | null, title: string | null = null) {
  const articles = Array.from({ length: n }, (_, k) => {
    const article = makeArticle(`${id}-${k}`, ['A shared sentence.', 'Only here.']);
    article.meta.published = date;
    article.meta.outlet = k === 0 ? 'Wire' : `Paper ${k}`;
    return article;
  });
  const claims =
    n >= 2 ? [claimOf(`c-${id}`, [spanOf(articles[0]!, 0), spanOf(articles[1]!, 0)])] : [];
  const story = buildStory({
    articles,
    alignment: alignmentOf(claims),
    quoteGroups: [groupOf(`q-${id}`, [quoteOf(articles[0]!, 1, 'Only here', { speaker: 'X' })])],
    meta: { title, summary: null },
    id,
  });
  return { id, story } satisfies StoryEntry;
}

describe('storyRow', () => {
  it('gives title, outlets, dates, size, shared and unique share and differences', () => {
    const row = storyRow(entry('tram', 3, '2026-03-04', 'Tram line approved'));
    expect(row).toEqual({
      id: 'tram',
      href: '/stories/tram/',
      title: 'Tram line approved',
      titled: true,
      outlets: ['Wire', 'Paper 1', 'Paper 2'],
      sources: 'Wire, Paper 1, Paper 2',
      articles: 3,
      dates: { first: '2026-03-04', last: '2026-03-04' },
      claims: 1,
      // Two of six body sentences carry the claim.
      shared: '33%',
      unique: '67%',
      disagreements: 0,
    });
  });

  it('counts the sources that name no outlet beside the named ones', () => {
    const tram = entry('tram', 3, '2026-03-04');
    for (const article of tram.story.articles.slice(1)) article.meta.outlet = null;
    expect(storyRow(tram).sources).toBe('Wire and 2 unnamed sources');
    tram.story.articles[0]!.meta.outlet = null;
    expect(storyRow(tram).sources).toBe('');
  });

  it('falls back to the first article’s headline, and to no dates', () => {
    const row = storyRow(entry('zoo', 1, null));
    // makeArticle's headline is its id.
    expect(row.title).toBe('zoo-0');
    expect(row.titled).toBe(false);
    expect(row.dates).toBeNull();
    expect(row.shared).toBe('0%');
  });
});

describe('storiesView', () => {
  it('lists stories newest first, undated last, larger first on the same day', () => {
    const view = storiesView([
      entry('old', 2, '2025-01-01'),
      entry('undated', 5, null),
      entry('new-small', 2, '2026-01-01'),
      entry('new-large', 4, '2026-01-01'),
    ]);
    expect(view.rows.map((row) => row.id)).toEqual(['new-large', 'new-small', 'old', 'undated']);
    expect(view).toMatchObject({ page: 1, pages: 1, first: 1, stories: 4, articles: 13 });
    expect(view.pageLinks).toEqual([]);
    expect(view.prev).toBeNull();
    expect(view.next).toBeNull();
  });

  it('pages a long list: page 1 at /, then /page/<n>/', () => {
    const many = Array.from({ length: 7 }, (_, k) => entry(`s${k}`, 1, `2026-01-0${k + 1}`));
    const second = storiesView(many, 2, 3);
    expect(second.rows.map((row) => row.id)).toEqual(['s3', 's2', 's1']);
    expect(second).toMatchObject({ page: 2, pages: 3, first: 4, prev: '/', next: '/page/3/' });
    expect(second.pageLinks.map((link) => [link.href, link.current])).toEqual([
      ['/', false],
      ['/page/2/', true],
      ['/page/3/', false],
    ]);
    expect(storiesView(many, 99, 3).page).toBe(3);
    expect(storiesPageCount(0)).toBe(1);
    expect(storiesPageCount(STORIES_PER_PAGE + 1)).toBe(2);
    expect(storiesPageHref(1)).toBe('/');
  });
});

describe('pages of one story on a site of several', () => {
  const tram = entry('tram', 2, '2026-03-04');

  it('link to the story’s own claims, quotes and differences', () => {
    expect(tram.story.base).toBe('/stories/tram');
    expect(overviewView(tram.story)).toMatchObject({
      claimsHref: '/stories/tram/claims/',
      differences: { href: '/stories/tram/differences/' },
    });
    const view = articleView(tram.story, tram.story.articles[0]!);
    expect(JSON.stringify(view)).toContain('/stories/tram/quotes/#q-tram');
  });

  it('keep today’s addresses on a single-story site', () => {
    const { id: _id, ...parts } = tram.story;
    const single = buildStory(parts);
    expect(single.base).toBe('');
    expect(overviewView(single).claimsHref).toBe('/claims/');
  });

  it('site-wide lists link to each story’s own list', () => {
    const view = storyLinksView([entry('a', 2, '2025-01-01'), tram], 'quotes');
    expect(view.rows.map((row) => [row.href, row.count])).toEqual([
      ['/stories/tram/quotes/', 1],
      ['/stories/a/quotes/', 1],
    ]);
    expect(view).toMatchObject({ pages: 1, pageLinks: [], prev: null, next: null });
  });

  it('site-wide lists come a page of stories at a time, in the order of the stories list', () => {
    const entries = [tram, entry('a', 2, '2025-01-01'), entry('b', 2, '2024-01-01')];
    const order = storyLinksView(entries, 'claims', 1, 10).rows.map((row) => row.href);
    const pages = [1, 2, 3].map((page) => storyLinksView(entries, 'claims', page, 1));
    expect(pages.map((view) => view.rows.map((row) => row.href))).toEqual(order.map((h) => [h]));
    expect(pages[1]).toMatchObject({
      title: 'Claims, page 2 of 3',
      page: 2,
      pages: 3,
      first: 2,
      prev: '/claims/',
      next: '/claims/3/',
    });
    expect(pages[1]!.pageLinks.map((link) => [link.href, link.current])).toEqual([
      ['/claims/', false],
      ['/claims/2/', true],
      ['/claims/3/', false],
    ]);
    expect(storyLinksView(entries, 'claims', 9, 1).page).toBe(3);
  });
});

describe('the site export and search filters', () => {
  const stories = [entry('tram', 2, '2026-03-04', 'Tram'), entry('zoo', 2, null, 'Zoo')];

  it('lists the stories and tags every article, claim and quote group with its story', () => {
    const data = buildSiteExport(
      stories.map(({ id, story }) => ({ ...story, id, title: story.meta.title! })),
    );
    expect(data.stories).toEqual([
      { id: 'tram', title: 'Tram', articles: ['tram-0', 'tram-1'] },
      { id: 'zoo', title: 'Zoo', articles: ['zoo-0', 'zoo-1'] },
    ]);
    expect(data.claims.map((c) => [c.id, c.story])).toEqual([
      ['c-tram', 'tram'],
      ['c-zoo', 'zoo'],
    ]);
    for (const claim of data.claims) {
      for (const span of claim.spans) expect(span.article.startsWith(`${claim.story}-`)).toBe(true);
    }
    expect(data.quotes.map((q) => q.story)).toEqual(['tram', 'zoo']);
    expect(data.articles.map((a) => a.story)).toEqual(['tram', 'tram', 'zoo', 'zoo']);
  });

  it('offers a story filter only when there are several stories', () => {
    const filters = siteSearchFilters(stories);
    expect(filters.stories).toEqual([
      { value: 'tram', label: 'Tram' },
      { value: 'zoo', label: 'Zoo' },
    ]);
    // Not the stories' sources and speakers: the search page offers the chosen story's.
    expect([filters.sources, filters.speakers]).toEqual([[], []]);
    expect(siteSearchFilters([stories[0]!]).sources.map((s) => s.label)).toContain('Wire');
    expect(siteSearchFilters([stories[0]!]).stories).toEqual([]);
    expect(filters.storyCount).toBe(2);
  });

  it('lists only the first page of the list of stories in the story filter, counting them all', () => {
    const first = siteSearchFilters(stories, 1);
    expect(first.stories).toEqual([siteSearchFilters(stories).stories[0]]);
    expect(first.storyCount).toBe(2);
  });
});

describe('uniqueQuoteIds', () => {
  it('renames a quote group id an earlier story uses, in its disagreements too', () => {
    const result = (id: string) => ({
      id,
      alignment: alignmentOf([]),
      quoteGroups: [
        groupOf('q-same', [quoteOf(makeArticle(id, ['Said.']), 0, 'Said', { speaker: 'X' })]),
      ],
      disagreements: [
        { id: `d-${id}`, kind: 'speaker' as const, claim: 'q-same', subject: 's', versions: [] },
      ],
    });
    const [first, second] = uniqueQuoteIds([result('a'), result('b')]);
    expect(first!.quoteGroups[0]!.id).toBe('q-same');
    expect(second!.quoteGroups[0]!.id).toBe('q-same-b');
    expect(second!.disagreements[0]!.claim).toBe('q-same-b');
  });
});
