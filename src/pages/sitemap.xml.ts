// /sitemap.xml: every page search engines should list, with its language alternates.

import type { APIRoute } from 'astro';
import { getSitemapEntries, renderSitemap } from '../lib/sitemap.ts';
import { getSiteData } from '../site-data.ts';

export const GET: APIRoute = () => {
  const { site, noticePages, comparisons } = getSiteData();
  return new Response(renderSitemap(site.config.url, getSitemapEntries(site, noticePages, comparisons)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
