// Step: read the content folder, and find the notice or version a command names.

import type { Notice, NoticeVersion, Site } from '../../lib/content.ts';
import { inspectSite } from '../../lib/content.ts';
import type { Context } from '../context.ts';
import { CliProblem } from '../problems.ts';

/**
 * Loads the site for a command. Problems in unrelated files do not stop a command (`npm run check`
 * reports them); only content that cannot be read at all does.
 */
export function loadSiteForCommand(context: Pick<Context<unknown>, 'settings'>): Site {
  const { contentDir, now } = context.settings();
  const { site, problems } = inspectSite(contentDir, now);
  if (!site) throw new CliProblem(problems.filter((p) => p.severity === 'error'));
  return site;
}

export function findNotice(site: Site, slug: string, display: (path: string) => string): Notice {
  const notice = site.notices.find((n) => n.slug === slug);
  if (notice) return notice;
  throw new CliProblem({
    file: display(`${site.contentDir}/notices/${slug}`),
    severity: 'error',
    message: `there is no notice "${slug}"`,
    fix: `use one of: ${site.notices.map((n) => n.slug).join(', ') || 'none yet'}, or create it with "npm run notice -- new ${slug}"`,
  });
}

export function findVersion(
  site: Site,
  notice: Notice,
  date: string,
  display: (path: string) => string,
): NoticeVersion {
  const version = notice.versions.find((v) => v.date === date);
  if (version) return version;
  throw new CliProblem({
    file: display(`${site.contentDir}/notices/${notice.slug}/${date}`),
    severity: 'error',
    message: `notice "${notice.slug}" has no version dated ${date}`,
    fix: `use one of its versions: ${notice.versions.map((v) => v.date).join(', ')}`,
  });
}

export function requireLocale(site: Site, locale: string, display: (path: string) => string): void {
  if (site.locales.includes(locale)) return;
  throw new CliProblem({
    file: display(`${site.contentDir}/site.yaml`),
    severity: 'error',
    message: `"${locale}" is not one of the site's locales`,
    fix: `use one of: ${site.locales.join(', ')}`,
  });
}
