// The <title> of a notice page: a version that is not in effect carries its date, so tabs, bookmarks
// and history tell the versions apart.

import { getDateLocale, type Site } from './content.ts';
import { formatDate } from './dates.ts';
import type { Translate } from './i18n.ts';
import type { NoticePage } from './pages.ts';

export function getNoticePageTitle(site: Site, page: NoticePage, t: Translate): string {
  const title = page.text.frontmatter.title;
  if (page.version.status === 'current') return title;
  return t('notice.titleWithDate', { title, date: formatDate(page.version.date, getDateLocale(site, page.locale)) });
}
