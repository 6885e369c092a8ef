/**
 * The editor's review page (`/review/`): the alignment decisions closest to the threshold, both
 * sentences with their source and permalink, the evidence in words, and the review-file line
 * that overturns each decision.
 */
import { displayText } from '../text/index.ts';
import { describeEvidence } from './evidence.ts';
import { articleHref } from './links.ts';
import { labelOf, type Story } from './story.ts';

/** One side of a decision: a sentence by its `article#s-N` key. */
export interface ReviewSide {
  key: string;
  text: string;
  sourceLabel: string;
  href: string;
}

/** One decision close to the threshold. */
export interface ReviewDecision {
  joined: boolean;
  evidence: string;
  sides: [ReviewSide, ReviewSide];
  /** The list of `review.yaml` the line goes under to overturn the decision. */
  list: 'same:' | 'different:';
  /** The line to copy, indented as under its list. */
  line: string;
}

export interface ReviewView {
  decisions: ReviewDecision[];
}

/** The decisions of the story's alignment closest to its threshold, closest first. */
export function reviewView(story: Story): ReviewView {
  const side = (key: string, text: string): ReviewSide => {
    const [article, sentence] = key.split('#') as [string, string];
    return {
      key,
      text: displayText(text),
      sourceLabel: labelOf(story, article),
      href: articleHref(article, sentence),
    };
  };
  return {
    decisions: story.alignment.borderline.map((pair) => ({
      joined: pair.joined,
      evidence: describeEvidence(pair.evidence),
      sides: [side(pair.a, pair.textA), side(pair.b, pair.textB)],
      list: pair.joined ? 'different:' : 'same:',
      line: `  - [${pair.a}, ${pair.b}]`,
    })),
  };
}

/**
 * How many decisions the site's review page lists: one story's alignment keeps this many
 * (`alignStory`'s `borderline`), so a single-story site lists all of them, and an archive's page
 * does not grow with its stories (at 500 articles in 90 stories it weighed 3.2 MB).
 */
export const REVIEW_DECISIONS = 40;

/**
 * The decisions of the site's review page: each story's closest first, taken in turn (every
 * story's closest, then every story's second…), at most `limit`.
 */
export function siteReviewView(stories: readonly Story[], limit = REVIEW_DECISIONS): ReviewView {
  const lists = stories.map((story) => reviewView(story).decisions);
  const decisions: ReviewDecision[] = [];
  for (let rank = 0; decisions.length < limit && lists.some((list) => rank < list.length); rank++) {
    for (const list of lists) {
      if (rank < list.length && decisions.length < limit) decisions.push(list[rank]!);
    }
  }
  return { decisions };
}
