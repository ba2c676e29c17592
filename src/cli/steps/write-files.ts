// Step: write what a command planned, or under --dry-run print it and write nothing.

import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.ts';

export interface PlannedWrite {
  absolutePath: string;
  content: string;
  /** Shown after the path, e.g. `added "- notice: terms" to the sidebar`; new files print their content instead. */
  change?: string;
}

export function writePlannedFiles(
  context: Pick<Context<unknown>, 'dryRun' | 'print' | 'display'>,
  writes: PlannedWrite[],
): void {
  if (context.dryRun) {
    context.print('Dry run: nothing was written.');
    for (const write of writes) {
      const exists = fs.existsSync(write.absolutePath);
      const where = context.display(write.absolutePath);
      if (exists && write.change) {
        context.print(`Would update ${where}: ${write.change}`);
      } else {
        context.print(`Would ${exists ? 'overwrite' : 'create'} ${where}:`);
        context.print(write.content.replace(/\n$/, ''));
      }
    }
    return;
  }
  for (const write of writes) {
    const exists = fs.existsSync(write.absolutePath);
    fs.mkdirSync(path.dirname(write.absolutePath), { recursive: true });
    fs.writeFileSync(write.absolutePath, write.content);
    const where = context.display(write.absolutePath);
    context.print(exists ? `Updated ${where}${write.change ? `: ${write.change}` : ''}` : `Created ${where}`);
  }
}
