import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/parse/article.ts';
import { readArticleDir } from '../src/lib/corpus/read-folder.ts';
import { extractQuotes, groupQuotes } from '../src/lib/quotes/index.ts';
import { buildSearchIndex, buildSearchRecords } from '../src/lib/search/records.ts';
import { createSearcher } from '../src/lib/search/engine.ts';
import { makeArticle } from './helpers/make-article.ts';
import { numbersIn, prepareQuery, type SearchIndexFile } from '../src/lib/search/options.ts';

const root = new URL('..', import.meta.url).pathname;
const articles = readArticleDir(`${root}content/articles`, { root });
const quotes = groupQuotes(articles).flatMap((group) => group.variants);
const records = buildSearchRecords(articles, quotes);

/** Round-trips the index through JSON, as the browser receives it. */
function load(file: SearchIndexFile, prefilterAbove?: number) {
  const parsed = JSON.parse(JSON.stringify(file)) as SearchIndexFile;
  const searcher = createSearcher(
    Fuse,
    parsed,
    prefilterAbove === undefined ? {} : { prefilterAbove },
  );
  return (query: string) =>
    searcher.search(query, undefined, 1000).hits.map((hit) => ({
      item: hit.record,
      matches: hit.matches,
    }));
}
const search = load(buildSearchIndex(records));

describe('buildSearchRecords', () => {
  it('indexes every sentence and heading once, with unique ids, and no quote twice', () => {
    const sentences = articles.reduce((sum, article) => sum + article.sentences.length, 0);
    expect(records).toHaveLength(sentences);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => `${r.article}#${r.anchor}`)).size).toBe(records.length);
    expect(records.filter((record) => record.kind === 'heading').length).toBeGreaterThan(5);
  });

  it('gives the sentences a speech quote covers its speaker, and kind quote', () => {
    for (const record of records) {
      const article = articles.find((item) => item.id === record.article)!;
      expect(article.sentences.some((sentence) => sentence.id === record.anchor)).toBe(true);
      const covering = quotes.filter(
        (quote) =>
          quote.kind === 'speech' &&
          quote.article === record.article &&
          quote.sentences.includes(record.anchor),
      );
      const speakers = [...new Set(covering.flatMap((quote) => quote.speaker ?? []))];
      expect(record.speakers).toEqual(speakers);
      if (record.kind !== 'heading') {
        expect(record.kind).toBe(covering.length > 0 ? 'quote' : 'sentence');
      }
    }
    const trump = records.filter((record) => record.text.includes('President Putin wants'));
    expect(trump.map((record) => [record.kind, record.speakers])).toEqual([
      ['quote', ['Donald Trump']],
      ['quote', ['Donald Trump']],
    ]);
    // A quotation over three sentences: the middle one names no speaker, yet carries it.
    const middle = records.find((record) =>
      record.text.startsWith('“We also value his clear intent'),
    );
    expect(middle?.speakers).toEqual(['Vladimir Putin']);
    // Scare quotes quote no one.
    const term = records.find((record) => record.text.includes('“peace formula”'))!;
    expect(term.kind).toBe('sentence');
    expect(term.speakers).toEqual([]);
  });

  it('labels sources by outlet, else neutrally', () => {
    const labels = new Set(records.map((record) => record.source));
    expect(labels).toContain('New York Mirror');
    expect([...labels].some((label) => /^Source \d$/.test(label))).toBe(true);
  });

  it('keeps markup in text as text', () => {
    const hostile = parseArticle({
      id: 'evil',
      file: 'evil.txt',
      source: 'Headline here\n\n“<script>alert(1)</script> is bad,” Ann Lee said.',
    });
    const built = buildSearchRecords([hostile], extractQuotes(hostile));
    expect(built.some((record) => record.text.includes('<script>alert(1)</script>'))).toBe(true);
    expect(JSON.stringify(buildSearchIndex(built))).toContain('<script>');
  });
});

describe('search over the built index', () => {
  it('finds words anywhere in a sentence, and marks them', () => {
    const [first] = search('third world war');
    expect(first!.item.text.toLowerCase()).toContain('third world war');
    expect(first!.matches!.some((match) => match.key === 'text')).toBe(true);
  });

  it('forgives typos', () => {
    expect(search('Puttin').length).toBeGreaterThan(0);
    expect(
      search('peace formla').some((result) => result.item.text.includes('peace formula')),
    ).toBe(true);
    expect(search('Kelog').some((result) => result.item.text.includes('Kellogg'))).toBe(true);
  });

  it('finds a quote in several sources', () => {
    const found = search('President Putin wants to meet').filter(
      (result) => result.item.kind === 'quote',
    );
    expect(new Set(found.map((result) => result.item.article)).size).toBe(2);
  });

  it('lists a quoted passage once, not as a sentence and again as a quote', () => {
    const found = search('restore direct contacts');
    expect(found.length).toBeGreaterThanOrEqual(2);
    const passages = found.map((result) => `${result.item.article}#${result.item.anchor}`);
    expect(new Set(passages).size).toBe(passages.length);
    const quoted = found.filter((result) => result.item.kind === 'quote');
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const result of quoted) expect(result.item.speakers).toEqual(['Vladimir Putin']);
  });

  it('matches the speaker field', () => {
    // Quoted sentences whose own words never name the speaker: only the speakers field can match.
    const unnamed = records.filter(
      (record) => record.speakers.includes('Vladimir Putin') && !/putin/i.test(record.text),
    );
    expect(unnamed.length).toBeGreaterThan(0);
    const found = new Set(search('Vladimir Putin').map((result) => result.item.id));
    for (const record of unnamed) expect(found).toContain(record.id);
  });

  it('does not match noise', () => {
    expect(search('xylophonequartz')).toEqual([]);
  });
});

