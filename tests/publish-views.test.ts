/**
 * The publish stage's views: what each page shows, computed from a story without Astro. Small
 * hand-made stories pin each rule; the seed story checks the views' invariants at full size.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/lib/model/index.ts';
import {
  articlePaths,
  articleView,
  readableDate,
  bodyOf,
  ONLY_HERE_LISTED,
} from '../src/lib/publish/article-view.ts';
import {
  claimListView,
  claimPaths,
  claimView,
  LISTED_PASSAGES,
} from '../src/lib/publish/claim-view.ts';
import {
  comparePaths,
  compareView,
  type CompareRow,
  type Pointer,
} from '../src/lib/publish/compare-view.ts';
import { comparablePairs, sharedClaims } from '../src/lib/publish/compare-pairs.ts';
import { compareHref } from '../src/lib/publish/links.ts';
import { compareIds } from '../src/lib/model/index.ts';
import { bodySentences, coverageOf, percent, shareOf } from '../src/lib/publish/coverage.ts';
import { wordDiff } from '../src/lib/publish/diff.ts';
import {
  COVERAGE_ROWS,
  OVERVIEW_SOURCES,
  overviewView,
  SOURCES_PER_PAGE,
  sourcesPageView,
  sourcesPaths,
  TOP_CLAIMS,
} from '../src/lib/publish/overview.ts';
import { quoteReference, quotesView, speakerId } from '../src/lib/publish/quote-view.ts';
import { searchFilters } from '../src/lib/publish/search-view.ts';
import {
  buildStory,
  claimsOf,
  quotesStartingAt,
  sentenceNumber,
  sentencePlace,
} from '../src/lib/publish/story.ts';
import { claimEntries } from '../src/lib/publish/claim-groups.ts';
import { headlineSpan } from '../src/lib/publish/labels.ts';
import { makeArticle } from './helpers/make-article.ts';
import {
  alignmentOf,
  claimOf,
  groupOf,
  quoteOf,
  seedStory,
  spanOf,
  storyOf,
} from './helpers/make-story.ts';

/** Sets the kind of sentence `index` and of its block (`makeArticle` makes paragraphs). */
function setKind(article: Article, index: number, kind: Article['sentences'][number]['kind']) {
  article.sentences[index]!.kind = kind;
  article.blocks[article.sentences[index]!.block]!.kind = kind;
}

describe('buildStory', () => {
  const a = makeArticle('a', ['One.', 'Two.']);
  const b = makeArticle('b', ['One again.']);
  a.meta.outlet = 'AP';
  const claim = claimOf('c-1', [spanOf(a, 0), spanOf(b, 0)]);
  const speech = quoteOf(a, 1, 'Two', { speaker: 'X' });
  const term = quoteOf(b, 0, 'One', { kind: 'term' });
  const story = storyOf([a, b], [claim], [groupOf('q-1', [speech]), groupOf('q-2', [term])]);

  it('indexes articles, claims and source labels', () => {
    expect(story.byId.get('b')).toBe(b);
    expect(story.claimsById.get('c-1')).toBe(claim);
    expect([...story.labels]).toEqual([
      ['a', 'AP'],
      ['b', 'Source 1'],
    ]);
  });

  it('finds the claims of a sentence, none for a sentence without', () => {
    expect(claimsOf(story, 'a', 's-0')).toEqual([claim]);
    expect(claimsOf(story, 'a', 's-1')).toEqual([]);
    expect(claimsOf(story, 'zzz', 's-0')).toEqual([]);
  });

  it('lists the speech quotes opening in a sentence, not the terms', () => {
    expect(quotesStartingAt(story, 'a', 's-1').map(({ quote }) => quote)).toEqual([speech]);
    expect(quotesStartingAt(story, 'a', 's-1')[0]!.group.id).toBe('q-1');
    expect(quotesStartingAt(story, 'b', 's-0')).toEqual([]);
  });
});

describe('coverage', () => {
  const text = 'Prices rose sharply; the port closed.';
  const a = makeArticle('a', [text, 'Only here.', '# A heading']);
  const b = makeArticle('b', ['Prices rose sharply.']);
  const c = makeArticle('c', ['The port closed.', 'Prices rose.']);
  // A clause claim and a whole-sentence claim on a's first sentence; c carries both.
  const clause = claimOf('c-clause', [spanOf(a, 0, 0, 19), spanOf(b, 0), spanOf(c, 1)]);
  const whole = claimOf('c-whole', [spanOf(a, 0), spanOf(c, 0), spanOf(c, 1)]);
  const story = storyOf([a, b, c], [clause, whole]);

  it('shares a sentence: its claims, other sources once each, its own spans', () => {
    const share = shareOf(story, 'a', a.sentences[0]!);
    expect(share.claims).toEqual([clause, whole]);
    expect(share.own.map((s) => [s.start, s.end])).toEqual([
      [0, 19],
      [0, text.length],
    ]);
    // c's second sentence is in both claims: listed once.
    expect(share.counterparts.map((s) => `${s.article}#${s.sentence}`)).toEqual([
      'b#s-0',
      'c#s-1',
      'c#s-0',
    ]);
    expect(share.others).toEqual(['b', 'c']);
    expect(shareOf(story, 'a', a.sentences[1]!)).toEqual({
      claims: [],
      counterparts: [],
      others: [],
      own: [],
    });
  });

  it('gives each claim of a sentence a link text of its own in the sentence’s note', () => {
    const block = articleView(story, a).body.find((part) => part.kind === 'block');
    if (block?.kind !== 'block') throw new Error('expected a paragraph');
    expect(block.notes[0]!.claims.map((claim) => claim.text)).toEqual([
      'compare all 3 wordings',
      'compare all 2 wordings of another claim in this sentence',
    ]);
  });

  it('leaves a claim’s other spans in the same article out of the counterparts', () => {
    const share = shareOf(story, 'c', c.sentences[0]!);
    expect(share.counterparts.map((s) => s.article)).toEqual(['a']);
    expect(share.others).toEqual(['a']);
  });

  it('counts body sentences only, shared and not', () => {
    expect(bodySentences(a).map((s) => s.id)).toEqual(['s-0', 's-1']);
    expect(coverageOf(story, a)).toEqual({
      bodySentences: 2,
      sharedSentences: 1,
      sharedShare: 0.5,
      uniqueSentences: 1,
      claims: 2,
    });
    const empty = makeArticle('e', ['# Only a heading']);
    expect(coverageOf(storyOf([empty]), empty).sharedShare).toBe(0);
  });

  it('formats shares as whole percentages', () => {
    expect([0, 2 / 3, 0.5, 1].map(percent)).toEqual(['0%', '67%', '50%', '100%']);
  });
});

