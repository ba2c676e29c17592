// The sidebar of legal resources for one page: groups and items from site.yaml, titles per locale.

import type { Notice, Site } from './content.ts';
import { getNoticeUrl } from './routes.ts';
import { getDisplayedVersion } from './versions.ts';

export interface SidebarItem {
  label: string;
  /** Set when the label is in another language than the page (an untranslated notice). */
  lang?: string;
  href: string;
  /** True for the item of the page being shown: rendered with aria-current="page". */
  current: boolean;
  external: boolean;
}

export interface SidebarGroup {
  label: string;
  items: SidebarItem[];
}

/** Builds the sidebar for a page in `locale`; `currentNotice` marks the notice being read. */
export function buildSidebar(site: Site, locale: string, currentNotice?: string): SidebarGroup[] {
  const bySlug = new Map(site.notices.map((n) => [n.slug, n]));
  return site.config.sidebar.map((group) => ({
    label: group.label[locale],
    items: group.items.map((item): SidebarItem => {
      if ('notice' in item) {
        const notice = bySlug.get(item.notice);
        if (!notice) throw new Error(`Sidebar notice "${item.notice}" does not exist.`);
        const { title, lang } = getNoticeTitle(notice, locale, site);
        return {
          label: title,
          lang: lang === locale ? undefined : lang,
          href: getNoticeUrl(locale, notice.slug),
          current: notice.slug === currentNotice,
          external: false,
        };
      }
      return {
        label: item.label[locale],
        href: item.href,
        current: false,
        external: /^https?:\/\//.test(item.href),
      };
    }),
  }));
}

/**
 * A notice's title in a locale: from the displayed version's text in that locale, else from the
 * newest version translated into it, else the source title (marked with its language).
 */
export function getNoticeTitle(notice: Notice, locale: string, site: Site): { title: string; lang: string } {
  const displayed = getDisplayedVersion(notice.versions, site.now);
  const candidates = [displayed, ...[...notice.versions].reverse()];
  for (const version of candidates) {
    const text = version?.texts[locale];
    if (text) return { title: text.frontmatter.title, lang: locale };
  }
  const source = (displayed ?? notice.versions[0]).texts[notice.sourceLocale];
  return { title: source.frontmatter.title, lang: notice.sourceLocale };
}
