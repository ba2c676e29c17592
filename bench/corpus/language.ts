// What each benchmark language provides to turn a language-neutral notice plan into text.

/** How many sentence patterns every language has; a plan's sentence picks one by index. */
export const SENTENCE_PATTERNS = 12;

/** How many numbers a sentence plan carries; each pattern reads the ones it needs. */
export const SLOTS = 6;

/** A retention period, shared by all languages so tables agree across translations. */
export interface Duration {
  amount: number;
  unit: 'day' | 'month' | 'year';
}

export const DURATIONS: readonly Duration[] = [
  { amount: 30, unit: 'day' },
  { amount: 90, unit: 'day' },
  { amount: 6, unit: 'month' },
  { amount: 12, unit: 'month' },
  { amount: 13, unit: 'month' },
  { amount: 24, unit: 'month' },
  { amount: 3, unit: 'year' },
  { amount: 5, unit: 'year' },
  { amount: 7, unit: 'year' },
  { amount: 10, unit: 'year' },
];

/** What changed in a version, with section titles already in the text's language. */
export interface ChangeSummary {
  edited: number;
  added: string;
  removed: string;
  moved: string;
}

export interface Language {
  code: string;
  /** One sentence from pattern `pattern` (0 ≤ pattern < SENTENCE_PATTERNS), its words chosen by `slots`. */
  sentence(pattern: number, slots: readonly number[]): string;
  /** The bold lead of a bullet item, e.g. "**Invoices:**". */
  term(slot: number): string;
  tableHeader(): string[];
  tableRow(slots: readonly number[]): string[];
  noticeLink(title: string, href: string, variant: number): string;
  sectionLink(title: string, href: string, variant: number): string;
  emailSentence(address: string, variant: number): string;
  intro(organisation: string, product: string, date: string, variant: number): string;
  summary(organisation: string, product: string, variant: number): string;
  changes(summary: ChangeSummary): string;
  /** A link title is used mid-sentence: the language decides whether it keeps its capital. */
  inlineTitle(title: string): string;
}

/** Picks an item by a raw slot value, so one slot means the same word every time. */
export function at<T>(items: readonly T[], slot: number): T {
  return items[slot % items.length];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
