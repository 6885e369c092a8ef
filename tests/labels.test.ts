import { describe, expect, it } from 'vitest';
import {
  claimHeadline,
  headlineSpan,
  sourceLabel,
  sourceLabels,
} from '../src/lib/publish/labels.ts';
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
      'Source 1',
      'AP (2)',
      'Reuters',
    ]);
  });

  it('count only the sources without an outlet: no "Source 2" beside a named second article', () => {
    const articles = ['a', 'b', 'c', 'd'].map((id) => makeArticle(id, ['One sentence.']));
    articles[1]!.meta.outlet = 'New York Mirror';
    articles[3]!.meta.outlet = 'Defence Talks';
    expect(articles.map((article) => sourceLabel(article, articles))).toEqual([
      'Source 1',
      'New York Mirror',
      'Source 2',
      'Defence Talks',
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
      'Source 1',
      'AP (2)',
      'Reuters',
      'Source 2',
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
  const other = 'Dockworkers struck, and the port stayed shut.';
  const article = makeArticle('a', [text, other, '“Prices rose sharply,” a trader said.']);
  const articles = new Map([[article.id, article]]);
  const spanAt = (index: number, start: number, end: number) => {
    const sentence = article.sentences[index]!;
    const from = sentence.start + start;
    const to = sentence.start + end;
    const span = { article: 'a', sentence: sentence.id, start: from, end: to };
    const evidence = { sharedTerms: [], synonyms: [], numbers: [], verbatim: 0, score: 1 };
    return { ...span, text: article.source.slice(from, to), verbatim: [], evidence };
  };
  const claimOf = (...spans: Array<ReturnType<typeof spanAt>>) => ({
    id: 'c-1',
    label: spans[0]!.text,
    sources: 2,
    spans,
  });

  it('show a whole sentence as it is, and mark where a clause ends inside its sentence', () => {
    const semicolon = text.indexOf(';');
    expect(claimHeadline(claimOf(spanAt(0, 0, text.length)), articles)).toBe(text);
    expect(claimHeadline(claimOf(spanAt(0, 0, semicolon)), articles)).toBe(
      'Wheat prices rose sharply after the port closed…',
    );
  });

  it('never open on "…": a clause that starts inside its sentence is capitalised', () => {
    const semicolon = text.indexOf(';');
    expect(claimHeadline(claimOf(spanAt(0, semicolon + 2, text.length)), articles)).toBe(
      'Dockworkers went on strike.',
    );
    expect(claimHeadline(claimOf(spanAt(0, 6, 25)), articles)).toBe('Prices rose sharply…');
    // A joining word at the head of a clause goes; only the final punctuation left out is added.
    const and = other.indexOf('and');
    expect(claimHeadline(claimOf(spanAt(1, and, other.length - 1)), articles)).toBe(
      'The port stayed shut.',
    );
  });

  it('read from a sentence start when another wording of the claim starts its sentence', () => {
    const clause = spanAt(0, 6, 25);
    const quoted = spanAt(2, 1, 21);
    expect(claimHeadline(claimOf(clause, quoted), articles)).toBe('Prices rose sharply…');
    const whole = spanAt(1, 0, other.length);
    expect(claimHeadline(claimOf(clause, whole), articles)).toBe(other);
    expect(headlineSpan(claimOf(clause, whole), articles)?.span).toBe(whole);
    // The label's own span wins when it starts its sentence.
    expect(headlineSpan(claimOf(spanAt(0, 0, 5), whole), articles)?.span.start).toBe(0);
  });

  it('fall back to another wording when the label’s span is unknown, to the label when no sentence is', () => {
    const span = spanAt(0, 0, 5);
    expect(claimHeadline({ ...claimOf(span), label: 'Other text' }, articles)).toBe('Wheat…');
    expect(claimHeadline(claimOf(span), new Map())).toBe('Wheat');
  });
});
