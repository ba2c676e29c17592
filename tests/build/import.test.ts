// Real notices in: a scraped Swedish page, an HTML page, a Jekyll Markdown page with HTML anchors and a
// Git repository with four dated revisions are imported into the fixture site, locked, checked and built;
// every passage of each source must reach its built page, in order, with its headings, anchors and date.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';
import { noticeProgram } from '../../src/cli/notice.ts';
import type { MainBranch } from '../../src/lib/published-lock.ts';
import { buildSite } from '../helpers/build.ts';
import { runCli } from '../helpers/cli.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { readPage, textOf } from '../helpers/html.ts';

const NOW = '2026-12-01';
const sample = (name: string) => path.join(fixturesDir, 'import', name);

/** The passages of each source as a reader of the original page reads them: what must reach the built page. */
const CCPA_PASSAGES = [
  'Det här tillägget gäller dig som bor i Kalifornien och kompletterar Kvarnby Labs AB:s integritetspolicy.',
  'Vilka uppgifter vi samlar in',
  'Under de senaste tolv månaderna har vi samlat in följande kategorier av personuppgifter:',
  'Identifierare, till exempel namn, e-postadress och IP-adress',
  'Kommersiell information',
  'köp och prenumerationer',
  'betalningshistorik',
  'Uppgifter om internetaktivitet',
  'Hur vi använder uppgifterna',
  'Vi använder uppgifterna för att tillhandahålla tjänsten, hålla den säker och förbättra den. Vi säljer inte dina personuppgifter och har inte gjort det under de senaste tolv månaderna.',
  'DINA RÄTTIGHETER',
  'Som invånare i Kalifornien har du rätt att:',
  'få veta vilka personuppgifter vi har samlat in om dig,',
  'få dina uppgifter raderade,',
  'med de undantag som lagen medger,',
  'inte bli sämre behandlad för att du använder dina rättigheter.',
  'Så utövar du dina rättigheter',
  'Skicka en begäran till integritet@kvarnby.example eller ring vårt kostnadsfria nummer 1-800-555-0100. Vi bekräftar din begäran inom tio dagar och svarar inom 45 dagar.',
  'Kontakt',
  'Kvarnby Labs AB',
  'Kvarngatan 4',
  '211 20 Malmö',
];

const COOKIE_PASSAGES = [
  'This notice explains which cookies Kvarnby Labs AB sets when you use the Kvarnby app and website, and how you can refuse them.',
  'What cookies are',
  'A cookie is a small file that a website stores in your browser. Some cookies are needed for the site to work; others are optional.',
  'Cookies we use',
  'Name', 'Purpose', 'Lifetime',
  'kv_session', 'Keeps you signed in', 'Until you close the browser',
  'kv_lang', 'Remembers your language', 'One year',
  'kv_consent', 'Remembers your cookie choices', 'Six months',
  'Your choices',
  'You can refuse optional cookies when you first visit. The session cookie is strictly necessary and cannot be refused.',
  'In the app: open Settings, then Privacy.',
  'Turn off analytics.',
  'Turn off product news.',
  'In your browser: block or delete cookies at any time.',
  'Questions? Write to privacy@kvarnby.example.',
];

const PRIVACY_PASSAGES = [
  'Kvarnby Labs AB ("we") explains here how we handle your personal data. See why we use data and your rights.',
  'Why we use data',
  'Purpose', 'Legal basis',
  'To provide the app', 'Contract. We need the data to run your account.',
  'To keep the app secure', 'Legitimate interest', 'Legal obligation',
  'What we collect',
  'Account data: your name and e-mail address.',
  'Usage data: which features you use.',
  'We keep account data while your account is open. Read the cookie notice for cookies, and the account data and usage data entries above.',
  'Your rights',
  'You can ask for a copy of your data, have it corrected or deleted, and contact our support team at any time.',
  'Write to us at Kvarnby Labs AB, Kvarngatan 4, 211 20 Malmö.',
];