describe('overviewView', () => {
  const a = makeArticle('a', ['Wheat prices rose.', 'The port closed.']);
  const b = makeArticle('b', ['# Markets', 'Wheat prices went up.', 'Nothing else.']);
  const c = makeArticle('c', ['The port shut.', 'Wheat got dearer.']);
  a.meta.outlet = 'AP';
  c.meta.outlet = 'AP';
  b.meta.title = 'Markets today';
  const wheat = claimOf('c-wheat', [spanOf(a, 0), spanOf(b, 1), spanOf(c, 1)]);
  const port = claimOf('c-port', [spanOf(a, 1), spanOf(c, 0)]);
  const view = overviewView(storyOf([a, b, c], [wheat, port]));

  it('titles the page from story.yaml, or neutrally', () => {
    expect([view.title, view.heading, view.summary]).toEqual([
      'Parallax',
      'One story, 3 sources',
      null,
    ]);
    expect(view.description).toBe(
      'How 3 sources cover one story: 2 shared claims, compared sentence by sentence.',
    );
    const about = { title: 'Wheat and the port', summary: 'Three outlets on the port.' };
    const named = overviewView(storyOf([a, b, c], [wheat, port], [], about));
    expect([named.title, named.heading, named.description, named.summary]).toEqual([
      about.title,
      about.title,
      about.summary,
      about.summary,
    ]);
  });

  it('lists every source with its share of shared sentences', () => {
    expect(view.sentences).toBe(7);
    expect(view.claims).toBe(2);
    expect(view.sources).toEqual([
      {
        label: 'AP (1)',
        title: 'a',
        href: '/articles/a/',
        words: 6,
        shared: '100%',
        sharedSentences: 2,
        bodySentences: 2,
        unique: 0,
        disputes: 0,
      },
      {
        label: 'Source 1',
        title: 'Markets today',
        href: '/articles/b/',
        words: 7,
        shared: '50%',
        sharedSentences: 1,
        bodySentences: 2,
        unique: 1,
        disputes: 0,
      },
      expect.objectContaining({ label: 'AP (2)', shared: '100%', unique: 0 }),
    ]);
  });

  it('names the sources carrying each top claim, each once', () => {
    expect(view.topClaims).toEqual([
      {
        href: '/claims/c-wheat/',
        headline: 'Wheat prices rose.',
        sources: 3,
        carriers: 'AP (1), Source 1, AP (2)',
        parts: [],
      },
      {
        href: '/claims/c-port/',
        headline: 'The port closed.',
        sources: 2,
        carriers: 'AP (1), AP (2)',
        parts: [],
      },
    ]);
  });

  it('marks which source carries which claim, linking to its passage', () => {
    expect(view.columns).toEqual(['AP (1)', 'Source 1', 'AP (2)']);
    expect(view.coverage[1]).toEqual({
      href: '/claims/c-port/',
      headline: 'The port closed.',
      number: 2,
      short: 'The port closed.',
      cells: [
        { label: 'AP (1)', href: '/articles/a/#s-1' },
        { label: 'Source 1', href: null },
        { label: 'AP (2)', href: '/articles/c/#s-0' },
      ],
    });
  });

  it('counts the claims each pair of sources shares, both ways', () => {
    const counts = view.overlap.map((row) =>
      row.cells.map((cell) => (cell.same ? '·' : cell.count)),
    );
    expect(counts).toEqual([
      ['·', 1, 2],
      [1, '·', 1],
      [2, 1, '·'],
    ]);
    expect(view.overlap[2]!.cells[0]).toEqual({
      same: false,
      label: 'AP (1)',
      count: 2,
      href: '/compare/a/c/',
    });
  });

  it('on the seeds: top claims capped, cells and overlaps agree with the claims', () => {
    const story = seedStory();
    const seeds = overviewView(story);
    const { articles, alignment } = story;
    expect(seeds.topClaims).toHaveLength(Math.min(TOP_CLAIMS, alignment.claims.length));
    expect(alignment.claims.length).toBeGreaterThan(TOP_CLAIMS);
    seeds.coverage.forEach((row, r) => {
      const carriers = new Set(alignment.claims[r]!.spans.map((s) => s.article));
      expect(row.cells.map((cell) => cell.href !== null)).toEqual(
        articles.map((article) => carriers.has(article.id)),
      );
      expect(row.short.length).toBeLessThanOrEqual(60);
    });
    const carries = (article: string) =>
      new Set(alignment.claims.filter((c) => c.spans.some((s) => s.article === article)));
    seeds.overlap.forEach((row, i) =>
      row.cells.forEach((cell, j) => {
        expect(cell.same).toBe(i === j);
        if (cell.same) return;
        const mine = carries(articles[i]!.id);
        const shared = [...carries(articles[j]!.id)].filter((claim) => mine.has(claim));
        expect(cell.count).toBe(shared.length);
      }),
    );
  });
});

