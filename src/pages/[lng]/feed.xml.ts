// /<lng>/feed.xml: the Atom feed of notice changes in one language.

import type { APIRoute } from 'astro';
import { getDateLocale } from '../../lib/content.ts';
import { formatDate } from '../../lib/dates.ts';
import { buildAtomFeed } from '../../lib/feed.ts';
import { getSiteData } from '../../site-data.ts';

export function getStaticPaths() {
  return getSiteData().site.locales.map((lng) => ({ params: { lng } }));
}

export const GET: APIRoute = ({ params }) => {
  const { site, translations, comparisons } = getSiteData();
  const locale = params.lng as string;
  const dateLocale = getDateLocale(site, locale);
  const xml = buildAtomFeed({
    site,
    locale,
    t: translations.forLocale(locale),
    comparisons,
    formatDate: (date) => formatDate(date, dateLocale),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
