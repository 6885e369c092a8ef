/**
 * Stories from the input: the labelled stories mixed into one flat folder come apart again,
 * the seeds alone are one story, story folders are stories as filed, and the user's pins and
 * splits are final.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupStories, readStories, type StoryGrouping } from '../src/lib/corpus/index.ts';
import { specificNumber } from '../src/lib/corpus/story-features.ts';
import { averageLinkage } from '../src/lib/corpus/story-linkage.ts';
import { dateFactor, featureVectors, indexedLinks } from '../src/lib/corpus/story-links.ts';
import { articleFeatures, featureDictionary } from '../src/lib/corpus/story-features.ts';
import { CorpusError } from '../src/lib/model/index.ts';
import { tokenize } from '../src/lib/text/index.ts';
import { sameStoryScores } from '../scripts/generate-archive.ts';
import { makeArticle } from './helpers/make-article.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SEEDS = join(ROOT, 'content/articles');
const LABELLED = join(ROOT, 'tests/fixtures/stories');
const STORIES = ['chip-layoffs', 'cup-final', 'plant-fire', 'storm-coast', 'tram-vote'];

const temp = mkdtempSync(join(tmpdir(), 'parallax-stories-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const seedIds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''));
const articlesOf = (story: string) =>
  readdirSync(join(LABELLED, story, 'articles')).map((name) => name.replace(/\.txt$/, ''));

/** The true story of every article: its labelled folder, or `seeds`. */
const labels = new Map<string, string>([
  ...seedIds.map((id) => [id, 'seeds'] as const),
  ...STORIES.flatMap((story) => articlesOf(story).map((id) => [id, story] as const)),
]);

/** A file of a test project: its path, and a source file to copy or its text. */
type ProjectFile = readonly [path: string, from: string];

/** A project root under the temp dir with the given files. */
function project(name: string, files: readonly ProjectFile[]): string {
  const root = join(temp, name);
  for (const [path, from] of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    if (from.startsWith('/')) copyFileSync(from, join(root, path));
    else writeFileSync(join(root, path), from);
  }
  return root;
}

/** Files putting every seed and labelled article into `dir` (a flat folder). */
function everyArticleIn(dir: string, stories = STORIES): ProjectFile[] {
  return [
    ...seedIds.map((id): ProjectFile => [`${dir}/${id}.txt`, join(SEEDS, `${id}.txt`)]),
    ...stories.flatMap((story) => storyIn(dir, story)),
  ];
}

/** Files putting a labelled story's articles into `dir`. */
function storyIn(dir: string, story: string): ProjectFile[] {
  return articlesOf(story).map((id) => [
    `${dir}/${id}.txt`,
    join(LABELLED, story, 'articles', `${id}.txt`),
  ]);
}

const membersOf = (grouping: StoryGrouping) => grouping.stories.map((story) => story.articles);

describe('the labelled stories mixed into one flat folder', () => {
  const root = project('mixed', [
    ...everyArticleIn('content/articles'),
    ['content/articles/story.yaml', join(SEEDS, 'story.yaml')],
  ]);
  const { articles, grouping } = readStories({ root });

  it('come apart into the six stories they were written as', () => {
    const scores = sameStoryScores(membersOf(grouping), labels);
    console.log(
      `grouping of ${articles.length} mixed articles: ${grouping.stories.length} stories, ` +
        `same-story precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} ` +
        `(${scores.truePairs} of ${scores.predictedPairs} pairs grouped, ${scores.labelledPairs} labelled)`,
    );
    expect(articles).toHaveLength(22);
    expect(scores).toMatchObject({ precision: 1, recall: 1, labelledPairs: 31 });
    expect(grouping.stories).toHaveLength(6);
    const expected = ['seeds', ...STORIES].map((story) =>
      [...labels]
        .filter(([, label]) => label === story)
        .map(([id]) => id)
        .sort(),
    );
    expect(membersOf(grouping).sort()).toEqual(expected.sort());
  });

  it('explains each story by the names and words its articles share', () => {
    const tram = grouping.stories.find((story) => story.articles.includes('meridian-wire'))!;
    expect(tram.origin).toBe('automatic');
    expect(tram.terms).toContain('Lisburn');
    expect(tram.explanation).toBe(
      `story \`${tram.id}\`: 4 articles, grouped by: ${tram.terms.join(', ')}`,
    );
    expect(tram.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(grouping.stories.map((story) => story.id)).size).toBe(6);
    expect(grouping.warnings).toEqual([]);
  });

  it("gives the folder's story file to the one story its title fits", () => {
    const titled = grouping.stories.filter((story) => story.title !== null);
    expect(titled.map((story) => story.articles)).toEqual([seedIds]);
    expect(titled[0]!.title).toBe('Putin congratulates Trump on his second term');
  });

  it('finds the same stories by index as by scoring every pair', () => {
    const all = groupStories({ articles }, { candidates: 'all-pairs' });
    expect(membersOf(all)).toEqual(membersOf(grouping));
    // With 22 articles every feature is under the cap: the index prunes at archive scale (see
    // the cap's own test and `npm run bench:archive`), here it may not.
    expect(all.stats.candidatePairs).toBe((22 * 21) / 2);
    expect(grouping.stats.candidatePairs).toBeLessThanOrEqual(all.stats.candidatePairs);
    expect(grouping.stats.links).toBe(all.stats.links);
  });

  it('gives the same ids on every run', () => {
    expect(readStories({ root }).grouping.stories.map((story) => story.id)).toEqual(
      grouping.stories.map((story) => story.id),
    );
  });
});

