// /notices.json: the machine-readable archive of every notice version (documented in the README).

import type { APIRoute } from 'astro';
import { buildArchive } from '../lib/archive.ts';
import { getSiteData } from '../site-data.ts';

export const GET: APIRoute = () => {
  const { site, comparisons } = getSiteData();
  return new Response(`${JSON.stringify(buildArchive(site, comparisons), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
