/**
 * `/search-index.json`: the search records of every story and their fuse.js index, built once at
 * build time and fetched by the search page only when search is used. Every record names its
 * story, for the story filter.
 */
import type { APIRoute } from 'astro';
import { buildSearchIndex, buildSearchRecords } from '../lib/search/index.ts';
import { sourceLabel } from '../lib/publish/index.ts';
import { getSite } from '../story.ts';

export const GET: APIRoute = async () => {
  const records = (await getSite()).stories.flatMap(({ id, story }) =>
    buildSearchRecords(
      story.articles,
      story.quoteGroups.flatMap((group) => group.variants),
      { label: sourceLabel, story: id },
    ),
  );
  return new Response(JSON.stringify(buildSearchIndex(records)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
