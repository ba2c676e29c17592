// A translation keeps its source's structure: the same sections and anchors, link targets, list items and table rows.

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import type { Outline, OutlineHeading } from '../markdown/outline.ts';
import { formatOrdinal } from './suggest.ts';

/** Where a translation first departs from its source, and what to do about it. */
interface Divergence {
  line: number;
  column: number;
  message: string;
  fix: string;
}

interface Pair {
  source: NoticeText;
  translation: NoticeText;
  /** How messages name the source file, e.g. `en.mdx`. */
  sourceName: string;
  /** The translation's last line, where something missing at the end is reported. */
  endLine: number;
}

/** Compares every translation with the source text of the same version and reports its first divergence. */
export function checkTranslationParity(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      const source = version.texts[notice.sourceLocale];
      if (!source) continue;
      for (const locale of Object.keys(version.texts).sort()) {
        if (locale === notice.sourceLocale) continue;
        const translation = version.texts[locale];
        const divergence = findDivergence({
          source,
          translation,
          sourceName: `${notice.sourceLocale}.mdx`,
          endLine: getEndLine(translation),
        });
        if (divergence) problems.push({ file: translation.file, severity: 'error', ...divergence });
      }
    }
  }
  return problems;
}

/** The earliest divergence in the translation across headings, links, lists and tables. */
function findDivergence(pair: Pair): Divergence | undefined {
  const source = pair.source.compiled.outline;
  const translation = pair.translation.compiled.outline;
  const found = [
    compareHeadings(source, translation, pair),
    compareLinks(source, translation, pair),
    compareLists(source, translation, pair),
    compareTables(source, translation, pair),
  ].filter((d): d is Divergence => d !== undefined);
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  return found[0];
}

function compareHeadings(source: Outline, translation: Outline, pair: Pair): Divergence | undefined {
  const theirs = source.headings;
  const ours = translation.headings;
  const sameSections = 'keep the same sections as the source';
  for (let i = 0; i < Math.min(theirs.length, ours.length); i++) {
    const s = theirs[i];
    const t = ours[i];
    const nth = `the ${formatOrdinal(i + 1)} heading`;
    const there = `in ${pair.sourceName} (line ${s.line})`;
    if (t.explicit && s.explicit && t.id !== s.id) {
      // A section missing or added in between shows as the next anchor arriving early or late.
      if (theirs[i + 1]?.explicit && theirs[i + 1].id === t.id) {
        return at(t, `${pair.sourceName} has a heading before this one, ${describe(s)} (line ${s.line}), that is missing here`, `translate that section too; ${sameSections}`);
      }
      if (ours[i + 1]?.explicit && ours[i + 1].id === s.id) {
        return at(t, `${nth}, ${describe(t)}, is not in ${pair.sourceName}`, `remove it; ${sameSections}`);
      }
    }
    if (t.depth !== s.depth) {
      return at(t, `${nth} is level ${t.depth} here but level ${s.depth} ${there}`, sameSections);
    }
    if (s.explicit && !t.explicit) {
      return at(t, `${nth} has no anchor here but {#${s.id}} ${there}`, `add {#${s.id}} at the end of the heading line: links point to it`);
    }
    if (t.explicit && !s.explicit) {
      return at(t, `${nth} has the anchor {#${t.id}} here but none ${there}`, 'remove it, or give the source heading the same anchor');
    }
    if (t.explicit && t.id !== s.id) {
      return at(t, `${nth} has the anchor {#${t.id}} here but {#${s.id}} ${there}`, `use {#${s.id}}, as the source does: links point to it`);
    }
  }
  if (ours.length > theirs.length) {
    const t = ours[theirs.length];
    return at(t, `the ${formatOrdinal(theirs.length + 1)} heading, ${describe(t)}, is not in ${pair.sourceName}, which has ${count(theirs.length, 'heading')}`, `remove it; ${sameSections}`);
  }
  if (theirs.length > ours.length) {
    const s = theirs[ours.length];
    return atEnd(pair, `${pair.sourceName} has a ${formatOrdinal(ours.length + 1)} heading, ${describe(s)} (line ${s.line}), that is missing here`, `translate that section too; ${sameSections}`);
  }
  return undefined;
}