describe('overviewView of a large story', () => {
  // 500 articles, 1,500 claims of 10 sources each: unbounded, the overlap matrix alone held
  // 250,000 cells and the coverage matrix 750,000.
  const articles = Array.from({ length: 500 }, (_, n) =>
    makeArticle(`a${String(n).padStart(3, '0')}`, ['One.', 'Two.', 'Three.']),
  );
  const claims = Array.from({ length: 1500 }, (_, k) =>
    claimOf(
      `c-${k}`,
      Array.from({ length: 10 }, (_, j) => spanOf(articles[(k * 7 + j * 31) % 500]!, k % 3)),
    ),
  );
  const story = buildStory({
    articles,
    alignment: alignmentOf(claims),
    quoteGroups: [],
    meta: { title: null, summary: null },
    id: 'big',
  });
  const view = overviewView(story);

  it('shows the sources that carry the most claims, and links to all of them', () => {
    expect(view.sources).toHaveLength(OVERVIEW_SOURCES);
    expect(view.columns).toHaveLength(OVERVIEW_SOURCES);
    expect(view.allSources).toEqual({ count: 500, href: '/stories/big/sources/' });
    const carried = (id: string) =>
      claims.filter((claim) => claim.spans.some((span) => span.article === id)).length;
    const shownLeast = Math.min(
      ...view.sources.map((row) => carried(articles.find((a) => a.meta.title === row.title)!.id)),
    );
    const ranked = articles.map((a) => carried(a.id)).sort((x, y) => y - x);
    expect(shownLeast).toBe(ranked[OVERVIEW_SOURCES - 1]);
  });

  it('bounds both matrices, whatever the number of articles', () => {
    expect(view.coverage).toHaveLength(COVERAGE_ROWS);
    expect(view.claims).toBe(1500);
    for (const row of view.coverage) expect(row.cells).toHaveLength(OVERVIEW_SOURCES);
    expect(view.overlap).toHaveLength(OVERVIEW_SOURCES);
    for (const row of view.overlap) expect(row.cells).toHaveLength(OVERVIEW_SOURCES);
    // What the page renders, as data: far below the 1 MB a page may weigh.
    expect(JSON.stringify(view).length).toBeLessThan(200_000);
  });

  it('lists every source once across the pages of all sources, a bounded page at a time', () => {
    const paths = sourcesPaths(story);
    expect(paths.map(({ params }) => params.page)).toEqual([undefined, '2', '3', '4', '5']);
    const pages = paths.map(({ props }) => sourcesPageView(story, props.page));
    for (const page of pages) {
      expect(page.sources.length).toBeLessThanOrEqual(SOURCES_PER_PAGE);
      expect(JSON.stringify(page).length).toBeLessThan(200_000);
    }
    const titles = pages.flatMap((page) => page.sources.map((row) => row.title));
    expect(new Set(titles).size).toBe(500);
    expect(pages[1]).toMatchObject({ page: 2, pages: 5, first: 101, storyHref: '/stories/big/' });
    expect(pages[1]!.pageLinks.map((link) => [link.href, link.current])).toEqual([
      ['/stories/big/sources/', false],
      ['/stories/big/sources/2/', true],
      ['/stories/big/sources/3/', false],
      ['/stories/big/sources/4/', false],
      ['/stories/big/sources/5/', false],
    ]);
  });

  it('builds no list of all sources for a story the overview shows whole', () => {
    const small = storyOf(articles.slice(0, OVERVIEW_SOURCES), claims.slice(0, 5));
    expect(sourcesPaths(small)).toEqual([]);
    expect(overviewView(small).allSources).toBeNull();
  });
});

