import type { APIRoute } from 'astro';
import { buildClaimsExport } from '../../lib/publish/index.ts';
import { getStory } from '../../story.ts';

/** `/data/claims.json`: the open data export (schema in the README). */
export const GET: APIRoute = async () => {
  const { articles, alignment, quoteGroups, disagreements } = await getStory();
  const body = JSON.stringify(
    buildClaimsExport(articles, alignment, quoteGroups, disagreements),
    null,
    1,
  );
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
