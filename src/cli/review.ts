// `npm run review -- --base <ref>`: the pull-request summary for legal reviewers, as Markdown.

import { fileURLToPath } from 'node:url';
import { runSingleCommandProgram, type Program } from './command.ts';
import { review } from './commands/review.ts';
import { getProcessIO } from './io.ts';

export const reviewProgram: Program = {
  name: 'review',
  summary: 'Summarise for legal reviewers what a pull request changes in the notices, as Markdown.',
  commands: [review],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runSingleCommandProgram(reviewProgram, process.argv.slice(2), getProcessIO());
}