describe('compareView', () => {
  it('pairs two articles once when they share a claim, the first by id on the left', () => {
    const [x, y, z] = ['x', 'y', 'z'].map((id) => makeArticle(id, ['One.', 'Two.']));
    const shared = [
      claimOf('c-1', [spanOf(z!, 0), spanOf(x!, 0), spanOf(y!, 0)]),
      claimOf('c-2', [spanOf(y!, 1), spanOf(z!, 1)]),
    ];
    const paths = comparePaths(storyOf([z!, x!, y!], shared));
    expect(paths.map(({ params }) => `${params.a}/${params.b}`)).toEqual(['x/y', 'x/z', 'y/z']);
    expect(paths[0]!.props).toEqual({ a: x, b: y });
  });

  it('builds no page for two articles that share no claim', () => {
    const [w, x, y, z] = ['w', 'x', 'y', 'z'].map((id) => makeArticle(id, ['One.', 'Two.']));
    // w and x share a claim twice, y and z once; across the two pairs nothing is shared, and
    // two spans of one article in a claim pair it with nobody.
    const story = storyOf(
      [w!, x!, y!, z!],
      [
        claimOf('c-1', [spanOf(x!, 0), spanOf(w!, 0)]),
        claimOf('c-2', [spanOf(w!, 1), spanOf(x!, 1)]),
        claimOf('c-3', [spanOf(z!, 0), spanOf(y!, 1)]),
        claimOf('c-4', [spanOf(z!, 1), spanOf(z!, 0)]),
      ],
    );
    expect(comparePaths(story).map(({ params }) => `${params.a}/${params.b}`)).toEqual([
      'w/x',
      'y/z',
    ]);
    expect(comparablePairs(story)).toEqual([
      ['w', 'x'],
      ['y', 'z'],
    ]);
    expect([
      sharedClaims(story, 'x', 'w'),
      sharedClaims(story, 'w', 'x'),
      sharedClaims(story, 'y', 'z'),
      sharedClaims(story, 'w', 'y'),
      sharedClaims(story, 'z', 'z'),
    ]).toEqual([2, 2, 1, 0, 0]);
    // Every compare link of the views leads to a page that is built.
    const built = new Set(comparePaths(story).map(({ params }) => compareHref(params.a, params.b)));
    const linked = [
      ...[w!, x!, y!, z!].flatMap((article) => articleView(story, article).compare),
      ...overviewView(story).overlap.flatMap((row) => row.cells),
    ].flatMap((link) => ('href' in link && link.href !== null ? [link.href] : []));
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) expect(built.has(href)).toBe(true);
    expect(articleView(story, w!).compare).toEqual([{ label: 'Source 2', href: '/compare/w/x/' }]);
    expect(overviewView(story).overlap[0]!.cells[2]).toEqual({
      same: false,
      label: 'Source 3',
      count: 0,
      href: null,
    });
  });

  it('on the seeds: every pair that shares a claim has its page', () => {
    const seeds = seedStory();
    const paths = comparePaths(seeds).map(({ params }) => `${params.a}/${params.b}`);
    const carriers = seeds.alignment.claims.map(
      (claim) => new Set(claim.spans.map((span) => span.article)),
    );
    const ids = seeds.articles.map((article) => article.id).sort(compareIds);
    const expected = ids.flatMap((a, i) =>
      ids
        .slice(i + 1)
        .filter((b) => carriers.some((set) => set.has(a) && set.has(b)))
        .map((b) => `${a}/${b}`),
    );
    expect(paths).toEqual(expected);
  });

  // a: Alpha, Beta, Gamma. b: Gamma (reworded), Alpha. Alpha faces Alpha; Gamma, told in
  // another order, cannot face its counterpart and points to it.
  const a = makeArticle('a', ['Alpha one.', 'Beta two.', 'Gamma three.']);
  const b = makeArticle('b', ['Gamma three again.', 'Alpha one.']);
  const story = storyOf(
    [a, b],
    [
      claimOf('c-alpha', [spanOf(a, 0), spanOf(b, 1)]),
      claimOf('c-gamma', [spanOf(a, 2), spanOf(b, 0)]),
    ],
  );
  const view = compareView(story, a, b);
  const ids = (row: CompareRow) => row.cells.map((cell) => cell.items.map((item) => item.id));
  const to = (href: string, number: number, where: Pointer['where']) => ({ href, number, where });

  it('keeps both sides in reading order, facing what keeps its order', () => {
    expect(view.rows.map(ids)).toEqual([
      [[], ['b-s-0']],
      [['a-s-0'], ['b-s-1']],
      [['a-s-1'], []],
      [['a-s-2'], []],
    ]);
    expect(view.rows.map((row) => row.aligned)).toEqual([false, true, false, false]);
  });

  it('points from an empty cell to where its counterpart stands', () => {
    expect(view.rows[0]!.cells[0]!.elsewhere).toEqual([to('#a-s-2', 3, 'below')]);
    expect(view.rows[3]!.cells[1]!.elsewhere).toEqual([to('#b-s-0', 1, 'above')]);
    expect(view.rows[2]!.cells[1]!.elsewhere).toEqual([]);
    expect(view.crossingNote).toMatch(/different order/);
  });

  it('diffs close wordings on the right and links each sentence', () => {
    const item = view.rows[1]!.cells[1]!.items[0]!;
    expect(item).toMatchObject({
      number: 2,
      href: '/articles/b/#s-1',
      text: 'Alpha one.',
      paraphrase: false,
      elsewhere: [],
    });
    expect(item.diff).toEqual([{ value: 'Alpha one.' }]);
    expect(view.rows[1]!.cells[0]!.items[0]!.diff).toBeNull();
    expect(view.rows[1]!.cells.map((cell) => [cell.label, cell.otherLabel])).toEqual([
      ['Source 1', 'Source 2'],
      ['Source 2', 'Source 1'],
    ]);
  });

  it('counts the sentences with a counterpart on each side', () => {
    expect(view.counts).toBe(
      '2 of 3 sentences of Source 1 and 2 of 2 of Source 2 have a counterpart.',
    );
    expect(view.title).toBe('Source 1 and Source 2 compared');
    expect(view.description).toBe(
      'a (Source 1) and b (Source 2), side by side: 2 sentences of Source 1 carry claims Source 2 also carries.',
    );
    expect([view.labelA, view.labelB]).toEqual(['Source 1', 'Source 2']);
  });

  it('marks a paraphrase instead of diffing distant wordings; no note when all is in order', () => {
    const x = makeArticle('x', ['The harbour was shut down on Monday.']);
    const y = makeArticle('y', ['Dockworkers walked out, closing it.']);
    const near = compareView(storyOf([x, y], [claimOf('c-1', [spanOf(x, 0), spanOf(y, 0)])]), x, y);
    expect(near.rows[0]!.cells[1]!.items[0]).toMatchObject({ diff: null, paraphrase: true });
    expect(near.crossingNote).toBe('');
  });

  it('numbers sentences as the article page does: a heading before them is not counted', () => {
    const x = makeArticle('x', ['# Markets', 'Wheat rose.']);
    const y = makeArticle('y', ['Wheat rose.']);
    const page = compareView(storyOf([x, y], [claimOf('c-1', [spanOf(x, 1), spanOf(y, 0)])]), x, y);
    expect(page.rows[0]!.cells[0]!.items[0]).toMatchObject({ id: 'a-s-1', number: 1 });
  });

  it('on the seeds: every body sentence once per side, every pointer to a sentence on the page', () => {
    const seeds = seedStory();
    for (const { props } of comparePaths(seeds)) {
      const page = compareView(seeds, props.a, props.b);
      const onPage = new Set(
        page.rows.flatMap((row) => row.cells.flatMap(({ items }) => items)).map((i) => `#${i.id}`),
      );
      page.rows.forEach((row) => {
        expect(row.aligned).toBe(row.cells.every((cell) => cell.items.length > 0));
        for (const cell of row.cells) {
          for (const pointer of [...cell.elsewhere, ...cell.items.flatMap((i) => i.elsewhere)]) {
            expect(onPage.has(pointer.href)).toBe(true);
          }
        }
      });
      [props.a, props.b].forEach((article, side) => {
        expect(page.rows.flatMap((row) => row.cells[side]!.items.map((item) => item.id))).toEqual(
          bodySentences(article).map((s) => `${'ab'[side]}-${s.id}`),
        );
      });
    }
  });
});

