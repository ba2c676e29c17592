// Text from frontmatter reaches every output as text: pages, the Atom feed and notices.json never turn
// it into markup. And Astro refuses to render unsafe content even when told the check already passed.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKED_VARIABLE, getContentFingerprint } from '../../src/lib/content-fingerprint.ts';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, projectRoot, writeFile } from '../helpers/fixtures.ts';
import { readPage } from '../helpers/html.ts';

const TITLE = 'Privacy <img src=x onerror=alert(1)> & "quotes"';
const CHANGES = '<script>alert(1)</script> ]]> & more';

describe('frontmatter text in the built site', () => {
  let outDir: string;

  beforeAll(() => {
    const root = copyFixture('basic');
    outDir = path.join(root, 'dist');
    writeFile(
      root,
      'content/notices/policy/2027-03-01/en.mdx',
      fs
        .readFileSync(path.join(root, 'content/notices/policy/2027-03-01/en.mdx'), 'utf8')
        .replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`)
        .replace(/^changes: .*$/m, `changes: ${JSON.stringify(CHANGES)}`),
    );
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir });
    expect(status, output).toBe(0);
  });

  it('is text in the page: no element is made from it', () => {
    const page = readPage(outDir, '/en/policy/2027-03-01/');
    expect(page.querySelector('h1')?.textContent).toBe(TITLE);
    expect(page.querySelector('h1 img')).toBeNull();
    expect(page.querySelectorAll('img')).toHaveLength(0);
  });

  it('is a text construct in the Atom feed, escaped', () => {
    const xml = fs.readFileSync(path.join(outDir, 'en', 'feed.xml'), 'utf8');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('CDATA');
    const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, isArray: (name) => name === 'entry' }).parse(xml).feed;
    const entry = feed.entry.find((e: { id: string }) => e.id.endsWith('/en/policy/2027-03-01/'));
    expect(entry.title['@_type']).toBe('text');
    // The parser undoes the escaping: readers of the feed get the title as it was written.
    expect(entry.title['#text']).toContain(TITLE);
    expect(entry.summary['@_type']).toBe('text');
  });

  it('is data in notices.json', () => {
    const archive = JSON.parse(fs.readFileSync(path.join(outDir, 'notices.json'), 'utf8'));
    const policy = archive.notices.find((n: { slug: string }) => n.slug === 'policy');
    const texts = policy.versions.at(-1).texts;
    expect(texts.find((t: { locale: string }) => t.locale === 'en').title).toBe(TITLE);
  });
});

describe('Astro, told that the check passed', () => {
  it('still refuses unsafe content, and runs none of it', () => {
    const root = copyFixture('basic');
    const canary = path.join(root, 'canary');
    writeFile(
      root,
      'content/notices/hostile/2027-06-01/en.mdx',
      '---\ntitle: Evil\nsummary: Sneaky.\n---\n\nexport const x = process.getBuiltinModule("node:fs").writeFileSync(process.env.PARAGRAF_CANARY, "pwned")\n',
    );
    const settings = { contentDir: path.join(root, 'content'), localesDir: path.join(projectRoot, 'locales'), now: '2026-12-01' };
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        PARAGRAF_CONTENT: settings.contentDir,
        PARAGRAF_LOCALES: settings.localesDir,
        PARAGRAF_NOW: settings.now,
        PARAGRAF_OUT_DIR: path.join(root, 'dist'),
        PARAGRAF_CANARY: canary,
        ASTRO_TELEMETRY_DISABLED: '1',
        // A forged statement that this content was checked: the content model refuses it anyway.
        [CHECKED_VARIABLE]: getContentFingerprint(settings),
      },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('an "export" line is not allowed in a notice');
    expect(fs.existsSync(canary)).toBe(false);
  });
});
