// What a notice page shows for one version in one language: its dates, banners, what changed, the
// corrections, the contents and the text, all computed here so the templates only render.

import { getCompareLink } from '../comparisons.ts';
import { getDateLocale } from '../content.ts';
import type { Correction } from '../corrections.ts';
import { formatDate } from '../dates.ts';
import { formatDateMessage, type DateMessagePart, type Translate } from '../i18n.ts';
import { localizeNoticeHtml } from '../markdown/render.ts';
import type { NoticePage } from '../pages.ts';
import { getReviewDate } from '../review.ts';
import { getAbsoluteUrl, getHistoryUrl, getNoticeUrl, getVersionUrl } from '../routes.ts';
import type { VersionStatus } from '../versions.ts';
import { getNoticeContents, type ContentsData } from './contents.ts';
import { getCompareLinkView, type PageLink, type RouteContext } from './context.ts';
import { getLayoutData, type LayoutData } from './layout.ts';

export interface Banner {
  kind: 'archived' | 'upcoming' | 'changing' | 'fallback' | 'outdated';
  message: DateMessagePart[];
  links: PageLink[];
}

/** A version's "what changed" summary, as a notice or the home page shows it. */
export interface ChangeSummary {
  text: string;
  /** Set when the summary is in another language than the page. */
  lang?: string;
  /** Whether the change affects readers' rights; undefined when the editors did not say. */
  material?: boolean;
  /** The redline against the version before. */
  compare?: PageLink;
}

/** The first layer of key points (WP260 ¶35–36), rendered, with its heading. */
export interface KeyPointsData {
  heading: string;
  html: string;
  /** The points' language when it is not the page's (a fallback text). */
  lang?: string;
}

export interface CorrectionView {
  label: DateMessagePart[];
  reason: string;
}

export interface NoticeRouteData {
  layout: LayoutData;
  status: VersionStatus;
  /** Whether the search index takes this page. */
  indexed: boolean;
  title: string;
  /** The language of the text, title and contents when it is not the page's (a fallback page). */
  textLang?: string;
  /** The effective date, and the same date as readers read it, for search results. */
  date: string;
  dateText: string;
  /** "Last updated: …", "Effective from … to …" or "Takes effect on …". */
  dateLine: DateMessagePart[];
  /** "Reviewed: …" when the version in effect records a review after it took effect. */
  reviewedLine?: DateMessagePart[];
  historyUrl: string;
  printedFrom: string;
  /** The first layer, when the text has one. */
  keyPoints?: KeyPointsData;
  banners: Banner[];
  changes?: ChangeSummary;
  corrections: CorrectionView[];
  /**
   * The one line that stands for the change summary and the corrections while they are folded away, so
   * that on a phone the text comes first: "What changed in this version", the kind of change, how many
   * corrections. Absent when there is neither.
   */
  versionNotes?: { label: string; kind?: { material: boolean; label: string }; corrections?: string };
  contents: ContentsData;
  html: string;
}

export function getNoticeRouteData(context: RouteContext, page: NoticePage): NoticeRouteData {
  const { site, translations, noticeSlugs } = context;
  const { locale, notice, version, successor } = page;
  const t = translations.forLocale(locale);
  const dateLocale = getDateLocale(site, locale);
  const message = (key: string, dates: Record<string, string>, values?: Record<string, unknown>) =>
    formatDateMessage(t, key, dates, dateLocale, values);
  const { html, outline, keyPointsHtml } = page.text.compiled;
  // The content model refuses to load a text that did not compile; this only guards against a bug.
  if (html === undefined) throw new Error(`Paragraf has no HTML for ${page.text.file}.`);
  const { title, summary } = page.text.frontmatter;
  const textLang = page.fallback ? page.textLocale : undefined;
  const documentTitle =
    version.status === 'current' ? title : t('notice.titleWithDate', { title, date: formatDate(version.date, dateLocale) });
  const reviewed = version.status === 'current' ? getReviewDate(version, site.now) : undefined;
  const changes = getChangeSummary(
    context,
    page.text.frontmatter,
    { locale, notice: notice.slug, sourceLocale: notice.sourceLocale, from: version.previous?.date, to: version.date, textLocale: page.textLocale },
    t,
  );

  const banners = getBanners(context, page, t, message);
  const corrections = getCorrectionViews(page.corrections, t, dateLocale);
  const versionNotes: NoticeRouteData['versionNotes'] =
    changes || corrections.length > 0
      ? {
          label: t(changes ? 'notice.changesHeading' : 'notice.correctionsHeading'),
          ...(changes?.material !== undefined
            ? { kind: { material: changes.material, label: t(changes.material ? 'history.material' : 'history.editorial') } }
            : {}),
          ...(changes && corrections.length > 0 ? { corrections: t('notice.correctionCount', { count: corrections.length }) } : {}),
        }
      : undefined;
  return {
    layout: getLayoutData(context, {
      locale,
      title: documentTitle,
      description: summary,
      languages: page.languages,
      notice: notice.slug,
      path: page.url,
      canonicalPath: page.canonicalUrl,
      announcesUpcoming: banners.some((banner) => banner.kind === 'changing' || banner.kind === 'upcoming'),
    }),
    status: version.status,
    indexed: page.indexed,
    title,
    ...(textLang ? { textLang } : {}),
    date: version.date,
    dateText: formatDate(version.date, dateLocale),
    dateLine:
      version.status === 'upcoming'
        ? message('notice.effective', { date: version.date })
        : version.status === 'archived' && successor
          ? message('notice.effectiveFromTo', { from: version.date, until: successor.date })
          : message('notice.lastUpdated', { date: version.date }),
    ...(reviewed ? { reviewedLine: message('notice.reviewed', { date: reviewed }) } : {}),
    historyUrl: getHistoryUrl(locale, notice.slug),
    printedFrom: t('notice.printedFrom', { url: getAbsoluteUrl(site.config.url, page.permanentUrl) }),
    banners,
    ...(keyPointsHtml ? { keyPoints: { heading: t('keyPoints.heading'), html: localizeNoticeHtml(keyPointsHtml, locale, noticeSlugs), ...(textLang ? { lang: textLang } : {}) } } : {}),
    ...(changes ? { changes } : {}),
    corrections,
    ...(versionNotes ? { versionNotes } : {}),
    contents: getNoticeContents(outline.headings, t('notice.contents'), textLang),
    html: localizeNoticeHtml(html, locale, noticeSlugs),
  };
}

