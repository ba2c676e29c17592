// What a notice's history page shows: each version's date, status, material flag, what changed, and
// links to read it and to its redline, in the page's language or saying which language it opens in.

import { getDateLocale, type Notice } from '../content.ts';
import { formatDate } from '../dates.ts';
import { getHistory } from '../history.ts';
import { getHistoryUrl } from '../routes.ts';
import { getNoticeTitle } from '../sidebar.ts';
import type { VersionStatus } from '../versions.ts';
import type { PageLink, RouteContext } from './context.ts';
import { getLanguageLinks } from './languages.ts';
import { getLayoutData, type LayoutData } from './layout.ts';
import { getCompareLinkView } from './context.ts';
import { getCorrectionViews, type CorrectionView } from './notice.ts';

export interface HistoryEntryView {
  date: string;
  dateText: string;
  status: VersionStatus;
  statusLabel: string;
  /** "Material change" or "Editorial change"; undefined for the first version or when not said. */
  kind?: { material: boolean; label: string };
  changes: { text: string; lang?: string };
  /** Set when the page's language lacks this version. */
  missing?: string;
  corrections: CorrectionView[];
  read: PageLink;
  compare?: PageLink;
}

export interface HistoryRouteData {
  layout: LayoutData;
  heading: string;
  intro: string;
  entries: HistoryEntryView[];
}

export function getHistoryRouteData(context: RouteContext, notice: Notice, locale: string): HistoryRouteData {
  const { site, translations, comparisons, getCorrections } = context;
  const t = translations.forLocale(locale);
  const dateLocale = getDateLocale(site, locale);
  const { title } = getNoticeTitle(notice, locale, site);
  const heading = t('history.title', { title });
  const entries = getHistory(site, notice, locale, comparisons, getCorrections).map((entry): HistoryEntryView => {
    const compare = entry.compare
      ? getCompareLinkView(
          { url: entry.compare.url, locale: entry.compare.lang ?? locale, otherLanguage: entry.compare.lang !== undefined },
          locale,
          t,
          'history.compare',
          'history.compareIn',
        )
      : undefined;
    return {
      date: entry.date,
      dateText: formatDate(entry.date, dateLocale),
      status: entry.status,
      statusLabel: t(`status.${entry.status}`),
      ...(entry.material === undefined
        ? {}
        : { kind: { material: entry.material, label: t(entry.material ? 'history.material' : 'history.editorial') } }),
      changes: entry.changes ?? { text: t('history.first') },
      ...(entry.available ? {} : { missing: t('history.notTranslated') }),
      corrections: getCorrectionViews(entry.corrections, t, dateLocale),
      read: { href: entry.readUrl, text: t('history.read') },
      ...(compare ? { compare } : {}),
    };
  });
  return {
    layout: getLayoutData(context, {
      locale,
      title: heading,
      languages: getLanguageLinks(site, locale, (l) => getHistoryUrl(l, notice.slug)),
      notice: notice.slug,
      path: getHistoryUrl(locale, notice.slug),
    }),
    heading,
    intro: t('history.intro'),
    entries,
  };
}
