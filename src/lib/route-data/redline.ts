// What a redline page shows: the two dates, whether the change is material, what the editors say
// changed, the numbers, the changed sections by name, and the document with its changes marked.

import type { Comparison } from '../comparisons.ts';
import { getDateLocale } from '../content.ts';
import { formatDate } from '../dates.ts';
import { formatDateMessage, type DateMessagePart } from '../i18n.ts';
import { buildRedline, type RedlineSection } from '../redline.ts';
import { getCompareUrl, getVersionUrl, localizeHref } from '../routes.ts';
import { measure } from '../timings.ts';
import type { ContentsData } from './contents.ts';
import type { PageLink, RouteContext } from './context.ts';
import { getLanguageLinks } from './languages.ts';
import { getLayoutData, type LayoutData } from './layout.ts';

export interface RedlineRouteData {
  layout: LayoutData;
  heading: string;
  between: DateMessagePart[];
  /** "Material change" or "Editorial change", when the editors said. */
  kind?: { material: boolean; label: string };
  changes?: string;
  identical: boolean;
  /** "3 sections changed", "120 words added", "80 words removed". */
  stats: string[];
  /** The changed sections, each with how it changed: the summary's list and "On this page". */
  contents: ContentsData;
  sections: RedlineSection[];
  versions: PageLink[];
}

export function getRedlineRouteData(context: RouteContext, comparison: Comparison, locale: string): RedlineRouteData {
  const { site, translations, noticeSlugs } = context;
  const t = translations.forLocale(locale);
  const dateLocale = getDateLocale(site, locale);
  const { notice, from, to } = comparison;
  const toText = to.texts[locale];
  const { diff, sections } = measure('redlines', () =>
    buildRedline(from.texts[locale], toText, {
      locale,
      resolveLink(href, kind, side) {
        if (kind === 'site') return localizeHref(href, locale, noticeSlugs);
        // A link to a section points into the version it was written in.
        if (kind === 'fragment') return `${getVersionUrl(locale, notice.slug, side === 'before' ? from.date : to.date)}${href}`;
        return href;
      },
    }),
  );
  const { title, changes, material } = toText.frontmatter;
  const heading = t('compare.title', { title });
  const dates = `${formatDate(from.date, dateLocale)} – ${formatDate(to.date, dateLocale)}`;
  const changed = sections.filter((section) => section.status !== 'unchanged' || section.moved);
  return {
    layout: getLayoutData(context, {
      locale,
      title: t('compare.documentTitle', { title: heading, dates }),
      languages: getLanguageLinks(
        site,
        locale,
        (code) => (comparison.locales.includes(code) ? getCompareUrl(code, notice.slug, from.date, to.date) : getVersionUrl(code, notice.slug, to.date)),
        (code) => comparison.locales.includes(code),
      ),
      notice: notice.slug,
      path: getCompareUrl(locale, notice.slug, from.date, to.date),
    }),
    heading,
    between: formatDateMessage(t, 'compare.between', { from: from.date, to: to.date }, dateLocale),
    ...(material === undefined ? {} : { kind: { material, label: t(material ? 'history.material' : 'history.editorial') } }),
    ...(changes ? { changes } : {}),
    identical: diff.identical,
    stats: [
      t('compare.sectionsChanged', { count: diff.stats.sectionsChanged }),
      t('compare.wordsAdded', { count: diff.stats.wordsAdded }),
      t('compare.wordsRemoved', { count: diff.stats.wordsRemoved }),
    ],
    contents: {
      label: t('compare.changedSections'),
      entries: changed.map((section) => ({
        href: `#${section.anchor}`,
        text: section.title || t('compare.introduction'),
        note:
          section.status === 'added'
            ? t('compare.sectionAdded')
            : section.status === 'removed'
              ? t('compare.sectionRemoved')
              : section.status === 'unchanged'
                ? t('compare.sectionMovedNote')
                : t('compare.changeCount', { count: section.changes }),
        children: [],
      })),
    },
    sections,
    versions: [from.date, to.date].map((date) => ({
      href: getVersionUrl(locale, notice.slug, date),
      text: t('compare.readVersion', { date: formatDate(date, dateLocale) }),
    })),
  };
}
