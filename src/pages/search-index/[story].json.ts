/**
 * `/search-index/<story>.json`: one story's search records and their fuse.js index, on a site of
 * several stories. The search page loads it when the search is narrowed to that story, so a
 * reader searching one story does not download the whole archive's index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex, buildSearchRecords } from '../../lib/search/index.ts';
import { sourceLabel, type Story } from '../../lib/publish/index.ts';
import { getSite } from '../../story.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.single
    ? []
    : site.stories.map(({ id, story }) => ({ params: { story: id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }, { story: string }> = ({ params, props }) => {
  const records = buildSearchRecords(
    props.story.articles,
    props.story.quoteGroups.flatMap((group) => group.variants),
    { label: sourceLabel, story: params.story },
  );
  return new Response(JSON.stringify(buildSearchIndex(records)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
