// When a notice was last looked at: the review a version's source text records, and notices whose
// version in effect has gone unreviewed for longer than the site allows (California asks for a yearly
// update of its privacy notice, Civ. Code §1798.130(a)(5)).

import type { Notice, NoticeVersion, Site } from './content.ts';
import { getCurrentVersion, getNextVersion } from './versions.ts';

/** How many months a notice may go without a review or a new version when site.yaml does not say. */
export const DEFAULT_REVIEW_MONTHS = 12;

/**
 * The review a version records, when it counts: written in the source text, on or after the day the
 * version took effect (an earlier review was of another text) and not after `now`.
 */
export function getReviewDate(version: NoticeVersion, now: string): string | undefined {
  const reviewed = version.texts[version.sourceLocale]?.frontmatter.reviewed;
  return reviewed !== undefined && reviewed >= version.date && reviewed <= now ? reviewed : undefined;
}

/** Adds whole months to a YYYY-MM-DD date; the day is kept, or the month's last day when it has fewer. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(newYear).padStart(4, '0')}-${pad(newMonth)}-${pad(Math.min(day, lastDay))}`;
}

export interface OverdueReview {
  notice: Notice;
  /** The version in effect. */
  version: NoticeVersion;
  /** The last day it was reviewed or took effect, whichever is later. */
  since: string;
  /** Whether `since` is a recorded review rather than the effective date. */
  reviewed: boolean;
  /** The version that will replace it, if one is published. */
  next?: NoticeVersion;
}

/** Notices whose version in effect was last reviewed or replaced more than `months` months before `now`. */
export function findOverdueReviews(site: Site, months: number): OverdueReview[] {
  const overdue: OverdueReview[] = [];
  for (const notice of site.notices) {
    const version = getCurrentVersion(notice.versions, site.now);
    if (!version) continue;
    const review = getReviewDate(version, site.now);
    const since = review ?? version.date;
    if (addMonths(since, months) >= site.now) continue;
    overdue.push({ notice, version, since, reviewed: review !== undefined, next: getNextVersion(notice.versions, site.now) });
  }
  return overdue;
}