describe('quotesView', () => {
  const [a, b, c] = ['a', 'b', 'c'].map((id) => makeArticle(id, ['First.', 'Second.']));
  c!.meta.outlet = 'Wire';
  const putin = (article: Article, quotation: string, extra = {}) =>
    quoteOf(article, 0, quotation, { speaker: 'Vladimir Putin', ...extra });
  const welcome = groupOf('q-welcome', [
    putin(a!, 'We welcome the statements of the new president', { speakerMention: 'he' }),
    putin(b!, 'We welcome the statements of the new US president', {
      speakerMention: 'Vladimir Putin',
    }),
    putin(c!, 'Nothing alike here at all'),
  ]);
  const trump = groupOf('q-trump', [
    quoteOf(a!, 1, 'Peace now', { speaker: 'Donald Trump', partial: true }),
  ]);
  const unknown = groupOf('q-unknown', [
    quoteOf(b!, 0, 'One part'),
    quoteOf(b!, 1, 'another part'),
    quoteOf(c!, 1, 'One part'),
    quoteOf(a!, 1, 'One part'),
  ]);
  const term = groupOf('q-term', [quoteOf(b!, 1, 'peace formula', { kind: 'term' })]);
  const story = storyOf([a!, b!, c!], [], [trump, unknown, welcome, term]);
  const view = quotesView(story);

  it('lists the paraphrases of a quotation beside it, with their place, never diffed', () => {
    const reported = {
      article: 'c',
      anchor: 's-1',
      start: c!.sentences[1]!.start,
      end: c!.sentences[1]!.end,
      text: 'Putin said\u200b he welcomed the new president’s statements.',
    };
    const withReport = quotesView(
      storyOf([a!, b!, c!], [], [{ ...welcome, paraphrases: [reported] }]),
    );
    const group = withReport.speakers[0]!.groups[0]!;
    expect(group.paraphrases).toEqual([
      {
        href: '/articles/c/#s-1',
        place: 'Wire, sentence 2',
        text: 'Putin said he welcomed the new president’s statements.',
      },
    ]);
    expect(view.speakers[0]!.groups[0]!.paraphrases).toEqual([]);
  });

  it('groups speech by speaker, most quoted first, unknown speakers last', () => {
    expect(view.speakers.map(({ name, id }) => [name, id])).toEqual([
      ['Vladimir Putin', 'speaker-vladimir-putin'],
      ['Donald Trump', 'speaker-donald-trump'],
      ['Speaker unknown', 'speaker-unknown'],
    ]);
    expect(view.quotations).toBe(3);
    expect(view.description).toBe(
      "3 quotations across 3 sources, by speaker, with each outlet's wording compared word by word.",
    );
  });

  it('says how many sources quote it, and in how many passages', () => {
    const groups = view.speakers.flatMap((speaker) => speaker.groups);
    expect(groups.map((group) => group.quotedBy)).toEqual([
      'Quoted by 3 of 3 sources',
      'Quoted by 1 source',
      'Quoted by 3 of 3 sources, in 4 passages (some outlets quote it in parts)',
    ]);
  });

  it('gives each wording its place, speaker, mention and its diff from the reference wording', () => {
    const group = view.speakers[0]!.groups[0]!;
    const [first, second, third] = group.variants;
    expect(first).toMatchObject({
      href: '/articles/a/#s-0',
      place: 'Source 1, sentence 1',
      speaker: 'Vladimir Putin',
      mention: ' (“he”)',
      partial: false,
    });
    // Three wordings, one source each: the first listed is the reference, shown undiffed.
    expect(group.reference).toEqual({
      href: '/articles/a/#s-0',
      place: 'Source 1, sentence 1',
      label: 'Source 1',
    });
    expect(first).toMatchObject({ reference: true, compare: null });
    expect(second).toMatchObject({ reference: false, mention: null });
    expect(second!.compare).toEqual({
      parts: wordDiff(
        'We welcome the statements of the new president',
        'We welcome the statements of the new US president',
      ),
      same: false,
    });
    expect(third!.place).toBe('Wire, sentence 1');
    expect(third!.compare!.parts).toEqual(
      wordDiff('We welcome the statements of the new president', 'Nothing alike here at all'),
    );
    // A wording alone has nothing to be compared with.
    expect(view.speakers[1]!.groups[0]).toMatchObject({ reference: null });
    expect(view.speakers[1]!.groups[0]!.variants[0]).toMatchObject({
      partial: true,
      reference: false,
      compare: null,
    });
  });

  it('takes as reference the wording most sources carry, else the first listed', () => {
    // "One part" is carried by b, c and a; "another part" by b alone.
    const [inB, alsoInB] = unknown.variants;
    expect(quoteReference(unknown)).toBe(inB);
    const unknownView = view.speakers[2]!.groups[0]!;
    expect(unknownView.variants.map((v) => [v.reference, v.compare?.same ?? null])).toEqual([
      [true, null],
      [false, false],
      [false, true],
      [false, true],
    ]);
    expect(unknownView.variants[1]!.compare!.parts).toEqual(
      wordDiff(inB!.quotation, alsoInB!.quotation),
    );
    // A later wording two sources carry beats the first, carried by one; case and punctuation
    // do not make another wording.
    const later = groupOf('q-later', [
      quoteOf(a!, 0, 'We will win'),
      quoteOf(b!, 0, 'We shall win.'),
      quoteOf(c!, 0, 'we shall win'),
    ]);
    expect(quoteReference(later)).toBe(later.variants[1]);
    expect(quoteReference(trump)).toBe(trump.variants[0]);
  });

  it('lists scare quotes and terms apart, with where they stand', () => {
    expect(view.terms).toEqual([
      {
        id: 'q-term',
        quotation: 'peace formula',
        places: [{ href: '/articles/b/#s-1', place: 'Source 2, sentence 2' }],
      },
    ]);
  });

  it('makes speaker ids from names', () => {
    expect(speakerId('Jean-Luc O’Brien Jr.')).toBe('speaker-jean-luc-o-brien-jr-');
    expect(speakerId('')).toBe('speaker-unknown');
  });
});

