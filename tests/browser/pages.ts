// The page templates the browser tests visit: every kind of page in each locale that has it.

export interface TemplatePage {
  path: string;
  template: string;
  locale: string;
  /** For pages with a notice's or a redline's text: its first paragraph, which must be on a phone's first screen. */
  firstText?: string;
}

const LOCALES = ['sv', 'fr', 'en'];
const NOTICE_TEXT = '.notice-text p';

/** One page of each template per locale, from the fixture site (built for 2026-12-01). */
export function getTemplatePages(): TemplatePage[] {
  const pages: TemplatePage[] = [{ path: '/', template: 'language chooser', locale: 'en' }];
  for (const locale of LOCALES) {
    pages.push(
      { path: `/${locale}/`, template: 'home', locale },
      { path: `/${locale}/cookies/`, template: 'current notice', locale, firstText: NOTICE_TEXT },
      { path: `/${locale}/policy/2024-01-01/`, template: 'archived version', locale, firstText: NOTICE_TEXT },
      { path: `/${locale}/policy/2027-03-01/`, template: 'upcoming version', locale, firstText: NOTICE_TEXT },
      {
        path: `/${locale}/policy/`,
        template: locale === 'fr' ? 'fallback page' : 'current notice with upcoming change',
        locale,
        firstText: NOTICE_TEXT,
      },
      { path: `/${locale}/policy/history/`, template: 'history', locale, firstText: '.history-entry p' },
      { path: `/${locale}/search/`, template: 'search', locale },
      { path: `/${locale}/404.html`, template: 'page not found', locale },
    );
    // French lacks the 2026 policy text, so it has no redline of it.
    if (locale !== 'fr') {
      pages.push({
        path: `/${locale}/policy/compare/2024-01-01..2026-06-01/`,
        template: 'redline',
        locale,
        firstText: '.redline-section :is(p, li, td)',
      });
    }
  }
  pages.push(
    { path: '/404.html', template: 'page not found in every language', locale: 'en' },
    { path: '/status/', template: 'translation status', locale: 'en' },
  );
  return pages;
}

/** Pages with the site's header, sidebar and footer. */
export function getFramedPages(): TemplatePage[] {
  return getTemplatePages().filter((p) => !['/', '/status/', '/404.html'].includes(p.path));
}
