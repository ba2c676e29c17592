// Texts the CLI writes for an editor to replace, in each language it writes them in; the check refuses
// to publish any of them, so they are kept in one place.

export interface Placeholders {
  /** The summary of a new or imported notice. */
  summary: string;
  /** The "what changed" summary of a new version. */
  changes: string;
  /** The heading of the first section of a scaffolded notice. */
  section: string;
  /** The paragraph of that first section. */
  paragraph: string;
}

const PLACEHOLDERS: Readonly<Record<string, Placeholders>> = {
  en: {
    summary: 'Say in one or two sentences what this notice covers.',
    changes: 'Describe what changed for readers.',
    section: 'Introduction',
    paragraph: 'Replace this paragraph with the text of the notice.',
  },
  sv: {
    summary: 'Beskriv med en eller två meningar vad det här meddelandet handlar om.',
    changes: 'Beskriv vad som har ändrats för läsarna.',
    section: 'Inledning',
    paragraph: 'Ersätt det här stycket med meddelandets text.',
  },
  fr: {
    summary: 'Dites en une ou deux phrases ce que couvre cet avis.',
    changes: 'Décrivez ce qui a changé pour les lecteurs.',
    section: 'Introduction',
    paragraph: 'Remplacez ce paragraphe par le texte de l’avis.',
  },
};

/** The placeholders in a language; English for a language Paragraf has none in. */
export function getPlaceholders(locale: string): Placeholders {
  return Object.hasOwn(PLACEHOLDERS, locale) ? PLACEHOLDERS[locale] : PLACEHOLDERS.en;
}

/** The body of a scaffolded notice: one section whose paragraph the editor replaces. */
export function getBodyPlaceholder(locale: string): string {
  const { section, paragraph } = getPlaceholders(locale);
  return `## ${section} {#introduction}\n\n${paragraph}\n`;
}

/** Every placeholder the CLI writes for `field`, in every language. */
export function listPlaceholders(field: keyof Placeholders): string[] {
  return Object.values(PLACEHOLDERS).map((placeholders) => placeholders[field]);
}

/** A readable first title from a notice's slug: `terms-of-use` → `Terms of use`. */
export function getTitleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
