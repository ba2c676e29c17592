// A translation keeps its source's structure: the same sections and anchors, link targets, list items
// and nesting, and table rows and cells. Headings without anchors are reported on the source text.

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import type { Outline, OutlineHeading } from '../markdown/outline.ts';
import { slugifyAnchor } from '../markdown/anchors.ts';
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

/**
 * Compares every translation with the source text of the same version and reports its first
 * divergence. In a version with translations, every heading of the source needs an explicit anchor:
 * without one, each language makes its own from its own words, and links break between languages.
 */
export function checkTranslationParity(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      const source = version.texts[notice.sourceLocale];
      if (!source) continue;
      const translations = Object.keys(version.texts).sort().filter((locale) => locale !== notice.sourceLocale);
      if (translations.length === 0) continue;
      problems.push(...findUnanchoredSourceHeadings(source, translations.map((locale) => version.texts[locale])));
      for (const locale of translations) {
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

/** Source headings without `{#id}`: reported once, on the source, with the anchor a translation already uses if one does. */
function findUnanchoredSourceHeadings(source: NoticeText, translations: NoticeText[]): Problem[] {
  const problems: Problem[] = [];
  const names = translations.map((t) => `${t.locale}.mdx`).join(', ');
  source.compiled.outline.headings.forEach((heading, index) => {
    if (heading.explicit) return;
    const given = translations
      .map((t) => ({ text: t, heading: t.compiled.outline.headings[index] }))
      .find((found) => found.heading?.explicit && found.heading.depth === heading.depth);
    const id = given?.heading.id ?? slugifyAnchor(heading.text);
    problems.push({
      file: source.file,
      line: heading.line,
      column: heading.column,
      severity: 'error',
      message: given
        ? `the ${formatOrdinal(index + 1)} heading, "${heading.text}", has no anchor, though ${given.text.locale}.mdx (line ${given.heading.line}) gives it {#${id}}`
        : `the ${formatOrdinal(index + 1)} heading, "${heading.text}", has no anchor, so each language (${names}) makes its own and links break between them`,
      fix: `add {#${id}} at the end of the heading line, and the same anchor in every translation`,
    });
  });
  return problems;
}

/** The earliest divergence in the translation across headings, links, lists and tables. */
function findDivergence(pair: Pair): Divergence | undefined {
  const source = pair.source.compiled.outline;
  const translation = pair.translation.compiled.outline;
  const found = [
    compareKeyPoints(source, translation, pair),
    compareHeadings(source, translation, pair),
    compareLinks(source, translation, pair),
    compareLists(source, translation, pair),
    compareTables(source, translation, pair),
    compareAnchors(source, translation, pair),
  ].filter((d): d is Divergence => d !== undefined);
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  return found[0];
}

/** The first layer is translated point for point, so a reader in any language gets the same summary. */
function compareKeyPoints(source: Outline, translation: Outline, pair: Pair): Divergence | undefined {
  const theirs = source.keyPoints;
  const ours = translation.keyPoints;
  if (!theirs && !ours) return undefined;
  // Reported where the text starts, ahead of the lists and links that differ because of it.
  if (!ours) {
    return { line: pair.translation.bodyLine, column: 1, message: `${pair.sourceName} opens with a first layer (<KeyPoints>, line ${theirs!.line}) that is missing here`, fix: 'translate it too, point for point, before the first heading' };
  }
  if (!theirs) return at(ours, `this text has a first layer (<KeyPoints>) that ${pair.sourceName} does not have`, 'remove it, or add the same first layer to the source');
  if (ours.points.length !== theirs.points.length) {
    return at(
      ours,
      `the first layer has ${count(ours.points.length, 'key point')} here but ${theirs.points.length} in ${pair.sourceName} (line ${theirs.line})`,
      'translate each key point of the source, and only those',
    );
  }
  return undefined;
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
    // A source heading without an anchor is reported on the source (findUnanchoredSourceHeadings).
    if (!s.explicit) continue;
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
    if (t.depth !== s.depth) {
      return at(
        t,
        `${nth} is ${describeDepth(t.depth)} here but ${describeDepth(s.depth)} in ${pair.sourceName} (line ${s.line})`,
        s.depth > t.depth ? 'indent its items under the item they belong to, as the source does' : 'take it out of the item above, as the source does',
      );
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
    if (ours[i].rows !== theirs[i].rows) {
      return at(ours[i], `the ${formatOrdinal(i + 1)} table has ${count(ours[i].rows, 'row')} here but ${theirs[i].rows} in ${pair.sourceName} (line ${theirs[i].line})`, 'give it one row for each row of the source');
    }
    const row = ours[i].cells.findIndex((cells, r) => cells !== theirs[i].cells[r]);
    if (row >= 0) {
      return at(
        { line: ours[i].rowLines[row] ?? ours[i].line, column: 1 },
        `row ${row + 1} of the ${formatOrdinal(i + 1)} table has ${count(ours[i].cells[row], 'cell')} here but ${theirs[i].cells[row]} in ${pair.sourceName} (line ${theirs[i].rowLines[row] ?? theirs[i].line})`,
        'give the row one cell for each cell of the source, in the same order: a missing cell moves the others into the wrong column',
      );
    }
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

function compareAnchors(source: Outline, translation: Outline, pair: Pair): Divergence | undefined {
  const theirs = source.anchors;
  const ours = translation.anchors;
  for (let i = 0; i < Math.min(theirs.length, ours.length); i++) {
    if (ours[i].id === theirs[i].id) continue;
    return at(ours[i], `the ${formatOrdinal(i + 1)} <Anchor> is id="${ours[i].id}" here but id="${theirs[i].id}" in ${pair.sourceName} (line ${theirs[i].line})`, `use id="${theirs[i].id}", as the source does: links point to it`);
  }
  if (ours.length > theirs.length) {
    const t = ours[theirs.length];
    return at(t, `the <Anchor id="${t.id}" /> is not in ${pair.sourceName}, which has ${count(theirs.length, 'anchor')}`, 'remove it, or place the same anchor in the source');
  }
  if (theirs.length > ours.length) {
    const s = theirs[ours.length];
    return atEnd(pair, `${pair.sourceName} has <Anchor id="${s.id}" /> (line ${s.line}), which is missing here`, 'place the same anchor at the same passage: links point to it');
  }
  return undefined;
}

function describeDepth(depth: number): string {
  return depth === 1 ? 'not nested' : `nested ${depth} levels deep`;
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
