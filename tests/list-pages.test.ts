/**
 * The pages of a story's long lists (claims, quotes, differences): how items are cut into pages
 * (a count and an estimated byte bound), the pages' addresses and links, and that every link
 * into a list, from any page, names the page that holds its fragment.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/lib/model/index.ts';
import { articleView } from '../src/lib/publish/article-view.ts';
import { claimListView, claimPages, claimView } from '../src/lib/publish/claim-view.ts';
import { differencesView } from '../src/lib/publish/differences-page.ts';
import {
  budgetOf,
  LIST_PAGE_BYTES,
  LIST_PAGE_ITEMS,
  listPageNav,
  listPaths,
  paginate,
} from '../src/lib/publish/list-pages.ts';
import { listPagePaths } from '../src/lib/publish/list-paths.ts';
import { navCurrent } from '../src/lib/publish/links.ts';
import { quoteGroupBytes, quotePages, quotesView } from '../src/lib/publish/quote-view.ts';
import { buildStory, type Story } from '../src/lib/publish/story.ts';
import { makeArticle } from './helpers/make-article.ts';
import { claimOf, fixtureStory, groupOf, quoteOf, spanOf, storyOf } from './helpers/make-story.ts';

describe('paginate', () => {
  const budget = { items: 3, bytes: 100 };

  it('closes a page at the item bound, keeping the order', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], () => 1, budget);
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('closes a page before the item that would pass the byte bound', () => {
    expect(paginate([40, 40, 30, 10, 90], (n) => n, budget)).toEqual([[40, 40], [30, 10], [90]]);
  });

  it('gives an item heavier than the bound a page of its own, and makes no empty page', () => {
    expect(paginate([10, 500, 10], (n) => n, budget)).toEqual([[10], [500], [10]]);
    expect(paginate([500], (n) => n, budget)).toEqual([[500]]);
  });

  it('makes one empty page of no items', () => {
    expect(paginate([], () => 1, budget)).toEqual([[]]);
  });
});

describe('list page addresses', () => {
  it('has the first page at the list’s address, the others at …/2/, …/3/', () => {
    expect(listPaths(1)).toEqual([{ params: { page: undefined }, props: { page: 1 } }]);
    expect(listPaths(3).map(({ params }) => params.page)).toEqual([undefined, '2', '3']);
  });

  it('links every page, the current one marked, with the pages before and after', () => {
    const nav = listPageNav('/stories/big/quotes/', 3, 2);
    expect(nav).toMatchObject({
      page: 2,
      pages: 3,
      prev: '/stories/big/quotes/',
      next: '/stories/big/quotes/3/',
    });
    expect(nav.pageLinks.map((link) => [link.href, link.current])).toEqual([
      ['/stories/big/quotes/', false],
      ['/stories/big/quotes/2/', true],
      ['/stories/big/quotes/3/', false],
    ]);
    expect(listPageNav('/quotes/', 1, 1)).toEqual({
      page: 1,
      pages: 1,
      pageLinks: [],
      prev: null,
      next: null,
    });
    // A page past the last is the last.
    expect(listPageNav('/quotes/', 3, 9)).toMatchObject({ page: 3, next: null });
  });

  it('marks the main navigation’s link to a list on every page of that list', () => {
    expect(navCurrent('/stories/big/claims/', '/stories/big/claims/')).toBe('page');
    expect(navCurrent('/stories/big/claims/2/', '/stories/big/claims/')).toBe('true');
    expect(navCurrent('/stories/big/claims/12/', '/stories/big/claims/')).toBe('true');
    expect(navCurrent('/page/3/', '/')).toBe('true');
    expect(navCurrent('/claims/c-1r3pxpu2ls2/', '/claims/')).toBeUndefined();
    expect(navCurrent('/stories/big/claims/0/', '/stories/big/claims/')).toBeUndefined();
    expect(navCurrent('/stories/big/', '/')).toBeUndefined();
    expect(navCurrent('/stories/big/quotes/2/', '/stories/big/claims/')).toBeUndefined();
  });

  it('takes the story’s item bound when it sets one', () => {
    const story = storyOf([makeArticle('a', ['One.'])]);
    expect(budgetOf(story)).toEqual({ items: LIST_PAGE_ITEMS, bytes: LIST_PAGE_BYTES });
    expect(budgetOf({ ...story, listPageItems: 2 }).items).toBe(2);
  });
});

describe('a large story’s list of claims', () => {
  // 250 sentences shared by two sources each: 250 entries.
  const articles = ['a', 'b'].map((id) =>
    makeArticle(
      id,
      Array.from({ length: 250 }, (_, n) => `Sentence number ${n} here.`),
    ),
  );
  const claims = Array.from({ length: 250 }, (_, n) =>
    claimOf(`c-${n}`, [spanOf(articles[0]!, n), spanOf(articles[1]!, n)]),
  );
  const story = buildStory({
    articles,
    alignment: { claims, bySentence: new Map(), stats: {} as never, borderline: [] },
    quoteGroups: [],
    meta: { title: null, summary: null },
    id: 'big',
  });

  it('lists LIST_PAGE_ITEMS entries a page, numbered on from the page before', () => {
    expect(listPagePaths(story, 'claims').map(({ params }) => params.page)).toEqual([
      undefined,
      '2',
      '3',
    ]);
    const second = claimListView(story, 2);
    expect(second.claims).toHaveLength(LIST_PAGE_ITEMS);
    expect(second).toMatchObject({ first: 101, entries: 250, total: 250, page: 2, pages: 3 });
    expect(second.claims[0]!.id).toBe('c-100');
    expect(claimListView(story, 3).claims).toHaveLength(50);
  });

  it('links each claim’s page to its entry, on the page that lists it', () => {
    expect(claimView(story, claims[0]!).listHref).toBe('/stories/big/claims/#c-0');
    expect(claimView(story, claims[100]!).listHref).toBe('/stories/big/claims/2/#c-100');
    expect(claimView(story, claims[249]!).listHref).toBe('/stories/big/claims/3/#c-249');
  });
});

describe('a quotation group larger than a page', () => {
  const articles = Array.from({ length: 400 }, (_, n) =>
    makeArticle(`a${String(n).padStart(3, '0')}`, ['First.', 'Second.']),
  );
  const long = 'We will not accept any of the terms that were put before us today, '.repeat(4);
  const groups = [
    groupOf(
      'q-small',
      articles.slice(0, 2).map((a) => quoteOf(a, 0, 'Short words', { speaker: 'Ann Lee' })),
    ),
    groupOf(
      'q-huge',
      articles.map((a, n) => quoteOf(a, 1, `${long} ${n}`, { speaker: 'Ann Lee' })),
    ),
    groupOf(
      'q-after',
      articles.slice(0, 2).map((a) => quoteOf(a, 0, 'Other words', { speaker: 'Bo Li' })),
    ),
  ];
  const story = storyOf(articles, [], groups);

  it('stands alone on its page; the pages around it stay within the byte bound', () => {
    const { pages } = quotePages(story);
    expect(pages.map((items) => items.length)).toEqual([1, 1, 1]);
    const huge = quotesView(story, 2).speakers[0]!;
    expect(huge).toMatchObject({ name: 'Ann Lee', continued: true });
    expect(quoteGroupBytes(huge.groups[0]!)).toBeGreaterThan(LIST_PAGE_BYTES);
    // Every wording diffed once, against the reference; the speakers' links lead to their pages.
    expect(huge.groups[0]!.variants.filter((v) => v.compare !== null)).toHaveLength(399);
    expect(quotesView(story, 3).speakerLinks).toEqual([
      { name: 'Ann Lee', href: '/quotes/#speaker-ann-lee', count: 2 },
      { name: 'Bo Li', href: '/quotes/3/#speaker-bo-li', count: 1 },
    ]);
  });
});

// One item a page: every list of the story is cut into as many pages as it has items.
const storyFrom = (name: string): Story => fixtureStory(name, { id: name, listPageItems: 1 });

/** Every string of a view that is an address into a list page (`/…/quotes/2/#q-…`). */
function listLinks(view: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (/^\/(?:stories\/[^/]+\/)?(?:claims|quotes|differences)\/(?:\d+\/)?#/.test(node))
        out.push(node);
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(view);
  return out;
}

/** Each list page's address → the fragment ids it holds. */
function listAnchors(story: Story): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const add = (kind: string, page: number, ids: string[]) =>
    anchors.set(`${story.base}/${kind}/${page > 1 ? `${page}/` : ''}`, new Set(ids));
  for (const { props } of listPagePaths(story, 'claims')) {
    add(
      'claims',
      props.page,
      claimListView(story, props.page).claims.map((claim) => claim.id),
    );
  }
  for (const { props } of listPagePaths(story, 'quotes')) {
    const view = quotesView(story, props.page);
    add('quotes', props.page, [
      ...view.speakers.flatMap((speaker) => [speaker.id, ...speaker.groups.map((g) => g.id)]),
      ...view.terms.map((term) => term.id),
    ]);
  }
  for (const { props } of listPagePaths(story, 'differences')) {
    const view = differencesView(story, props.page);
    add(
      'differences',
      props.page,
      view.groups.flatMap((group) => [group.id, ...group.differences.map((d) => d.id)]),
    );
  }
  return anchors;
}

