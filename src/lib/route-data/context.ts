// What every page's route data is computed from: the build's one content model and interface strings.

import type { CompareLink, Comparison } from '../comparisons.ts';
import type { Site } from '../content.ts';
import type { CorrectionLookup } from '../corrections.ts';
import type { Translate, Translations } from '../i18n.ts';

export interface RouteContext {
  site: Site;
  translations: Translations;
  /** Every redline the site publishes. */
  comparisons: readonly Comparison[];
  /** Corrections of published texts, from the published-version lock. */
  getCorrections: CorrectionLookup;
  noticeSlugs: ReadonlySet<string>;
}

/** A link as a page shows it; `lang`/`hreflang` are set when it leads to or reads in another language. */
export interface PageLink {
  href: string;
  text: string;
  lang?: string;
  hreflang?: string;
}

/** A redline link's text, saying in which language the redline is when it is not the reader's. */
export function getCompareLinkView(
  link: CompareLink,
  locale: string,
  t: Translate,
  key: string,
  otherLanguageKey: string,
): PageLink {
  if (!link.otherLanguage) return { href: link.url, text: t(key) };
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(link.locale) ?? link.locale;
  return { href: link.url, text: t(otherLanguageKey, { language }), hreflang: link.locale };
}
