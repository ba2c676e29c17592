// The shapes editors write: site.yaml, notice frontmatter and interface-string files.

import { z } from 'zod';
import { isRealDate } from './dates.ts';

/** A text given once per configured locale, e.g. `{ en: Privacy, sv: Integritet }`. */
export const translatedText = z.record(z.string(), z.string().min(1));

export const localeSchema = z
  .object({
    /** BCP 47 language code used in URLs and `<html lang>`, e.g. `sv`. */
    code: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as "sv" or "fr"'),
    /** The language's name in that language, shown in the language switcher, e.g. `Svenska`. */
    label: z.string().min(1),
    /** The Intl locale for dates when it differs from `code`, e.g. `en-GB` for "1 July 2021". */
    dateLocale: z.string().optional(),
  })
  .strict();

export const sidebarNoticeItem = z
  .object({
    /** Slug of a notice folder under notices/; its title comes from each locale's frontmatter. */
    notice: z.string().min(1),
  })
  .strict();

export const sidebarLinkItem = z
  .object({
    /** The link text per locale. */
    label: translatedText,
    /** An https:// address, or a path on this site. */
    href: z.string().min(1),
  })
  .strict();

export const sidebarGroup = z
  .object({
    /** The group heading per locale. */
    label: translatedText,
    /** Notices and links in the order shown. */
    items: z.array(z.union([sidebarNoticeItem, sidebarLinkItem])).min(1),
  })
  .strict();

/**
 * Limits for the readability warning of `npm run check`, per language. The defaults live in
 * src/lib/checks/readability.ts; a limit given here replaces the default for that language.
 */
export const readabilityChecksSchema = z
  .object({
    /** Swedish: warn when a text's LIX is above this (default 50: "hard", the level of official documents). */
    sv: z.object({ maxLix: z.number().positive().optional() }).strict().optional(),
    /** French: warn when a text's Kandel–Moles score is below this (default 40: "difficult"). */
    fr: z.object({ minKandelMoles: z.number().optional() }).strict().optional(),
    /** English: warn when a text's Flesch reading ease is below this (default 40: "difficult"). */
    en: z.object({ minFlesch: z.number().optional() }).strict().optional(),
  })
  .strict();

/** A phrase `npm run check` accepts, matched without regard to case, e.g. `some of the data`. */
const acceptedPhrase = z.string().trim().min(1);

export const reviewChecksSchema = z
  .object({
    /**
     * Warn when the version of a notice in effect has been neither reviewed nor replaced for more than
     * this many months (default 12: California asks for a yearly update, Civ. Code §1798.130(a)(5)).
     */
    months: z.number().int().positive().optional(),
  })
  .strict();

export const hedgeChecksSchema = z
  .object({
    /** Phrases with a hedge that the lawyers accept, in any language, e.g. `some of the cookies`; a hedge inside one is not reported. */
    allow: z.array(acceptedPhrase).optional(),
  })
  .strict();

export const foreignPassageChecksSchema = z
  .object({
    /** Passages in another language that need no mark, such as names, e.g. `Kvarnby Labs AB`. */
    allow: z.array(acceptedPhrase).optional(),
  })
  .strict();

