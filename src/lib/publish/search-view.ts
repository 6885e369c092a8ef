/**
 * The search page's filters (`/search/`): the sources, the speakers and the kinds of passage a
 * search can be narrowed to. The search itself runs in the browser (`src/scripts/search.ts`).
 */
import { storyTitle, type StoryEntry } from './stories-view.ts';
import { labelOf, type Story } from './story.ts';

/** One option of a filter: the value the form sends and what it shows. */
export interface FilterOption {
  value: string;
  label: string;
}

export interface SearchFilters {
  /** The stories, by id, with their titles: empty on a single-story site (nothing to filter). */
  stories: FilterOption[];
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
 */
export function siteSearchFilters(entries: readonly StoryEntry[]): SearchFilters {
  if (entries.length === 1) return searchFilters(entries[0]!.story);
  return {
    stories: entries.map((entry) => ({
      value: entry.id,
      label: storyTitle(entry.story, entry.id),
    })),
    sources: [],
    speakers: [],
    kinds: KINDS,
  };
}
