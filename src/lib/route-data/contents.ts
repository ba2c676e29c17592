// "On this page": the list of a page's sections that a notice or a redline shows beside its text on
// wide screens and behind a closed disclosure on narrow ones.

import type { Heading } from '../toc.ts';
import { buildToc } from '../toc.ts';

export interface ContentsEntry {
  href: string;
  text: string;
  /** A short note after the entry, e.g. "2 changes" on a redline. */
  note?: string;
  children: ContentsEntry[];
}

export interface ContentsData {
  /** The disclosure's and the column's heading. */
  label: string;
  /** The language of the entries, when it differs from the page's. */
  lang?: string;
  entries: ContentsEntry[];
}

/** A notice's H2 sections with their H3 subsections. */
export function getNoticeContents(headings: readonly Heading[], label: string, lang?: string): ContentsData {
  const toEntry = (entry: ReturnType<typeof buildToc>[number]): ContentsEntry => ({
    href: `#${entry.slug}`,
    text: entry.text,
    children: entry.children.map(toEntry),
  });
  return { label, ...(lang ? { lang } : {}), entries: buildToc(headings).map(toEntry) };
}
