// A layered notice (WP260 ¶35–36): a privacy notice opens with a short first layer of key points,
// each leading into the section of the full text that explains it.

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { formatOrdinal } from './suggest.ts';

/** A first layer is short: a handful of points a reader takes in at a glance. */
export const MIN_KEY_POINTS = 3;
export const MAX_KEY_POINTS = 8;
/** A text with fewer H2 sections than this is short enough to take in whole, and needs no first layer. */
export const MIN_SECTIONS_FOR_FIRST_LAYER = 4;

/**
 * Warns about the source texts of the notices that need a first layer (the privacy notice unless
 * site.yaml lists others) when their version in effect or an upcoming one has none, and about every
 * first layer whose size or links fall short. Translations follow their source through the parity check.
 */
export function checkFirstLayers(site: Site): Problem[] {
  const needed = new Set(site.config.checks?.firstLayer?.notices ?? [site.config.privacyNotice]);
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      if (version.status === 'archived') continue;
      const source = version.texts[version.sourceLocale];
      const sections = source?.compiled.outline.headings.filter((h) => h.depth === 2).length ?? 0;
      if (source && needed.has(notice.slug) && !source.compiled.outline.keyPoints && sections >= MIN_SECTIONS_FOR_FIRST_LAYER) {
        problems.push({
          file: source.file,
          line: source.bodyLine,
          column: 1,
          severity: 'warning',
          message: `this privacy notice has ${sections} sections but no first layer of key points`,
          fix: `open the text with <KeyPoints> and a list of ${MIN_KEY_POINTS}–${MAX_KEY_POINTS} points (who is responsible, why you use the data, the reader's rights, anything surprising), each linking to its section, e.g. "- [We](#who-we-are) are responsible for your data." (WP260 ¶35–36)`,
        });
      }
      for (const locale of Object.keys(version.texts).sort()) problems.push(...checkKeyPoints(version.texts[locale]));
    }
  }
  return problems;
}

function checkKeyPoints(text: Pick<NoticeText, 'file' | 'compiled'>): Problem[] {
  const keyPoints = text.compiled.outline.keyPoints;
  if (!keyPoints) return [];
  const problems: Problem[] = [];
  const count = keyPoints.points.length;
  if (count < MIN_KEY_POINTS || count > MAX_KEY_POINTS) {
    problems.push({
      file: text.file,
      line: keyPoints.line,
      column: keyPoints.column,
      severity: 'warning',
      message: `the first layer has ${count} key point${count === 1 ? '' : 's'}; a first layer has ${MIN_KEY_POINTS} to ${MAX_KEY_POINTS}`,
      fix: count < MIN_KEY_POINTS
        ? 'add the points a reader must know first: who is responsible, why you use the data, their rights, anything surprising'
        : 'keep the points a reader must know first and leave the rest to the full text',
    });
  }
  keyPoints.points.forEach((point, index) => {
    if (point.links.some((url) => url.startsWith('#') && url.length > 1)) return;
    problems.push({
      file: text.file,
      line: point.line,
      column: point.column,
      severity: 'warning',
      message: `the ${formatOrdinal(index + 1)} key point links to no section of the full text`,
      fix: 'link a few of its words to the section that explains it, e.g. [your rights](#your-rights)',
    });
  });
  return problems;
}
