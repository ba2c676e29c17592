// Reads the content folder into one validated model of the site: configuration, notices, versions, texts.

import fs from 'node:fs';
import path from 'node:path';
import { isRealDate } from './dates.ts';
import { ContentError, type Problem } from './errors.ts';
import { frontmatterSchema, siteSchema, type Frontmatter, type SiteConfig } from './schemas.ts';
import { getVersionStatuses, type VersionStatus } from './versions.ts';
import { describeIssue, formatPath, parseYamlSource, validateYaml } from './yaml-source.ts';

export interface NoticeText {
  notice: string;
  date: string;
  locale: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  frontmatter: Frontmatter;
  /** The MDX after the frontmatter. */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  /** The whole file as read. */
  source: string;
}

export interface NoticeVersion {
  notice: string;
  /** Effective date, YYYY-MM-DD (the folder name). */
  date: string;
  status: VersionStatus;
  /** The texts this version has, by locale. */
  texts: Record<string, NoticeText>;
  /** The version before this one, if any. */
  previous?: NoticeVersion;
}

export interface Notice {
  slug: string;
  /** Oldest first. */
  versions: NoticeVersion[];
}

export interface Site {
  config: SiteConfig;
  contentDir: string;
  /** The build date, YYYY-MM-DD. */
  now: string;
  /** Locale codes in configured order. */
  locales: string[];
  sourceLocale: string;
  notices: Notice[];
  /** Warnings found while loading; errors are thrown instead. */
  warnings: Problem[];
}

export interface LoadResult {
  site?: Site;
  problems: Problem[];
}

const NOTICE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Loads and validates everything under `contentDir`; throws ContentError listing every error. */
export function loadSite(contentDir: string, now: string): Site {
  const { site, problems } = inspectSite(contentDir, now);
  if (!site || problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  return site;
}

/** Like loadSite, but returns the problems instead of throwing (for `npm run check`). */
export function inspectSite(contentDir: string, now: string): LoadResult {
  const problems: Problem[] = [];
  const config = readSiteConfig(contentDir, problems);
  if (!config) return { problems };
  const locales = config.locales.map((l) => l.code);
  const { notices, slugs } = readNotices(contentDir, config, now, problems);
  checkReferences(contentDir, config, slugs, problems);
  const site: Site = {
    config,
    contentDir,
    now,
    locales,
    sourceLocale: config.sourceLocale,
    notices,
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
  return { site, problems };
}

export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}

function readSiteConfig(contentDir: string, problems: Problem[]): SiteConfig | undefined {
  const absolute = path.join(contentDir, 'site.yaml');
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) {
    problems.push({
      file,
      severity: 'error',
      message: 'site.yaml is missing',
      fix: 'create it with organisation, url, sourceLocale, locales, intro, privacyNotice and sidebar (see README "Content layout")',
    });
    return undefined;
  }
  const source = parseYamlSource(fs.readFileSync(absolute, 'utf8'), file);
  const { value, problems: schemaProblems } = validateYaml(source, siteSchema, file, describeIssue);
  problems.push(...schemaProblems);
  if (!value) return undefined;

  const codes = value.locales.map((l) => l.code);
  const at = (where: PropertyKey[]) => ({ file, ...source.locate(where) });
  if (!codes.includes(value.sourceLocale)) {
    problems.push({
      ...at(['sourceLocale']),
      severity: 'error',
      message: `sourceLocale "${value.sourceLocale}" is not one of the configured locales (${codes.join(', ')})`,
      fix: 'set sourceLocale to one of the locale codes listed under "locales"',
    });
  }
  const duplicate = codes.find((code, index) => codes.indexOf(code) !== index);
  if (duplicate) {
    problems.push({
      ...at(['locales']),
      severity: 'error',
      message: `locale "${duplicate}" is listed twice`,
      fix: 'list each locale once',
    });
  }
  const checkTranslated = (where: PropertyKey[], text: Record<string, string>) => {
    for (const code of codes) {
      if (!(code in text)) {
        problems.push({
          ...at(where),
          severity: 'error',
          message: `"${formatPath(where)}" has no "${code}" text`,
          fix: `add "${code}: …" with the text in that language`,
        });
      }
    }
    for (const key of Object.keys(text)) {
      if (!codes.includes(key)) {
        problems.push({
          ...at([...where, key]),
          severity: 'error',
          message: `"${formatPath(where)}" has text for "${key}", which is not a configured locale`,
          fix: `remove it, or add "${key}" under "locales"`,
        });
      }
    }
  };
  checkTranslated(['intro'], value.intro);
  value.sidebar.forEach((group, g) => {
    checkTranslated(['sidebar', g, 'label'], group.label);
    group.items.forEach((item, i) => {
      if ('label' in item) {
        checkTranslated(['sidebar', g, 'items', i, 'label'], item.label);
        if (!/^(https:\/\/|\/)/.test(item.href)) {
          problems.push({
            ...at(['sidebar', g, 'items', i, 'href']),
            severity: 'error',
            message: `sidebar link "${item.href}" is neither https:// nor a path on this site`,
            fix: 'use an https:// address or a path starting with /',
          });
        }
      }
    });
  });
  return problems.some((p) => p.severity === 'error') ? undefined : value;
}

