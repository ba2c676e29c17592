// `npm run i18n -- export` and `import`: XLIFF 2.0 files for translation tools, out and back into the notices.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18nProgram } from '../../../src/cli/i18n.ts';
import { hashFile, compileMarkdown } from '../../helpers/compile.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, editFile, projectRoot, writeFile } from '../../helpers/fixtures.ts';
import { copyBasic, inspectCopy } from '../checks/site.ts';

const read = (root: string, relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');
const policy = (date: string, locale: string) => `content/notices/policy/${date}/${locale}.mdx`;

/**
 * What a translator's tool does to the file: sets each unit's target. `translate` gets the unit's id
 * and its source as written in the file (XML, with its codes) and returns the target's XML, or
 * undefined to leave the unit without a target.
 */
function fillTargets(xml: string, translate: (id: string, source: string, target: string | undefined) => string | undefined): string {
  const lines = xml.split('\n');
  const out: string[] = [];
  let unit = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const id = /<unit id="([^"]+)">/.exec(line);
    if (id) unit = id[1];
    const source = /^(\s*)<source>(.*)<\/source>$/.exec(line);
    if (!source) {
      out.push(line);
      continue;
    }
    const existing = /^\s*<target>(.*)<\/target>$/.exec(lines[i + 1] ?? '');
    if (existing) i++;
    out.push(line);
    const target = translate(unit, source[2], existing?.[1]);
    if (target !== undefined) out.push(`${source[1]}<target>${target}</target>`);
  }
  return out.join('\n');
}

/** The blocks of a text as the redline and the checks see them: kind, depth and nesting, without words. */
function blockShapes(text: string): string[] {
  return compileMarkdown(text).blocks.map((block) => [block.kind, 'depth' in block ? block.depth : '', block.section ?? '', block.kind === 'table-row' ? block.cells.length : ''].join(':'));
}

async function exportFile(cwd: string, args: string[]): Promise<string> {
  const run = await runCli(i18nProgram, ['export', ...args, '--output', 'out.xlf'], { cwd });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return read(cwd, 'out.xlf');
}

