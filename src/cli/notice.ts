// `npm run notice -- <command>`: the legal editors' tools for notices and their versions.

import { fileURLToPath } from 'node:url';
import { runProgram, type Program } from './command.ts';
import { noticeAnnounce } from './commands/notice-announce.ts';
import { noticeCorrect } from './commands/notice-correct.ts';
import { noticeDiff } from './commands/notice-diff.ts';
import { noticeImport } from './commands/notice-import.ts';
import { noticeLock } from './commands/notice-lock.ts';
import { noticeNew } from './commands/notice-new.ts';
import { noticeReviewed } from './commands/notice-reviewed.ts';
import { noticeVersion } from './commands/notice-version.ts';
import { getProcessIO } from './io.ts';

export const noticeProgram: Program = {
  name: 'notice',
  summary: 'Tools for legal editors: start notices and versions, import texts, record corrections and reviews, show redlines, announce changes.',
  commands: [noticeNew, noticeVersion, noticeImport, noticeCorrect, noticeReviewed, noticeLock, noticeDiff, noticeAnnounce],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runProgram(noticeProgram, process.argv.slice(2), getProcessIO());
}
