import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignStory, type Alignment } from '../src/lib/align/index.ts';
import { parseReview, readReview } from '../src/lib/input/index.ts';
import { ArticleError, reasons } from '../src/lib/model/index.ts';
import { makeArticle } from './helpers/make-article.ts';

const a = makeArticle('harbor-gazette', [
  'Wheat prices rose sharply after the Black Sea port closed for repairs.',
  'The mayor opened a new library in the old town hall on Saturday.',
]);
const b = makeArticle('eastbridge-courier', [
  'Wheat prices climbed sharply after the closure of the Black Sea port.',
  'Dockworkers in Rotterdam began a three-day strike over pensions.',
]);
const articles = [a, b];

const together = (alignment: Alignment, x: string, y: string) =>
  alignment.claims.some((c) => {
    const keys = c.spans.map((s) => `${s.article}#${s.sentence}`);
    return keys.includes(x) && keys.includes(y);
  });

describe('review file', () => {
  it('is read with the line of each decision', () => {
    const review = parseReview(
      'same:\n  - [harbor-gazette#s-1, eastbridge-courier#s-1]\ndifferent:\n  - [harbor-gazette#s-0, eastbridge-courier#s-0]\n',
      'content/review.yaml',
      articles,
    );
    expect(review).toEqual({
      same: [{ a: 'harbor-gazette#s-1', b: 'eastbridge-courier#s-1', line: 2 }],
      different: [{ a: 'harbor-gazette#s-0', b: 'eastbridge-courier#s-0', line: 4 }],
    });
    expect(readReview('/nonexistent/review.yaml', 'content/review.yaml', articles)).toEqual({
      same: [],
      different: [],
    });
    expect(parseReview('same:\ndifferent:\n', 'r.yaml', articles)).toEqual({
      same: [],
      different: [],
    });
  });

  it('stops on a bad file, naming the file and the line', () => {
    const problem = (text: string) => {
      try {
        parseReview(text, 'content/review.yaml', articles);
      } catch (error) {
        return (error as ArticleError).message;
      }
      return 'no error';
    };
    const file = 'content/review.yaml: ';
    expect(problem('same:\n  - [harbor-gazette#s-9, eastbridge-courier#s-0]\n')).toBe(
      file + reasons.reviewUnknownSentence(2, 'harbor-gazette#s-9'),
    );
    expect(problem('same:\n  - [nobody#s-0, eastbridge-courier#s-0]\n')).toBe(
      file + reasons.reviewUnknownSentence(2, 'nobody#s-0'),
    );
    expect(problem('different:\n\n  - [harbor-gazette#s-0, harbor-gazette#s-1]\n')).toBe(
      file + reasons.reviewSameArticle(3),
    );
    expect(
      problem(
        'same:\n  - [harbor-gazette#s-0, eastbridge-courier#s-0]\ndifferent:\n  - [eastbridge-courier#s-0, harbor-gazette#s-0]\n',
      ),
    ).toBe(file + reasons.reviewBothWays(4, 2));
    expect(problem('same:\n  - [harbor-gazette#s-0]\n')).toBe(file + reasons.reviewNotPair(2));
    expect(problem('maybe:\n  - [a, b]\n')).toBe(file + reasons.reviewUnknownKey(1, 'maybe'));
    expect(problem('- [a, b]\n')).toBe(file + reasons.reviewNotMapping());
    expect(problem('same: [\n')).toMatch(/^content\/review\.yaml: is not valid YAML: /);
  });

  it('applied to a story, gives exactly the decisions it lists', () => {
    const plain = alignStory(articles);
    // Without review: the wheat sentences are one claim, the library and the strike are not.
    expect(together(plain, 'harbor-gazette#s-0', 'eastbridge-courier#s-0')).toBe(true);
    expect(together(plain, 'harbor-gazette#s-1', 'eastbridge-courier#s-1')).toBe(false);
    const review = parseReview(
      'same:\n  - [harbor-gazette#s-1, eastbridge-courier#s-1]\ndifferent:\n  - [harbor-gazette#s-0, eastbridge-courier#s-0]\n',
      'content/review.yaml',
      articles,
    );
    const reviewed = alignStory(articles, { review });
    expect(together(reviewed, 'harbor-gazette#s-1', 'eastbridge-courier#s-1')).toBe(true);
    expect(together(reviewed, 'harbor-gazette#s-0', 'eastbridge-courier#s-0')).toBe(false);
    const forced = reviewed.claims.find((c) => c.spans.some((s) => s.review));
    expect(forced?.spans.map((s) => [s.sentence, s.review])).toEqual([
      ['s-1', true],
      ['s-1', true],
    ]);
    // Claims the review does not touch are not marked.
    for (const claim of plain.claims) for (const s of claim.spans) expect(s.review).toBeUndefined();
  });

  it('chains same pairs into one claim', () => {
    const c = makeArticle('c', [
      'A choir from Oslo sang at the harbour festival on Sunday evening.',
    ]);
    const review = {
      same: [
        { a: 'harbor-gazette#s-1', b: 'eastbridge-courier#s-1' },
        { a: 'eastbridge-courier#s-1', b: 'c#s-0' },
      ],
      different: [],
    };
    const reviewed = alignStory([a, b, c], { review });
    expect(together(reviewed, 'harbor-gazette#s-1', 'c#s-0')).toBe(true);
  });
});

describe('review file on disk', () => {
  it('reads a file and names it in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-review-'));
    try {
      const path = join(dir, 'review.yaml');
      writeFileSync(path, 'same:\n  - [harbor-gazette#s-0, harbor-gazette#s-1]\n');
      expect(() => readReview(path, 'content/review.yaml', articles)).toThrow(
        `content/review.yaml: ${reasons.reviewSameArticle(2)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