describe('articleView', () => {
  const article = makeArticle('a', [
    'Big Headline',
    'The lede \u200Bsentence is here.',
    'Item one.',
    'Item two.',
    '# Section',
    'Item three.',
  ]);
  setKind(article, 0, 'title');
  [2, 3, 5].forEach((index) => setKind(article, index, 'list-item'));
  article.meta = {
    ...article.meta,
    title: 'Big Headline',
    titleOrigin: 'text',
    url: 'https://www.example.org/news/1',
  };
  article.debris = [
    {
      kind: 'author',
      start: 0,
      end: 0,
      lines: ['Author', 'Jane  Doe'],
      authorBio: ' Jane writes\u200B about ports. ',
    },
    { kind: 'comments', start: 0, end: 0, lines: ['Leave a Reply'] },
  ];
  const other = makeArticle('b', ['A lede sentence here.']);
  const claim = claimOf('c-1', [spanOf(article, 1), spanOf(other, 0)]);
  const speech = groupOf('q-1', [quoteOf(article, 2, 'Item one', { speaker: 'X' })]);
  const term = groupOf('q-2', [quoteOf(article, 3, 'Item', { kind: 'term' })]);
  const story = storyOf([article, other], [claim], [speech, term]);
  const view = articleView(story, article);

  it('has one path per article', () => {
    expect(articlePaths(story)).toEqual([
      { params: { id: 'a' }, props: { article } },
      { params: { id: 'b' }, props: { article: other } },
    ]);
  });

  it('writes the publication date as a reader reads it, as written', () => {
    expect(readableDate('2026-11-28T09:15')).toBe('28 November 2026, 09:15');
    expect(readableDate('2026-02-03')).toBe('3 February 2026');
    expect(readableDate('2026-02-03T23:30:00Z')).toBe('3 February 2026, 23:30');
  });

  it('derives the header: headline sentence, description, host, coverage, compare links', () => {
    expect(view.source).toBe('Source 1');
    expect(view.headline).toBe(article.sentences[0]);
    expect(view.description).toBe('The lede sentence is here.');
    expect(view.host).toBe('www.example.org');
    expect([view.wordCount, view.sentenceCount]).toEqual([article.wordCount, 4]);
    expect(view.coverage).toMatchObject({ bodySentences: 4, sharedSentences: 1, claims: 1 });
    expect(view.coverage.sharedPercent).toBe('25%');
    expect(view.compare).toEqual([{ label: 'Source 2', href: '/compare/a/b/' }]);
    expect(articleView(story, other)).toMatchObject({
      headline: undefined,
      host: null,
      description: 'A lede sentence here.',
      compare: [{ label: 'Source 1', href: '/compare/a/b/' }],
    });
  });

  it('shows the title block as a heading of the body when the title comes from elsewhere', () => {
    const titled = { ...article, meta: { ...article.meta, titleOrigin: 'front-matter' as const } };
    const page = articleView(storyOf([titled, other], [claim]), titled);
    expect(page.headline).toBeUndefined();
    expect(page.body[0]).toEqual({ kind: 'heading', sentence: article.sentences[0] });
  });

  it('falls back to the title for the description when there is no paragraph', () => {
    const bare = makeArticle('c', ['# Just a heading']);
    bare.meta.title = 'A title';
    expect(articleView(storyOf([bare]), bare).description).toBe(
      'A title, as reported by Source 1.',
    );
  });

  it('shows the debris as display text, and the author box biography', () => {
    expect(view.bio).toBe('Jane writes about ports.');
    expect(view.debris).toEqual([
      { kind: 'author', text: 'Author / Jane Doe' },
      { kind: 'comments', text: 'Leave a Reply' },
    ]);
    expect(articleView(story, other).bio).toBeNull();
  });

  it('lays out the body: headline left out, list items in lists, headings apart', () => {
    const shape = view.body.map((part) =>
      part.kind === 'list'
        ? part.items.map((item) => item.sentences.map((s) => s.sentence.id))
        : part.kind === 'heading'
          ? `h:${part.sentence.id}`
          : part.sentences.map((s) => s.sentence.id),
    );
    expect(shape).toEqual([['s-1'], [['s-2'], ['s-3']], 'h:s-4', [['s-5']]]);
    // Without a headline from the text, the title block is a heading of the body.
    expect(bodyOf(story, article)[0]).toEqual({ kind: 'heading', sentence: article.sentences[0] });
  });

  it('gives shared sentences their notes and quote-opening sentences their speakers', () => {
    const block = view.body[0]!;
    if (block.kind !== 'block') throw new Error('expected a paragraph');
    expect(block.sentences[0]!.share.others).toEqual(['b']);
    expect(block.notes).toEqual([
      {
        number: 1,
        id: 'm-s-1',
        others: 'Source 2',
        passages: [{ label: 'Source 2', text: 'A lede sentence here.', href: '/articles/b/#s-0' }],
        claims: [{ href: '/claims/c-1/', sources: 2, text: 'compare all 2 wordings' }],
      },
    ]);
    const list = view.body[1]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items[0]!.sentences[0]!.speakers).toEqual([{ name: 'X', href: '/quotes/#q-1' }]);
    expect(list.items[1]!.sentences[0]!.speakers).toEqual([]);
    expect(list.items[0]!.notes).toEqual([]);
  });

  it('numbers body sentences among themselves: the headline and headings are not counted', () => {
    const numbers = view.body.flatMap((part) =>
      part.kind === 'heading'
        ? [`${part.sentence.id}:-`]
        : (part.kind === 'list' ? part.items : [part]).flatMap((block) =>
            block.sentences.map((s) => `${s.sentence.id}:${s.number ?? '-'}`),
          ),
    );
    // Ids stay as they are (permalinks), numbers count what a reader reads.
    expect(numbers).toEqual(['s-1:1', 's-2:2', 's-3:3', 's-4:-', 's-5:4']);
    expect(sentenceNumber(story, 'a', 's-0')).toBeUndefined();
    expect(sentencePlace(story, 'a', 's-0')).toBe('headline');
    expect(sentencePlace(story, 'a', 's-4')).toBe('heading');
    expect(sentencePlace(story, 'a', 's-5')).toBe('sentence 4');
  });

  it('lists the body sentences no other source carries, with their permalinks', () => {
    expect(view.onlyHere).toEqual([
      { number: 2, href: '#s-2', text: 'Item one.' },
      { number: 3, href: '#s-3', text: 'Item two.' },
      { number: 4, href: '#s-5', text: 'Item three.' },
    ]);
    expect(view.onlyHere).toHaveLength(view.coverage.uniqueSentences);
    expect(articleView(story, other).onlyHere).toEqual([]);
  });

  it('lists at most ONLY_HERE_LISTED of them, the first in reading order', () => {
    const long = makeArticle(
      'long',
      Array.from({ length: ONLY_HERE_LISTED + 5 }, (_, i) => `Line ${i} stands alone.`),
    );
    const page = articleView(storyOf([long]), long);
    expect(page.coverage.uniqueSentences).toBe(ONLY_HERE_LISTED + 5);
    expect(page.onlyHere.map((item) => item.number)).toEqual(
      Array.from({ length: ONLY_HERE_LISTED }, (_, i) => i + 1),
    );
  });

  it('on the seeds: every sentence but the headline once, a note per shared sentence', () => {
    const seeds = seedStory();
    for (const seed of seeds.articles) {
      const page = articleView(seeds, seed);
      const blocks = page.body.flatMap((part) =>
        part.kind === 'list' ? part.items : part.kind === 'block' ? [part] : [],
      );
      const ids = page.body.flatMap((part) =>
        part.kind === 'heading'
          ? [part.sentence.id]
          : (part.kind === 'list' ? part.items : [part]).flatMap((b) =>
              b.sentences.map((s) => s.sentence.id),
            ),
      );
      const expected = seed.sentences.filter((s) => s !== page.headline).map((s) => s.id);
      expect(ids).toEqual(expected);
      const shared = blocks.flatMap((b) => b.sentences).filter((s) => s.share.others.length > 0);
      expect(blocks.flatMap((b) => b.notes).map((n) => n.id)).toEqual(
        shared.map((s) => `m-${s.sentence.id}`),
      );
      expect(page.coverage.sharedSentences).toBe(shared.length);
      // The first sentence read is sentence 1, and "only here" lists exactly the unshared ones.
      expect(blocks[0]!.sentences[0]!.number).toBe(1);
      const unshared = blocks.flatMap((b) => b.sentences).filter((s) => !s.share.others.length);
      expect(page.onlyHere.map((item) => item.href)).toEqual(
        unshared.map((s) => `#${s.sentence.id}`),
      );
    }
  });
});

