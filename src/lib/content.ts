// Reads the content folder into one validated model of the site: configuration, notices, versions, texts.

import fs from 'node:fs';
import path from 'node:path';
import { isRealDate, suggestDate } from './dates.ts';
import { ContentError, displayPath, type Problem } from './errors.ts';

export { displayPath };
import { getCompiledBody, type CompiledBody } from './markdown/compile.ts';
import { ASSETS_PATH, IMAGE_EXTENSIONS } from './markdown/guard.ts';
import { hashNoticeText, parseNoticeBytes } from './notice-file.ts';
import { readNoticeSettings } from './notice-settings.ts';
import { NOTICE_SETTINGS_FILE, type Frontmatter, type SiteConfig } from './schemas.ts';
import { readSiteConfig } from './site-config.ts';
import { describeCodePoint, describeFileKind, describeWrongKind, lstatIfPresent, readFileBytes } from './text-file.ts';
import { getVersionStatuses, type VersionStatus } from './versions.ts';

export interface NoticeText {
  notice: string;
  date: string;
  locale: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  frontmatter: Frontmatter;
  /** The line of the file each frontmatter field is on, for messages. */
  fieldLines: Partial<Record<keyof Frontmatter, number>>;
  /** The MDX after the frontmatter. */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  /** The whole file as read: no byte-order mark, "\n" line endings. */
  source: string;
  /** The hash of the text as readers get it: what the lock records and `translatedFrom` points to. */
  hash: string;
  /** The body compiled once: its HTML, outline and diff blocks, or the problems that stop it. */
  compiled: CompiledBody;
}

export interface NoticeVersion {
  notice: string;
  /** The notice's authoritative language: every version has a text in it (see Notice.sourceLocale). */
  sourceLocale: string;
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
  /**
   * The language the notice is written in first and that readers fall back to: notice.yaml's
   * `sourceLocale`, else the site's. Translation status, parity and redlines compare against it.
   */
  sourceLocale: string;
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
  /** The site's default source language; a notice may declare its own (Notice.sourceLocale). */
  sourceLocale: string;
  notices: Notice[];
  /** The image files under `<content>/assets/`, by site path ("/assets/map.png") → absolute path. */
  assets: Map<string, string>;
  /** Warnings found while loading; errors are thrown instead. */
  warnings: Problem[];
}

export interface LoadResult {
  site?: Site;
  problems: Problem[];
}

export interface LoadOptions {
  /**
   * Texts read by an earlier load in this process (the dev server reloads the site on every edit): a
   * file whose bytes are unchanged is not decoded, parsed, hashed or looked up again.
   */
  memo?: TextMemo;
}

/** Each text as the last load read it, by absolute path: see LoadOptions.memo. */
export interface TextMemo {
  texts: Map<string, RememberedText>;
}

interface RememberedText {
  bytes: Buffer;
  /** The file's lstat when it was read, and when that was (milliseconds since the epoch). */
  stat: fs.Stats;
  readAt: number;
  /** Everything else the reading depended on (see readNoticeText). */
  context: string;
  text: NoticeText | undefined;
  problems: Problem[];
}

export function createTextMemo(): TextMemo {
  return { texts: new Map() };
}

/** What readNoticeText needs of a memo during one load: the texts of the last load, and this load's. */
interface MemoUse {
  last: Map<string, RememberedText>;
  next: Map<string, RememberedText>;
}

