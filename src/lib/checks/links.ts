// Every link in a notice leads somewhere real: notices, versions and sections of this site, or secure external pages.

import type { Notice, NoticeText, NoticeVersion, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import type { OutlineLink } from '../markdown/outline.ts';
import { getCurrentVersion, getDisplayedVersion, resolveTranslation } from '../versions.ts';
import { ASSETS_PATH, IMAGE_EXTENSIONS } from '../markdown/guard.ts';
import { readLink } from '../urls.ts';
import { findClosest, formatList } from './suggest.ts';

interface LinkContext {
  site: Site;
  notices: Map<string, Notice>;
  version: NoticeVersion;
  text: NoticeText;
}

type Finding = Pick<Problem, 'message' | 'fix'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkLinks(site: Site): Problem[] {
  const notices = new Map(site.notices.map((notice) => [notice.slug, notice]));
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const locale of Object.keys(version.texts).sort()) {
        const text = version.texts[locale];
        const context: LinkContext = { site, notices, version, text };
        for (const link of text.compiled.outline.links) {
          for (const finding of checkLink(link, context)) {
            problems.push({ file: text.file, line: link.line, column: link.column, severity: 'error', ...finding });
          }
        }
      }
    }
  }
  return problems;
}

function checkLink(link: OutlineLink, context: LinkContext): Finding[] {
  const target = readLink(link.url);
  switch (target.kind) {
    // Refused addresses are the safe-MDX allow-list's to report, with the compiler's own reading.
    case 'refused':
      return [];
    case 'fragment':
      return checkAnchor(target.href, target.anchor, context.text, context);
    case 'email':
    case 'phone':
      return [];
    case 'web':
      if (target.secure) return [];
      return [
        {
          message: `the ${link.image ? 'image' : 'link'} "${link.url}" is not secure (http://)`,
          fix: `write ${target.href.replace(/^http:/i, 'https:')} instead, after checking that it opens, or remove the ${link.image ? "image" : "link"}`,
        },
      ];
    case 'site':
      if (link.image) {
        // An image the allow-list refuses (not under /assets/, not an accepted type) is reported there.
        const accepted = target.path.startsWith(ASSETS_PATH) && Object.hasOwn(IMAGE_EXTENSIONS, target.path.split('.').pop()?.toLowerCase() ?? '');
        return !accepted || context.site.assets.has(target.path)
          ? []
          : [{ message: `the image "${link.url}" does not exist in the content folder's assets/`, fix: 'add the file there, or correct the name' }];
      }
      return checkSitePath(target.href, context);
  }
}

function checkSitePath(url: string, context: LinkContext): Finding[] {
  const hashAt = url.indexOf('#');
  const pathPart = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0];
  const anchor = hashAt >= 0 ? url.slice(hashAt + 1) : undefined;
  const segments = pathPart.split('/').filter(Boolean);
  const { site, notices } = context;
  if (segments.length === 0) return [];

  const [slug, second, ...rest] = segments;
  if (site.locales.includes(slug) && !notices.has(slug)) {
    const without = `/${segments.slice(1).join('/')}${segments.length > 1 ? '/' : ''}${anchor !== undefined ? `#${anchor}` : ''}`;
    return [
      {
        message: `the link "${url}" names a language`,
        fix: `write ${without}: the site adds each reader’s own language`,
      },
    ];
  }
  const notice = notices.get(slug);
  if (!notice) {
    const closest = findClosest(slug, notices.keys());
    return [
      {
        message: `the link "${url}" goes to a notice that does not exist`,
        fix: closest
          ? `did you mean /${closest}/?`
          : `link to one of the notices: ${formatList([...notices.keys()].map((s) => `/${s}/`))}`,
      },
    ];
  }
  if (!pathPart.endsWith('/')) {
    return [{ message: `the link "${url}" lacks the final "/"`, fix: `write ${pathPart}/${url.slice(pathPart.length)}` }];
  }
  if (rest.length > 0 || (second !== undefined && second !== 'history' && !DATE.test(second))) {
    return [
      {
        message: `the link "${url}" is not a page of the ${slug} notice`,
        fix: `link to /${slug}/ (the version in effect), /${slug}/YYYY-MM-DD/ (one version) or /${slug}/history/`,
      },
    ];
  }
  if (second === 'history') return [];
  if (second !== undefined) {
    const version = notice.versions.find((v) => v.date === second);
    if (!version) {
      return [
        {
          message: `the link "${url}" goes to a version of ${slug} that does not exist`,
          fix: `${slug} has versions ${formatList(notice.versions.map((v) => v.date))}; link to one of them, or to /${slug}/ for the version in effect`,
        },
      ];
    }
    if (anchor === undefined) return [];
    const target = getReaderText(version, context);
    return checkAnchor(url, anchor, target, context);
  }
  if (anchor === undefined) return [];
  // The section must exist in the version in effect when the linking text takes effect; while the
  // linking text is current, readers follow the link today too.
  const targets = new Set<NoticeVersion>();
  const then = getDisplayedVersion(notice.versions, context.version.date);
  if (then) targets.add(then);
  if (context.version.status === 'current') {
    const now = getCurrentVersion(notice.versions, site.now);
    if (now) targets.add(now);
  }
  for (const version of targets) {
    const target = getReaderText(version, context);
    const when = version === then ? 'the version in effect when this text takes effect' : 'the version in effect now';
    const findings = checkAnchor(url, anchor, target, context, when);
    if (findings.length) return findings;
  }
  return [];
}

/** Names a text the way the content folder does: `notices/policy/2024-01-01/en.mdx`. */
function describeText(text: NoticeText): string {
  return `notices/${text.notice}/${text.date}/${text.locale}.mdx`;
}

/** The text a reader in the linking text's locale gets for a version: their own, or the source as a fallback. */
function getReaderText(version: NoticeVersion, context: LinkContext): NoticeText {
  return resolveTranslation(version.texts, context.text.locale, version.sourceLocale).text;
}

/** `when` says which version of the target was checked, when the link does not name one. */
function checkAnchor(url: string, anchor: string, target: NoticeText, context: LinkContext, when?: string): Finding[] {
  if (anchor === '') {
    return [{ message: `the link "${url}" ends in an empty "#"`, fix: 'remove the "#", or add the anchor of a section after it' }];
  }
  const { headings, anchors } = target.compiled.outline;
  const ids = [...headings.map((h) => h.id), ...anchors.map((a) => a.id)];
  let wanted = anchor;
  try {
    wanted = decodeURIComponent(anchor);
  } catch {
    // A malformed escape cannot match any anchor; the message below says so.
  }
  if (ids.includes(wanted)) return [];
  const closest = findClosest(wanted, ids);
  const prefix = url.slice(0, url.length - anchor.length);
  const own = target === context.text;
  return [
    {
      message: own
        ? `the link "${url}" goes to a section that this text does not have`
        : `the link "${url}" goes to a section that ${describeText(target)} does not have${when ? ` (${when})` : ''}`,
      fix: closest
        ? `did you mean ${prefix}${closest}?`
        : ids.length
          ? `link to one of its sections: ${formatList(ids.map((id) => `#${id}`))}`
          : 'that text has no headings to link to; link to the page itself',
    },
  ];
}