/** Reads every notice; `slugs` also names notices whose texts had errors, so references to them still resolve. */
function readNotices(
  contentDir: string,
  config: SiteConfig,
  now: string,
  problems: Problem[],
): { notices: Notice[]; slugs: Set<string> } {
  const noticesDir = path.join(contentDir, 'notices');
  if (!fs.existsSync(noticesDir)) {
    problems.push({
      file: displayPath(noticesDir),
      severity: 'error',
      message: 'the notices folder is missing',
      fix: 'create notices/<notice>/<YYYY-MM-DD>/<locale>.mdx under the content folder',
    });
    return { notices: [], slugs: new Set() };
  }
  const locales = config.locales.map((l) => l.code);
  const notices: Notice[] = [];
  const slugs = new Set<string>();
  for (const slug of listDir(noticesDir)) {
    const noticeDir = path.join(noticesDir, slug);
    if (!fs.statSync(noticeDir).isDirectory()) continue;
    if (!NOTICE_SLUG.test(slug)) {
      problems.push({
        file: displayPath(noticeDir),
        severity: 'error',
        message: `notice folder "${slug}" is not a valid URL name`,
        fix: 'rename it with lowercase letters, digits and single hyphens, e.g. "privacy-notice"',
      });
      continue;
    }
    slugs.add(slug);
    const versions: NoticeVersion[] = [];
    for (const date of listDir(noticeDir)) {
      const versionDir = path.join(noticeDir, date);
      if (!fs.statSync(versionDir).isDirectory()) {
        problems.push({
          file: displayPath(versionDir),
          severity: 'error',
          message: `"${date}" is a file where a dated version folder is expected`,
          fix: `move it into a folder named for its effective date, e.g. ${slug}/2025-01-01/${date}`,
        });
        continue;
      }
      if (!isRealDate(date)) {
        problems.push({
          file: displayPath(versionDir),
          severity: 'error',
          message: `version folder "${date}" is not a real date`,
          fix: 'name the folder for the effective date as YYYY-MM-DD, e.g. 2025-07-01',
        });
        continue;
      }
      const texts: Record<string, NoticeText> = {};
      const names = listDir(versionDir);
      for (const name of names) {
        const absolutePath = path.join(versionDir, name);
        const locale = name.replace(/\.mdx$/, '');
        if (!name.endsWith('.mdx') || !locales.includes(locale)) {
          problems.push({
            file: displayPath(absolutePath),
            severity: 'error',
            message: `"${name}" is not a notice text: files here must be named <locale>.mdx`,
            fix: `rename it to one of ${locales.map((l) => `${l}.mdx`).join(', ')}, or move it out of the content folder`,
          });
          continue;
        }
        const text = readNoticeText(absolutePath, slug, date, locale, problems);
        if (text) texts[locale] = text;
      }
      if (Object.keys(texts).length === 0) {
        if (!problems.some((p) => p.file.startsWith(displayPath(versionDir)))) {
          problems.push({
            file: displayPath(versionDir),
            severity: 'error',
            message: 'this version folder has no text',
            fix: `add ${config.sourceLocale}.mdx, or remove the empty folder`,
          });
        }
        continue;
      }
      if (!texts[config.sourceLocale]) {
        // A source file with errors of its own has been reported already.
        if (names.includes(`${config.sourceLocale}.mdx`)) continue;
        problems.push({
          file: displayPath(versionDir),
          severity: 'error',
          message: `this version has no ${config.sourceLocale}.mdx, the authoritative source text`,
          fix: `add ${config.sourceLocale}.mdx: translations are made from it and readers fall back to it`,
        });
        continue;
      }
      versions.push({ notice: slug, date, status: 'archived', texts });
    }
    if (versions.length === 0) {
      if (!problems.some((p) => p.file.startsWith(displayPath(noticeDir)))) {
        problems.push({
          file: displayPath(noticeDir),
          severity: 'error',
          message: `notice "${slug}" has no versions`,
          fix: `add a dated version folder such as ${slug}/2025-01-01/${config.sourceLocale}.mdx, or remove the folder`,
        });
      }
      continue;
    }
    versions.sort((a, b) => a.date.localeCompare(b.date));
    const statuses = getVersionStatuses(versions, now);
    versions.forEach((version, index) => {
      version.status = statuses.get(version) ?? 'archived';
      version.previous = versions[index - 1];
      if (index > 0) requireChanges(version, problems);
    });
    notices.push({ slug, versions });
  }
  return { notices, slugs };
}