describe('i18n export', () => {
  it('writes one <file> per notice version with the source hash in its id, protected codes and existing translations as targets', async () => {
    const cwd = copyBasic();
    const run = await runCli(i18nProgram, ['export', '--locale', 'fr', '--notice', 'policy'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'en-fr.xlf: 3 notice texts (48 units) from en into fr.',
        '32 units hold the existing translation as their target, to review.',
        'Created en-fr.xlf',
        '',
      ].join('\n'),
    );
    const xml = read(cwd, 'en-fr.xlf');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">\n')).toBe(true);
    const hash = hashFile(path.join(cwd, policy('2027-03-01', 'en')));
    expect(xml).toContain(`  <file id="notice.policy.2027-03-01.en.${hash}">\n    <unit id="title">`);
    expect(xml).toContain(
      [
        '    <unit id="p-2">',
        '      <notes>',
        '        <note>Paragraph in the section #who-we-are. Source: content/notices/policy/2027-03-01/en.mdx, line 10.</note>',
        '      </notes>',
        '      <segment>',
        '        <source>We are the fixture organisation. Write to <pc id="1" type="link" canCopy="no" canDelete="no" dispStart="[" dispEnd="](mailto:privacy@fixture.example)">privacy@fixture.example</pc>.</source>',
        '        <target>Nous sommes l’organisation fixture. Écrivez à <pc id="1" type="link" canCopy="no" canDelete="no" dispStart="[" dispEnd="](mailto:privacy@fixture.example)">privacy@fixture.example</pc>.</target>',
        '      </segment>',
        '    </unit>',
      ].join('\n'),
    );
    // The version with no French text has units without targets.
    const missing = xml.slice(xml.indexOf('notice.policy.2026-06-01'), xml.indexOf('notice.policy.2027-03-01'));
    expect(missing).toContain('<unit id="title">');
    expect(missing).not.toContain('<target>');
  });

  it('selects translations by status with --only, and says when there is nothing to export', async () => {
    const cwd = copyBasic();
    fs.cpSync(path.join(projectRoot, 'locales'), path.join(cwd, 'locales'), { recursive: true });
    const fileIds = (xml: string) => [...xml.matchAll(/<file id="(notice\.[a-z-]+\.[\d-]+)\./g)].map((m) => m[1]);
    expect(fileIds(await exportFile(cwd, ['--locale', 'fr', '--only', 'missing']))).toEqual(['notice.policy.2026-06-01']);
    expect((await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'fr'], { cwd })).code).toBe(0);
    expect(fileIds(await exportFile(cwd, ['--locale', 'fr', '--notice', 'policy', '--only', 'missing,stale']))).toEqual(['notice.policy.2024-01-01', 'notice.policy.2026-06-01']);
    const none = await runCli(i18nProgram, ['export', '--locale', 'fr', '--notice', 'cookies', '--only', 'missing'], { cwd });
    expect(none.stdout).toBe('Nothing to export: no missing fr translation of cookies.\n');
    const typo = await runCli(i18nProgram, ['export', '--locale', 'fr', '--only', 'mising'], { cwd });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('error: --only takes missing, stale, done (comma-separated), not "mising"; did you mean "missing"?');
  });

  it('exports the interface strings a language lacks, with each {{placeholder}} protected', async () => {
    const cwd = copyBasic();
    fs.cpSync(path.join(projectRoot, 'locales'), path.join(cwd, 'locales'), { recursive: true });
    const french = JSON.parse(read(cwd, 'locales/fr.json')) as Record<string, string>;
    delete french['notice.lastUpdated'];
    writeFile(cwd, 'locales/fr.json', JSON.stringify(french, null, 2));
    const xml = await exportFile(cwd, ['--locale', 'fr', '--only', 'missing']);
    const strings = xml.slice(xml.indexOf('<file id="interface.en">'));
    expect([...strings.matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1])).toEqual(['notice.lastUpdated']);
    expect(strings).toContain('<source>Last updated: <ph id="1" type="other" canCopy="no" canDelete="no" disp="{{date}}" equiv="{{date}}"/></source>');
  });
});

