/**
 * `/search-index.json`: the search records and their fuse.js index, built once at build time
 * and fetched by the search page only when search is used.
 */
import type { APIRoute } from 'astro';
import { buildSearchIndex, buildSearchRecords } from '../lib/search/index.ts';
import { sourceLabel } from '../lib/publish/index.ts';
import { getStory } from '../story.ts';

export const GET: APIRoute = async () => {
  const { articles, quoteGroups } = await getStory();
  const quotes = quoteGroups.flatMap((group) => group.variants);
  const records = buildSearchRecords(articles, quotes, { label: sourceLabel });
  return new Response(JSON.stringify(buildSearchIndex(records)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
