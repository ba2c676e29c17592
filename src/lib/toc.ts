// A table of contents from a notice's headings: H2 sections with their H3 subsections.

export interface Heading {
  depth: number;
  /** The heading's anchor. */
  id: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      entries.push({ slug: heading.id, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = entries.at(-1);
      const entry = { slug: heading.id, text: heading.text, children: [] };
      if (parent) parent.children.push(entry);
      else entries.push(entry);
    }
  }
  return entries;
}
