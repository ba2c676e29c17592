// The sitemap: every page a search engine should list, each with the same page in the other
// languages as hreflang alternates, written from the same page lists the build renders.

import type { Comparison } from './comparisons.ts';
import type { Site } from './content.ts';
import { escapeXml } from './feed.ts';
import type { NoticePage } from './pages.ts';
import { getAbsoluteUrl, getCompareUrl, getHistoryUrl, getHomeUrl, getSearchUrl } from './routes.ts';

export interface SitemapEntry {
  path: string;
  /** The same page in each language that has it, this one included; empty for a page in one language only. */
  alternates: { hreflang: string; path: string }[];
}

/**
 * Pages whose canonical address is their own: not a notice page that shows another language's text
 * or repeats the version at the notice's main address, not the translators' status or the 404 pages.
 */
export function getSitemapEntries(site: Site, noticePages: readonly NoticePage[], comparisons: readonly Comparison[]): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const everyLanguage = (urlFor: (locale: string) => string, locales: readonly string[] = site.locales) => {
    const alternates = [...locales.map((locale) => ({ hreflang: locale, path: urlFor(locale) }))];
    for (const locale of locales) entries.push({ path: urlFor(locale), alternates });
  };
  entries.push({ path: '/', alternates: [] });
  everyLanguage(getHomeUrl);
  everyLanguage(getSearchUrl);
  const listed = noticePages.filter((page) => page.canonicalUrl === page.url);
  const byAddress = new Map<string, NoticePage[]>();
  for (const page of listed) {
    // The same address in every language: the path without its language.
    const key = page.url.slice(page.locale.length + 1);
    byAddress.set(key, [...(byAddress.get(key) ?? []), page]);
  }
  for (const pages of byAddress.values()) {
    const alternates = pages.map((page) => ({ hreflang: page.locale, path: page.url }));
    for (const page of pages) entries.push({ path: page.url, alternates });
  }
  for (const notice of site.notices) everyLanguage((locale) => getHistoryUrl(locale, notice.slug));
  for (const comparison of comparisons) {
    everyLanguage((locale) => getCompareUrl(locale, comparison.notice.slug, comparison.from.date, comparison.to.date), comparison.locales);
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

/** The sitemap as XML, with the `xhtml:link` alternates search engines read. */
export function renderSitemap(siteUrl: string, entries: readonly SitemapEntry[]): string {
  const absolute = (path: string) => escapeXml(getAbsoluteUrl(siteUrl, path));
  const urls = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${absolute(entry.path)}</loc>`,
      ...(entry.alternates.length > 1
        ? entry.alternates.map((alternate) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${absolute(alternate.path)}"/>`)
        : []),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled, and the sitemap says what there is. */
export function renderRobots(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${getAbsoluteUrl(siteUrl, '/sitemap.xml')}\n`;
}
