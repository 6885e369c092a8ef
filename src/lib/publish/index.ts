/**
 * The publish stage, the public face of `src/lib/publish/`: what pages show, computed from the
 * story without Astro. Code outside the folder imports from here only. `src/story.ts` builds the
 * story once per build (`buildStory`); each page passes it to its view (`overviewView`,
 * `articleView`, …) and renders the result; the endpoints publish the data export and label
 * the search index's sources.
 */
export { buildStory, type Story, type StoryAbout, type StoryParts } from './story.ts';
export type { Coverage, SentenceShare } from './coverage.ts';
export {
  overviewView,
  sourcesPageView,
  sourcesPaths,
  type OverviewView,
  type SourceRow,
  type SourcesPageView,
  type SourcesPath,
} from './overview.ts';
export {
  articlePaths,
  articleView,
  type ArticlePath,
  type ArticleView,
  type BodyPart,
  type DisputeNoteView,
  type NoteView,
  type SentenceView,
} from './article-view.ts';
export { comparePaths, compareView, type ComparePath, type CompareView } from './compare-view.ts';
export {
  claimListView,
  claimPaths,
  claimView,
  type ClaimListView,
  type ClaimPath,
  type ClaimView,
} from './claim-view.ts';
export { quotesView, type QuotesView } from './quote-view.ts';
export { differencesView, type DifferencesView } from './differences-page.ts';
export type { DisputeView } from './differences-view.ts';
export { searchFilters, siteSearchFilters, type SearchFilters } from './search-view.ts';
export { reviewView, siteReviewView, type ReviewDecision, type ReviewView } from './review-view.ts';
export { wordDiff, type DiffPart } from './diff.ts';
export {
  buildClaimsExport,
  siteExportJson,
  type ClaimsExport,
  type ExportStory,
  type SiteExport,
  type StoryExport,
} from './export.ts';
export {
  storiesPageCount,
  storiesView,
  storyLinksView,
  storyTitle,
  type StoriesView,
  type StoryLinksView,
  type StoryListKind,
  type StoryEntry,
  type StoryRow,
} from './stories-view.ts';
export { sourceLabel } from './labels.ts';
export { CONTENT_SECURITY_POLICY } from './security.ts';
export { articleHref, compareHref, navCurrent, storyDataHref, type PageLink } from './links.ts';
export type { ListPath } from './list-pages.ts';
export { listPagePaths } from './list-paths.ts';
