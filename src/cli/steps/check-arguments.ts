// Step: reject malformed notice names and dates before anything is read or written.

import { isRealDate, suggestDate } from '../../lib/dates.ts';
import { UsageError } from '../problems.ts';

const NOTICE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function requireNoticeSlug(slug: string): void {
  if (NOTICE_SLUG.test(slug)) return;
  throw new UsageError(
    `"${slug}" is not a valid notice name: use lowercase letters, digits and single hyphens, e.g. "cookie-notice"`,
  );
}

export function requireRealDate(option: string, value: string): void {
  if (isRealDate(value)) return;
  const suggestion = suggestDate(value);
  throw new UsageError(
    `${option} "${value}" is not a real date: ${suggestion ? `did you mean ${suggestion}?` : 'write it as YYYY-MM-DD, e.g. 2026-07-01'}`,
  );
}
