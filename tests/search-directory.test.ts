/**
 * The story directory of a site of several stories: which stories' shards a search over all of
 * them loads. It must never rule out a story whose own shard finds something (the reader would
 * miss results without being told), and should put the stories that hold the words as written
 * first.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { groupQuotes } from '../src/lib/quotes/index.ts';
import {
  buildSearchDirectory,
  createStoryPicker,
  type DirectoryInput,
  type SearchDirectory,
} from '../src/lib/search/directory.ts';
import { createSearcher } from '../src/lib/search/engine.ts';
import { buildSearchIndex, buildSearchRecords } from '../src/lib/search/records.ts';
import type { SearchIndexFile } from '../src/lib/search/options.ts';
import { makeArticle } from './helpers/make-article.ts';
import type { Article } from '../src/lib/model/index.ts';

const root = new URL('..', import.meta.url).pathname;
const FIXTURES = ['chip-layoffs', 'cup-final', 'ferry-strike', 'plant-fire', 'storm-coast'];

function storyOf(id: string, articles: Article[]): DirectoryInput {
  const quotes = groupQuotes(articles).flatMap((group) => group.variants);
  return { id, title: id, records: buildSearchRecords(articles, quotes, { story: id }) };
}

/** Round-trips a directory through JSON, as the browser receives it. */
function pickerOf(stories: DirectoryInput[]) {
  const directory = JSON.parse(JSON.stringify(buildSearchDirectory(stories))) as SearchDirectory;
  return createStoryPicker(directory);
}
const ids = (pick: { stories: Array<{ id: string }> }) => pick.stories.map((story) => story.id);

// A site of six real stories: the seed story and five labelled ones.
const site: DirectoryInput[] = [
  storyOf('seeds', readArticleDir(`${root}content/articles`, { root })),
  ...FIXTURES.map((name) =>
    storyOf(name, readArticleDir(`${root}tests/fixtures/stories/${name}/articles`, { root })),
  ),
];
const pick = pickerOf(site);
const searchers = new Map(
  site.map((story) => [
    story.id,
    createSearcher(
      Fuse,
      JSON.parse(JSON.stringify(buildSearchIndex([...story.records]))) as SearchIndexFile,
    ),
  ]),
);

/** Queries of every kind: words of each story's headline, misspelt, inside words, numbers. */
function queries(): string[] {
  const out = [
    'Puttin',
    'peace formla',
    'Kelog',
    'third world war',
    'reestablishing',
    'fire',
    'said',
    'fifteen',
    'two hundred',
    '4 regions',
    'council vote',
    'strike',
    'xylophone quartz',
  ];
  for (const story of site) {
    const headline = story.records.find((record) => record.kind === 'heading')!.text;
    const words = headline.match(/\p{L}{4,}/gu) ?? [];
    for (const word of words.slice(0, 4)) {
      out.push(word, `${word.slice(0, -1)}`, `${word.slice(0, 2)}${word.slice(3)}`);
    }
    out.push(words.slice(0, 2).join(' '));
    const numbered = story.records.find((record) => record.numbers)!;
    out.push(numbered.numbers!.split(' ')[0]!.slice(1, -1));
  }
  return out;
}

describe('the story directory', () => {
  it('lists every word once, with the stories that hold it, in the site’s story order', () => {
    const directory = buildSearchDirectory(site);
    expect(directory.stories.map((story) => story.id)).toEqual(site.map((story) => story.id));
    const words = directory.words.flatMap(([, list]) => list.split(' '));
    expect(new Set(words).size).toBe(words.length);
    for (const [stories] of directory.words) {
      expect(stories).toEqual([...stories].sort((a, b) => a - b));
    }
    // Much smaller than the stories' indexes it stands for.
    const indexes = site.reduce(
      (sum, story) => sum + JSON.stringify(buildSearchIndex([...story.records])).length,
      0,
    );
    expect(JSON.stringify(directory).length).toBeLessThan(indexes / 4);
  });

  it.each(queries())('never rules out a story whose shard finds “%s”', (query) => {
    const picked = new Set(ids(pick(query)));
    for (const [id, searcher] of searchers) {
      if (searcher.search(query).total > 0) expect(picked, `${id} for “${query}”`).toContain(id);
    }
  });

  it('picks the one story that holds a name, and none for words no story holds', () => {
    expect(pick('Zelenskyy')).toMatchObject({ close: 1, total: site.length });
    expect(ids(pick('Zelenskyy'))).toEqual(['seeds']);
    expect(ids(pick('xylophone quartz'))).toEqual([]);
  });

  it('ranks a story holding the word as written above one holding a misspelling of it', () => {
    const picker = pickerOf([
      storyOf('us', [makeArticle('us-1', ['The harbor closed on Monday.'])]),
      storyOf('uk', [makeArticle('uk-1', ['The harbour closed on Monday.'])]),
    ]);
    expect(ids(picker('harbour'))).toEqual(['uk', 'us']);
    expect(ids(picker('harbor'))).toEqual(['us', 'uk']);
    expect(picker('harbour').close).toBe(2);
  });

  it('puts the stories that hold every word closely first, loose matches after', () => {
    // "and" is two typos from "panda": the engine's word filter lets it through, fuse.js not.
    const picker = pickerOf([
      storyOf('bridge', [makeArticle('b-1', ['Traffic and trains stopped.'])]),
      storyOf('zoo', [makeArticle('z-1', ['A panda was born.'])]),
    ]);
    expect(picker('panda')).toMatchObject({ close: 1 });
    expect(ids(picker('panda'))).toEqual(['zoo', 'bridge']);
  });

  it('matches numbers however written, and whole: "15 dead" is not 150', () => {
    const picker = pickerOf([
      storyOf('blast', [makeArticle('x-1', ['Fifteen dead after the blast.'])]),
      storyOf('flood', [makeArticle('y-1', ['At least 150 dead in the flood.'])]),
    ]);
    expect(ids(picker('15 dead'))).toEqual(['blast']);
    expect(ids(picker('150'))).toEqual(['flood']);
    expect(ids(picker('fifteen dead'))).toEqual(['blast']);
  });

  it('keeps the source and speaker filters: only the stories that have them', () => {
    const source = site[2]!.records[0]!.article;
    expect(ids(pick('', { source }))).toEqual([site[2]!.id]);
    expect(ids(pick('said', { source }))).toEqual([site[2]!.id]);
    expect(ids(pick('', { speaker: 'Vladimir Putin' }))).toEqual(['seeds']);
    expect(ids(pick('', { speaker: 'Nobody At All' }))).toEqual([]);
    // Filters alone keep every story they allow, in the site's order.
    expect(ids(pick(''))).toEqual(site.map((story) => story.id));
  });
});
