// Where Paragraf reads its inputs and which day it builds for, from the environment.

import path from 'node:path';
import { getToday, isRealDate } from './dates.ts';

export interface Settings {
  /** Absolute path of the content folder (site.yaml and notices/). */
  contentDir: string;
  /** Absolute path of the folder of interface-string files (<locale>.json). */
  localesDir: string;
  /** The day the site is built for, YYYY-MM-DD: decides current, archived and upcoming. */
  now: string;
  /** The branch whose texts count as published (PARAGRAF_MAIN_BRANCH, default "main"). */
  mainBranch: string;
}

/** PARAGRAF_MAIN_BRANCH, the branch whose texts count as published; "main" by default. */
export function getMainBranchName(env: Record<string, string | undefined>): string {
  return env.PARAGRAF_MAIN_BRANCH?.trim() || 'main';
}

/** Reads PARAGRAF_CONTENT, PARAGRAF_LOCALES and PARAGRAF_NOW; relative paths resolve from `root`. */
export function getSettings(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): Settings {
  const now = env.PARAGRAF_NOW?.trim() || getToday();
  if (!isRealDate(now)) {
    throw new Error(
      `PARAGRAF_NOW is "${env.PARAGRAF_NOW}", which is not a date — set it to a real day as YYYY-MM-DD, e.g. PARAGRAF_NOW=2026-12-01, or unset it to build for today.`,
    );
  }
  return {
    contentDir: path.resolve(root, env.PARAGRAF_CONTENT?.trim() || 'content'),
    localesDir: path.resolve(root, env.PARAGRAF_LOCALES?.trim() || 'locales'),
    now,
    mainBranch: getMainBranchName(env),
  };
}
