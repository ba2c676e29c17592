// The ready-to-send announcement of a new version, per language, as plain text and HTML: what changes,
// from when, where to read the redline and the new text, and whom to ask — for the dedicated channel
// (e-mail, in-app message) that the EDPB transparency guidelines ask for (WP260 ¶29).

import { getCompareLink, type Comparison } from './comparisons.ts';
import { getDateLocale, type Notice, type NoticeVersion, type Site } from './content.ts';
import { formatDate } from './dates.ts';
import { diffBlocks } from './diff/index.ts';
import { escapeXml } from './feed.ts';
import type { Translate } from './i18n.ts';
import { getAbsoluteUrl, getNoticeUrl, getVersionUrl } from './routes.ts';
import { resolveTranslation } from './versions.ts';

export interface Announcement {
  locale: string;
  subject: string;
  /** Plain text, lines separated by "\n". */
  text: string;
  /** An HTML fragment in one element with the announcement's `lang`. */
  html: string;
}

/** One paragraph of the announcement: text, an optional link, and the language of the text when it differs. */
interface Part {
  kind: 'paragraph' | 'heading' | 'item';
  text: string;
  url?: string;
  lang?: string;
}

/** Builds the announcement of `version` for readers of `locale`. */
export function buildAnnouncement(
  site: Site,
  notice: Notice,
  version: NoticeVersion,
  locale: string,
  t: Translate,
  comparisons: readonly Comparison[],
): Announcement {
  const dateLocale = getDateLocale(site, locale);
  const date = formatDate(version.date, dateLocale);
  const { text, locale: textLocale } = resolveTranslation(version.texts, locale, version.sourceLocale);
  const other = (lang: string) => (lang === locale ? undefined : lang);
  const title = text.frontmatter.title;
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  const parts: Part[] = [];

  parts.push({ kind: 'paragraph', text: t(version.date > site.now ? 'announce.intro' : 'announce.introPast', { title, date, organisation: site.config.organisation }) });
  const previous = version.previous;
  if (previous && version.date > site.now) {
    parts.push({ kind: 'paragraph', text: t('announce.untilThen', { date: formatDate(previous.date, dateLocale) }) });
  }
  parts.push({ kind: 'heading', text: t('announce.whatChanges') });
  parts.push(text.frontmatter.changes ? { kind: 'paragraph', text: text.frontmatter.changes, lang: other(textLocale) } : { kind: 'paragraph', text: t('announce.newNotice') });

  const redline = getCompareLink(comparisons, { notice: notice.slug, from: previous?.date, to: version.date, locale, sourceLocale: notice.sourceLocale });
  if (previous && redline) {
    const diff = diffBlocks(previous.texts[redline.locale].compiled.blocks, version.texts[redline.locale].compiled.blocks, redline.locale);
    const sections = diff.sections.filter((s) => s.changed || s.moved).map((s) => s.title || t('compare.introduction'));
    // Section names are named only in the reader's language; a redline in the source language gives the count.
    if (sections.length && redline.locale === locale) parts.push({ kind: 'item', text: t('announce.sections', { count: sections.length, sections: sections.join(', ') }) });
    else if (sections.length) parts.push({ kind: 'item', text: t('announce.sectionCount', { count: sections.length }) });
    parts.push({ kind: 'item', text: t('announce.words', { added: diff.stats.wordsAdded, removed: diff.stats.wordsRemoved }) });
  }
  parts.push({ kind: 'heading', text: t('announce.whereToRead') });
  parts.push({ kind: 'item', text: t('announce.readNew'), url: absolute(getVersionUrl(locale, notice.slug, version.date)) });
  if (redline) {
    const language = redline.locale === locale ? '' : ` ${t('announce.inLanguage', { language: describeLanguage(redline.locale, locale) })}`;
    parts.push({ kind: 'item', text: `${t('announce.readRedline')}${language}`, url: absolute(redline.url) });
  }
  parts.push({ kind: 'heading', text: t('announce.questionsHeading') });
  parts.push(
    site.config.contact
      ? { kind: 'paragraph', text: t('announce.questions', { contact: site.config.contact }), url: `mailto:${site.config.contact}` }
      : { kind: 'paragraph', text: t('announce.questionsInNotice'), url: absolute(getNoticeUrl(locale, notice.slug)) },
  );
  const subject = t('announce.subject', { title, date });
  const link = (label: string, url: string) => t('announce.link', { text: label, url });
  const foreignTitle = textLocale === locale ? undefined : { text: title, lang: textLocale };
  return { locale, subject, text: formatText(subject, parts, link), html: formatHtml(subject, parts, locale, foreignTitle) };
}

function formatText(subject: string, parts: readonly Part[], link: (text: string, url: string) => string): string {
  const lines = [subject, ''];
  for (const part of parts) {
    const withUrl = part.url && !part.url.startsWith('mailto:') ? link(part.text, part.url) : part.text;
    if (part.kind === 'heading') lines.push('', part.text);
    else lines.push(part.kind === 'item' ? `- ${withUrl}` : withUrl);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** The announcement as HTML; a title in another language (the source text's) is marked wherever it is quoted. */
function formatHtml(subject: string, parts: readonly Part[], locale: string, foreignTitle?: { text: string; lang: string }): string {
  const escape = (text: string) => {
    const escaped = escapeXml(text);
    if (!foreignTitle) return escaped;
    const title = escapeXml(foreignTitle.text);
    return escaped.split(title).join(`<span lang="${escapeXml(foreignTitle.lang)}">${title}</span>`);
  };
  const lines = [`<div lang="${escapeXml(locale)}">`, `<h1>${escape(subject)}</h1>`];
  let inList = false;
  for (const part of parts) {
    if (part.kind === 'item' && !inList) lines.push('<ul>');
    if (part.kind !== 'item' && inList) lines.push('</ul>');
    inList = part.kind === 'item';
    const lang = part.lang ? ` lang="${escapeXml(part.lang)}"` : '';
    // A part in another language as a whole (the source text's summary) carries its own lang instead.
    const text = part.lang ? escapeXml(part.text) : escape(part.text);
    const content = part.url ? `<a href="${escapeXml(part.url)}">${text}</a>` : text;
    const tag = part.kind === 'heading' ? 'h2' : part.kind === 'item' ? 'li' : 'p';
    lines.push(`<${tag}${lang}>${content}</${tag}>`);
  }
  if (inList) lines.push('</ul>');
  lines.push('</div>');
  return `${lines.join('\n')}\n`;
}

function describeLanguage(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}
