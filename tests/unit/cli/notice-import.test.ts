// `npm run notice -- import`: writes an imported text into the right version folder, safely.

import fs from 'node:fs';
import path from 'node:path';
import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, fixturesDir, writeFile } from '../../helpers/fixtures.ts';

const read = (root: string, relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');
const sample = (name: string) => path.join(fixturesDir, 'import', name);

describe('notice import', () => {
  it('writes a plain-text notice dated by its "last updated" line and lists the new notice in the sidebar', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['import', sample('terms.txt'), '--notice', 'terms', '--locale', 'en'], { cwd });
    expect(run.code).toBe(0);
    const written = read(cwd, 'content/notices/terms/2021-07-01/en.mdx');
    expect(written.startsWith('---\ntitle: TERMS OF SERVICE\nsummary: These terms apply when you use Lindholm Cycles, the bike-sharing service run by Lindholm Cycles AB.\n---\n\nThese terms apply')).toBe(true);
    expect(run.stdout).toContain("  - the summary is the text's first sentence: make it say what the notice covers.\n");
    expect(run.stdout).toContain('  - compared with the source: every word of its 5 headings, 7 paragraphs, 7 list items, 0 table cells reached the text, in order.\n');
    expect(written).toContain('\n## 1. WHO WE ARE {#who-we-are}\n');
    expect(read(cwd, 'content/site.yaml')).toContain('      - notice: cookies\n      - notice: terms\n');
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'Created content/notices/terms/2021-07-01/en.mdx',
      'Updated content/site.yaml: added "- notice: terms" to the sidebar group "Privacy"',
    ]);
  });

  it('uses --date and --title over the text, saying so when the dates differ', async () => {
    const cwd = copyBasic();
    const run = await runCli(
      noticeProgram,
      ['import', sample('terms.txt'), '--notice', 'terms', '--locale', 'en', '--date', '2021-08-01', '--title', 'Terms of service'],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('The text says 2021-07-01, but --date is 2021-08-01: using 2021-08-01.\n');
    expect(read(cwd, 'content/notices/terms/2021-08-01/en.mdx')).toMatch(/^---\ntitle: Terms of service\n/);
  });

  it('gives a translation the anchors of the source text of the same version, and a "changes" prompt after the first version', async () => {
    const cwd = copyBasic();
    writeFile(cwd, 'import/policy-fr.md', '# Politique\n\n## Qui sommes-nous\n\nTexte.\n\n## Vos droits\n\n- accès.\n\n### Réclamations\n\nÉcrivez-nous.\n');
    const run = await runCli(
      noticeProgram,
      ['import', 'import/policy-fr.md', '--notice', 'policy', '--locale', 'fr', '--date', '2026-06-01'],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(read(cwd, 'content/notices/policy/2026-06-01/fr.mdx')).toBe(
      [
        '---',
        'title: Politique',
        'summary: Dites en une ou deux phrases ce que couvre cet avis.',
        'changes: Décrivez ce qui a changé pour les lecteurs.',
        'material: false',
        '---',
        '',
        '## Qui sommes-nous {#who-we-are}',
        '',
        'Texte.',
        '',
        '## Vos droits {#your-rights}',
        '',
        '- accès.',
        '',
        '### Réclamations {#complaints}',
        '',
        'Écrivez-nous.',
        '',
      ].join('\n'),
    );
  });

  it('converts HTML and lists what it removed for review', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['import', sample('privacy.html'), '--notice', 'cookies', '--locale', 'fr', '--date', '2026-01-01'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'content/notices/cookies/2026-01-01/fr.mdx')).toContain('\n## Vos droits {#vos-droits}\n');
    expect(run.stdout).toContain(
      'Review:\n  - Removed a <style> element: notices may not contain styles.\n',
    );
    expect(run.stdout).toContain('  - There is no en text for 2026-01-01 yet, so anchors were made from this text\'s headings: align them with the source\'s.\n');
  });

  it('refuses to overwrite a text without --force, and replaces it with --force', async () => {
    const cwd = copyBasic();
    const args = ['import', sample('cookies.md'), '--notice', 'cookies', '--locale', 'en', '--date', '2025-01-01'];
    const refused = await runCli(noticeProgram, args, { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'The text says 2024-03-01, but --date is 2025-01-01: using 2025-01-01.\n' +
        'content/notices/cookies/2025-01-01/en.mdx  error  this version already has its en text — add --force to replace it, or edit the file instead\n',
    );
    expect(read(cwd, 'content/notices/cookies/2025-01-01/en.mdx')).toContain('one strictly necessary cookie');
    const forced = await runCli(noticeProgram, [...args, '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(read(cwd, 'content/notices/cookies/2025-01-01/en.mdx')).toContain('Curly \\{braces\\}');
  });

  it('makes the language of a new notice its source, and says what to do for a text in another language than an existing notice\'s', async () => {
    const cwd = copyBasic();
    writeFile(cwd, 'tillagg.txt', 'Tillägg för Kalifornien\nSenast uppdaterad: 1 juli 2021\n\nDet här tillägget gäller invånare i Kalifornien och deras rättigheter enligt lagen.\n');
    const fresh = await runCli(noticeProgram, ['import', 'tillagg.txt', '--notice', 'ccpa', '--locale', 'sv'], { cwd });
    expect(fresh.code).toBe(0);
    expect(read(cwd, 'content/notices/ccpa/notice.yaml')).toBe('# The language this notice is written in; its other languages are translations of it.\nsourceLocale: sv\n');
    expect(fresh.stdout).toContain('  - sv is the source language of the new notice ccpa (recorded in notices/ccpa/notice.yaml); the site\'s other notices keep en.\n');
    const translation = await runCli(noticeProgram, ['import', 'tillagg.txt', '--notice', 'policy', '--locale', 'sv', '--date', '2026-08-01'], { cwd });
    expect(translation.code).toBe(0);
    expect(translation.stdout).toContain(
      '  - policy is written in en, and the version of 2026-08-01 has no en.mdx: add it (this text is its sv translation), or, if sv is the language policy is written in, set "sourceLocale: sv" in notices/policy/notice.yaml. npm run check fails until then.\n',
    );
  });

  it('asks for a title rather than making one from the file name', async () => {
    const cwd = copyBasic();
    writeFile(cwd, 'untitled.txt', 'Last updated: 1 July 2021\n\nWe keep your data safe and tell you when anything changes.\n');
    const run = await runCli(noticeProgram, ['import', 'untitled.txt', '--notice', 'terms', '--locale', 'en'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('untitled.txt  error  the text has no title: no frontmatter title, no level-1 heading, no title line before its date — give the title with --title "…", in the language of the text\n');
  });

  it('needs a date when the text has no "last updated" line', async () => {
    const cwd = copyBasic();
    writeFile(cwd, 'notice.txt', 'Some text without a date.\n');
    const run = await runCli(noticeProgram, ['import', 'notice.txt', '--notice', 'terms', '--locale', 'en'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'notice.txt  error  the text has no "Last updated" or "Effective date" line, so its effective date is unknown — give the date with --date YYYY-MM-DD\n',
    );
  });

  it('prints the converted text under --dry-run and writes nothing', async () => {
    const cwd = copyBasic();
    const before = read(cwd, 'content/site.yaml');
    const run = await runCli(noticeProgram, ['import', sample('terms.txt'), '--notice', 'terms', '--locale', 'en', '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'content/notices/terms'))).toBe(false);
    expect(read(cwd, 'content/site.yaml')).toBe(before);
    expect(run.stdout).toContain('Would create content/notices/terms/2021-07-01/en.mdx:\n---\ntitle: TERMS OF SERVICE\n');
  });

  it('refuses a missing file, an unknown locale and an unknown format', async () => {
    const cwd = copyBasic();
    const missing = await runCli(noticeProgram, ['import', 'nope.html', '--notice', 'terms', '--locale', 'en'], { cwd });
    expect(missing.stderr).toBe('nope.html  error  there is no file to import here — check the path; it is read relative to the folder you run the command in\n');
    const locale = await runCli(noticeProgram, ['import', sample('terms.txt'), '--notice', 'terms', '--locale', 'de'], { cwd });
    expect(locale.code).toBe(1);
    expect(locale.stderr).toBe('content/site.yaml  error  "de" is not one of the site\'s locales — use one of: sv, fr, en\n');
    const format = await runCli(noticeProgram, ['import', sample('terms.txt'), '--notice', 'terms', '--locale', 'en', '--format', 'pdf'], { cwd });
    expect(format.code).toBe(2);
    expect(format.stderr.split('\n')[0]).toBe('error: --format must be html, markdown or text, not "pdf"');
  });
});
