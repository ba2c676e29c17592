// Links: notices, versions and sections of this site resolve in the reader's locale; external links are https.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/lib/checks/links.ts';
import { editFile, writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, fileOf, inspectCopy, loadCopy } from './site.ts';

const COOKIES_EN = 'content/notices/cookies/2025-01-01/en.mdx';

describe('the link check', () => {
  it('finds nothing wrong with the basic fixture', () => {
    expect(checkLinks(loadCopy(copyBasic()))).toEqual([]);
  });

  it('reports each broken or unsafe link with its line, column, what is wrong and the fix', () => {
    const root = copyBasic();
    writeFile(root, COOKIES_EN, fs.readFileSync(checkFixture('links', 'broken-links.mdx'), 'utf8'));
    const file = fileOf(root, COOKIES_EN);
    // Relative and ftp: addresses are refused by the safe-MDX allow-list as the text is read; the link
    // check reports the rest. `npm run check` shows both, in line order. The new text has no review
    // record, so the yearly-review warning for the notice is left aside here.
    const problems = inspectCopy(root).filter((p) => p.file === file && !p.message.startsWith('cookies has not been reviewed'));
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} — ${p.fix}`)).toEqual([
      '10:14 the link "#cookie" goes to a section that this text does not have — did you mean #cookies?',
      '12:15 the link "/policy/#your-right" goes to a section that notices/policy/2024-01-01/en.mdx does not have (the version in effect when this text takes effect) — did you mean /policy/#your-rights?',
      '14:9 the link "/cookie/" goes to a notice that does not exist — did you mean /cookies/?',
      '16:10 the link "/policy/2025-01-01/" goes to a version of policy that does not exist — policy has versions 2024-01-01, 2026-06-01, 2027-03-01; link to one of them, or to /policy/ for the version in effect',
      '18:29 the link "/policy/2026-06-01/#automated-decisions" goes to a section that notices/policy/2026-06-01/en.mdx does not have — link to one of its sections: #who-we-are, #your-rights, #complaints',
      '20:11 the link "http://old.fixture.example/" is not secure (http://) — write https://old.fixture.example/ instead, after checking that it opens, or remove the link',
      '22:11 the link "/sv/policy/" names a language — write /policy/: the site adds each reader’s own language',
      '24:8 the link "/policy" lacks the final "/" — write /policy/',
      '26:11 the address "policy/" is relative, so it would lead somewhere different from each page — start links to this site with /, e.g. /cookie-notice/, and links elsewhere with https://',
      '28:9 the address "ftp://files.fixture.example/" uses "ftp:", which the site does not allow — link only to https:// pages, mailto: and tel: addresses, or pages of this site (starting with /)',
      '30:7 the link "/policy/compare/x/" is not a page of the policy notice — link to /policy/ (the version in effect), /policy/YYYY-MM-DD/ (one version) or /policy/history/',
    ]);
  });

  it('checks /notice/#anchor against the version in effect when the linking version takes effect', () => {
    const root = copyBasic();
    // The upcoming version finds its own new section; the current one does not have it yet.
    editFile(root, 'content/notices/policy/2027-03-01/en.mdx', 'We make no automated decisions about you.', 'See [below](/policy/#automated-decisions).');
    editFile(root, 'content/notices/policy/2026-06-01/en.mdx', 'You may complain to the authority.', 'See [decisions](/policy/#automated-decisions).');
    const problems = checkLinks(loadCopy(root));
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        fileOf(root, 'content/notices/policy/2026-06-01/en.mdx'),
        22,
        'the link "/policy/#automated-decisions" goes to a section that this text does not have',
      ],
    ]);
  });

  it('checks an archived text against what was in effect then, not against today’s version', () => {
    const root = copyBasic();
    editFile(root, 'content/notices/policy/2024-01-01/en.mdx', 'You may complain to the authority.', 'See [complaints](/policy/#complaints).');
    editFile(root, 'content/notices/policy/2026-06-01/en.mdx', '### Complaints {#complaints}', '### Complaints {#complaints-and-appeals}');
    expect(checkLinks(loadCopy(root))).toEqual([]);
  });

  it('checks the current text against today’s version of the target too, since readers follow its links now', () => {
    const root = copyBasic();
    // cookies (2025-01-01, current) took effect under policy 2024-01-01, which has #complaints; today's policy does not.
    editFile(root, COOKIES_EN, '(/policy/#your-rights)', '(/policy/#complaints)');
    editFile(root, 'content/notices/policy/2026-06-01/en.mdx', '### Complaints {#complaints}', '### Complaints {#complaints-and-appeals}');
    expect(checkLinks(loadCopy(root)).map((p) => [p.file, p.line, p.column, p.message, p.fix])).toEqual([
      [
        fileOf(root, COOKIES_EN),
        8,
        48,
        'the link "/policy/#complaints" goes to a section that notices/policy/2026-06-01/en.mdx does not have (the version in effect now)',
        'link to one of its sections: #who-we-are, #your-rights, #complaints-and-appeals',
      ],
    ]);
  });

  it('resolves anchors in the reader’s locale, falling back to the source text where the locale lacks the version', () => {
    const root = copyBasic();
    // fr has no 2026-06-01 text, so a French reader gets the English one and its anchors.
    editFile(root, 'content/notices/cookies/2025-01-01/fr.mdx', '(/policy/#your-rights)', '(/policy/2026-06-01/#your-rights)');
    // sv has its own 2024-01-01 text, where this anchor was renamed.
    editFile(root, 'content/notices/policy/2024-01-01/sv.mdx', '{#your-rights}', '{#dina-rattigheter}');
    const problems = checkLinks(loadCopy(root));
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      [
        fileOf(root, 'content/notices/cookies/2025-01-01/sv.mdx'),
        'the link "/policy/#your-rights" goes to a section that notices/policy/2024-01-01/sv.mdx does not have (the version in effect when this text takes effect)',
      ],
    ]);
  });
});