describe('links into paginated lists, one item a page', { timeout: 120_000 }, () => {
  for (const name of ['storm-coast', 'plant-fire', 'tram-vote']) {
    it(`${name}: every link names the page that holds its fragment`, () => {
      const story = storyFrom(name);
      const anchors = listAnchors(story);
      const links = [
        ...story.articles.flatMap((article: Article) => listLinks(articleView(story, article))),
        ...story.alignment.claims.map((claim) => claimView(story, claim).listHref),
        ...listPagePaths(story, 'quotes').flatMap(({ props }) =>
          listLinks(quotesView(story, props.page)),
        ),
        ...listPagePaths(story, 'differences').flatMap(({ props }) =>
          listLinks(differencesView(story, props.page)),
        ),
      ];
      const broken = links.filter((link) => {
        const [path, fragment] = link.split('#') as [string, string];
        return !anchors.get(path)?.has(fragment);
      });
      expect(broken).toEqual([]);
      // The check means something: links lead past the first page of each list that has them.
      const kinds = new Set(
        links.filter((link) => /\/\d+\/#/.test(link)).map((link) => link.split('/').at(-3)),
      );
      expect(kinds).toEqual(
        new Set([
          'claims',
          ...(story.quoteGroups.length > 1 ? ['quotes'] : []),
          ...(story.disagreements.length > 1 ? ['differences'] : []),
        ]),
      );
      expect(claimPages(story).pages.length).toBeGreaterThan(1);
    });
  }
});
