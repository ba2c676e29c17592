// `npm run i18n -- <command>`: the translators' tools for notice texts.

import { fileURLToPath } from 'node:url';
import { runProgram, type Program } from './command.ts';
import { i18nDone } from './commands/i18n-done.ts';
import { i18nExport } from './commands/i18n-export.ts';
import { i18nImport } from './commands/i18n-import.ts';
import { i18nStatus } from './commands/i18n-status.ts';
import { getProcessIO } from './io.ts';

export const i18nProgram: Program = {
  name: 'i18n',
  summary:
    'Tools for translators: see which notice translations are done, missing or stale, mark them done, and exchange\n' +
    'texts with translation tools as XLIFF 2.0 (export, import).',
  commands: [i18nStatus, i18nDone, i18nExport, i18nImport],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runProgram(i18nProgram, process.argv.slice(2), getProcessIO());
}