/** The four revisions of a terms document, each committed to a repository the test makes. */
const TERMS_REVISIONS: { date?: string; commitDate: string; text: string }[] = [
  { commitDate: '2022-02-20T10:00:00Z', text: '# Terms of use\n\nEffective date: 1 March 2022\n\nThese terms apply when you use Kvarnby.\n\n## Your account\n\nKeep your password to yourself.\n' },
  { commitDate: '2022-02-21T10:00:00Z', text: '# Terms of use\n\nEffective date: 1 March 2022\n\nThese terms apply when you use the Kvarnby app.\n\n## Your account\n\nKeep your password to yourself.\n' },
  { commitDate: '2023-01-02T10:00:00Z', text: '# Terms of use\n\nEffective date: 15 January 2023\n\nThese terms apply when you use the Kvarnby app.\n\n## Your account\n\nKeep your password to yourself. Tell us if someone else used it.\n' },
  { commitDate: '2024-06-01T10:00:00Z', text: '# Terms of use\n\nThese terms apply when you use the Kvarnby app and website.\n\n## Your account\n\nKeep your password to yourself. Tell us if someone else used it.\n\n## Payments\n\nPrices include VAT.\n' },
  { commitDate: '2025-08-20T10:00:00Z', text: '# Terms of use\n\nDernière mise à jour : 1er septembre 2025\n\nThese terms apply when you use the Kvarnby app and website.\n\n## Your account\n\nKeep your password to yourself. Tell us if someone else used it.\n\n## Payments\n\nPrices include VAT. We charge your card monthly.\n' },
];

let root: string;
let dist: string;
let repository: string;
const logs: Record<string, string> = {};

function makeRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-terms-repo-'));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) } });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'legal@kvarnby.example']);
  git(['config', 'user.name', 'Kvarnby Legal']);
  fs.mkdirSync(path.join(dir, 'legal'));
  for (const revision of TERMS_REVISIONS) {
    fs.writeFileSync(path.join(dir, 'legal', 'terms.md'), revision.text);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'Update the terms'], revision.commitDate);
  }
  return dir;
}

/** Every passage, in order, in the page's text; returns how many were found before the first one missing. */
function findInOrder(pageText: string, passages: string[]): number {
  let from = 0;
  let found = 0;
  for (const passage of passages) {
    const at = pageText.indexOf(passage, from);
    if (at === -1) break;
    from = at + passage.length;
    found += 1;
  }
  return found;
}

const noticeText = (sitePath: string) => textOf(readPage(dist, sitePath).querySelector('.notice-text'));

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-import-'));
  fs.cpSync(path.join(fixturesDir, 'basic'), root, { recursive: true });
  fs.cpSync(path.join(projectRoot, 'locales'), path.join(root, 'locales'), { recursive: true });
  repository = makeRepository();
  const env = { PARAGRAF_NOW: NOW };
  const imports: [string, string[]][] = [
    ['ccpa', ['import', sample('ccpa-supplement-sv.txt'), '--notice', 'ccpa-supplement', '--locale', 'sv']],
    ['cookies', ['import', sample('kvarnby-cookies.html'), '--notice', 'kvarnby-cookies', '--locale', 'en']],
    ['privacy', ['import', sample('kvarnby-privacy-jekyll.md'), '--notice', 'kvarnby-privacy', '--locale', 'en']],
    ['terms', ['import', '--from-git', repository, 'legal/terms.md', '--notice', 'kvarnby-terms', '--locale', 'en']],
    ['lock', ['lock']],
  ];
  for (const [name, argv] of imports) {
    const run = await runCli(noticeProgram, argv, { cwd: root, env });
    logs[name] = run.stdout + run.stderr;
    if (run.code !== 0) throw new Error(`${name} failed:\n${logs[name]}`);
  }
  dist = path.join(root, 'dist');
  const build = buildSite({ contentDir: path.join(root, 'content'), outDir: dist, localesDir: path.join(root, 'locales'), now: NOW });
  logs.build = build.output;
  if (build.status !== 0) throw new Error(`The imported site did not build:\n${build.output}`);
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(repository, { recursive: true, force: true });
});

