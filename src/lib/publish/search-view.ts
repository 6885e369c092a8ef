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
 * The search filters of a whole site: every story's sources and speakers, and, with several
 * stories, the stories. A source is shown with its story's title when labels would repeat
 * ("Source 1" of two stories).
 */
export function siteSearchFilters(entries: readonly StoryEntry[]): SearchFilters {
  if (entries.length === 1) return searchFilters(entries[0]!.story);
  const parts = entries.map((entry) => ({ entry, filters: searchFilters(entry.story) }));
  return {
    stories: entries.map((entry) => ({
      value: entry.id,
      label: storyTitle(entry.story, entry.id),
    })),
    sources: parts.flatMap(({ entry, filters }) =>
      filters.sources.map((source) => ({
        value: source.value,
        label: `${source.label} (${storyTitle(entry.story, entry.id)})`,
      })),
    ),
    speakers: [...new Set(parts.flatMap(({ filters }) => filters.speakers))].sort((a, b) =>
      a.localeCompare(b),
    ),
    kinds: KINDS,
  };
}