export const firstLayerChecksSchema = z
  .object({
    /** Slugs of the notices that should open with a first layer (<KeyPoints>); default: the privacy notice (`privacyNotice`). */
    notices: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const translationChecksSchema = z
  .object({
    /**
     * The languages readers are promised every version in, e.g. `[sv, fr]`: an upcoming version with a
     * missing or stale translation in one of them is an error, since it would take effect without it, and
     * a missing translation of the version in effect is a warning. Default: none, so a version may take
     * effect with the source text as the fallback. Stale translations are warnings in every language.
     */
    promised: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const checksSchema = z
  .object({
    /** Readability limits; see readabilityChecksSchema. */
    readability: readabilityChecksSchema.optional(),
    /** The yearly review; see reviewChecksSchema. */
    review: reviewChecksSchema.optional(),
    /** Words that weaken commitments ("may", "vissa", "certains"); see hedgeChecksSchema. */
    hedges: hedgeChecksSchema.optional(),
    /** Passages in another language that are not marked with <Lang>; see foreignPassageChecksSchema. */
    foreignPassages: foreignPassageChecksSchema.optional(),
    /** Which notices need a first layer; see firstLayerChecksSchema. */
    firstLayer: firstLayerChecksSchema.optional(),
    /** Which languages every version must be translated into before it takes effect; see translationChecksSchema. */
    translations: translationChecksSchema.optional(),
  })
  .strict();

export const imagesSchema = z
  .object({
    /**
     * Hosts that notices may show images from over https, e.g. `cdn.example.com`. Empty by default:
     * a remote image tells its host who reads the notice. Each host is added to the pages' CSP.
     */
    remoteHosts: z.array(z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z]{2,}$/, 'a host name such as cdn.example.com')).optional(),
  })
  .strict();

export type ReadabilityChecks = z.infer<typeof readabilityChecksSchema>;
export type ChecksConfig = z.infer<typeof checksSchema>;

export const siteSchema = z
  .object({
    /** The organisation that publishes the notices, shown in every page header. */
    organisation: z.string().min(1),
    /** The public address of the published site, used for canonical links and print. */
    url: z.url({ protocol: /^https?$/ }),
    /** The locale whose text is authoritative; other locales translate it. */
    sourceLocale: z.string().min(1),
    /** Every locale the site publishes, in the order of the language switcher. */
    locales: z.array(localeSchema).min(1),
    /** The short paragraph that opens each locale's home page. */
    intro: translatedText,
    /** Slug of the notice the footer's privacy link points to. */
    privacyNotice: z.string().min(1),
    /** Where readers write with questions about the notices, e.g. `privacy@example.com`; announcements of changes name it. */
    contact: z.email().optional(),
    /** The sidebar of legal resources shown on every page. */
    sidebar: z.array(sidebarGroup).min(1),
    /** Settings of `npm run check`; every one has a default. */
    checks: checksSchema.optional(),
    /** Images in notices; by default only files in the content folder's assets/ are shown. */
    images: imagesSchema.optional(),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
export type SidebarItemConfig = z.infer<typeof sidebarNoticeItem> | z.infer<typeof sidebarLinkItem>;

export const frontmatterSchema = z
  .object({
    /** The notice's title in this language. */
    title: z.string().min(1),
    /** One or two sentences on what the notice covers, shown on the home page. */
    summary: z.string().min(1),
    /** What changed since the previous version; required on every version after the first. */
    changes: z.string().min(1).optional(),
    /** Whether the change affects readers' rights or the processing described. */
    material: z.boolean().optional(),
    /** In a translation: the sha256 of the source-locale file it was translated from (written by `npm run i18n -- done`). */
    translatedFrom: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'the sha256 hash of the source text, 64 hexadecimal characters')
      .optional(),
    /**
     * In the source text: the day the version was last reviewed and found still accurate, YYYY-MM-DD
     * (written by `npm run notice -- reviewed`). A record, not part of the published text.
     */
    reviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written as YYYY-MM-DD, e.g. 2026-11-30')
      .refine(isRealDate, 'a real day written as YYYY-MM-DD, e.g. 2026-11-30')
      .optional(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** The frontmatter fields a notice file may have, for "did you mean" on an unknown one. */
export const FRONTMATTER_FIELDS: readonly string[] = Object.keys(frontmatterSchema.shape);

/** The name of the optional settings file in a notice's folder: `notices/<notice>/notice.yaml`. */
export const NOTICE_SETTINGS_FILE = 'notice.yaml';

export const noticeSettingsSchema = z
  .object({
    /**
     * The notice's authoritative language, when it is not the site's `sourceLocale` (a Swedish-only
     * regional notice, say). Every version needs a text in it; the other languages translate it.
     */
    sourceLocale: z.string().min(1).optional(),
  })
  .strict();

export type NoticeSettings = z.infer<typeof noticeSettingsSchema>;

/**
 * Frontmatter fields that keep records about a text rather than say anything to readers. They are
 * left out of the hash the published-version lock records, so writing them is not an edit.
 */
export const RECORD_KEEPING_FIELDS: ReadonlySet<string> = new Set(['translatedFrom', 'reviewed']);

/** A locale file: flat dotted keys to strings. */
export const localeFileSchema = z.record(z.string(), z.string());

/** The name of the optional terminology file in the content folder: `glossary.yaml`. */
export const GLOSSARY_FILE = 'glossary.yaml';

/** A term's agreed wording in one language, or several accepted wordings with the preferred one first. */
const termForms = z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]);

/** The fields of a glossary term other than its wording in each language, for "did you mean". */
export const GLOSSARY_TERM_FIELDS: readonly string[] = ['id', 'note', 'notices', 'forbidden'];

export const glossaryTermSchema = z
  .object({
    /** A name for the term, e.g. `personal-data`; lowercase words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens, e.g. personal-data'),
    /** What the term means, or when to use it, for translators. */
    note: z.string().min(1).optional(),
    /** Slugs of the notices the term is checked in, when it is a term of some notices only (a CCPA term); default: all. */
    notices: z.array(z.string().min(1)).min(1).optional(),
    /** Wordings a text in a language must not use for the term, e.g. `fr: [données à caractère personnel]`. */
    forbidden: z.record(z.string(), z.array(z.string().trim().min(1)).min(1)).optional(),
  })
  // Every other key is a locale code with the term's wording in that language, e.g. `sv: personuppgifter`.
  .catchall(termForms);

export const glossarySchema = z
  .object({
    /** The legal terms every translation renders the same way. */
    terms: z.array(glossaryTermSchema),
  })
  .strict();

export type GlossaryConfig = z.infer<typeof glossarySchema>;
