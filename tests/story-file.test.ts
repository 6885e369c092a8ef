import { describe, expect, it } from 'vitest';
import { readArticleDir, unmatchedTitleWords } from '../src/lib/corpus/index.ts';

const root = new URL('..', import.meta.url).pathname;
const seeds = readArticleDir(`${root}content/articles`, { root });
const tram = readArticleDir(`${root}tests/fixtures/stories/tram-vote/articles`, { root });

describe('unmatchedTitleWords', () => {
  it('accepts a title whose words the articles use', () => {
    expect(unmatchedTitleWords('Putin congratulates Trump on his second term', seeds)).toBeNull();
    expect(unmatchedTitleWords('Council approves tram line', tram)).toBeNull();
  });

  it('names the words of a title left from another story', () => {
    expect(unmatchedTitleWords('Putin congratulates Trump on his second term', tram)).toEqual(
      expect.arrayContaining(['Putin', 'Trump']),
    );
    expect(unmatchedTitleWords('Harbour tram wins council vote', seeds)).not.toBeNull();
  });

  it('says nothing of a title without content words, or of no articles', () => {
    expect(unmatchedTitleWords('The', seeds)).toBeNull();
    expect(unmatchedTitleWords('Putin', [])).toBeNull();
  });
});