describe('i18n import', () => {
  it('rebuilds an untouched export (targets copied from the source) into texts with the source structure, recording translatedFrom', async () => {
    const cwd = copyBasic();
    const xml = await exportFile(cwd, ['--locale', 'fr', '--notice', 'policy']);
    writeFile(cwd, 'copied.xlf', fillTargets(xml, (_id, source) => source));
    const run = await runCli(i18nProgram, ['import', 'copied.xlf'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created content/notices/policy/2026-06-01/fr.mdx\n');
    for (const date of ['2024-01-01', '2026-06-01', '2027-03-01']) {
      const source = read(cwd, policy(date, 'en'));
      const translation = read(cwd, policy(date, 'fr'));
      expect(blockShapes(translation), date).toEqual(blockShapes(source));
      expect(translation.slice(translation.indexOf('\n---\n')), date).toBe(source.slice(source.indexOf('\n---\n')));
      expect(translation, date).toContain(`\ntranslatedFrom: ${hashFile(path.join(cwd, policy(date, 'en')))}\n`);
    }
    expect(read(cwd, policy('2026-06-01', 'fr')).split('\n').slice(0, 5)).toEqual([
      '---',
      'title: Privacy policy',
      'summary: How the fixture organisation handles personal data.',
      'changes: We now keep account data for one year instead of two, and added the right to portability.',
      'material: true',
    ]);
    expect(inspectCopy(cwd).filter((p) => p.severity === 'error' && p.file.includes('/fr.mdx'))).toEqual([]);
  });

  it('writes an edited translation in the source structure, keeps its other frontmatter, and the site passes the check', async () => {
    // With its lock: the published translations come back unchanged but for translatedFrom, which the lock ignores.
    const cwd = copyFixture('basic');
    const xml = await exportFile(cwd, ['--locale', 'sv', '--notice', 'policy']);
    // Only the upcoming version is edited; the published ones come back as they are.
    const upcoming = xml.indexOf('notice.policy.2027-03-01');
    const edited =
      xml.slice(0, upcoming) +
      fillTargets(xml.slice(upcoming), (id, source, target) => {
        if (id === 'p-2') return target!.replace('Vi är fixturorganisationen.', 'Vi är organisationen bakom fixturen.');
        // The link moves to the start of its sentence, as the translator wants it.
        if (id === 'p-9') return target!.replace(/Se även (<pc id="1"[^>]*>)cookiepolicyn<\/pc>\./, '$1Cookiepolicyn</pc> säger mer.');
        return target;
      });
    writeFile(cwd, 'edited.xlf', edited);
    const before = read(cwd, policy('2027-03-01', 'sv'));
    const run = await runCli(i18nProgram, ['import', 'edited.xlf'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = read(cwd, policy('2027-03-01', 'sv'));
    expect(after).toContain('\nVi är organisationen bakom fixturen. Skriv till [privacy@fixture.example](mailto:privacy@fixture.example).\n');
    expect(after).toContain('\nDu kan klaga hos myndigheten. [Cookiepolicyn](/cookies/) säger mer. ');
    expect(after.split('\n').slice(0, 5)).toEqual(before.split('\n').slice(0, 5));
    expect(blockShapes(after)).toEqual(blockShapes(read(cwd, policy('2027-03-01', 'en'))));
    expect(inspectCopy(cwd).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('writes hostile targets as text: no expression, script, HTML, import line or frontmatter gets into the MDX as code', async () => {
    const cwd = copyBasic();
    const hostile: Record<string, string> = {
      title: '---\ntitle: replaced\n---',
      'h-1': 'Qui {#evil} &lt;script&gt;alert(1)&lt;/script&gt;',
      'p-2': 'import fs from "node:fs" {fs.rmSync("/")} &lt;img src=x onerror=alert(1)&gt; <pc id="1">privacy@fixture.example</pc>',
      'h-3': '---',
      'p-4': 'export const a = 1; &lt;Callout&gt;x&lt;/Callout&gt; &amp;lt;b&amp;gt;',
    };
    const xml = await exportFile(cwd, ['--locale', 'fr', '--notice', 'policy']);
    const file = xml.indexOf('notice.policy.2027-03-01');
    const keep = (_id: string, source: string, target: string | undefined) => target ?? source;
    writeFile(cwd, 'hostile.xlf', fillTargets(xml.slice(0, file), keep) + fillTargets(xml.slice(file), (id, source, target) => hostile[id] ?? keep(id, source, target)));
    const run = await runCli(i18nProgram, ['import', 'hostile.xlf'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = read(cwd, policy('2027-03-01', 'fr'));
    expect(text.split('\n').slice(0, 3)).toEqual(['---', 'title: "--- title: replaced ---"', 'summary: Comment l’organisation fixture traite les données personnelles.']);
    const compiled = compileMarkdown(text);
    expect(compiled.problems).toEqual([]);
    expect(compiled.blocks.slice(0, 4).map((b) => b.text)).toEqual([
      'Qui {#evil} <script>alert(1)</script>',
      'import fs from "node:fs" {fs.rmSync("/")} <img src=x onerror=alert(1)> privacy@fixture.example',
      '---',
      'export const a = 1; <Callout>x</Callout> &lt;b&gt;',
    ]);
    expect(compiled.html).not.toMatch(/<(script|img|callout)\b/i);
    expect(inspectCopy(cwd).filter((p) => p.severity === 'error' && p.file.endsWith('2027-03-01/fr.mdx'))).toEqual([]);
  });

  it('warns when an import changes a published, locked translation, and says how to record it', async () => {
    const cwd = copyFixture('basic');
    const xml = await exportFile(cwd, ['--locale', 'sv', '--notice', 'cookies']);
    writeFile(cwd, 'fix.xlf', fillTargets(xml, (id, _source, target) => (id === 'title' ? 'Cookiepolicy (rättad)' : target)));
    const run = await runCli(i18nProgram, ['import', 'fix.xlf'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'fix.xlf:3:1  warning  cookies 2025-01-01: content/notices/cookies/2025-01-01/sv.mdx was published on 2025-01-01 and is locked: this import changes what it says, which "npm run check" refuses until the change is recorded — if the import corrects the translation, record it: npm run notice -- correct cookies 2025-01-01 --locale sv --reason "…"; otherwise put the change in a new version\n',
    );
    expect(read(cwd, 'content/notices/cookies/2025-01-01/sv.mdx')).toContain('title: Cookiepolicy (rättad)\n');
  });

  it('reports glossary warnings at the unit that lacks an agreed wording, and still writes the text', async () => {
    const cwd = copyBasic();
    writeFile(cwd, 'content/glossary.yaml', 'terms:\n  - id: automated-decisions\n    en: automated decisions\n    sv: automatiserade beslut\n');
    const xml = await exportFile(cwd, ['--locale', 'sv', '--notice', 'policy']);
    const upcoming = xml.indexOf('notice.policy.2027-03-01');
    const keep = (_id: string, source: string, target: string | undefined) => target ?? source;
    const edited = fillTargets(xml.slice(0, upcoming), keep) + fillTargets(xml.slice(upcoming), (id, source, target) => (id === 'p-11' ? 'Vi fattar inga maskinella avgöranden om dig.' : keep(id, source, target)));
    writeFile(cwd, 'terms.xlf', edited);
    const run = await runCli(i18nProgram, ['import', 'terms.xlf'], { cwd });
    expect(run.code).toBe(0);
    const line = edited.split('\n').findIndex((l, i) => i > edited.slice(0, edited.indexOf('notice.policy.2027-03-01')).split('\n').length && l.includes('<unit id="p-11">')) + 1;
    expect(run.stderr).toBe(
      `terms.xlf:${line}:1  warning  policy 2027-03-01, unit p-11: "automated decisions" is "automatiserade beslut" in the glossary, but this paragraph does not use it (in content/notices/policy/2027-03-01/sv.mdx line 27) — use "automatiserade beslut" (inflected as the sentence needs), as en.mdx line 26 uses "automated decisions"; if another wording is right here, add it to the term "automated-decisions" in glossary.yaml\n`,
    );
    expect(read(cwd, policy('2027-03-01', 'sv'))).toContain('\nVi fattar inga maskinella avgöranden om dig.\n');
  });

  it('refuses a file exported from a source text that has changed since, and says what to do', async () => {
    const cwd = copyBasic();
    const xml = await exportFile(cwd, ['--locale', 'sv', '--notice', 'policy']);
    writeFile(cwd, 'old.xlf', fillTargets(xml, (_id, source, target) => target ?? source));
    const before = read(cwd, policy('2027-03-01', 'sv'));
    editFile(cwd, policy('2027-03-01', 'en'), 'We make no automated decisions about you.', 'We make no automated decisions.');
    const run = await runCli(i18nProgram, ['import', 'old.xlf'], { cwd });
    expect(run.code).toBe(1);
    const line = xml.split('\n').findIndex((l) => l.includes('<file id="notice.policy.2027-03-01')) + 1;
    expect(run.stderr).toMatch(
      new RegExp(
        `^old\\.xlf:${line}:1  error  policy 2027-03-01: content/notices/policy/2027-03-01/en\\.mdx changed after the file was exported: it was exported from the text with hash [0-9a-f]{12}…, and the text now has hash [0-9a-f]{12}… — export it again \\(npm run i18n -- export --locale sv --notice policy\\), let your translation tool fill the new file from its memory, translate what changed, and import that file\\n$`,
      ),
    );
    expect(read(cwd, policy('2027-03-01', 'sv'))).toBe(before);
  });

  it('lists the units without a translation and writes nothing', async () => {
    const cwd = copyBasic();
    const xml = await exportFile(cwd, ['--locale', 'fr', '--notice', 'policy', '--only', 'missing']);
    writeFile(cwd, 'partial.xlf', fillTargets(xml, (id, source) => (id === 'p-2' || id === 'li-6' ? undefined : source)));
    const run = await runCli(i18nProgram, ['import', 'partial.xlf'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'partial.xlf:3:1  error  policy 2026-06-01: 2 of 16 units have no translation: p-2, li-6 — translate them and import again (copy the source into the target where a unit stays the same, e.g. a name); a notice is only written whole\n',
    );
    expect(fs.existsSync(path.join(cwd, policy('2026-06-01', 'fr')))).toBe(false);
  });

  it('refuses a target that lost or added a protected code, at the unit in the XLIFF file', async () => {
    const cwd = copyBasic();
    const xml = await exportFile(cwd, ['--locale', 'fr', '--notice', 'policy', '--only', 'missing']);
    const broken = fillTargets(xml, (id, source) => (id === 'p-2' ? 'Écrivez à privacy@fixture.example. <ph id="9"/>' : source));
    writeFile(cwd, 'broken.xlf', broken);
    const run = await runCli(i18nProgram, ['import', 'broken.xlf'], { cwd });
    expect(run.code).toBe(1);
    const line = broken.split('\n').findIndex((l) => l.includes('<unit id="p-2">')) + 1;
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `broken.xlf:${line}:1  error  policy 2026-06-01, unit p-2: the translation has a code (id "9") that the source does not have — remove it: codes stand for the links, formatting and anchors of the source, and none may be added`,
      `broken.xlf:${line}:1  error  policy 2026-06-01, unit p-2: the translation lacks the link to mailto:privacy@fixture.example (code 1) — put it back where it belongs in the sentence (in most tools: copy the tags from the source)`,
    ]);
  });

  it('refuses files with a DTD, and files that are not XLIFF 2.0, before reading them', async () => {
    const cwd = copyBasic();
    writeFile(cwd, 'xxe.xlf', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xliff version="2.0" srcLang="en" trgLang="fr"/>\n');
    const run = await runCli(i18nProgram, ['import', 'xxe.xlf'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('xxe.xlf:2:1  error  the file has a <!DOCTYPE> declaration, which Paragraf does not read');
    writeFile(cwd, 'old.xlf', '<xliff version="1.2"><file original="x"/></xliff>');
    expect((await runCli(i18nProgram, ['import', 'old.xlf'], { cwd })).stderr).toContain('the file is XLIFF 1.2; Paragraf reads XLIFF 2.0');
  });

  it('writes translated interface strings into the locale file, keeping its other keys and order', async () => {
    const cwd = copyBasic();
    fs.cpSync(path.join(projectRoot, 'locales'), path.join(cwd, 'locales'), { recursive: true });
    const french = JSON.parse(read(cwd, 'locales/fr.json')) as Record<string, string>;
    delete french['notice.lastUpdated'];
    writeFile(cwd, 'locales/fr.json', `${JSON.stringify(french, null, 2)}\n`);
    const xml = await exportFile(cwd, ['--locale', 'fr', '--only', 'missing']);
    const interfaceOnly = xml.slice(0, xml.indexOf('  <file id="notice.')) + xml.slice(xml.indexOf('  <file id="interface.en">'));
    writeFile(cwd, 'strings.xlf', fillTargets(interfaceOnly, () => 'Dernière mise à jour : <ph id="1"/>'));
    const run = await runCli(i18nProgram, ['import', 'strings.xlf'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Updated locales/fr.json: 1 interface string from strings.xlf\n');
    const written = JSON.parse(read(cwd, 'locales/fr.json')) as Record<string, string>;
    expect(written['notice.lastUpdated']).toBe('Dernière mise à jour : {{date}}');
    const english = Object.keys(JSON.parse(read(cwd, 'locales/en.json')) as object);
    expect(Object.keys(written)).toEqual(Object.keys(french).toSpliced(Object.keys(french).indexOf('notice.effective'), 0, 'notice.lastUpdated'));
    expect(english.indexOf('notice.effective') - english.indexOf('notice.lastUpdated')).toBe(1);
  });
});