function getBanners(
  context: RouteContext,
  page: NoticePage,
  t: Translate,
  message: (key: string, dates: Record<string, string>, values?: Record<string, unknown>) => DateMessagePart[],
): Banner[] {
  const { locale, notice, version, current, next, successor } = page;
  const compare = (from: string | undefined, to: string | undefined, text: string): PageLink[] => {
    const link = getCompareLink(context.comparisons, { notice: notice.slug, from, to, locale });
    return link ? [{ href: link.url, text }] : [];
  };
  // What is about to change is linked in every language: in the source language when the reader's lacks a text.
  const upcomingChanges = (from: string, to: string): PageLink[] => {
    const link = getCompareLink(context.comparisons, { notice: notice.slug, from, to, locale, sourceLocale: notice.sourceLocale });
    return link ? [getCompareLinkView(link, locale, t, 'banner.seeUpcomingChanges', 'banner.seeUpcomingChangesIn')] : [];
  };
  const readCurrent: PageLink = { href: getNoticeUrl(locale, notice.slug), text: t('banner.readCurrent') };
  const banners: Banner[] = [];
  if (version.status === 'archived' && successor) {
    banners.push({
      kind: 'archived',
      message: message('banner.archived', { from: version.date, until: successor.date }),
      links: [readCurrent, ...compare(version.date, current?.date, t('banner.seeChanges'))],
    });
  }
  if (version.status === 'upcoming') {
    banners.push({
      kind: 'upcoming',
      message: current
        ? message('banner.upcoming', { date: version.date, current: current.date })
        : message('banner.upcomingNoCurrent', { date: version.date }),
      links: current ? [readCurrent] : [],
    });
  }
  if (version.status === 'current' && next) {
    banners.push({
      kind: 'changing',
      message: message('banner.changing', { date: next.date }),
      links: [
        { href: getVersionUrl(locale, notice.slug, next.date), text: t('banner.readNext') },
        ...upcomingChanges(version.date, next.date),
      ],
    });
  }
  if (page.fallback) {
    const language = new Intl.DisplayNames([locale], { type: 'language' }).of(page.textLocale) ?? page.textLocale;
    banners.push({ kind: 'fallback', message: [{ text: t('banner.fallback', { language }) }], links: [] });
  }
  if (page.outdated) {
    // Readers of a translation that lags behind its source are told so, and sent to the source text itself.
    const { sourceLocale, correctedOn } = page.outdated;
    const language = new Intl.DisplayNames([locale], { type: 'language' }).of(sourceLocale) ?? sourceLocale;
    const href = page.isMainUrl ? getNoticeUrl(sourceLocale, notice.slug) : getVersionUrl(sourceLocale, notice.slug, version.date);
    banners.push({
      kind: 'outdated',
      message: correctedOn
        ? message('banner.outdatedCorrected', { date: correctedOn }, { language })
        : message('banner.outdated', {}, { language }),
      links: [{ href, text: t('banner.readSource', { language }), hreflang: sourceLocale }],
    });
  }
  return banners;
}

/**
 * A version's "what changed" summary with its material flag and a link to its redline — in the
 * reader's language, or in the source language, marked as such, when the reader's lacks the text.
 */
export function getChangeSummary(
  context: RouteContext,
  frontmatter: { changes?: string; material?: boolean },
  request: { locale: string; notice: string; sourceLocale: string; from?: string; to: string; textLocale: string },
  t: Translate,
  /** Whether the version is still to take effect, so the link says what changes rather than what changed. */
  upcoming = false,
): ChangeSummary | undefined {
  const { locale, notice, sourceLocale, from, to, textLocale } = request;
  const keys = upcoming ? (['banner.seeUpcomingChanges', 'banner.seeUpcomingChangesIn'] as const) : (['notice.seeChanges', 'notice.seeChangesIn'] as const);
  if (!from || !frontmatter.changes) return undefined;
  const link = getCompareLink(context.comparisons, { notice, from, to, locale, sourceLocale });
  return {
    text: frontmatter.changes,
    ...(textLocale === locale ? {} : { lang: textLocale }),
    ...(frontmatter.material === undefined ? {} : { material: frontmatter.material }),
    ...(link ? { compare: getCompareLinkView(link, locale, t, keys[0], keys[1]) } : {}),
  };
}

export function getCorrectionViews(corrections: readonly Correction[], t: Translate, dateLocale: string): CorrectionView[] {
  return corrections.map((correction) => ({
    label: formatDateMessage(t, 'corrections.label', { date: correction.date }, dateLocale),
    reason: correction.reason,
  }));
}
