// /robots.txt: crawling is allowed, and the sitemap lists the pages.

import type { APIRoute } from 'astro';
import { renderRobots } from '../lib/sitemap.ts';
import { getSiteData } from '../site-data.ts';

export const GET: APIRoute = () =>
  new Response(renderRobots(getSiteData().site.config.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
