// `npm run notice -- announce`: the ready-to-send announcement of a new version in each language (WP260 ¶29).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, editFile, projectRoot } from '../../helpers/fixtures.ts';

const env = { PARAGRAF_NOW: '2026-12-01', PARAGRAF_LOCALES: path.join(projectRoot, 'locales') };
const announce = (args: string[]) => runCli(noticeProgram, ['announce', ...args], { cwd: copyFixture('presentation'), env });

describe('npm run notice -- announce', () => {
  it('prints the English announcement as a subject, plain text and HTML: what changes, from when, where to read it, whom to ask', async () => {
    const run = await announce(['privacy', '2027-02-01', '--locale', 'en']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        '===== en: subject =====',
        'Changes to our Privacy notice from 1 February 2027',
        '===== en: plain text =====',
        'Changes to our Privacy notice from 1 February 2027',
        '',
        'On 1 February 2027, a new version of the Privacy notice of Presentation Fixture AB takes effect.',
        'Until then, the version of 10 January 2026 applies.',
        '',
        'What changes',
        'We now also use your data to send you a monthly summary, and you can object to it.',
        '- 3 sections change: Introduction, Purposes, Your rights.',
        '- Words added: 30. Words removed: 0.',
        '',
        'Where to read it',
        '- The new version: https://legal.presentation.example/en/privacy/2027-02-01/',
        '- Every change, marked up: https://legal.presentation.example/en/privacy/compare/2026-01-10..2027-02-01/',
        '',
        'Questions or objections',
        'If you have questions about the change or object to it, write to privacy@presentation.example.',
        '===== en: HTML =====',
        '<div lang="en">',
        '<h1>Changes to our Privacy notice from 1 February 2027</h1>',
        '<p>On 1 February 2027, a new version of the Privacy notice of Presentation Fixture AB takes effect.</p>',
        '<p>Until then, the version of 10 January 2026 applies.</p>',
        '<h2>What changes</h2>',
        '<p>We now also use your data to send you a monthly summary, and you can object to it.</p>',
        '<ul>',
        '<li>3 sections change: Introduction, Purposes, Your rights.</li>',
        '<li>Words added: 30. Words removed: 0.</li>',
        '</ul>',
        '<h2>Where to read it</h2>',
        '<ul>',
        '<li><a href="https://legal.presentation.example/en/privacy/2027-02-01/">The new version</a></li>',
        '<li><a href="https://legal.presentation.example/en/privacy/compare/2026-01-10..2027-02-01/">Every change, marked up</a></li>',
        '</ul>',
        '<h2>Questions or objections</h2>',
        '<p><a href="mailto:privacy@presentation.example">If you have questions about the change or object to it, write to privacy@presentation.example.</a></p>',
        '</div>',
        '',
      ].join('\n'),
    );
  });

  it('prints the three announcements, Swedish, French and English, when no locale is given', async () => {
    const { stdout } = await announce(['privacy', '2027-02-01']);
    expect(stdout.match(/^===== (\w+): subject =====$/gm)).toEqual(['===== sv: subject =====', '===== fr: subject =====', '===== en: subject =====']);
    expect(stdout).toContain('Ändringar i ”Integritetspolicy” från 1 februari 2027\n===== sv: plain text');
    expect(stdout).toContain('- Alla ändringar, markerade: https://legal.presentation.example/sv/privacy/compare/2026-01-10..2027-02-01/');
    expect(stdout).toContain('Om du har frågor om ändringen eller vill invända mot den kan du skriva till privacy@presentation.example.');
  });

  it('gives French readers, whose language lacks the new version, the English summary and redline, marked as English', async () => {
    const { stdout } = await announce(['privacy', '2027-02-01', '--locale', 'fr']);
    expect(stdout).toContain('Le 1er février 2027, une nouvelle version du document « Privacy notice » de Presentation Fixture AB entre en vigueur.');
    expect(stdout).toContain(
      '- Toutes les modifications, signalées (en anglais, le texte qui fait foi) : https://legal.presentation.example/en/privacy/compare/2026-01-10..2027-02-01/',
    );
    expect(stdout).toContain('<p lang="en">We now also use your data to send you a monthly summary, and you can object to it.</p>');
    expect(stdout).toContain('<h1>Modifications de notre document « <span lang="en">Privacy notice</span> » à compter du 1er février 2027</h1>');
    expect(stdout).toContain('<li>3 sections changent.</li>');
  });

  it('escapes what the texts say in the HTML', async () => {
    const root = copyFixture('presentation');
    editFile(root, 'content/notices/privacy/2027-02-01/en.mdx', 'changes: We now', 'changes: <b>We</b> & now');
    const { stdout } = await runCli(noticeProgram, ['announce', 'privacy', '2027-02-01', '--locale', 'en'], { cwd: root, env });
    expect(stdout).toContain('<p>&lt;b&gt;We&lt;/b&gt; &amp; now also use your data');
  });

  it('notes on stderr when the version is already in effect', async () => {
    const run = await announce(['privacy', '2026-01-10', '--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('Note: the version of 2026-01-10 is already in effect (today is 2026-12-01); announce changes before they take effect.\n');
    expect(run.stdout).toContain('This is a new notice.');
  });
});
