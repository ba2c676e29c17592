// A notice file with code in it stops the build before the MDX compiler could run that code; the allow-list renders.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, fixturesDir, writeFile } from '../helpers/fixtures.ts';
import { readPage, textOf } from '../helpers/html.ts';

const COOKIES_EN = 'content/notices/cookies/2025-01-01/en.mdx';

describe('a build with unsafe MDX', () => {
  it('fails naming the file, line and fix of an export, and publishes nothing', () => {
    const root = copyFixture('basic');
    writeFile(root, COOKIES_EN, fs.readFileSync(path.join(fixturesDir, 'checks', 'safe-mdx', 'export.mdx'), 'utf8'));
    const outDir = path.join(root, 'dist');
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir });
    expect(status).not.toBe(0);
    // The export is one of the problems; editing a published text and dropping its link are others.
    expect(output).toMatch(/Paragraf found \d+ problems in the content; nothing was published\./);
    expect(output).toContain(
      `${path.join(root, COOKIES_EN)}:6:1  error  an "export" line is not allowed in a notice: notice texts may not contain code — remove the line`,
    );
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('never runs the code: an export that would write a file leaves no file behind', () => {
    const root = copyFixture('basic');
    const marker = path.join(root, 'code-ran.txt');
    writeFile(
      root,
      COOKIES_EN,
      `---\ntitle: Cookie policy\nsummary: Cookies.\n---\n\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n## Cookies {#cookies}\n\nText.\n`,
    );
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'dist') });
    expect(status).not.toBe(0);
    expect(output).toContain(`${path.join(root, COOKIES_EN)}:6:1  error  an "export" line is not allowed`);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('renders the one allowed component, <Callout>, as a note with its Markdown and localised links', () => {
    const root = copyFixture('basic');
    // Built for a day before the cookie notice takes effect, so its text is not yet locked, and
    // without its translations, whose structure would differ from the new text.
    writeFile(root, COOKIES_EN, fs.readFileSync(path.join(fixturesDir, 'checks', 'safe-mdx', 'allowed.mdx'), 'utf8'));
    fs.rmSync(path.join(root, 'content/notices/cookies/2025-01-01/fr.mdx'));
    fs.rmSync(path.join(root, 'content/notices/cookies/2025-01-01/sv.mdx'));
    const lockPath = path.join(root, 'content/published.lock.json');
    const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
    for (const key of Object.keys(lock.files)) if (key.startsWith('notices/cookies/')) delete lock.files[key];
    fs.writeFileSync(lockPath, JSON.stringify(lock));
    const outDir = path.join(root, 'dist');
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir, now: '2024-06-01' });
    expect(status, output).toBe(0);
    const page = readPage(outDir, '/en/cookies/');
    const callouts = page.querySelectorAll('.notice-text aside.callout');
    expect(callouts.map((aside) => [aside.getAttribute('class'), aside.getAttribute('role')])).toEqual([
      ['callout callout-important', 'note'],
      ['callout callout-note', 'note'],
    ]);
    expect(callouts[0].querySelector('strong')?.textContent).toBe('one');
    expect(textOf(callouts[0])).toContain('Write { and < to show braces');
    expect(callouts[1].querySelector('a')?.getAttribute('href')).toBe('/en/policy/#your-rights');
  });
});