describe('the word filter in front of fuse.js', () => {
  const filtered = search;
  const fullSearch = load(buildSearchIndex(records), Number.POSITIVE_INFINITY);
  it.each(['third world war', 'Puttin', 'President Putin wants to meet', 'Kelog'])(
    'finds what the full search finds first for %s',
    (query) => {
      const full = fullSearch(query).map((result) => result.item.id);
      const fast = filtered(query).map((result) => result.item.id);
      expect(fast.length).toBeGreaterThan(0);
      expect(full).toContain(fast[0]);
      expect(fast).toContain(full[0]);
    },
  );
  it('ranks a typo’d word above fuse.js’s loose fragment matches', () => {
    // fuse.js alone scores "long-term peace" (its "for lo…" for "formla") above "peace formula";
    // the word filter wants every word within two typos, and fuse.js scores only what passes.
    const full = fullSearch('peace formla').map((result) => result.item.text);
    const fast = filtered('peace formla').map((result) => result.item.text);
    expect(full.slice(0, 2).some((text) => text.includes('“peace formula”'))).toBe(true);
    expect(fast[0]).toContain('“peace formula”');
  });

  it('finds nothing for noise', () => {
    expect(filtered('xylophonequartz')).toEqual([]);
  });

  it('matches hyphenated words written without the hyphen', () => {
    expect(filtered('reestablishing').some((r) => r.item.text.includes('re-establishing'))).toBe(
      true,
    );
  });
});

describe('prepareQuery', () => {
  it('drops filler words and extended-search operators', () => {
    expect(prepareQuery('putin wants to meet')).toBe('putin wants meet');
    expect(prepareQuery("=exact !not ^start end$ 'quoted | or")).toBe('exact not start end quoted');
    expect(prepareQuery('the of')).toBe('the of');
    expect(prepareQuery('  ')).toBe('');
    expect(prepareQuery('he’s “here”')).toBe('hes here');
  });
});

describe('numbers in digits and in words', () => {
  const values = (text: string) =>
    numbersIn(text).map((n) => [text.slice(n.start, n.end), n.value]);

  it('reads numbers written in digits or words, phrases as one number', () => {
    expect(values('15 dead, fifteen hurt and 1,000 fled')).toEqual([
      ['15', '15'],
      ['fifteen', '15'],
      ['1,000', '1000'],
    ]);
    expect(values('Twenty-five, two hundred and five, three million, 15 million')).toEqual([
      ['Twenty-five', '25'],
      ['two hundred and five', '205'],
      ['three million', '3000000'],
      ['15 million', '15000000'],
    ]);
    // Words that are not numbers: a compound, an ordinal, a list of two numbers.
    expect(values('a one-on-one summit, the third war')).toEqual([]);
    expect(values('two three')).toEqual([
      ['two', '2'],
      ['three', '3'],
    ]);
  });

  it('normalises the query alike: a number is one token however written', () => {
    expect(prepareQuery('15 dead')).toBe('n15n dead');
    expect(prepareQuery('fifteen dead')).toBe('n15n dead');
    expect(prepareQuery('Twenty-five of them')).toBe('n25n them');
    expect(prepareQuery('4')).toBe('n4n');
  });

  const story = [
    makeArticle('a', ['Fifteen people were killed in the blast.', 'Rescuers searched all night.']),
    makeArticle('b', ['Officials said 15 dead and 40 hurt.', 'Around 150 were evacuated in 2015.']),
  ];
  const find = load(buildSearchIndex(buildSearchRecords(story, [])));
  const texts = (query: string) => find(query).map((result) => result.item.text);

  it('finds a number written the other way: "15 dead" finds "fifteen", "fifteen" finds "15"', () => {
    expect(texts('15 dead')).toEqual(['Officials said 15 dead and 40 hurt.']);
    expect(texts('15 killed')).toEqual(['Fifteen people were killed in the blast.']);
    expect(new Set(texts('fifteen'))).toEqual(
      new Set(['Fifteen people were killed in the blast.', 'Officials said 15 dead and 40 hurt.']),
    );
    // A number matches whole: 15 is not 150 or 2015.
    expect(texts('15')).not.toContain('Around 150 were evacuated in 2015.');
    expect(texts('2015')).toEqual(['Around 150 were evacuated in 2015.']);
  });

  it('on the seeds: "4 regions" finds the four regions, "one thousand" finds 1,000', () => {
    const regions = search('4 regions');
    expect(regions.some((r) => r.item.text.includes('four regions'))).toBe(true);
    // The number is part of the query, not dropped: every result has it.
    expect(regions.every((r) => /\b(?:4|four)\b/i.test(r.item.text))).toBe(true);
    const thousand = search('one thousand square kilometres').map((r) => r.item.text);
    expect(thousand.some((text) => text.includes('1,000 square kilometres'))).toBe(true);
  });
});
