import type { APIRoute, GetStaticPaths } from 'astro';
import { siteExportJson } from '../../../lib/publish/index.ts';
import { getSite, type SiteStory } from '../../../story.ts';

/**
 * `/data/stories/<story>.json` on a site of several stories: one story's part of
 * `/data/claims.json`, in the same schema (its `stories` lists that story alone), so a reader of
 * one story does not download the whole archive's export. A single-story site has none: its
 * `/data/claims.json` is its story's.
 */
export const getStaticPaths = (async () => {
  const { stories, single } = await getSite();
  if (single) return [];
  return stories.map((entry) => ({ params: { story: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: SiteStory }> = ({ props: { entry } }) =>
  new Response(siteExportJson([entry]), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
