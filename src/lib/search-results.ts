// What the search page's script does with Pagefind's results before showing them: one result per
// passage (an earlier version that reads the same as the one in effect is left out), excerpts marked
// with an ellipsis where they cut a sentence, and the count in the language's plural form.
// Plain functions without Node or Astro imports: the script bundles this file.

export type ResultStatus = 'current' | 'upcoming' | 'archived';

export interface ResultCandidate {
  /** The result's address; its second path segment is the notice. */
  url: string;
  status?: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matches. */
  excerpt: string;
}

const STATUS_RANK: Record<string, number> = { current: 0, upcoming: 1, archived: 2 };

/**
 * Keeps one result per notice, section and passage: where versions read the same, the one in effect
 * (else the upcoming, else the newest archived one) stands where the first of them stood.
 */
export function dedupeResults<T extends ResultCandidate>(results: readonly T[]): T[] {
  const kept = new Map<string, { index: number; result: T }>();
  const order: string[] = [];
  for (const [index, result] of results.entries()) {
    const key = `${getNoticeOfUrl(result.url)}#${result.url.split('#')[1] ?? ''}\u0000${getExcerptText(result.excerpt)}`;
    const existing = kept.get(key);
    if (!existing) {
      kept.set(key, { index, result });
      order.push(key);
    } else if (rank(result.status) < rank(existing.result.status)) {
      kept.set(key, { index: existing.index, result });
    }
  }
  return order.map((key) => kept.get(key)!.result);
}

/** "…" before an excerpt that starts inside a sentence, and after one that stops inside one. */
export function addEllipses(excerpt: string): string {
  const text = getExcerptText(excerpt).trim();
  if (!text) return excerpt;
  const startsSentence = /^[\p{Lu}\p{N}«“"„¿¡(]/u.test(text);
  const endsSentence = /[.!?…:;»”")]$/u.test(text);
  return `${startsSentence ? '' : '… '}${excerpt.trim()}${endsSentence ? '' : ' …'}`;
}

/** The count message for `count` in the language's plural form, e.g. "1 result", "2 results". */
export function formatCount(forms: Readonly<Record<string, string>>, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  return (forms[category] ?? forms.other ?? '{count}').replace('{count}', new Intl.NumberFormat(locale).format(count));
}

function getNoticeOfUrl(url: string): string {
  return url.split('#')[0].split('/')[2] ?? '';
}

function getExcerptText(excerpt: string): string {
  return excerpt.replace(/<\/?mark>/g, '').replace(/\s+/g, ' ');
}

function rank(status: string | undefined): number {
  return STATUS_RANK[status ?? ''] ?? 3;
}