describe('claim views', () => {
  const a = makeArticle('a', ['Intro.', 'Wheat prices rose sharply.', 'Wheat rose.']);
  const b = makeArticle('b', ['Wheat prices rose very sharply.']);
  b.meta.outlet = 'Reuters';
  // Labelled by b's wording: b's span is the reference.
  const claim = claimOf('c-1', [spanOf(a, 1), spanOf(a, 2), spanOf(b, 0)], b.sentences[0]!.text);
  const story = storyOf([a, b], [claim]);

  it('lists each claim with every passage', () => {
    expect(claimPaths(story)).toEqual([{ params: { id: 'c-1' }, props: { claim } }]);
    expect(claimListView(story)).toEqual({
      claims: [
        {
          id: 'c-1',
          href: '/claims/c-1/',
          headline: 'Wheat prices rose very sharply.',
          sources: 2,
          passages: [
            { label: 'Source 1 (sentence 2)', href: '/articles/a/#s-1' },
            { label: 'Source 1 (sentence 3)', href: '/articles/a/#s-2' },
            { label: 'Reuters (sentence 1)', href: '/articles/b/#s-0' },
          ],
          morePassages: 0,
          parts: [],
        },
      ],
      total: 1,
      // One page: no links between pages.
      entries: 1,
      first: 1,
      page: 1,
      pages: 1,
      pageLinks: [],
      prev: null,
      next: null,
    });
  });

  it('lists the first passages of a claim many sources carry, leaving the rest to its page', () => {
    const many = Array.from({ length: 25 }, (_, n) => makeArticle(`m${n}`, ['Same words.']));
    const wide = claimOf(
      'c-wide',
      many.map((article) => spanOf(article, 0)),
    );
    const [entry] = claimListView(storyOf(many, [wide])).claims;
    expect(entry!.passages).toHaveLength(LISTED_PASSAGES);
    expect(entry!.passages[0]!.href).toBe('/articles/m0/#s-0');
    expect(entry!.morePassages).toBe(25 - LISTED_PASSAGES);
  });

  it('diffs every wording against the reference, linking other articles to compare', () => {
    const view = claimView(story, claim);
    expect(view.listHref).toBe('/claims/#c-1');
    expect(view.title).toBe('Wheat prices rose very sharply.');
    expect(view.description).toBe('2 sources carry this claim: “Wheat prices rose very sharply.”');
    expect(view.reference).toEqual({
      sourceLabel: 'Reuters',
      href: '/articles/b/#s-0',
      text: 'Wheat prices rose very sharply.',
      evidence: 'score 100%',
      review: false,
    });
    expect(view.others).toEqual([
      {
        sourceLabel: 'Source 1',
        href: '/articles/a/#s-1',
        parts: wordDiff('Wheat prices rose very sharply.', 'Wheat prices rose sharply.'),
        compare: '/compare/a/b/',
        evidence: 'score 100%',
        review: false,
      },
      expect.objectContaining({ href: '/articles/a/#s-2', compare: '/compare/a/b/' }),
    ]);
    const inOneArticle = claimOf('c-2', [spanOf(a, 1), spanOf(a, 2), spanOf(b, 0)]);
    expect(claimView(story, inOneArticle).others.map((o) => o.compare)).toEqual([
      null,
      '/compare/a/b/',
    ]);
  });

  it('cuts long headlines for the title', () => {
    const long = makeArticle('l', [`${'word '.repeat(30)}end.`]);
    const longClaim = claimOf('c-3', [spanOf(long, 0), spanOf(b, 0)]);
    const view = claimView(storyOf([long, b], [longClaim]), longClaim);
    expect(view.title.length).toBeLessThanOrEqual(80);
    expect(view.title.endsWith('…')).toBe(true);
  });
});

