// What the search page needs: the notice filter's options, the strings its script fills in, and the
// list of notices shown when search cannot run.

import { getHomeEntries } from '../pages.ts';
import { getSearchUrl } from '../routes.ts';
import type { PageLink, RouteContext } from './context.ts';
import { getLanguageLinks } from './languages.ts';
import { getLayoutData, type LayoutData } from './layout.ts';

export interface NoticeOption {
  slug: string;
  label: string;
  /** Every title the notice's versions have in this language: Pagefind filters on the title. */
  titles: string[];
}

/** The strings the search script fills in: {count}, {query} and {date}. */
export interface SearchStrings {
  /** One form per CLDR plural category the language uses. */
  count: Record<string, string>;
  noResults: string;
  current: string;
  archived: string;
  upcoming: string;
  unavailable: string;
}

export interface SearchRouteData {
  layout: LayoutData;
  lang: string;
  options: NoticeOption[];
  strings: SearchStrings;
  notices: PageLink[];
}

export function getSearchRouteData(context: RouteContext, locale: string): SearchRouteData {
  const { site, translations } = context;
  const t = translations.forLocale(locale);
  const entries = getHomeEntries(site, locale);
  // Only versions written in this language are indexed here, so a notice without any has no option,
  // and one whose version in effect is not translated is named by its latest title in this language.
  const options = entries
    .map((entry) => {
      const titles = [...new Set(entry.notice.versions.flatMap((v) => (v.texts[locale] ? [v.texts[locale].frontmatter.title] : [])))];
      return { slug: entry.notice.slug, label: entry.titleLang === locale ? entry.title : (titles.at(-1) ?? entry.title), titles };
    })
    .filter((option) => option.titles.length > 0);

  const pluralCategories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const count = Object.fromEntries(
    pluralCategories.map((category) => {
      // A string count makes i18next interpolate without choosing a plural form itself; a language
      // whose file lacks a category it has (the check warns) falls back to "other".
      const key = `search.resultCount_${category}`;
      let text: string;
      try {
        text = t(key, { count: '{count}' });
      } catch {
        text = t('search.resultCount_other', { count: '{count}' });
      }
      return [category, text];
    }),
  );
  return {
    layout: getLayoutData(context, {
      locale,
      title: t('search.title'),
      description: t('search.description'),
      languages: getLanguageLinks(site, locale, getSearchUrl),
      path: getSearchUrl(locale),
    }),
    lang: locale,
    options,
    strings: {
      count,
      noResults: t('search.noResults', { query: '{query}' }),
      current: t('search.resultCurrent', { date: '{date}' }),
      archived: t('search.resultArchived', { date: '{date}' }),
      upcoming: t('search.resultUpcoming', { date: '{date}' }),
      unavailable: t('search.unavailable'),
    },
    notices: entries.map((entry) => ({ href: entry.href, text: entry.title, ...(entry.titleLang === locale ? {} : { lang: entry.titleLang }) })),
  };
}
