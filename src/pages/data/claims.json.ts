import type { APIRoute } from 'astro';
import { buildSiteExport, storyTitle } from '../../lib/publish/index.ts';
import { getSite } from '../../story.ts';

/** `/data/claims.json`: the open data export of every story (schema in the README). */
export const GET: APIRoute = async () => {
  const { stories } = await getSite();
  const body = JSON.stringify(
    buildSiteExport(
      stories.map(({ id, story }) => ({ ...story, id, title: storyTitle(story, id) })),
    ),
    null,
    1,
  );
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
