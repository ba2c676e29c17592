// The page templates the browser tests visit: every kind of page in each locale that has it.

export interface TemplatePage {
  path: string;
  template: string;
  locale: string;
}

const LOCALES = ['sv', 'fr', 'en'];

/** One page of each template per locale, from the fixture site (built for 2026-12-01). */
export function getTemplatePages(): TemplatePage[] {
  const pages: TemplatePage[] = [{ path: '/', template: 'language chooser', locale: 'en' }];
  for (const locale of LOCALES) {
    pages.push(
      { path: `/${locale}/`, template: 'home', locale },
      { path: `/${locale}/cookies/`, template: 'current notice', locale },
      { path: `/${locale}/policy/2024-01-01/`, template: 'archived version', locale },
      { path: `/${locale}/policy/2027-03-01/`, template: 'upcoming version', locale },
      { path: `/${locale}/policy/`, template: locale === 'fr' ? 'fallback page' : 'current notice with upcoming change', locale },
      { path: `/${locale}/policy/history/`, template: 'history', locale },
      { path: `/${locale}/search/`, template: 'search', locale },
    );
    // French lacks the 2026 policy text, so it has no redline of it.
    if (locale !== 'fr') {
      pages.push({ path: `/${locale}/policy/compare/2024-01-01..2026-06-01/`, template: 'redline', locale });
    }
  }
  pages.push({ path: '/status/', template: 'translation status', locale: 'en' });
  return pages;
}