describe('the single-story layout of today', () => {
  it('is one story: the five seeds, titled by their story file', () => {
    const { grouping } = readStories({ root: ROOT, storiesDir: 'content/no-stories-here' });
    expect(grouping.stories).toHaveLength(1);
    expect(grouping.stories[0]).toMatchObject({
      articles: seedIds,
      origin: 'automatic',
      title: 'Putin congratulates Trump on his second term',
    });
    expect(grouping.stories[0]!.explanation).toMatch(
      /^story `[a-z0-9-]+`: 5 articles, grouped by: /,
    );
  });

  it('a story of one article is a story', () => {
    const article = makeArticle('lone', ['Kelsford council met on Tuesday to discuss parking.']);
    const { stories } = groupStories({ articles: [article] });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toEqual(['lone']);
    expect(stories[0]!.explanation).toMatch(
      /: 1 article, alone: no other article reports the same/,
    );
  });
});

describe('content/stories/: one folder per story, the user’s word final', () => {
  it('takes each folder as a story, with its story file, and groups only the flat folder', () => {
    const root = project('folders', [
      ...everyArticleIn('content/articles', ['cup-final', 'storm-coast', 'tram-vote']),
      ...storyIn('content/stories/kelsford-fire', 'plant-fire'),
      ['content/stories/kelsford-fire/story.yaml', 'title: Fire at the Varden Chemicals plant\n'],
      ...storyIn('content/stories/kestrel', 'chip-layoffs'),
      // Pins one tram article into the chip story: the user's word, even when it looks wrong.
      [
        'content/stories/kestrel/story.yaml',
        'title: Kestrel cuts 1,200 jobs\narticles: [rail-review]\n',
      ],
    ]);
    const { grouping } = readStories({ root });
    const [fire, kestrel, ...flat] = grouping.stories;
    expect(fire).toMatchObject({
      id: 'kelsford-fire',
      origin: 'folder',
      title: 'Fire at the Varden Chemicals plant',
      articles: articlesOf('plant-fire').sort(),
      explanation: 'story `kelsford-fire`: 3 articles, filed in content/stories/kelsford-fire',
    });
    expect(kestrel).toMatchObject({
      id: 'kestrel',
      articles: [...articlesOf('chip-layoffs'), 'rail-review'].sort(),
      explanation:
        'story `kestrel`: 4 articles, filed in content/stories/kestrel (1 pinned from content/articles by content/stories/kestrel/story.yaml)',
    });
    // The rest is grouped automatically, without the pinned article.
    expect(flat.map((story) => story.origin)).toEqual(Array(4).fill('automatic'));
    expect(flat.map((story) => story.articles).sort()).toEqual(
      [
        seedIds,
        articlesOf('cup-final').sort(),
        articlesOf('storm-coast').sort(),
        ['lisburn-local', 'meridian-wire', 'the-chronicle'],
      ].sort(),
    );
  });

  it('pins a story in the flat folder (exactly its articles) and keeps split groups apart', () => {
    const [first, second, ...rest] = seedIds;
    const root = project('pins', [
      ...everyArticleIn('content/articles', ['cup-final', 'tram-vote']),
      [
        'content/articles/story.yaml',
        `title: Cup final at Calder Park\narticles: [rovers-blog, sportline-wire]\n` +
          `split:\n  - [${first}, ${second}]\n  - [${rest.join(', ')}]\n`,
      ],
    ]);
    const { grouping } = readStories({ root });
    const pinned = grouping.stories.find((story) => story.origin === 'pinned')!;
    expect(pinned).toMatchObject({
      articles: ['rovers-blog', 'sportline-wire'],
      title: 'Cup final at Calder Park',
      explanation: `story \`${pinned.id}\`: 2 articles, pinned by content/articles/story.yaml`,
    });
    // The third cup article is left to the grouping: a story of its own, as nothing else fits.
    expect(membersOf(grouping)).toContainEqual(['evening-post-sport']);
    // The seeds are one story by their wording, two by the user's split.
    expect(membersOf(grouping)).toContainEqual([first, second]);
    expect(membersOf(grouping)).toContainEqual(rest);
    const split = grouping.stories.find((story) => story.articles[0] === first)!;
    expect(split.explanation).toMatch(
      /; kept apart from other groups by content\/articles\/story\.yaml \(split\)$/,
    );
    expect(membersOf(grouping)).toContainEqual(articlesOf('tram-vote').sort());
  });

  it('warns when the flat story file cannot say which of several stories it titles', () => {
    const root = project('unplaced', [
      ...everyArticleIn('content/articles', ['cup-final']),
      ['content/articles/story.yaml', 'title: Harbour festival cancelled\n'],
    ]);
    const { grouping } = readStories({ root });
    expect(grouping.stories.every((story) => story.title === null)).toBe(true);
    expect(grouping.warnings).toEqual([
      'content/articles/story.yaml: its title "Harbour festival cancelled" fits 0 of the 2 stories its folder was grouped into, so no story takes it: list the articles it describes under "articles:".',
    ]);
  });

  it('warns when a folder story file is titled for other articles', () => {
    const root = project('stale-title', [
      ...storyIn('content/stories/cup', 'cup-final'),
      ['content/stories/cup/story.yaml', 'title: Tram line approved in Lisburn\n'],
    ]);
    expect(readStories({ root }).grouping.warnings).toEqual([
      'content/stories/cup/story.yaml: its title "Tram line approved in Lisburn" does not fit the articles beside it (none of them says "Tram", "line", "approved", "Lisburn"): is it left from another story? Edit the title or delete the file.',
    ]);
  });

  it('stops naming every folder and story file whose grouping it cannot follow', () => {
    const seed = join(SEEDS, `${seedIds[0]}.txt`);
    const root = project('bad-pins', [
      [`content/articles/${seedIds[0]}.txt`, seed],
      ['content/articles/story.yaml', `split: [[${seedIds[0]}]]\n`],
      ['content/stories/a/one.txt', 'One article about the harbour wall.\n'],
      // Listing the folder's own article is harmless; the others are not.
      ['content/stories/a/story.yaml', `articles: [${seedIds[0]}, one, nowhere]\nsplit: [[two]]\n`],
      ['content/stories/b/story.yaml', `articles: [${seedIds[0]}]\n`],
      ['content/stories/empty/story.yaml', 'title: Nothing yet\n'],
    ]);
    expect(() => readStories({ root })).toThrow(CorpusError);
    expect(() => readStories({ root })).toThrow(
      [
        '5 article files cannot be published:',
        '  - content/stories/a/story.yaml: field "split" only applies to the folder grouped automatically (a story folder is one story: move articles out of it to split it)',
        '  - content/stories/a/story.yaml: lists article "nowhere", which is not an article of content/articles (only those are grouped automatically and can be pinned or split)',
        `  - content/stories/b/story.yaml: lists article "${seedIds[0]}", which content/stories/a/story.yaml lists too`,
        '  - content/stories/empty: holds no article files',
        `  - content/articles/story.yaml: lists article "${seedIds[0]}", which content/stories/a/story.yaml lists too`,
      ].join('\n'),
    );
  });

  it('names a file that is not a story folder, and an article id used in two folders', () => {
    const root = project('bad-layout', [
      ['content/stories/notes.txt', 'not a folder\n'],
      ['content/stories/a/same.txt', 'One article about the harbour wall.\n'],
      ['content/stories/b/Same.txt', 'Another article about the harbour wall.\n'],
      ['content/stories/bad name/x.txt', 'A third article.\n'],
    ]);
    expect(() => readStories({ root })).toThrow(
      [
        '3 article files cannot be published:',
        '  - content/stories/bad name: id "bad name" must be letters, digits, "_", "-" or "." (it becomes a URL)',
        '  - content/stories/notes.txt: is not a folder (content/stories holds one folder of articles per story)',
        '  - content/stories/b/Same.txt: id "Same" collides with content/stories/a/same.txt',
      ].join('\n'),
    );
  });
});

