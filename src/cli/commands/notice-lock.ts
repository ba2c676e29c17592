// `npm run notice -- lock`: records the hash of every published text the lock does not know yet.

import { getLockPath, lockPublished, serializeLock } from '../../lib/published-lock.ts';
import { defineCommand } from '../command.ts';
import { loadSiteForCommand } from '../steps/load-site.ts';
import { loadLockForCommand } from '../steps/published-lock.ts';
import { upgradeLock } from '../steps/upgrade-lock.ts';
import { writePlannedFiles } from '../steps/write-files.ts';

export const noticeLock = defineCommand({
  name: 'lock',
  summary: 'Record the published texts in published.lock.json',
  args: [],
  options: {
    upgrade: {
      type: 'boolean',
      description: 'Upgrade a lock written by Paragraf 0.1 (lockfileVersion 1), after checking that no locked text changed',
    },
  },
  writes: true,
  description: [
    'Adds a hash for every text of a version in effect on the build date (PARAGRAF_NOW or today) that the lock does\n' +
      'not list yet. Existing entries are never changed — a published text that was edited needs "npm run notice -- correct" —\n' +
      'except for texts that are not on the main branch yet (PARAGRAF_MAIN_BRANCH, default main): those were never\n' +
      'published, so a text locked on a branch and tidied since is recorded anew.',
    'A hash covers what readers get: the published frontmatter fields and the body. Recording fields such as\n' +
      'translatedFrom, and the file\'s formatting (YAML quoting, line endings, a byte-order mark), do not change it.',
  ],
  examples: ['npm run notice -- lock', 'npm run notice -- lock --upgrade'],
  run(context) {
    const site = loadSiteForCommand(context);
    if (context.options.upgrade) {
      const absolutePath = getLockPath(site.contentDir);
      const { lock, count } = upgradeLock(site, absolutePath);
      writePlannedFiles(context, [
        { absolutePath, content: serializeLock(lock), change: `upgraded to lockfileVersion 2; ${count} texts checked and recorded anew` },
      ]);
      return;
    }
    const { absolutePath, lock } = loadLockForCommand(site.contentDir);
    const updated = lockPublished(site, lock, context.mainBranch);
    const added = Object.keys(updated.files).filter((key) => !lock.files[key]);
    const renewed = Object.keys(updated.files).filter(
      (key) => lock.files[key] && JSON.stringify(lock.files[key]) !== JSON.stringify(updated.files[key]),
    );
    if (added.length === 0 && renewed.length === 0) {
      const count = Object.keys(lock.files).length;
      context.print(`All published texts are already locked (${count} in ${context.display(absolutePath)}); nothing to do.`);
      return;
    }
    const noun = (n: number) => (n === 1 ? 'text' : 'texts');
    const changes = [
      ...(added.length ? [`recorded ${added.length} published ${noun(added.length)}`] : []),
      ...(renewed.length ? [`recorded ${renewed.length} ${noun(renewed.length)} anew that changed since locked but are not on the ${context.mainBranch.name} branch yet`] : []),
    ];
    writePlannedFiles(context, [{ absolutePath, content: serializeLock(updated), change: changes.join('; ') }]);
    for (const key of [...added, ...renewed].sort()) context.print(`  ${key}`);
  },
});
