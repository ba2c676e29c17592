// `npm run notice -- new`: scaffolds a notice and lists it in the sidebar without disturbing site.yaml.

import fs from 'node:fs';
import path from 'node:path';
import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { addNoticeToSidebar } from '../../../src/cli/steps/add-to-sidebar.ts';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, writeFile } from '../../helpers/fixtures.ts';

const read = (root: string, relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');

describe('notice new', () => {
  it('writes the first version with placeholders and appends the notice to the first sidebar group', async () => {
    const cwd = copyBasic();
    const siteBefore = read(cwd, 'content/site.yaml');
    const run = await runCli(noticeProgram, ['new', 'terms-of-use', '--title', 'Terms: of use', '--date', '2026-07-01'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'content/notices/terms-of-use/2026-07-01/en.mdx')).toBe(
      [
        '---',
        'title: "Terms: of use"',
        'summary: Say in one or two sentences what this notice covers.',
        '---',
        '',
        '## Introduction {#introduction}',
        '',
        'Replace this paragraph with the text of the notice.',
        '',
      ].join('\n'),
    );
    expect(read(cwd, 'content/site.yaml')).toBe(
      siteBefore.replace('      - notice: cookies\n', '      - notice: cookies\n      - notice: terms-of-use\n'),
    );
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'Created content/notices/terms-of-use/2026-07-01/en.mdx',
      'Updated content/site.yaml: added "- notice: terms-of-use" to the sidebar group "Privacy"',
    ]);
    expect(run.stdout).toContain('  2. Add translations next to it as sv.mdx, fr.mdx.');
  });

  it('dates the version PARAGRAF_NOW and titles it from the name when neither is given', async () => {
    const cwd = copyBasic();
    await runCli(noticeProgram, ['new', 'data-processing-terms'], { cwd, env: { PARAGRAF_NOW: '2026-03-04' } });
    expect(read(cwd, 'content/notices/data-processing-terms/2026-03-04/en.mdx')).toMatch(/^---\ntitle: Data processing terms\n/);
  });

  it('prints what it would write under --dry-run and writes nothing', async () => {
    const cwd = copyBasic();
    const siteBefore = read(cwd, 'content/site.yaml');
    const run = await runCli(noticeProgram, ['new', 'terms-of-use', '--date', '2026-07-01', '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'content/notices/terms-of-use'))).toBe(false);
    expect(read(cwd, 'content/site.yaml')).toBe(siteBefore);
    expect(run.stdout).toBe(
      [
        'Dry run: nothing was written.',
        'Would create content/notices/terms-of-use/2026-07-01/en.mdx:',
        '---',
        'title: Terms of use',
        'summary: Say in one or two sentences what this notice covers.',
        '---',
        '',
        '## Introduction {#introduction}',
        '',
        'Replace this paragraph with the text of the notice.',
        'Would update content/site.yaml: added "- notice: terms-of-use" to the sidebar group "Privacy"',
        '',
      ].join('\n'),
    );
  });

  it('refuses a notice that already exists', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['new', 'cookies'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/notices/cookies  error  notice "cookies" already exists — start a new version of it with "npm run notice -- version cookies --date YYYY-MM-DD", or choose another name\n',
    );
  });

  it('refuses a name that is not lowercase and hyphenated', async () => {
    const cwd = copyBasic();
    for (const name of ['Terms', 'terms_of_use', 'terms--of-use', 'terms-']) {
      const run = await runCli(noticeProgram, ['new', name], { cwd });
      expect(run.code, name).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        `error: "${name}" is not a valid notice name: use lowercase letters, digits and single hyphens, e.g. "cookie-notice"`,
      );
    }
    expect(fs.readdirSync(path.join(cwd, 'content/notices')).sort()).toEqual(['cookies', 'policy']);
  });

  it('keeps comments, folded text and quoting in site.yaml exactly as they were', async () => {
    const cwd = copyBasic();
    const yaml = read(cwd, 'content/site.yaml')
      .replace('organisation: Example Fixture Org', '# Our legal center.\norganisation: "Example Fixture Org"')
      .replace(
        "  en: The fixture's English introduction.",
        "  en: >-\n    The fixture's English introduction, long enough that a YAML writer would wrap it somewhere\n    else than where the editor did.",
      )
      .replace('      - notice: cookies\n', '      - notice: cookies # the cookie policy\n    # Links come last.\n');
    writeFile(cwd, 'content/site.yaml', yaml);
    const run = await runCli(noticeProgram, ['new', 'terms-of-use'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'content/site.yaml')).toBe(
      yaml.replace('# the cookie policy\n', '# the cookie policy\n      - notice: terms-of-use\n'),
    );
  });
});

describe('addNoticeToSidebar', () => {
  it('leaves site.yaml alone when any group already lists the notice', () => {
    const yaml = 'sidebar:\n  - label: { en: A }\n    items:\n      - notice: a\n  - label: { en: B }\n    items:\n      - notice: b\n';
    expect(addNoticeToSidebar(yaml, 'b', 'en')).toBeUndefined();
  });

  it('adds to a flow-style list through the YAML document', () => {
    const yaml = 'sidebar:\n  - label: { en: A }\n    items: [{ notice: a }]\n';
    const edit = addNoticeToSidebar(yaml, 'b', 'en');
    expect(edit?.group).toBe('A');
    expect(edit?.text).toBe('sidebar:\n  - label: { en: A }\n    items: [ { notice: a }, { notice: b } ]\n');
  });

  it('writes the source language of a notice that is not written in the site\'s, with placeholders in that language', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['new', 'ccpa', '--locale', 'sv', '--date', '2027-01-01', '--title', 'Tillägg'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'content/notices/ccpa/notice.yaml'), 'utf8')).toContain('sourceLocale: sv\n');
    const text = fs.readFileSync(path.join(cwd, 'content/notices/ccpa/2027-01-01/sv.mdx'), 'utf8');
    expect(text).toContain('summary: Beskriv med en eller två meningar vad det här meddelandet handlar om.\n');
    expect(text).toContain('## Inledning {#introduction}\n\nErsätt det här stycket med meddelandets text.\n');
  });
});