describe('one entry per sentence: a sentence and its clauses as claims', () => {
  const text = 'Russian forces advanced in the east, seeking full control of the regions.';
  const comma = text.indexOf(',');
  const a = makeArticle('a', [text, 'The port closed.']);
  const b = makeArticle('b', [text]);
  const c = makeArticle('c', ['Russia pressed on in the east to take the regions.', 'Port shut.']);
  b.meta.outlet = 'Reuters';
  const clause = (article: Article, from: number, to: number) => spanOf(article, 0, from, to);
  const whole = claimOf('c-whole', [spanOf(a, 0), spanOf(b, 0), spanOf(c, 0)]);
  const first = claimOf('c-first', [clause(a, 0, comma), clause(b, 0, comma)]);
  const port = claimOf('c-port', [spanOf(a, 1), spanOf(c, 1)]);
  // Neither wording of the second clause starts a sentence: its headline is its own label.
  const second = claimOf('c-second', [
    clause(a, comma + 2, text.length - 1),
    clause(b, comma + 2, text.length - 1),
  ]);
  const story = storyOf([a, b, c], [whole, first, port, second]);

  it('groups the claims whose headlines come from one sentence, named by the part they cover', () => {
    const entries = claimEntries(story);
    expect(entries.map((entry) => [entry.claim.id, entry.part, entry.headline])).toEqual([
      ['c-whole', 'whole sentence', text],
      ['c-port', 'whole sentence', 'The port closed.'],
    ]);
    expect(entries[0]!.parts.map((part) => [part.claim.id, part.part, part.href])).toEqual([
      ['c-first', 'first part', '/claims/c-first/'],
      ['c-second', 'second part', '/claims/c-second/'],
    ]);
    expect(entries[1]!.parts).toEqual([]);
  });

  it('shows the sentence once on the overview and the claims list, its parts under it', () => {
    const top = overviewView(story).topClaims;
    expect(top.map((claim) => claim.href)).toEqual(['/claims/c-whole/', '/claims/c-port/']);
    expect(top[0]!.parts).toEqual([
      { href: '/claims/c-first/', part: 'first part', sources: 2 },
      { href: '/claims/c-second/', part: 'second part', sources: 2 },
    ]);
    const list = claimListView(story);
    expect(list.total).toBe(4);
    expect(list.claims.map((claim) => claim.href)).toEqual(['/claims/c-whole/', '/claims/c-port/']);
    expect(list.claims[0]!.parts.map((part) => part.part)).toEqual(['first part', 'second part']);
  });

  it('tells a claim page which part it covers and links the other parts', () => {
    const page = claimView(story, second);
    expect(page.part).toBe('second part');
    expect(page.title).toBe('Seeking full control of the regions.');
    expect(page.related).toEqual([
      { href: '/claims/c-whole/', part: 'whole sentence', sources: 3 },
      { href: '/claims/c-first/', part: 'first part', sources: 2 },
    ]);
    expect(claimView(story, port)).toMatchObject({ part: null, related: [] });
  });

  it('on the seeds: every claim in one entry, no sentence behind two entries, no headline on "…"', () => {
    const seeds = seedStory();
    const entries = claimEntries(seeds);
    const members = entries.flatMap((entry) => [entry.claim, ...entry.parts.map((p) => p.claim)]);
    expect(members).toHaveLength(seeds.alignment.claims.length);
    expect(new Set(members)).toEqual(new Set(seeds.alignment.claims));
    const sentenceOf = (claim: (typeof members)[number]) => {
      const { span } = headlineSpan(claim, seeds.byId)!;
      return `${span.article}#${span.sentence}`;
    };
    const shown = entries.map((entry) => sentenceOf(entry.claim));
    expect(new Set(shown).size).toBe(shown.length);
    // The seeds make whole-sentence and clause claims of one sentence: some entries merge them.
    expect(entries.some((entry) => entry.parts.length > 0)).toBe(true);
    for (const entry of entries) {
      expect(entry.headline.startsWith('…')).toBe(false);
      for (const part of entry.parts) expect(sentenceOf(part.claim)).toBe(sentenceOf(entry.claim));
    }
    const top = overviewView(seeds).topClaims;
    expect(top.map((claim) => claim.href)).toEqual(
      entries.slice(0, TOP_CLAIMS).map((entry) => entry.href),
    );
    expect(claimListView(seeds).claims).toHaveLength(entries.length);
  });
});

describe('searchFilters', () => {
  it('offers the sources, the named speakers once each, alphabetically, and the kinds', () => {
    const a = makeArticle('a', ['One.', 'Two.']);
    const b = makeArticle('b', ['Three.']);
    b.meta.outlet = 'Reuters';
    const groups = [
      groupOf('q-1', [
        quoteOf(a, 0, 'One', { speaker: 'Zelensky' }),
        quoteOf(b, 0, 'One', { speaker: null }),
      ]),
      groupOf('q-2', [quoteOf(a, 1, 'Two', { speaker: 'Biden' })]),
      groupOf('q-3', [quoteOf(b, 0, 'Three', { speaker: 'Zelensky' })]),
    ];
    const filters = searchFilters(storyOf([a, b], [], groups));
    expect(filters.sources).toEqual([
      { value: 'a', label: 'Source 1' },
      { value: 'b', label: 'Reuters' },
    ]);
    expect(filters.speakers).toEqual(['Biden', 'Zelensky']);
    expect(filters.kinds.map((kind) => kind.value)).toEqual(['sentence', 'quote', 'heading']);
  });
});

describe('story helpers on a built alignment', () => {
  it('alignmentOf lists a sentence’s claims the way alignStory does', () => {
    const a = makeArticle('a', ['One.']);
    const b = makeArticle('b', ['One.']);
    const claim = claimOf('c-1', [spanOf(a, 0), spanOf(b, 0)]);
    const story = buildStory({
      articles: [a, b],
      alignment: alignmentOf([claim]),
      quoteGroups: [],
      meta: { title: null, summary: null },
    });
    expect(story.alignment.bySentence).toEqual(
      new Map([
        ['a#s-0', ['c-1']],
        ['b#s-0', ['c-1']],
      ]),
    );
  });
});
