// Corrections of published texts, as recorded in the published-version lock, for readers to see.

import type { NoticeText } from './content.ts';
import { getLockKey, type Correction, type PublishedLock } from './published-lock.ts';

export type { Correction };

/** Looks up the corrections of a text; an empty list when there are none or no lock. */
export type CorrectionLookup = (text: NoticeText) => Correction[];

export function createCorrectionLookup(contentDir: string, lock: PublishedLock | undefined): CorrectionLookup {
  return (text) => lock?.files[getLockKey(contentDir, text.absolutePath)]?.corrections ?? [];
}
