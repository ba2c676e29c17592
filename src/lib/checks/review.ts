// The yearly review: a warning for each notice whose version in effect has been neither reviewed nor
// replaced for longer than site.yaml allows, and for review records that do not count.

import type { Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { DEFAULT_REVIEW_MONTHS, findOverdueReviews } from '../review.ts';

export function checkReviews(site: Site): Problem[] {
  const months = site.config.checks?.review?.months ?? DEFAULT_REVIEW_MONTHS;
  const problems: Problem[] = [];
  for (const { notice, version, since, reviewed, next } of findOverdueReviews(site, months)) {
    const source = version.texts[version.sourceLocale];
    const when = reviewed ? `was last reviewed on ${since}` : `has not been reviewed since ${since}, when its version in effect took effect`;
    const replacement = next ? ` (the version of ${next.date} replaces it only then)` : '';
    problems.push({
      file: source.file,
      severity: 'warning',
      message: `${notice.slug} ${when}: more than ${describeMonths(months)} ago`,
      fix: `review it and record the review with "npm run notice -- reviewed ${notice.slug}", or publish a new version${replacement}; California asks for a yearly update (Civ. Code §1798.130(a)(5)); the period is checks.review.months in site.yaml`,
    });
  }
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const locale of Object.keys(version.texts).sort()) {
        const text = version.texts[locale];
        const reviewed = text.frontmatter.reviewed;
        if (reviewed === undefined) continue;
        const at = { file: text.file, severity: 'warning' as const };
        if (locale !== notice.sourceLocale) {
          problems.push({
            ...at,
            message: `"reviewed" is recorded in the source text only, so this one is not counted`,
            fix: `remove it here; "npm run notice -- reviewed ${notice.slug}" writes the review into ${notice.sourceLocale}.mdx`,
          });
        } else if (reviewed > site.now) {
          problems.push({ ...at, message: `"reviewed: ${reviewed}" is after the build date ${site.now}, so it is not counted`, fix: 'write the day the review took place' });
        } else if (reviewed < version.date) {
          problems.push({
            ...at,
            message: `"reviewed: ${reviewed}" is before this version took effect on ${version.date}, so it is not counted`,
            fix: 'remove it: a new version counts as reviewed on its effective date',
          });
        }
      }
    }
  }
  return problems;
}

function describeMonths(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}
