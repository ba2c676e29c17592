// Texts the CLI writes for an editor to replace; kept in one place so messages and tests can name them.

/** The summary of a scaffolded notice. */
export const SUMMARY_PLACEHOLDER = 'Say in one or two sentences what this notice covers.';

/** The "what changed" summary of a new version. */
export const CHANGES_PLACEHOLDER = 'Describe what changed for readers.';

/** The first section of a scaffolded notice. */
export const BODY_PLACEHOLDER = '## Introduction {#introduction}\n\nReplace this paragraph with the text of the notice.\n';

/** A readable first title from a notice's slug: `terms-of-use` → `Terms of use`. */
export function getTitleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