function compareLinks(source: Outline, translation: Outline, pair: Pair): Divergence | undefined {
  const theirs = source.links;
  const ours = translation.links;
  for (let i = 0; i < Math.min(theirs.length, ours.length); i++) {
    if (ours[i].url === theirs[i].url) continue;
    return at(
      ours[i],
      `the ${formatOrdinal(i + 1)} link goes to "${ours[i].url}" here but to "${theirs[i].url}" in ${pair.sourceName} (line ${theirs[i].line})`,
      'link to the same places as the source, in the same order',
    );
  }
  if (ours.length > theirs.length) {
    const t = ours[theirs.length];
    return at(t, `the ${formatOrdinal(theirs.length + 1)} link, to "${t.url}", is not in ${pair.sourceName}, which has ${count(theirs.length, 'link')}`, 'remove it, or add the same link to the source');
  }
  if (theirs.length > ours.length) {
    const s = theirs[ours.length];
    return atEnd(pair, `${pair.sourceName} has a ${formatOrdinal(ours.length + 1)} link, to "${s.url}" (line ${s.line}), that is missing here`, 'add the link where the source has it');
  }
  return undefined;
}

function compareLists(source: Outline, translation: Outline, pair: Pair): Divergence | undefined {
  const theirs = source.lists;
  const ours = translation.lists;
  for (let i = 0; i < Math.min(theirs.length, ours.length); i++) {
    const s = theirs[i];
    const t = ours[i];
    const nth = `the ${formatOrdinal(i + 1)} list`;
    if (t.ordered !== s.ordered) {
      return at(t, `${nth} is ${t.ordered ? 'numbered' : 'bulleted'} here but ${s.ordered ? 'numbered' : 'bulleted'} in ${pair.sourceName} (line ${s.line})`, `make it ${s.ordered ? 'numbered (1.)' : 'bulleted (-)'}, like the source`);
    }
    if (t.items !== s.items) {
      return at(t, `${nth} has ${count(t.items, 'item')} here but ${s.items} in ${pair.sourceName} (line ${s.line})`, 'give it one item for each item of the source');
    }
  }
  if (ours.length > theirs.length) {
    const t = ours[theirs.length];
    return at(t, `the ${formatOrdinal(theirs.length + 1)} list is not in ${pair.sourceName}, which has ${count(theirs.length, 'list')}`, 'write it as the source does (as paragraphs, or as part of another list)');
  }
  if (theirs.length > ours.length) {
    const s = theirs[ours.length];
    return atEnd(pair, `${pair.sourceName} has a ${formatOrdinal(ours.length + 1)} list (line ${s.line}) that is missing here`, 'translate it as a list too, with one item for each item of the source');
  }
  return undefined;
}

function compareTables(source: Outline, translation: Outline, pair: Pair): Divergence | undefined {
  const theirs = source.tables;
  const ours = translation.tables;
  for (let i = 0; i < Math.min(theirs.length, ours.length); i++) {
    if (ours[i].rows === theirs[i].rows) continue;
    return at(ours[i], `the ${formatOrdinal(i + 1)} table has ${count(ours[i].rows, 'row')} here but ${theirs[i].rows} in ${pair.sourceName} (line ${theirs[i].line})`, 'give it one row for each row of the source');
  }
  if (ours.length > theirs.length) {
    const t = ours[theirs.length];
    return at(t, `the ${formatOrdinal(theirs.length + 1)} table is not in ${pair.sourceName}, which has ${count(theirs.length, 'table')}`, 'write it as the source does');
  }
  if (theirs.length > ours.length) {
    const s = theirs[ours.length];
    return atEnd(pair, `${pair.sourceName} has a ${formatOrdinal(ours.length + 1)} table (line ${s.line}) that is missing here`, 'translate it as a table too, with one row for each row of the source');
  }
  return undefined;
}

function at(place: { line: number; column: number }, message: string, fix: string): Divergence {
  return { line: place.line, column: place.column, message, fix };
}

function atEnd(pair: Pair, message: string, fix: string): Divergence {
  return { line: pair.endLine, column: 1, message, fix };
}

function describe(heading: OutlineHeading): string {
  return `"${heading.text}"${heading.explicit ? ` {#${heading.id}}` : ''}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The last line with text: something missing at the end of a translation is reported there. */
function getEndLine(text: NoticeText): number {
  const lines = text.source.replace(/\s+$/, '').split('\n');
  return lines.length;
}
