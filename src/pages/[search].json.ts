/**
 * The site-wide search file, one of two (the route's one dynamic part is the file's name):
 *
 * - `/search-index.json` on a single-story site: the story's search records and their fuse.js
 *   index, fetched by the search page only when search is used.
 * - `/search-stories.json` on a site of several stories: the story directory
 *   (`search/directory.ts`), which a search over all stories loads first to pick the stories whose
 *   shards (`/search-index/<story>.json`) it then loads. No file holds the whole archive's index:
 *   nothing reads it, and it grows with the archive (4.2 MB at 500 articles).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  SEARCH_DIRECTORY_PATH,
  SEARCH_INDEX_PATH,
  buildSearchDirectory,
  buildSearchIndex,
  storySearchRecords,
} from '../lib/search/index.ts';
import { storiesView } from '../lib/publish/index.ts';
import { getSite } from '../story.ts';

const name = (path: string) => path.slice(1, -'.json'.length);

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [{ params: { search: name(site.single ? SEARCH_INDEX_PATH : SEARCH_DIRECTORY_PATH) } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await getSite();
  let body: unknown;
  if (site.single) {
    const { id, story } = site.stories[0]!;
    body = buildSearchIndex(storySearchRecords(story, id));
  } else {
    // In the order of the list of stories, newest first: the directory's tie-break.
    const rows = storiesView(site.stories, 1, site.stories.length).rows;
    body = buildSearchDirectory(
      rows.map((row) => ({
        id: row.id,
        title: row.title,
        records: storySearchRecords(site.byId.get(row.id)!.story, row.id),
      })),
    );
  }
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