describe('imported notices', () => {
  it('pass npm run check once locked, with no error', async () => {
    let output = '';
    const unknown: MainBranch = { name: 'main', hasFile: () => undefined };
    const code = await runCheck({
      cwd: root,
      env: { PARAGRAF_NOW: NOW, PARAGRAF_LOCALES: path.join(root, 'locales') },
      stdout: { write: (text: string) => (output += text) },
      stderr: { write: (text: string) => (output += text) },
      mainBranch: unknown,
    });
    expect(output).not.toContain('  error  ');
    expect(code).toBe(0);
  });

  describe('a scraped Swedish page with French chrome', () => {
    it('leaves out and lists the chrome before the date line and the French footer, and proves nothing else was lost', () => {
      expect(logs.ccpa).toContain('Line 1: left out, it comes before the "last updated" line');
      expect(logs.ccpa).toContain('Line 2: left out, it comes before the "last updated" line (page chrome such as navigation): "Barre latérale du Centre de ressources juridiques"');
      expect(logs.ccpa).toContain('Line 33: left out, it is in French, not Swedish: "Cette page vous a-t-elle été utile ? Oui Non"');
      expect(logs.ccpa).toContain('compared with the source: every word of its 6 headings, 6 paragraphs, 9 list items, 0 table cells reached the text, in order.');
      expect(fs.readFileSync(path.join(root, 'content/notices/ccpa-supplement/notice.yaml'), 'utf8')).toContain('sourceLocale: sv\n');
    });

    it('builds for Swedish readers with its title, date, headings, nested bullets and every passage in order', () => {
      const page = readPage(dist, '/sv/ccpa-supplement/');
      expect(textOf(page.querySelector('h1'))).toBe('Tillägg för invånare i Kalifornien');
      expect(page.querySelector('.notice-date time')?.getAttribute('datetime')).toBe('2021-07-01');
      expect(page.querySelectorAll('.notice-text h2, .notice-text h3').map((h) => [h.tagName, h.id])).toEqual([
        ['H2', 'vilka-uppgifter-vi-samlar-in'],
        ['H2', 'hur-vi-anvander-uppgifterna'],
        ['H2', 'dina-rattigheter'],
        ['H2', 'sa-utovar-du-dina-rattigheter'],
        ['H2', 'kontakt'],
      ]);
      expect(page.querySelectorAll('.notice-text ul ul li').map(textOf)).toEqual(['köp och prenumerationer', 'betalningshistorik', 'med de undantag som lagen medger,']);
      const text = noticeText('/sv/ccpa-supplement/');
      expect(findInOrder(text, CCPA_PASSAGES)).toBe(CCPA_PASSAGES.length);
      expect(text).not.toContain('Barre latérale');
      expect(readPage(dist, '/sv/ccpa-supplement/').querySelector('[data-pagefind-body]')).not.toBeNull();
    });

    it('shows English and French readers the Swedish text, marked lang="sv", with the notice that it is not in their language', () => {
      for (const [locale, words] of [['en', 'not yet available in English'], ['fr', 'pas encore disponible en français']] as const) {
        const page = readPage(dist, `/${locale}/ccpa-supplement/`);
        expect(page.querySelector('html')?.getAttribute('lang')).toBe(locale);
        expect(page.querySelector('.notice-text')?.getAttribute('lang')).toBe('sv');
        expect(page.querySelector('h1')?.getAttribute('lang')).toBe('sv');
        expect(textOf(page.querySelector('.banner-fallback'))).toContain(words);
        expect(page.querySelector('[data-pagefind-body]')).toBeNull();
        expect(findInOrder(noticeText(`/${locale}/ccpa-supplement/`), CCPA_PASSAGES)).toBe(CCPA_PASSAGES.length);
      }
    });

    it('is Swedish in notices.json and on the status page', () => {
      const archive = JSON.parse(fs.readFileSync(path.join(dist, 'notices.json'), 'utf8'));
      const ccpa = archive.notices.find((n: { slug: string }) => n.slug === 'ccpa-supplement');
      expect(ccpa.sourceLocale).toBe('sv');
      expect(ccpa.versions[0].texts.map((t: { locale: string; translated: boolean }) => [t.locale, t.translated])).toEqual([
        ['sv', true],
        ['fr', false],
        ['en', false],
      ]);
      const row = readPage(dist, '/status/').querySelectorAll('tbody tr').find((tr) => textOf(tr.querySelector('th')).startsWith('Tillägg'));
      expect(row?.querySelectorAll('td').map(textOf)).toEqual(['In effect', 'Source', 'Missing', 'Missing']);
    });
  });

  describe('an HTML page', () => {
    it('keeps its headings, its anchor in a table cell, its nested list and every passage in order', () => {
      const page = readPage(dist, '/en/kvarnby-cookies/');
      expect(textOf(page.querySelector('h1'))).toBe('Cookie notice');
      expect(page.querySelector('.notice-date time')?.getAttribute('datetime')).toBe('2024-03-15');
      expect(page.querySelectorAll('.notice-text h2').map((h) => h.id)).toEqual(['what-cookies-are', 'cookies-we-use', 'choices']);
      expect(page.querySelector('.notice-text td span#session-cookie')).not.toBeNull();
      expect(page.querySelector('.notice-text a[href="#session-cookie"]')).not.toBeNull();
      expect(page.querySelector('.notice-text a[href="#choices"]')).not.toBeNull();
      expect(page.querySelectorAll('.notice-text ul ul li').map(textOf)).toEqual(['Turn off analytics.', 'Turn off product news.']);
      expect(findInOrder(noticeText('/en/kvarnby-cookies/'), COOKIE_PASSAGES)).toBe(COOKIE_PASSAGES.length);
      expect(logs.cookies).toContain('every word of its 4 headings, 5 paragraphs, 4 list items, 12 table cells reached the text, in order.');
    });
  });

  describe('a Jekyll Markdown page with HTML anchors in table cells and list items', () => {
    it('takes title, summary and date from the frontmatter and lists what it did not carry over', () => {
      const page = readPage(dist, '/en/kvarnby-privacy/');
      expect(textOf(page.querySelector('h1'))).toBe('Privacy notice for the Kvarnby app');
      expect(page.querySelector('meta[name=description]')?.getAttribute('content')).toBe('How Kvarnby Labs AB handles personal data when you use the Kvarnby app.');
      expect(page.querySelector('.notice-date time')?.getAttribute('datetime')).toBe('2025-02-01');
      expect(logs.privacy).toContain('Line 7: the page was also published at /privacy, /legal/privacy-policy (redirect_from).');
      expect(logs.privacy).toContain('Line 2: the frontmatter\'s "layout" has no place in a notice and was left out.');
      expect(logs.privacy).toContain('Line 43: removed the template tag {{ site.email_support }}');
    });

    it('keeps every anchor so the links to them work, and maps a relative link to the imported notice', () => {
      const page = readPage(dist, '/en/kvarnby-privacy/');
      expect(page.querySelector('.notice-text td span#bookmark-how-we-use-data')).not.toBeNull();
      expect(page.querySelectorAll('.notice-text li span').map((span) => span.id)).toEqual(['account-data', 'usage-data']);
      expect(page.querySelector('.notice-text h2#rights')).not.toBeNull();
      const hrefs = page.querySelectorAll('.notice-text a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(['#bookmark-how-we-use-data', '#rights', '/en/cookies/', '#account-data', '#usage-data']);
      expect(page.querySelectorAll('.notice-text a[href=""]')).toEqual([]);
      expect(findInOrder(noticeText('/en/kvarnby-privacy/'), PRIVACY_PASSAGES)).toBe(PRIVACY_PASSAGES.length);
    });
  });

  describe('a document with four dated revisions in a Git repository', () => {
    it('becomes four versions, dated by their own lines in any language or by the commit, the last revision of a date winning', () => {
      const versions = fs.readdirSync(path.join(root, 'content/notices/kvarnby-terms')).sort();
      expect(versions).toEqual(['2022-03-01', '2023-01-15', '2024-06-01', '2025-09-01']);
      expect(logs.terms).toContain('2024-06-01 (commit ');
      expect(logs.terms).toMatch(/2024-06-01 \(commit \w+\): dated by the date of commit \w+\./);
      expect(noticeText('/en/kvarnby-terms/2022-03-01/')).toContain('These terms apply when you use the Kvarnby app.');
    });

    it('publishes each version with its date, text and a "what changed" summary written from the redline', () => {
      const history = readPage(dist, '/en/kvarnby-terms/history/');
      expect(history.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(
        expect.arrayContaining(['2022-03-01', '2023-01-15', '2024-06-01', '2025-09-01']),
      );
      expect(textOf(history)).toContain('Changes in “Payments”.');
      const current = readPage(dist, '/en/kvarnby-terms/');
      expect(current.querySelector('.notice-date time')?.getAttribute('datetime')).toBe('2025-09-01');
      const passages = ['These terms apply when you use the Kvarnby app and website.', 'Your account', 'Keep your password to yourself. Tell us if someone else used it.', 'Payments', 'Prices include VAT. We charge your card monthly.'];
      expect(findInOrder(noticeText('/en/kvarnby-terms/'), passages)).toBe(passages.length);
    });
  });
});
