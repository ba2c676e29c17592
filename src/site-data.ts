// The build's one copy of the content model and interface strings, shared by every page.

import { getComparisons, type Comparison } from './lib/comparisons.ts';
import { loadSite, type Site } from './lib/content.ts';
import { createCorrectionLookup, type CorrectionLookup } from './lib/corrections.ts';
import { loadTranslations, type Translations } from './lib/i18n.ts';
import { getNoticePages, type NoticePage } from './lib/pages.ts';
import { readLock } from './lib/published-lock.ts';
import { getSettings, type Settings } from './lib/settings.ts';

export interface SiteData {
  settings: Settings;
  site: Site;
  translations: Translations;
  noticePages: NoticePage[];
  noticeSlugs: ReadonlySet<string>;
  /** Corrections of published texts, from the published-version lock. */
  getCorrections: CorrectionLookup;
  /** Every redline the site publishes. */
  comparisons: Comparison[];
}

let cached: SiteData | undefined;

/** Loads and validates the content once per build process. */
export function getSiteData(): SiteData {
  if (!cached) {
    const settings = getSettings();
    const site = loadSite(settings.contentDir, settings.now);
    const getCorrections = createCorrectionLookup(settings.contentDir, readLock(settings.contentDir).lock);
    cached = {
      settings,
      site,
      translations: loadTranslations(settings.localesDir, site.locales, site.sourceLocale),
      noticePages: getNoticePages(site, getCorrections),
      getCorrections,
      noticeSlugs: new Set(site.notices.map((n) => n.slug)),
      comparisons: getComparisons(site),
    };
  }
  return cached;
}