describe('the grouping’s guards', () => {
  const tram = articlesOf('tram-vote');
  const cup = articlesOf('cup-final');
  const root = project('guards', everyArticleIn('content/articles', ['tram-vote', 'cup-final']));
  const { articles } = readStories({ root });

  it('does not chain two stories through a round-up that reports both', () => {
    // A round-up: the whole of one tram article and one cup article in one text.
    const half = (id: string) => articles.find((article) => article.id === id)!;
    const roundup = makeArticle('roundup', [
      ...half(tram[0]!).sentences.map((s) => s.text),
      ...half(cup[0]!).sentences.map((s) => s.text),
    ]);
    const all = [...articles, roundup];
    const { stories } = groupStories({ articles: all });
    const storyOf = (id: string) => stories.find((story) => story.articles.includes(id))!;
    expect(storyOf(tram[1]!)).not.toBe(storyOf(cup[1]!));
    expect(storyOf(tram[1]!).articles).toEqual(expect.arrayContaining(tram));
    expect(storyOf(cup[1]!).articles).toEqual(expect.arrayContaining(cup));

    // Joining on any link above the threshold (union-find) would have chained them.
    const dictionary = featureDictionary();
    const vectors = featureVectors(
      all.map((article) => articleFeatures(article, dictionary)),
      dictionary,
    );
    const { links } = indexedLinks(vectors);
    const parent = all.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (const { a, b, score } of links) if (score >= 0.1) parent[find(a)] = find(b);
    const index = (id: string) => all.findIndex((article) => article.id === id);
    expect(find(index(tram[1]!))).toBe(find(index(cup[1]!)));
    // Average linkage on the same links keeps them apart.
    const clusters = averageLinkage(all.length, links, 0.1);
    const clusterOf = (id: string) => clusters.findIndex((c) => c.includes(index(id)));
    expect(clusterOf(tram[1]!)).not.toBe(clusterOf(cup[1]!));
  });

  it('lets no feature held by more than maxDf articles link or score', () => {
    const same = (id: string) =>
      makeArticle(id, ['Harbourmaster Quillon inspected the breakwater near Tallowmere.']);
    const trio = [same('x'), same('y'), same('z')];
    const dictionary = featureDictionary();
    const features = trio.map((article) => articleFeatures(article, dictionary));
    expect(indexedLinks(featureVectors(features, dictionary, { maxDf: 3 })).stats).toEqual({
      candidatePairs: 3,
      links: 3,
    });
    const capped = featureVectors(features, dictionary, { maxDf: 2 });
    expect(capped.evidence).toBe(0);
    expect(indexedLinks(capped, { maxDf: 2 }).stats).toEqual({ candidatePairs: 0, links: 0 });
    expect(groupStories({ articles: trio }, { maxDf: 2 }).stories).toHaveLength(3);
    expect(groupStories({ articles: trio }).stories).toHaveLength(1);
  });

  it('weakens links between articles published far apart', () => {
    expect(dateFactor(null, 20_000)).toBe(1);
    expect(dateFactor(20_000, 20_007)).toBe(1);
    expect(dateFactor(20_000, 20_037)).toBeCloseTo(0.5);
    expect(dateFactor(20_000, 20_365)).toBeLessThan(0.1);
    const dated = (id: string, published: string) => {
      const article = articles.find((a) => a.id === tram[0])!;
      return { ...article, id, meta: { ...article.meta, published } };
    };
    const near = groupStories({
      articles: [dated('a', '2026-02-17'), dated('b', '2026-02-19')],
    });
    const far = groupStories({
      articles: [dated('a', '2020-02-17'), dated('b', '2026-02-19')],
    });
    expect(near.stories).toHaveLength(1);
    expect(far.stories).toHaveLength(2);
  });

  it('takes days and months for words, not names', () => {
    const dictionary = featureDictionary();
    const article = makeArticle('a', [
      'On Tuesday, councillors in Lisburn voted. In March, Lisburn paid.',
    ]);
    const keys = [...articleFeatures(article, dictionary).features].map(
      (id) => dictionary.keys[id],
    );
    expect(keys).toEqual(expect.arrayContaining(['n:lisburn', 'w:tuesdai', 'w:march']));
    expect(keys).not.toContain('n:tuesdai');
  });

  it('counts only specific numbers: not ages, minutes, small counts or years', () => {
    const value = (text: string) => tokenize(text).map(specificNumber);
    expect(value('34 2026 1,000 40,000 41,000 €610m 1.5 120')).toEqual([
      null,
      null,
      null,
      null,
      41000,
      610000000,
      null,
      120,
    ]);
  });
});
