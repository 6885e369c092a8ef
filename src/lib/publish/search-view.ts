/**
 * The search page's filters (`/search/`): the sources, the speakers and the kinds of passage a
 * search can be narrowed to. The search itself runs in the browser (`src/scripts/search.ts`).
 */
import { labelOf, type Story } from './story.ts';

/** One option of a filter: the value the form sends and what it shows. */
export interface FilterOption {
  value: string;
  label: string;
}

export interface SearchFilters {
  /** The articles, by id, labelled with their source. */
  sources: FilterOption[];
  /** Every named speaker of a quote, alphabetically. */
  speakers: string[];
  kinds: FilterOption[];
}

export function searchFilters(story: Story): SearchFilters {
  return {
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
    kinds: [
      { value: 'sentence', label: 'Sentences' },
      { value: 'quote', label: 'Quotes' },
      { value: 'heading', label: 'Headings' },
    ],
  };
}
