// The language switcher's links: the same page in every language, and whether that language has it.

import type { Site } from '../content.ts';

export interface LanguageLink {
  locale: string;
  /** The language's own name, e.g. "Svenska". */
  label: string;
  href: string;
  /** False when that language lacks this text: the link leads to the source-language text, or elsewhere. */
  available: boolean;
  /** True for the page's own language. */
  current: boolean;
  /** For an unavailable language: what the link leads to instead, in that language. */
  note?: string;
}

/**
 * The one way language links are made: `urlFor` gives the page's address in a language and
 * `isAvailable` says whether that language has the page's text (every language by default).
 */
export function getLanguageLinks(
  site: Site,
  locale: string,
  urlFor: (locale: string) => string,
  isAvailable: (locale: string) => boolean = () => true,
): LanguageLink[] {
  return site.config.locales.map(({ code, label }) => ({
    locale: code,
    label,
    href: urlFor(code),
    available: isAvailable(code),
    current: code === locale,
  }));
}
