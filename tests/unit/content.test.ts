import fs from 'node:fs';
import path from 'node:path';
import { copyBasic } from './checks/site.ts';
import { describe, expect, it } from 'vitest';
import { createTextMemo, inspectSite, loadSite } from '../../src/lib/content.ts';
import { formatProblem } from '../../src/lib/errors.ts';
import { copyFixture, editFile, fixturesDir, writeFile } from '../helpers/fixtures.ts';

const NOW = '2026-12-01';

function problemsOf(contentDir: string): string[] {
  return inspectSite(contentDir, NOW).problems.map((p) =>
    formatProblem({ ...p, file: path.relative(contentDir, path.resolve(p.file)) }),
  );
}

describe('loading the content model', () => {
  it('reads notices, versions and texts with their statuses', () => {
    const site = loadSite(path.join(fixturesDir, 'basic', 'content'), NOW);
    expect(site.locales).toEqual(['sv', 'fr', 'en']);
    const policy = site.notices.find((n) => n.slug === 'policy');
    expect(policy?.versions.map((v) => [v.date, v.status, Object.keys(v.texts).sort().join(',')])).toEqual([
      ['2024-01-01', 'archived', 'en,fr,sv'],
      ['2026-06-01', 'current', 'en,sv'],
      ['2027-03-01', 'upcoming', 'en,fr,sv'],
    ]);
    expect(policy?.versions[1].texts.sv.frontmatter.material).toBe(true);
  });

  it('loads a notice written only in its own source language, named in its notice.yaml', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/ccpa/2021-07-01/sv.mdx', '---\ntitle: Tillägg\nsummary: För Kalifornien.\n---\n\nText.\n');
    const dir = path.join(root, 'content');
    expect(problemsOf(dir)).toContain(
      'notices/ccpa/2021-07-01  error  this version has no en.mdx, the authoritative source text of ccpa — add en.mdx: translations are made from it and readers fall back to it; or, if sv is the language this notice is written in, put "sourceLocale: sv" in notices/ccpa/notice.yaml',
    );
    writeFile(root, 'content/notices/ccpa/notice.yaml', 'sourceLocale: sv\n');
    expect(problemsOf(dir).filter((p) => p.includes('  error  '))).toEqual([]);
    const ccpa = loadSite(dir, NOW).notices.find((n) => n.slug === 'ccpa');
    expect(ccpa?.sourceLocale).toBe('sv');
    expect(ccpa?.versions[0].sourceLocale).toBe('sv');
    expect(loadSite(dir, NOW).notices.find((n) => n.slug === 'policy')?.sourceLocale).toBe('en');
  });

  it('reports a notice.yaml that names an unknown language or field, with a suggestion', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/cookies/notice.yaml', 'sourceLocale: se\n');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/notice.yaml:1:15  error  sourceLocale "se" is not one of the site\'s locales (sv, fr, en) — did you mean "sv"?',
    );
    writeFile(root, 'content/notices/cookies/notice.yaml', 'sourceLocal: sv\n');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/notice.yaml:1:1  error  unknown field "sourceLocal" in notice.yaml — did you mean "sourceLocale"?',
    );
  });

  it('names the file and field when the frontmatter lacks a title', () => {
    const root = copyBasic();
    editFile(root, 'content/notices/cookies/2025-01-01/sv.mdx', /^title: .*\n/m, '');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/2025-01-01/sv.mdx:2:1  error  the frontmatter has no "title" — add "title: …" between the "---" lines, in this file\'s language',
    );
  });

  it('points at the line of an unknown frontmatter field', () => {
    const root = copyBasic();
    editFile(root, 'content/notices/cookies/2025-01-01/en.mdx', 'summary:', 'sumary: typo\nsummary:');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/2025-01-01/en.mdx:3:1  error  unknown field "sumary" — did you mean "summary"?',
    );
  });

  it('requires a "changes" summary on every version after the first', () => {
    const root = copyBasic();
    editFile(root, 'content/notices/policy/2026-06-01/sv.mdx', /^changes: .*\n/m, '');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/policy/2026-06-01/sv.mdx:2:1  error  this version follows 2024-01-01 but has no "changes" summary — add "changes: …" to the frontmatter, saying in a sentence or two what changed for readers',
    );
  });

  it('rejects a version folder that is not a real date', () => {
    const root = copyBasic();
    fs.renameSync(
      path.join(root, 'content/notices/cookies/2025-01-01'),
      path.join(root, 'content/notices/cookies/2021-02-30'),
    );
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/2021-02-30  error  version folder "2021-02-30" is not a real date — name the folder for the effective date as YYYY-MM-DD, e.g. 2025-07-01',
    );
  });

  it('suggests the date a malformed version folder most likely means', () => {
    const root = copyBasic();
    fs.renameSync(path.join(root, 'content/notices/cookies/2025-01-01'), path.join(root, 'content/notices/cookies/2025-1-1'));
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/2025-1-1  error  version folder "2025-1-1" is not a real date — did you mean 2025-01-01? Name the folder for the effective date as YYYY-MM-DD',
    );
  });

  it('rejects a text whose file name is not a configured locale', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/cookies/2025-01-01/de.mdx', '---\ntitle: x\nsummary: y\n---\n');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/2025-01-01/de.mdx  error  "de.mdx" is not a notice text: files here must be named <locale>.mdx — rename it to one of sv.mdx, fr.mdx, en.mdx, or move it out of the content folder',
    );
  });

  it('rejects a notice folder without versions', () => {
    const root = copyBasic();
    fs.mkdirSync(path.join(root, 'content/notices/empty'));
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/empty  error  notice "empty" has no versions — add a dated version folder such as empty/2025-01-01/en.mdx, or remove the folder',
    );
  });

  it('requires the source-locale text in every version', () => {
    const root = copyBasic();
    fs.rmSync(path.join(root, 'content/notices/cookies/2025-01-01/en.mdx'));
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'notices/cookies/2025-01-01  error  this version has no en.mdx, the authoritative source text of cookies — add en.mdx: translations are made from it and readers fall back to it',
    );
  });

  it('points at the line of a site.yaml field with the wrong type', () => {
    const root = copyBasic();
    editFile(root, 'content/site.yaml', 'organisation: Example Fixture Org', 'organisation:\n  - a list');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'site.yaml:2:3  error  "organisation" should be string, not object — give "organisation" a string value',
    );
  });

  it('reports a sidebar entry in site.yaml that names no notice', () => {
    const root = copyBasic();
    editFile(root, 'content/site.yaml', '- notice: cookies', '- notice: cookie');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'site.yaml  error  the sidebar lists notice "cookie", which has no folder under notices/ — correct the name (known notices: cookies, policy) or add the notice',
    );
  });

  it('requires every translated site text in every locale', () => {
    const root = copyBasic();
    editFile(root, 'content/site.yaml', /^  fr: Introduction.*\n/m, '');
    expect(problemsOf(path.join(root, 'content'))).toContain(
      'site.yaml:13:3  error  "intro" has no "fr" text — add "fr: …" with the text in that language',
    );
  });

  it('throws one error that lists every problem', () => {
    const root = copyBasic();
    editFile(root, 'content/notices/cookies/2025-01-01/sv.mdx', /^title: .*\n/m, '');
    editFile(root, 'content/notices/cookies/2025-01-01/fr.mdx', /^title: .*\n/m, '');
    expect(() => loadSite(path.join(root, 'content'), NOW)).toThrow(/2 problems[\s\S]*fr\.mdx[\s\S]*sv\.mdx/);
  });
});

