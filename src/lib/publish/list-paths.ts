/** The static paths of a story's list pages: its claims, quotes and differences, a page each. */
import { claimPages } from './claim-view.ts';
import { differencePages } from './differences-view.ts';
import { listPaths, type ListPath } from './list-pages.ts';
import { quotePages } from './quote-view.ts';
import type { StoryListKind } from './stories-view.ts';
import type { Story } from './story.ts';

/**
 * The pages of the story's list of `kind`: one (`/claims/`) for a small story, `…/2/`, `…/3/` for
 * a large one (see `list-pages.ts`).
 */
export function listPagePaths(story: Story, kind: StoryListKind): ListPath[] {
  const pages =
    kind === 'claims'
      ? claimPages(story).pages.length
      : kind === 'quotes'
        ? quotePages(story).pages.length
        : differencePages(story).pages.length;
  return listPaths(pages);
}
