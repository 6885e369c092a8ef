/** The site's review page: a bounded list of the decisions closest to the threshold. */
import { describe, expect, it } from 'vitest';
import type { Borderline } from '../src/lib/align/index.ts';
import { buildStory, type Story } from '../src/lib/publish/index.ts';
import { REVIEW_DECISIONS, siteReviewView } from '../src/lib/publish/review-view.ts';
import { makeArticle } from './helpers/make-article.ts';
import { alignmentOf } from './helpers/make-story.ts';

/** A story of two articles whose alignment lists `count` borderline decisions. */
function storyWith(id: string, count: number): Story {
  const a = makeArticle(
    `${id}-a`,
    Array.from({ length: count }, (_, n) => `A ${n}.`),
  );
  const b = makeArticle(
    `${id}-b`,
    Array.from({ length: count }, (_, n) => `B ${n}.`),
  );
  const borderline: Borderline[] = Array.from({ length: count }, (_, n) => ({
    a: `${a.id}#s-${n}`,
    b: `${b.id}#s-${n}`,
    textA: `A ${n}.`,
    textB: `B ${n}.`,
    joined: false,
    evidence: { sharedTerms: [], synonyms: [], numbers: [], verbatim: 0, score: 0.5 },
  }));
  return buildStory({
    articles: [a, b],
    alignment: { ...alignmentOf([]), borderline },
    quoteGroups: [],
    meta: { title: null, summary: null },
    id,
  });
}

describe('siteReviewView', () => {
  it('lists all of one story’s decisions, closest first', () => {
    const view = siteReviewView([storyWith('x', 3)]);
    expect(view.decisions.map((d) => d.sides[0].key)).toEqual(['x-a#s-0', 'x-a#s-1', 'x-a#s-2']);
  });

  it('takes the stories’ closest decisions in turn, and no more than one story lists', () => {
    const view = siteReviewView([storyWith('x', 3), storyWith('y', 1), storyWith('z', 2)], 5);
    expect(view.decisions.map((d) => d.sides[0].key)).toEqual([
      'x-a#s-0',
      'y-a#s-0',
      'z-a#s-0',
      'x-a#s-1',
      'z-a#s-1',
    ]);
    const archive = Array.from({ length: 90 }, (_, n) => storyWith(`s${n}`, 40));
    expect(siteReviewView(archive).decisions).toHaveLength(REVIEW_DECISIONS);
  });
});
