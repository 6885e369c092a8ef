import type { APIRoute } from 'astro';
import { siteExportJson } from '../../lib/publish/index.ts';
import { getSite } from '../../story.ts';

/** `/data/claims.json`: the open data export of every story (schema in the README). */
export const GET: APIRoute = async () =>
  new Response(siteExportJson((await getSite()).stories), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
