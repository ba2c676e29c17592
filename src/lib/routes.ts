// Every URL the site publishes, built in one place so pages, feeds and tests agree.

export function getHomeUrl(locale: string): string {
  return `/${locale}/`;
}

export function getNoticeUrl(locale: string, notice: string): string {
  return `/${locale}/${notice}/`;
}

export function getVersionUrl(locale: string, notice: string, date: string): string {
  return `/${locale}/${notice}/${date}/`;
}

export function getHistoryUrl(locale: string, notice: string): string {
  return `/${locale}/${notice}/history/`;
}

/** The redline between two versions of a notice in one locale. */
export function getCompareUrl(locale: string, notice: string, from: string, to: string): string {
  return `/${locale}/${notice}/compare/${from}..${to}/`;
}

export function getFeedUrl(locale: string): string {
  return `/${locale}/feed.xml`;
}

export function getSearchUrl(locale: string): string {
  return `/${locale}/search/`;
}

/** Turns a site path into an absolute URL on the published site. */
export function getAbsoluteUrl(siteUrl: string, pathname: string): string {
  return new URL(pathname, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/**
 * Notice texts link to other notices without a language: `/cookie-notice/#choices`. This adds the
 * reader's locale so the link stays in their language. Other links are returned unchanged.
 */
export function localizeHref(href: string, locale: string, notices: ReadonlySet<string>): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const first = href.slice(1).split(/[/#?]/, 1)[0];
  return notices.has(first) ? `/${locale}${href}` : href;
}
