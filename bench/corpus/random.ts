// A small seeded pseudo-random generator, so that one seed always yields the same benchmark corpus.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
  /** A raw slot value for vocabulary lookups: any non-negative integer below 2^30. */
  slot(): number;
}

/**
 * mulberry32: a 32-bit generator with good enough statistics for test data and one line of state.
 * Math.random cannot be seeded, and the corpus must be byte-identical for one seed.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[int(0, items.length - 1)];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    slot: () => Math.floor(next() * 2 ** 30),
  };
}

/** Derives an independent seed for one part of the corpus, so adding a notice does not reshuffle the others. */
export function deriveSeed(seed: number, ...parts: (number | string)[]): number {
  // FNV-1a over the seed and the parts: cheap, stable across platforms.
  let hash = 0x811c9dc5;
  for (const char of [seed, ...parts].join('/')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
