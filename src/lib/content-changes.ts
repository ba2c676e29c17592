// A count of the content changes the dev server has seen. The dev server's watcher counts them (see
// src/integration/paragraf.ts) and the site data reloads when the count has moved, so a preview shows
// an edited notice, and every page derived from it (redlines, history, feeds), on the next request.

// A global symbol: the integration and the pages are loaded as different module instances.
const CHANGES = Symbol.for('paragraf.contentChanges');

type WithChanges = typeof globalThis & { [CHANGES]?: number };

export function noteContentChange(): void {
  (globalThis as WithChanges)[CHANGES] = getContentChanges() + 1;
}

export function getContentChanges(): number {
  return (globalThis as WithChanges)[CHANGES] ?? 0;
}
