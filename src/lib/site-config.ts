// Reads and validates site.yaml: the organisation, the locales, the sidebar and the site's settings.

import path from 'node:path';
import { displayPath, type Problem } from './errors.ts';
import { siteSchema, type SiteConfig } from './schemas.ts';
import { describeFileKind, readTextFile } from './text-file.ts';
import { readLink } from './urls.ts';
import { describeIssue, formatPath, parseYamlSource, validateYaml } from './yaml-source.ts';

/** Reads `<contentDir>/site.yaml`; problems are added to `problems`, and undefined returned on any error. */
export function readSiteConfig(contentDir: string, problems: Problem[]): SiteConfig | undefined {
  const absolute = path.join(contentDir, 'site.yaml');
  const file = displayPath(absolute);
  if (describeFileKind(absolute) === 'missing') {
    problems.push({
      file,
      severity: 'error',
      message: 'site.yaml is missing',
      fix: 'create it with organisation, url, sourceLocale, locales, intro, privacyNotice and sidebar (see README "Content layout")',
    });
    return undefined;
  }
  const text = readTextFile(absolute, { file }, problems);
  if (!text) return undefined;
  const source = parseYamlSource(text.text, file);
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
  value.locales.forEach((locale, index) => {
    if (locale.dateLocale === undefined) return;
    let supported: string[] = [];
    try {
      supported = Intl.DateTimeFormat.supportedLocalesOf(locale.dateLocale);
    } catch {
      // An invalid tag throws; it is reported below like an unsupported one.
    }
    if (supported.length === 0) {
      problems.push({
        ...at(['locales', index, 'dateLocale']),
        severity: 'error',
        message: `dateLocale "${locale.dateLocale}" is not a locale that dates can be written in`,
        fix: 'use a BCP 47 locale such as en-GB, sv-SE or fr-FR, or remove dateLocale to use the locale code',
      });
    }
  });
  value.checks?.translations?.promised?.forEach((code, index) => {
    if (codes.includes(code)) return;
    problems.push({
      ...at(['checks', 'translations', 'promised', index]),
      severity: 'error',
      message: `"checks.translations.promised" lists "${code}", which is not a configured locale`,
      fix: `list locale codes from "locales" (${codes.join(', ')}), or remove "${code}"`,
    });
  });
  checkTranslated(['intro'], value.intro);
  value.sidebar.forEach((group, g) => {
    checkTranslated(['sidebar', g, 'label'], group.label);
    group.items.forEach((item, i) => {
      if ('label' in item) {
        checkTranslated(['sidebar', g, 'items', i, 'label'], item.label);
        const target = readLink(item.href);
        const secure = target.kind === 'site' || (target.kind === 'web' && target.secure);
        if (!secure || target.href !== item.href) {
          problems.push({
            ...at(['sidebar', g, 'items', i, 'href']),
            severity: 'error',
            message: `sidebar link "${item.href}" is neither an https:// address nor a path on this site`,
            fix: 'use an https:// address, or a path of this site that starts with a single /, e.g. /privacy-notice/',
          });
        }
      }
    });
  });
  return problems.some((p) => p.severity === 'error') ? undefined : value;
}

/**
 * The origins remote images may come from, for the pages' Content-Security-Policy. It reads site.yaml
 * quietly: a broken site.yaml is reported by the content check, which runs before any page is built.
 */
export function getImageOrigins(contentDir: string): string[] {
  const hosts = readSiteConfig(contentDir, [])?.images?.remoteHosts ?? [];
  return hosts.map((host) => `https://${host}`);
}
