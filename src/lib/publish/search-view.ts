/**
 * The search page's filters (`/search/`): the sources, the speakers and the kinds of passage a
 * search can be narrowed to. The search itself runs in the browser (`src/scripts/search.ts`).
 */
import { STORIES_PER_PAGE, storiesView, type StoryEntry } from './stories-view.ts';
import { labelOf, type Story } from './story.ts';

/** One option of a filter: the value the form sends and what it shows. */
export interface FilterOption {
  value: string;
  label: string;
}

export interface SearchFilters {
  /**
   * The stories, by id, with their titles, in the order of the list of stories: empty on a
   * single-story site (nothing to filter). A long archive lists only its first page of stories,
   * so that the search page does not grow with it; the search script adds the others from the
   * story directory.
   */
  stories: FilterOption[];
  /** Every story of the site: more than `stories` lists when the archive is long. */
  storyCount: number;
  /** The articles, by id, labelled with their source. */
  sources: FilterOption[];
  /** Every named speaker of a quote, alphabetically. */
  speakers: string[];
  kinds: FilterOption[];
}

const KINDS: FilterOption[] = [
  { value: 'sentence', label: 'Sentences' },
  { value: 'quote', label: 'Quotes' },
  { value: 'heading', label: 'Headings' },
];

/** The search filters of one story (a single-story site). */
export function searchFilters(story: Story): SearchFilters {
  return {
    stories: [],
    storyCount: 1,
    sources: story.articles.map((article) => ({
      value: article.id,
      label: labelOf(story, article.id),
    })),
    speakers: [
      ...new Set(
        story.quoteGroups.flatMap((group) =>
          group.variants.map((variant) => variant.speaker).filter((name): name is string => !!name),
        ),
      ),
    ].sort((a, b) => a.localeCompare(b)),
    kinds: KINDS,
  };
}

/**
 * The search filters of a whole site: a single story's sources and speakers; with several
 * stories, the stories only. Their sources and speakers are not listed, so that the page does
 * not grow with the archive: the search page offers the chosen story's, from its search shard.
 *
 * @param listed the most stories the page lists (default: a page of the list of stories)
 */
export function siteSearchFilters(
  entries: readonly StoryEntry[],
  listed = STORIES_PER_PAGE,
): SearchFilters {
  if (entries.length === 1) return searchFilters(entries[0]!.story);
  const { rows } = storiesView(entries, 1, listed);
  return {
    stories: rows.map((row) => ({ value: row.id, label: row.title })),
    storyCount: entries.length,
    sources: [],
    speakers: [],
    kinds: KINDS,
  };
}
