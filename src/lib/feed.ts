// The Atom feed of notice changes for one locale: one entry per version, linking to its redline.

import { Feed } from 'feed';
import { findComparison, type Comparison } from './comparisons.ts';
import type { Site } from './content.ts';
import type { Translate } from './i18n.ts';
import { getAbsoluteUrl, getCompareUrl, getFeedUrl, getHomeUrl, getVersionUrl } from './routes.ts';
import { resolveTranslation } from './versions.ts';

export interface FeedOptions {
  site: Site;
  locale: string;
  t: Translate;
  comparisons: readonly Comparison[];
  formatDate: (date: string) => string;
}

/** Builds the feed as Atom 1.0 XML. Dates are effective dates, so two builds of the same content agree. */
export function buildAtomFeed({ site, locale, t, comparisons, formatDate }: FeedOptions): string {
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  const versions = site.notices.flatMap((notice) => notice.versions.map((version) => ({ notice, version })));
  versions.sort((a, b) => b.version.date.localeCompare(a.version.date) || a.notice.slug.localeCompare(b.notice.slug));
  const newest = versions[0]?.version.date ?? site.now;

  const feed = new Feed({
    id: absolute(getFeedUrl(locale)),
    title: t('feed.title', { organisation: site.config.organisation }),
    link: absolute(getHomeUrl(locale)),
    language: locale,
    updated: new Date(`${newest}T00:00:00Z`),
    generator: 'Paragraf',
    copyright: site.config.organisation,
    feedLinks: { atom: absolute(getFeedUrl(locale)) },
    author: { name: site.config.organisation, link: site.config.url },
  });

  for (const { notice, version } of versions) {
    const { text } = resolveTranslation(version.texts, locale, site.sourceLocale);
    const previous = version.previous;
    const comparison = previous && findComparison(comparisons, notice.slug, previous.date, version.date);
    const compareLocale = comparison?.locales.includes(locale) ? locale : site.sourceLocale;
    const link = comparison
      ? getCompareUrl(compareLocale, notice.slug, comparison.from.date, comparison.to.date)
      : getVersionUrl(locale, notice.slug, version.date);
    const date = new Date(`${version.date}T00:00:00Z`);
    feed.addItem({
      // The permanent address of the version never changes, so it serves as the entry's id.
      id: absolute(getVersionUrl(locale, notice.slug, version.date)),
      title: t('feed.entryTitle', { title: text.frontmatter.title, date: formatDate(version.date) }),
      link: absolute(link),
      date,
      published: date,
      description: previous ? (text.frontmatter.changes ?? '') : t('feed.firstVersion'),
    });
  }
  return feed.atom1();
}
