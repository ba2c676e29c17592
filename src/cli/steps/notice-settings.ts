// Step: record a notice's own source language in its notices/<notice>/notice.yaml.

import path from 'node:path';
import { Document } from 'yaml';
import { NOTICE_SETTINGS_FILE } from '../../lib/schemas.ts';
import type { PlannedWrite } from './write-files.ts';

/** The notice.yaml that makes `sourceLocale` the language the notice is written in and translated from. */
export function planNoticeSettings(noticeDir: string, sourceLocale: string): PlannedWrite {
  const yaml = new Document({ sourceLocale }).toString();
  return {
    absolutePath: path.join(noticeDir, NOTICE_SETTINGS_FILE),
    content: `# The language this notice is written in; its other languages are translations of it.\n${yaml}`,
    change: `sourceLocale: ${sourceLocale}`,
  };
}