describe('reloading the content model with a memo (the dev server)', () => {
  const TEXT = 'content/notices/cookies/2025-01-01/sv.mdx';
  const textOf = (site: ReturnType<typeof loadSite>, locale = 'sv') =>
    site.notices.find((n) => n.slug === 'cookies')!.versions.find((v) => v.date === '2025-01-01')!.texts[locale];
  // Files older than the two-second window in which a file counts as just changed.
  const age = (root: string) => {
    const past = new Date(Date.now() - 60_000);
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const absolute = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(absolute);
        else fs.utimesSync(absolute, past, past);
      }
    };
    walk(path.join(root, 'content'));
  };

  it('takes unchanged texts as read, and reads an edited one again', () => {
    const root = copyBasic();
    age(root);
    const dir = path.join(root, 'content');
    const memo = createTextMemo();
    const first = loadSite(dir, NOW, { memo });
    const second = loadSite(dir, NOW, { memo });
    expect(textOf(second)).toBe(textOf(first));
    expect(textOf(loadSite(dir, NOW))).not.toBe(textOf(first));

    editFile(root, TEXT, /^title: .*$/m, 'title: Kakor, omskrivet');
    const third = loadSite(dir, NOW, { memo });
    expect(textOf(third)).not.toBe(textOf(first));
    expect(textOf(third).frontmatter.title).toBe('Kakor, omskrivet');
    expect(textOf(third, 'en')).toBe(textOf(first, 'en'));
  });

  it('reads a text again when its bytes change within the same second, even with the same size', () => {
    const root = copyBasic();
    const dir = path.join(root, 'content');
    const memo = createTextMemo();
    const file = path.join(root, TEXT);
    const original = fs.readFileSync(file, 'utf8');
    const title = /^title: (.*)$/m.exec(original)![1];
    const stamp = fs.statSync(file).mtime;
    loadSite(dir, NOW, { memo });
    // A rewrite of the same length, with the modification time put back: only the bytes tell.
    const changed = `${title.slice(0, -1)}${title.endsWith('X') ? 'Y' : 'X'}`;
    fs.writeFileSync(file, original.replace(`title: ${title}`, `title: ${changed}`));
    fs.utimesSync(file, stamp, stamp);
    expect(textOf(loadSite(dir, NOW, { memo })).frontmatter.title).toBe(changed);
  });

  it('reports a broken text on every load, and forgets a deleted one', () => {
    const root = copyBasic();
    age(root);
    const dir = path.join(root, 'content');
    const memo = createTextMemo();
    editFile(root, TEXT, /^title: .*\n/m, '');
    const broken = (path.join(root, TEXT));
    for (let load = 0; load < 2; load++) {
      const { problems } = inspectSite(dir, NOW, { memo });
      expect(problems.map((p) => `${path.resolve(p.file)} ${p.message}`)).toContain(`${broken} the frontmatter has no "title"`);
    }
    expect(memo.texts.has(broken)).toBe(true);
    fs.rmSync(broken);
    inspectSite(dir, NOW, { memo });
    expect(memo.texts.has(broken)).toBe(false);
  });
});
