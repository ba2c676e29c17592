// The Atom feed of notice changes for one locale: one entry per version, linking to its redline.

import { getCompareLink, type Comparison } from './comparisons.ts';
import type { Site } from './content.ts';
import type { Translate } from './i18n.ts';
import { getAbsoluteUrl, getFeedUrl, getHomeUrl, getVersionUrl } from './routes.ts';
import { resolveTranslation } from './versions.ts';

export interface FeedOptions {
  site: Site;
  locale: string;
  t: Translate;
  comparisons: readonly Comparison[];
  formatDate: (date: string) => string;
}

/**
 * Builds the feed as Atom 1.0 XML. Titles and summaries come from editors' frontmatter, so they are
 * text constructs (type="text"), escaped: a title with markup in it reaches feed readers as text,
 * never as HTML. Dates are effective dates, so two builds of the same content agree.
 */
export function buildAtomFeed({ site, locale, t, comparisons, formatDate }: FeedOptions): string {
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  const versions = site.notices.flatMap((notice) => notice.versions.map((version) => ({ notice, version })));
  versions.sort((a, b) => b.version.date.localeCompare(a.version.date) || a.notice.slug.localeCompare(b.notice.slug));
  const newest = versions[0]?.version.date ?? site.now;
  const organisation = site.config.organisation;

  const entries = versions.map(({ notice, version }) => {
    const { text, fallback, locale: textLocale } = resolveTranslation(version.texts, locale, notice.sourceLocale);
    // A text shown in another language than the feed's says which, so feed readers can read it out right.
    const lang = fallback ? ` xml:lang="${escapeXml(textLocale)}"` : '';
    const previous = version.previous;
    const compare = getCompareLink(comparisons, {
      notice: notice.slug,
      from: previous?.date,
      to: version.date,
      locale,
      sourceLocale: notice.sourceLocale,
    });
    const link = compare?.url ?? getVersionUrl(locale, notice.slug, version.date);
    const date = atomDate(version.date);
    return [
      '  <entry>',
      `    <title type="text">${escapeXml(t('feed.entryTitle', { title: text.frontmatter.title, date: formatDate(version.date) }))}</title>`,
      // The permanent address of the version never changes, so it serves as the entry's id.
      `    <id>${escapeXml(absolute(getVersionUrl(locale, notice.slug, version.date)))}</id>`,
      `    <link href="${escapeXml(absolute(link))}"/>`,
      `    <updated>${date}</updated>`,
      `    <published>${date}</published>`,
      previous
        ? `    <summary type="text"${lang}>${escapeXml(text.frontmatter.changes ?? '')}</summary>`
        : `    <summary type="text">${escapeXml(t('feed.firstVersion'))}</summary>`,
      '  </entry>',
    ].join('\n');
  });

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(locale)}">`,
    `  <id>${escapeXml(absolute(getFeedUrl(locale)))}</id>`,
    `  <title type="text">${escapeXml(t('feed.title', { organisation }))}</title>`,
    `  <updated>${atomDate(newest)}</updated>`,
    '  <generator>Paragraf</generator>',
    `  <author>\n    <name>${escapeXml(organisation)}</name>\n    <uri>${escapeXml(site.config.url)}</uri>\n  </author>`,
    `  <link rel="alternate" href="${escapeXml(absolute(getHomeUrl(locale)))}"/>`,
    `  <link rel="self" href="${escapeXml(absolute(getFeedUrl(locale)))}"/>`,
    `  <rights type="text">${escapeXml(organisation)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function atomDate(date: string): string {
  return `${date}T00:00:00.000Z`;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
