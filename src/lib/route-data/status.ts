// What the translators' status page shows, in the site's source language: every notice version ×
// language as done, missing or stale, with the page's words from the interface strings.

import { getDateLocale } from '../content.ts';
import { formatDate } from '../dates.ts';
import type { Translate } from '../i18n.ts';
import { getVersionUrl } from '../routes.ts';
import { getLanguageWork, getStatusMatrix, type MatrixState, type StatusMatrix, type TranslationState } from '../translation-status.ts';
import type { RouteContext } from './context.ts';

export interface StatusRouteData {
  locale: string;
  t: Translate;
  documentTitle: string;
  matrix: StatusMatrix;
  /** The source language's name in that language, as a sentence writes it ("English", "svenska"). */
  sourceLabel: string;
  /** The build date and how readers read it. */
  date: string;
  dateText: string;
  /** Each locale's own name, by code. */
  localeLabels: Record<string, string>;
  /** Each translation state's label. */
  labels: Record<MatrixState, string>;
  /** Each version status's label, by status. */
  versionStatusLabels: Record<string, string>;
  /** Per language translations are made into: its counts and what needs work first. */
  languages: LanguageWorkView[];
}

export interface LanguageWorkView {
  locale: string;
  /** "Svenska (sv)". */
  heading: string;
  totals: string;
  items: {
    title: string;
    /** The source text of the version, which is what to translate from. */
    href: string;
    hreflang: string;
    date: string;
    versionStatus: string;
    status: Exclude<TranslationState, 'done'>;
  }[];
}

export function getStatusRouteData(context: RouteContext): StatusRouteData {
  const { site, translations } = context;
  const locale = site.sourceLocale;
  const t = translations.forLocale(locale);
  const localeLabels = Object.fromEntries(site.config.locales.map((l) => [l.code, l.label]));
  const versionStatusLabels: Record<string, string> = { current: t('status.current'), archived: t('status.archived'), upcoming: t('status.upcoming') };
  return {
    locale,
    t,
    documentTitle: `${t('translationStatus.title')} – ${site.config.organisation}`,
    matrix: getStatusMatrix(site),
    sourceLabel: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
    date: site.now,
    dateText: formatDate(site.now, getDateLocale(site, locale)),
    localeLabels,
    labels: {
      done: t('translationStatus.done'),
      stale: t('translationStatus.stale'),
      missing: t('translationStatus.missing'),
      source: t('translationStatus.source'),
    },
    versionStatusLabels,
    languages: getLanguageWork(site).map((work) => ({
      locale: work.locale,
      heading: `${localeLabels[work.locale] ?? work.locale} (${work.locale})`,
      totals: t('translationStatus.totals', work.totals),
      items: work.items.map((item) => ({
        title: item.title,
        href: getVersionUrl(item.sourceLocale, item.notice, item.date),
        hreflang: item.sourceLocale,
        date: item.date,
        versionStatus: versionStatusLabels[item.versionStatus],
        status: item.status,
      })),
    })),
  };
}