function requireChanges(version: NoticeVersion, problems: Problem[]): void {
  for (const text of Object.values(version.texts)) {
    if (text.frontmatter.changes) continue;
    problems.push({
      file: text.file,
      line: 2,
      column: 1,
      severity: 'error',
      message: `this version follows ${version.previous?.date} but has no "changes" summary`,
      fix: 'add "changes: …" to the frontmatter, saying in a sentence or two what changed for readers',
    });
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readNoticeText(
  absolutePath: string,
  notice: string,
  date: string,
  locale: string,
  problems: Problem[],
): NoticeText | undefined {
  const file = displayPath(absolutePath);
  const source = fs.readFileSync(absolutePath, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      message: 'the file has no frontmatter',
      fix: 'start the file with a "---" line, then "title: …" and "summary: …", then another "---" line',
    });
    return undefined;
  }
  const yaml = parseYamlSource(match[1], file, 1);
  const { value, problems: schemaProblems } = validateYaml(yaml, frontmatterSchema, file, (issue) => {
    const field = formatPath(issue.path);
    if (issue.code === 'invalid_type' && issue.input === undefined && (field === 'title' || field === 'summary')) {
      return {
        message: `the frontmatter has no "${field}"`,
        fix: `add "${field}: …" between the "---" lines, in this file's language`,
      };
    }
    return describeIssue(issue);
  });
  problems.push(...schemaProblems);
  if (!value) return undefined;
  return {
    notice,
    date,
    locale,
    file,
    absolutePath,
    frontmatter: value,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    source,
  };
}

function checkReferences(contentDir: string, config: SiteConfig, slugs: Set<string>, problems: Problem[]): void {
  const file = displayPath(path.join(contentDir, 'site.yaml'));
  const listed = new Set<string>();
  const known = `known notices: ${[...slugs].join(', ') || 'none'}`;
  config.sidebar.forEach((group) =>
    group.items.forEach((item) => {
      if (!('notice' in item)) return;
      listed.add(item.notice);
      if (!slugs.has(item.notice)) {
        problems.push({
          file,
          severity: 'error',
          message: `the sidebar lists notice "${item.notice}", which has no folder under notices/`,
          fix: `correct the name (${known}) or add the notice`,
        });
      }
    }),
  );
  if (!slugs.has(config.privacyNotice)) {
    problems.push({
      file,
      severity: 'error',
      message: `privacyNotice is "${config.privacyNotice}", which has no folder under notices/`,
      fix: `set it to the slug of your privacy notice (${known})`,
    });
  }
  for (const slug of slugs) {
    if (!listed.has(slug)) {
      problems.push({
        file,
        severity: 'warning',
        message: `notice "${slug}" is not in the sidebar`,
        fix: `add "- notice: ${slug}" to a sidebar group so readers can find it`,
      });
    }
  }
}

function listDir(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/** The Intl locale used to write dates for a site locale (e.g. `en-GB` for `en`). */
export function getDateLocale(site: Site, locale: string): string {
  return site.config.locales.find((l) => l.code === locale)?.dateLocale ?? locale;
}
