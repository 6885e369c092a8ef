import { describe, expect, it } from 'vitest';
import { claimHeadline, sourceLabel, sourceLabels } from '../src/lib/publish/labels.ts';
import { compareIds } from '../src/lib/model/ids.ts';
import { compareHref } from '../src/lib/publish/links.ts';
import { makeArticle } from './helpers/make-article.ts';

describe('source labels', () => {
  it('use the outlet, number two articles of one outlet, and fall back to a neutral label', () => {
    const articles = ['a', 'b', 'c', 'd'].map((id) => makeArticle(id, ['One sentence.']));
    articles[0]!.meta.outlet = 'AP';
    articles[2]!.meta.outlet = 'AP';
    articles[3]!.meta.outlet = 'Reuters';
    expect(articles.map((article) => sourceLabel(article, articles))).toEqual([
      'AP (1)',
      'Source 2',
      'AP (2)',
      'Reuters',
    ]);
  });
});

describe('sourceLabels', () => {
  it('labels every article as sourceLabel does, in one pass', () => {
    const outlets = ['AP', null, 'AP', 'Reuters', null, 'AP'];
    const articles = outlets.map((outlet, i) => {
      const article = makeArticle(`a${i}`, ['One sentence.']);
      article.meta.outlet = outlet;
      return article;
    });
    expect([...sourceLabels(articles).values()]).toEqual(
      articles.map((article) => sourceLabel(article, articles)),
    );
    expect([...sourceLabels(articles).values()]).toEqual([
      'AP (1)',
      'Source 2',
      'AP (2)',
      'Reuters',
      'Source 5',
      'AP (3)',
    ]);
  });
});

describe('compare addresses', () => {
  it('are the same whichever article comes first, in code-unit order', () => {
    expect(compareHref('ap-story', 'Reuters')).toBe('/compare/Reuters/ap-story/');
    expect(compareHref('Reuters', 'ap-story')).toBe('/compare/Reuters/ap-story/');
    // localeCompare would order these the other way round.
    expect(['a_b', 'a1'].sort(compareIds)).toEqual(['a1', 'a_b']);
    expect(compareHref('a_b', 'a1')).toBe('/compare/a1/a_b/');
  });
});

describe('claim headlines', () => {
  const text = 'Wheat prices rose sharply after the port closed; dockworkers went on strike.';
  const article = makeArticle('a', [text]);
  const articles = new Map([[article.id, article]]);
  const claimOf = (start: number, end: number) => {
    const span = { article: 'a', sentence: 's-0', start, end, text: text.slice(start, end) };
    const evidence = { sharedTerms: [], synonyms: [], numbers: [], verbatim: 0, score: 1 };
    return {
      id: 'c-1',
      label: span.text,
      sources: 2,
      spans: [{ ...span, verbatim: [], evidence }],
    };
  };

  it('mark where a clause label starts or ends inside its sentence', () => {
    const semicolon = text.indexOf(';');
    expect(claimHeadline(claimOf(0, text.length), articles)).toBe(text);
    expect(claimHeadline(claimOf(0, semicolon), articles)).toBe(
      'Wheat prices rose sharply after the port closed…',
    );
    expect(claimHeadline(claimOf(semicolon + 2, text.length), articles)).toBe(
      '…dockworkers went on strike.',
    );
    expect(claimHeadline(claimOf(6, 25), articles)).toBe('…prices rose sharply…');
  });

  it('return the label as it is when its span or sentence is unknown', () => {
    expect(claimHeadline({ ...claimOf(0, 5), label: 'Other text' }, articles)).toBe('Other text');
    expect(claimHeadline(claimOf(0, 5), new Map())).toBe('Wheat');
  });
});
