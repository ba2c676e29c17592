// The baseline's one collection: every notice text of the benchmark corpus, with the same ids Paragraf uses.

import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = process.env.BENCH_BASELINE_CONTENT;
if (!content) throw new Error('Set BENCH_BASELINE_CONTENT to a benchmark corpus folder (npm run bench does).');

export const collections = {
  notices: defineCollection({
    loader: glob({
      pattern: '*/*/*.mdx',
      base: path.join(content, 'notices'),
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
  }),
};
