import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSiteExport, storyTitle } from '../../../lib/publish/index.ts';
import { getSite, type Story } from '../../../story.ts';

/**
 * `/data/stories/<story>.json` on a site of several stories: one story's part of
 * `/data/claims.json`, in the same schema (its `stories` lists that story alone), so a reader of
 * one story does not download the whole archive's export. A single-story site has none: its
 * `/data/claims.json` is its story's.
 */
export const getStaticPaths = (async () => {
  const { stories, single } = await getSite();
  if (single) return [];
  return stories.map(({ id, story }) => ({ params: { story: id }, props: { id, story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; story: Story }> = ({ props: { id, story } }) => {
  const body = JSON.stringify(
    buildSiteExport([{ ...story, id, title: storyTitle(story, id) }]),
    null,
    1,
  );
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
