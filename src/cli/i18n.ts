// `npm run i18n -- <command>`: the translators' tools for notice texts.

import { fileURLToPath } from 'node:url';
import { runProgram, type Program } from './command.ts';
import { i18nDone } from './commands/i18n-done.ts';
import { i18nStatus } from './commands/i18n-status.ts';
import { getProcessIO } from './io.ts';

export const i18nProgram: Program = {
  name: 'i18n',
  summary: 'Tools for translators: see which notice translations are done, missing or stale, and mark them done.',
  commands: [i18nStatus, i18nDone],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runProgram(i18nProgram, process.argv.slice(2), getProcessIO());
}
