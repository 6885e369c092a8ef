import { describe, expect, it } from 'vitest';

// Code outside src/lib/publish/ imports from index.ts only; a new export there is a decision,
// not an accident, so the list is pinned.
describe('publish public API', () => {
  it('exports exactly the values code outside the folder uses', async () => {
    const api = await import('../src/lib/publish/index.ts');
    expect(Object.keys(api).sort()).toEqual([
      'CONTENT_SECURITY_POLICY',
      'articleHref',
      'articlePaths',
      'articleView',
      'buildClaimsExport',
      'buildStory',
      'claimListView',
      'claimPaths',
      'claimView',
      'compareHref',
      'comparePaths',
      'compareView',
      'differencesView',
      'listPagePaths',
      'navCurrent',
      'overviewView',
      'quotesView',
      'reviewView',
      'searchFilters',
      'siteExportJson',
      'siteReviewView',
      'siteSearchFilters',
      'sourceLabel',
      'sourcesPageView',
      'sourcesPaths',
      'storiesPageCount',
      'storiesView',
      'storyDataHref',
      'storyLinksView',
      'storyTitle',
      'wordDiff',
    ]);
  });
});
