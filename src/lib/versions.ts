// Which version of a notice applies on a given day, and which text a reader in a locale gets.

export type VersionStatus = 'current' | 'archived' | 'upcoming';

export interface Dated {
  /** Effective date, YYYY-MM-DD. */
  date: string;
}

/**
 * Gives each version its status on `now`: the newest version on or before `now` is current,
 * older ones are archived, later ones upcoming. Dates compare as text because they are ISO.
 */
export function getVersionStatuses<T extends Dated>(versions: readonly T[], now: string): Map<T, VersionStatus> {
  const current = getCurrentVersion(versions, now);
  return new Map(
    versions.map((version) => [
      version,
      version === current ? 'current' : version.date > now ? 'upcoming' : 'archived',
    ]),
  );
}

/** The newest version in effect on `now`, or undefined when every version is upcoming. */
export function getCurrentVersion<T extends Dated>(versions: readonly T[], now: string): T | undefined {
  let current: T | undefined;
  for (const version of versions) {
    if (version.date <= now && (!current || version.date > current.date)) current = version;
  }
  return current;
}

/** The first version that takes effect after `now`, if one is published. */
export function getNextVersion<T extends Dated>(versions: readonly T[], now: string): T | undefined {
  let next: T | undefined;
  for (const version of versions) {
    if (version.date > now && (!next || version.date < next.date)) next = version;
  }
  return next;
}

/** The version a notice's main URL shows: the current one, or the earliest upcoming one before any takes effect. */
export function getDisplayedVersion<T extends Dated>(versions: readonly T[], now: string): T | undefined {
  return getCurrentVersion(versions, now) ?? getNextVersion(versions, now);
}

export interface Resolved<Text> {
  text: Text;
  /** The locale of the text the reader gets. */
  locale: string;
  /** True when the requested locale lacks this version and the source text is shown instead. */
  fallback: boolean;
}

/**
 * Picks the text of one version for a reader in `locale`. A missing translation falls back to the
 * authoritative source text of the *same* version — never to an older translation.
 */
export function resolveTranslation<Text>(
  texts: Readonly<Record<string, Text>>,
  locale: string,
  sourceLocale: string,
): Resolved<Text> {
  const own = texts[locale];
  if (own) return { text: own, locale, fallback: false };
  const source = texts[sourceLocale];
  if (!source) throw new Error(`This version has no ${sourceLocale} text to fall back on.`);
  return { text: source, locale: sourceLocale, fallback: true };
}
