import { describe, expect, it } from 'vitest';
import { compareHref, compareIds, sourceLabel } from '../src/lib/labels.ts';
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

describe('compare addresses', () => {
  it('are the same whichever article comes first, in code-unit order', () => {
    expect(compareHref('ap-story', 'Reuters')).toBe('/compare/Reuters/ap-story/');
    expect(compareHref('Reuters', 'ap-story')).toBe('/compare/Reuters/ap-story/');
    // localeCompare would order these the other way round.
    expect(['a_b', 'a1'].sort(compareIds)).toEqual(['a1', 'a_b']);
    expect(compareHref('a_b', 'a1')).toBe('/compare/a1/a_b/');
  });
});
