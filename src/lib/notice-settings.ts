// Reads a notice's own settings file, notices/<notice>/notice.yaml: today, the notice's source language.

import path from 'node:path';
import { findClosest } from './checks/suggest.ts';
import { displayPath, type Problem } from './errors.ts';
import { NOTICE_SETTINGS_FILE, noticeSettingsSchema } from './schemas.ts';
import { describeFileKind, readTextFile } from './text-file.ts';
import { describeIssue, parseYamlSource, validateYaml } from './yaml-source.ts';

export interface NoticeSettingsResult {
  /** The language every version of the notice must have, and that the others translate. */
  sourceLocale: string;
  /** Whether notice.yaml names it (rather than the site's default). */
  declared: boolean;
}

/**
 * The settings of the notice in `noticeDir`. Without a notice.yaml, the notice follows the site's
 * `sourceLocale`; a notice.yaml with problems reports them and also falls back to it, so the rest of
 * the notice is still checked.
 */
export function readNoticeSettings(
  noticeDir: string,
  locales: readonly string[],
  siteSourceLocale: string,
  problems: Problem[],
): NoticeSettingsResult {
  const fallback = { sourceLocale: siteSourceLocale, declared: false };
  const absolute = path.join(noticeDir, NOTICE_SETTINGS_FILE);
  // Links and special files are reported by the content folder's walk and never read.
  if (describeFileKind(absolute) !== 'file') return fallback;
  const file = displayPath(absolute);
  const text = readTextFile(absolute, { file }, problems);
  if (!text) return fallback;
  const source = parseYamlSource(text.text, file);
  const { value, problems: found } = validateYaml(source, noticeSettingsSchema, file, (issue) => {
    if (issue.code === 'unrecognized_keys') {
      const closest = findClosest(issue.keys[0], Object.keys(noticeSettingsSchema.shape));
      return {
        message: `unknown field "${issue.keys[0]}" in notice.yaml`,
        fix: closest ? `did you mean "${closest}"?` : `notice.yaml holds only ${Object.keys(noticeSettingsSchema.shape).join(', ')}`,
      };
    }
    return describeIssue(issue);
  });
  problems.push(...found);
  if (!value?.sourceLocale) return fallback;
  if (!locales.includes(value.sourceLocale)) {
    const closest = findClosest(value.sourceLocale, locales);
    problems.push({
      file,
      ...source.locate(['sourceLocale']),
      severity: 'error',
      message: `sourceLocale "${value.sourceLocale}" is not one of the site's locales (${locales.join(', ')})`,
      fix: closest ? `did you mean "${closest}"?` : 'set it to one of the locale codes in site.yaml',
    });
    return fallback;
  }
  return { sourceLocale: value.sourceLocale, declared: true };
}
