/**
 * `/search-index/<story>.json`: one story's search records and their fuse.js index, on a site of
 * several stories. The search page loads it when the search is narrowed to that story, and a
 * search over all stories loads the shards of the stories the directory (`/search-stories.json`)
 * says can match, so a reader never downloads the whole archive's index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex, storySearchRecords } from '../../lib/search/index.ts';
import type { Story } from '../../lib/publish/index.ts';
import { getSite } from '../../story.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.single
    ? []
    : site.stories.map(({ id, story }) => ({ params: { story: id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }, { story: string }> = ({ params, props }) =>
  new Response(JSON.stringify(buildSearchIndex(storySearchRecords(props.story, params.story))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
