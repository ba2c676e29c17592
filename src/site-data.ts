// The build's one copy of the content model and interface strings, shared by every page.

import { getComparisons, type Comparison } from './lib/comparisons.ts';
import { getContentChanges } from './lib/content-changes.ts';
import { createTextMemo, loadSite, type Site } from './lib/content.ts';
import { createCorrectionLookup, type CorrectionLookup } from './lib/corrections.ts';
import { loadTranslations, type Translations } from './lib/i18n.ts';
import { getNoticePages, type NoticePage } from './lib/pages.ts';
import { readLock } from './lib/published-lock.ts';
import type { RouteContext } from './lib/route-data/context.ts';
import { getSettings, type Settings } from './lib/settings.ts';

/** Everything a page's route data is computed from (src/lib/route-data), and the page lists. */
export interface SiteData extends RouteContext {
  settings: Settings;
  site: Site;
  translations: Translations;
  noticePages: NoticePage[];
  noticeSlugs: ReadonlySet<string>;
  /** Corrections of published texts, from the published-version lock. */
  getCorrections: CorrectionLookup;
  /** Every redline the site publishes. */
  comparisons: Comparison[];
  /** The notice page at a path, e.g. "/en/privacy-notice/". */
  noticePageAt: ReadonlyMap<string, NoticePage>;
}

let cached: SiteData | undefined;
let loadedAt = -1;
// The dev server reloads the site after every edit; texts whose bytes did not change are taken as read.
// A build loads the site once, so it keeps no copy of the files' bytes.
const memo = import.meta.env.DEV ? createTextMemo() : undefined;

/**
 * Loads and validates the content once per build, and again in the dev server after the content or
 * interface strings change (texts that did not change come from the compile cache).
 */
export function getSiteData(): SiteData {
  if (!cached || loadedAt !== getContentChanges()) {
    loadedAt = getContentChanges();
    const settings = getSettings();
    const site = loadSite(settings.contentDir, settings.now, { memo });
    const getCorrections = createCorrectionLookup(settings.contentDir, readLock(settings.contentDir).lock);
    const noticePages = getNoticePages(site, getCorrections);
    cached = {
      settings,
      site,
      translations: loadTranslations(settings.localesDir, site.locales, site.sourceLocale),
      noticePages,
      noticePageAt: new Map(noticePages.map((page) => [page.url, page])),
      getCorrections,
      noticeSlugs: new Set(site.notices.map((n) => n.slug)),
      comparisons: getComparisons(site),
    };
  }
  return cached;
}
