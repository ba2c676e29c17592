// Builds that must fail: each names the file and the fix, and leaves the previous site untouched.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, editFile, projectRoot } from '../helpers/fixtures.ts';

describe('a build with bad input', () => {
  it('fails naming the key and the file when a locale lacks an interface string', () => {
    const root = copyFixture('basic');
    fs.cpSync(path.join(projectRoot, 'locales'), path.join(root, 'locales'), { recursive: true });
    editFile(root, 'locales/fr.json', /^\s*"banner\.readNext": .*\n/m, '');
    const outDir = path.join(root, 'dist');
    const { status, output } = buildSite({
      contentDir: path.join(root, 'content'),
      localesDir: path.join(root, 'locales'),
      outDir,
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/locales\/fr\.json {2}error {2}the interface string "banner\.readNext" is missing/);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('fails on bad frontmatter and keeps the previously published site as it was', () => {
    const root = copyFixture('basic');
    const outDir = path.join(root, 'dist');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'index.html'), 'previous build');
    editFile(root, 'content/notices/cookies/2025-01-01/sv.mdx', /^summary: .*\n/m, '');
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir });
    expect(status).not.toBe(0);
    expect(output).toContain('notices/cookies/2025-01-01/sv.mdx:2:1  error  the frontmatter has no "summary"');
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
  });

  it('rejects a build date that is not a date', () => {
    const root = copyFixture('basic');
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'dist'), now: '2026-13-01' });
    expect(status).not.toBe(0);
    expect(output).toContain('PARAGRAF_NOW is "2026-13-01", which is not a date');
  });
});