const NOTICE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Loads and validates everything under `contentDir`; throws ContentError listing every error. */
export function loadSite(contentDir: string, now: string, options: LoadOptions = {}): Site {
  const { site, problems } = inspectSite(contentDir, now, options);
  if (!site || problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  return site;
}

/** Like loadSite, but returns the problems instead of throwing (for `npm run check`). */
export function inspectSite(contentDir: string, now: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  checkFolderEntries(contentDir, problems);
  const config = readSiteConfig(contentDir, problems);
  if (!config) return { problems };
  const locales = config.locales.map((l) => l.code);
  const memo = options.memo ? { last: options.memo.texts, next: new Map<string, RememberedText>() } : undefined;
  const { notices, slugs } = readNotices(contentDir, config, now, problems, memo);
  // Only the texts this load read are kept, so a deleted or renamed file is forgotten.
  if (options.memo && memo) options.memo.texts = memo.next;
  checkReferences(contentDir, config, slugs, problems);
  const site: Site = {
    config,
    contentDir,
    now,
    locales,
    sourceLocale: config.sourceLocale,
    notices,
    assets: readAssets(contentDir, problems),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
  return { site, problems };
}


/** Reads every notice; `slugs` also names notices whose texts had errors, so references to them still resolve. */
function readNotices(
  contentDir: string,
  config: SiteConfig,
  now: string,
  problems: Problem[],
  memo: MemoUse | undefined,
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
    const noticeKind = describeFileKind(noticeDir);
    // Links and special files were reported by checkFolderEntries, and are never followed or read.
    if (noticeKind === 'link' || noticeKind === 'other') continue;
    if (noticeKind !== 'folder') {
      problems.push({
        file: displayPath(noticeDir),
        severity: 'error',
        message: `"${showName(slug)}" is not a notice folder`,
        fix: 'the notices folder holds only one folder per notice; move the file out of it',
      });
      continue;
    }
    if (!NOTICE_SLUG.test(slug)) {
      problems.push({
        file: displayPath(noticeDir),
        severity: 'error',
        message: `notice folder "${showName(slug)}" is not a valid URL name`,
        fix: 'rename it with lowercase letters, digits and single hyphens, e.g. "privacy-notice"',
      });
      continue;
    }
    slugs.add(slug);
    const { sourceLocale } = readNoticeSettings(noticeDir, locales, config.sourceLocale, problems);
    const versions: NoticeVersion[] = [];
    for (const date of listDir(noticeDir)) {
      if (date === NOTICE_SETTINGS_FILE) continue;
      const versionDir = path.join(noticeDir, date);
      const versionKind = describeFileKind(versionDir);
      if (versionKind === 'link' || versionKind === 'other') continue;
      if (versionKind !== 'folder') {
        problems.push({
          file: displayPath(versionDir),
          severity: 'error',
          message: `"${showName(date)}" is a file where a dated version folder is expected`,
          fix: `move it into a folder named for its effective date, e.g. ${slug}/2025-01-01/${date}`,
        });
        continue;
      }
      if (!isRealDate(date)) {
        problems.push({
          file: displayPath(versionDir),
          severity: 'error',
          message: `version folder "${showName(date)}" is not a real date`,
          fix: suggestDate(date)
            ? `did you mean ${suggestDate(date)}? Name the folder for the effective date as YYYY-MM-DD`
            : 'name the folder for the effective date as YYYY-MM-DD, e.g. 2025-07-01',
        });
        continue;
      }
      const texts: Record<string, NoticeText> = {};
      const names = listDir(versionDir);
      for (const name of names) {
        const absolutePath = path.join(versionDir, name);
        const kind = describeFileKind(absolutePath);
        if (kind === 'link' || kind === 'other') continue;
        const locale = name.replace(/\.mdx$/, '');
        if (!name.endsWith('.mdx') || !locales.includes(locale)) {
          problems.push({
            file: displayPath(absolutePath),
            severity: 'error',
            message: `"${showName(name)}" is not a notice text: files here must be named <locale>.mdx`,
            fix: `rename it to one of ${locales.map((l) => `${l}.mdx`).join(', ')}, or move it out of the content folder`,
          });
          continue;
        }
        const text = readNoticeText(absolutePath, slug, date, locale, config, problems, memo);
        if (text) texts[locale] = text;
      }
      if (Object.keys(texts).length === 0) {
        if (!problems.some((p) => p.file.startsWith(displayPath(versionDir)))) {
          problems.push({
            file: displayPath(versionDir),
            severity: 'error',
            message: 'this version folder has no text',
            fix: `add ${sourceLocale}.mdx, or remove the empty folder`,
          });
        }
        continue;
      }
      if (!texts[sourceLocale]) {
        // A source file with errors of its own has been reported already.
        if (names.includes(`${sourceLocale}.mdx`)) continue;
        problems.push({
          file: displayPath(versionDir),
          severity: 'error',
          message: `this version has no ${sourceLocale}.mdx, the authoritative source text of ${slug}`,
          fix: describeMissingSource(slug, sourceLocale, Object.keys(texts)),
        });
        continue;
      }
      versions.push({ notice: slug, sourceLocale, date, status: 'archived', texts });
    }
    if (versions.length === 0) {
      if (!problems.some((p) => p.file.startsWith(displayPath(noticeDir)))) {
        problems.push({
          file: displayPath(noticeDir),
          severity: 'error',
          message: `notice "${slug}" has no versions`,
          fix: `add a dated version folder such as ${slug}/2025-01-01/${sourceLocale}.mdx, or remove the folder`,
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
    notices.push({ slug, sourceLocale, versions });
  }
  return { notices, slugs };
}

/** What to do about a version without its source text: write it, or make the language it has the source. */
function describeMissingSource(slug: string, sourceLocale: string, present: string[]): string {
  const add = `add ${sourceLocale}.mdx: translations are made from it and readers fall back to it`;
  if (present.length !== 1) return add;
  return `${add}; or, if ${present[0]} is the language this notice is written in, put "sourceLocale: ${present[0]}" in notices/${slug}/${NOTICE_SETTINGS_FILE}`;
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

function readNoticeText(
  absolutePath: string,
  notice: string,
  date: string,
  locale: string,
  config: SiteConfig,
  problems: Problem[],
  memo: MemoUse | undefined,
): NoticeText | undefined {
  const file = displayPath(absolutePath);
  const imageHosts = config.images?.remoteHosts ?? [];
  // The path fixes notice, date and locale; the messages name the file as seen from the working folder.
  const context = JSON.stringify([file, imageHosts]);
  const remembered = memo?.last.get(absolutePath);
  const reuse = (entry: RememberedText): NoticeText | undefined => {
    memo!.next.set(absolutePath, entry);
    problems.push(...entry.problems);
    return entry.text;
  };
  const before = remembered?.context === context ? lstatIfPresent(absolutePath) : undefined;
  if (remembered && before && isUntouched(remembered, before)) return reuse(remembered);
  // Taken before the bytes are read: a write in between makes the next load read the file again.
  const stat = before ?? lstatIfPresent(absolutePath);
  const readAt = Date.now();
  const bytes = readFileBytes(absolutePath, { file }, problems);
  if (!bytes || !stat) return undefined;
  if (remembered?.context === context && remembered.bytes.equals(bytes)) return reuse({ ...remembered, stat, readAt });
  const own: Problem[] = [];
  const text = parseNoticeText(bytes, { absolutePath, file, notice, date, locale, imageHosts }, own);
  memo?.next.set(absolutePath, { bytes, stat, readAt, context, text, problems: own });
  problems.push(...own);
  return text;
}

/**
 * Whether a file is, by its lstat, the one read before: same file, size, modification and change
 * times. As Git does for its index, a file changed within two seconds of being read is "racy" (a file
 * system with coarse timestamps could give a second edit the same times) and is compared by content.
 */
function isUntouched(remembered: RememberedText, stat: fs.Stats): boolean {
  const then = remembered.stat;
  if (!stat.isFile() || stat.ino !== then.ino || stat.dev !== then.dev || stat.size !== then.size) return false;
  if (stat.mtimeMs !== then.mtimeMs || stat.ctimeMs !== then.ctimeMs) return false;
  return Math.max(stat.mtimeMs, stat.ctimeMs) < remembered.readAt - RACY_MS;
}

const RACY_MS = 2000;

function parseNoticeText(
  bytes: Buffer,
  where: { absolutePath: string; file: string; notice: string; date: string; locale: string; imageHosts: string[] },
  problems: Problem[],
): NoticeText | undefined {
  const { absolutePath, file, notice, date, locale, imageHosts } = where;
  const read = parseNoticeBytes(bytes, file, problems);
  if (!read) return undefined;
  const compiled = getCompiledBody(read, { imageHosts });
  problems.push(...compiled.problems);
  return {
    notice,
    date,
    locale,
    file,
    absolutePath,
    frontmatter: read.data,
    fieldLines: read.fieldLines,
    body: read.body,
    bodyLine: read.bodyLine,
    source: read.source,
    hash: hashNoticeText(read),
    compiled,
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

export interface NoticeFileEntry {
  absolutePath: string;
  notice: string;
  date: string;
  locale: string;
}

/**
 * Every plain file named `<locale>.mdx` under notices/<notice>/<date>/, without following links and
 * without judging names (the content model does that): the texts a build will read.
 */
export function listNoticeFiles(contentDir: string): NoticeFileEntry[] {
  const entries: NoticeFileEntry[] = [];
  const noticesDir = path.join(contentDir, 'notices');
  if (describeFileKind(noticesDir) !== 'folder') return entries;
  for (const notice of listDir(noticesDir)) {
    const noticeDir = path.join(noticesDir, notice);
    if (describeFileKind(noticeDir) !== 'folder') continue;
    for (const date of listDir(noticeDir)) {
      const versionDir = path.join(noticeDir, date);
      if (describeFileKind(versionDir) !== 'folder') continue;
      for (const name of listDir(versionDir)) {
        const absolutePath = path.join(versionDir, name);
        if (name.endsWith('.mdx') && describeFileKind(absolutePath) === 'file') {
          entries.push({ absolutePath, notice, date, locale: name.slice(0, -'.mdx'.length) });
        }
      }
    }
  }
  return entries;
}

/** The names in a folder, sorted; dot-files are included, so nothing hides in a content folder. */
function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** A name as it can be shown safely in a terminal: control and direction characters spelt out. */
function showName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `<${describeCodePoint(c)}>`);
}

/**
 * Walks the whole content folder without following links: a link or a special file anywhere is an
 * error, because it could make the build read something outside the folder or wait forever.
 */
function checkFolderEntries(contentDir: string, problems: Problem[]): void {
  const walk = (dir: string): void => {
    for (const name of listDir(dir)) {
      const absolute = path.join(dir, name);
      const kind = describeFileKind(absolute);
      if (kind === 'folder') walk(absolute);
      else if (kind === 'link' || kind === 'other') problems.push(describeWrongKind(displayPath(absolute), kind));
    }
  };
  if (describeFileKind(contentDir) === 'folder') walk(contentDir);
}

const MAX_IMAGE_BYTES = 2_000_000;
const IMAGE_SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a',
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'image/avif': (b) => b.subarray(4, 12).toString('latin1') === 'ftypavif',
};

/** The image files notices may show: plain files under assets/ whose content is the image type their name says. */
function readAssets(contentDir: string, problems: Problem[]): Map<string, string> {
  const assets = new Map<string, string>();
  const root = path.join(contentDir, 'assets');
  if (describeFileKind(root) !== 'folder') return assets;
  const walk = (dir: string): void => {
    for (const name of listDir(dir)) {
      const absolute = path.join(dir, name);
      const kind = describeFileKind(absolute);
      if (kind === 'folder') {
        walk(absolute);
        continue;
      }
      if (kind !== 'file') continue;
      const file = displayPath(absolute);
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      const extension = /\.([a-z0-9]+)$/.exec(name)?.[1];
      const type = extension && Object.hasOwn(IMAGE_EXTENSIONS, extension) ? IMAGE_EXTENSIONS[extension] : undefined;
      if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/.test(relative) || !type) {
        problems.push({
          file,
          severity: 'error',
          message: `"${showName(relative)}" is not an image file Paragraf publishes`,
          fix: `assets/ holds only ${Object.keys(IMAGE_EXTENSIONS).join(', ')} images named with lowercase letters, digits, ".", "_" and "-"`,
        });
        continue;
      }
      const size = fs.lstatSync(absolute).size;
      if (size > MAX_IMAGE_BYTES) {
        problems.push({ file, severity: 'error', message: `the image is ${Math.ceil(size / 1000)} KB, more than the 2,000 KB allowed`, fix: 'make it smaller (lower resolution or stronger compression)' });
        continue;
      }
      if (!IMAGE_SIGNATURES[type](fs.readFileSync(absolute))) {
        problems.push({
          file,
          severity: 'error',
          message: `the file's content is not a ${extension!.toUpperCase()} image, whatever its name says`,
          fix: 'export the image again in the format its name gives, or rename it to match its format',
        });
        continue;
      }
      assets.set(`${ASSETS_PATH}${relative}`, absolute);
    }
  };
  walk(root);
  return assets;
}

/** The Intl locale used to write dates for a site locale (e.g. `en-GB` for `en`). */
export function getDateLocale(site: Site, locale: string): string {
  return site.config.locales.find((l) => l.code === locale)?.dateLocale ?? locale;
}
