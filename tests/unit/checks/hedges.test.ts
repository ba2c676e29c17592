// Plain commitments: words that weaken what a notice promises are warned about per language, at their place (WP260 ¶13).

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHedges } from '../../../src/lib/checks/hedges.ts';
import { writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, fileOf, loadCopy } from './site.ts';

/** Puts the hedges fixture of `locale` in place of the basic fixture's upcoming policy text in that locale. */
function hedgesIn(locale: 'en' | 'sv' | 'fr', allow?: string[]) {
  const root = copyBasic();
  const relative = `content/notices/policy/2027-03-01/${locale}.mdx`;
  writeFile(root, relative, fs.readFileSync(checkFixture('hedges', `${locale}.mdx`), 'utf8'));
  if (allow) fs.appendFileSync(`${root}/content/site.yaml`, `checks:\n  hedges:\n    allow: ${JSON.stringify(allow)}\n`);
  const file = fileOf(root, relative);
  return checkHedges(loadCopy(root))
    .filter((p) => p.file === file)
    .map((p) => `${p.line}:${p.column} ${p.severity} ${p.message} — ${p.fix.split(' (')[0]}`);
}

const SAY = 'say whether and when you do it';
const NAME = 'name which ones, or say "all" if it is all';

describe('the hedge check', () => {
  it('warns about "may", "some", "certain", "might" and "possibly" in English, with the sentence and its place', () => {
    expect(hedgesIn('en')).toEqual([
      `9:4 warning "may" weakens a commitment: "We may share some data with partners." — ${SAY}`,
      `9:14 warning "some" weakens a commitment: "We may share some data with partners." — ${NAME}`,
      `13:13 warning "Certain" weakens a commitment: "Certain providers might see it" — ${NAME}`,
      `13:31 warning "might" weakens a commitment: "Certain providers might see it" — ${SAY}`,
      `15:43 warning "possibly" weakens a commitment: "We possibly keep some logs." — ${SAY}`,
    ]);
  });

  it('leaves alone "you may" (a right), "may not" (a limit), the month of May, code and "certain that"', () => {
    const messages = hedgesIn('en').join('\n');
    expect(messages).not.toMatch(/"You may|"May"|complain|certain that/);
    expect(messages.match(/"some"/g)).toHaveLength(1);
  });

  it('warns about "kan komma att", "vissa" and "eventuellt" in Swedish, also on the second line of a paragraph', () => {
    expect(hedgesIn('sv')).toEqual([
      `9:4 warning "kan komma att" weakens a commitment: "Vi kan komma att dela vissa uppgifter med partner." — ${SAY}`,
      `9:23 warning "vissa" weakens a commitment: "Vi kan komma att dela vissa uppgifter med partner." — ${NAME}`,
      `10:24 warning "eventuellt" weakens a commitment: "Vi sparar eventuellt loggar." — ${SAY}`,
    ]);
  });

  it('warns about "pourrions", "certaines", "amenés à", "peut-être" and "éventuellement" in French', () => {
    const sentence = 'Nous sommes amenés à conserver des journaux, peut-être pour éventuellement les analyser.';
    expect(hedgesIn('fr')).toEqual([
      `9:6 warning "pourrions" weakens a commitment: "Nous pourrions partager certaines données." — ${SAY}`,
      `9:25 warning "certaines" weakens a commitment: "Nous pourrions partager certaines données." — ${NAME}`,
      `9:56 warning "amenés à" weakens a commitment: "${sentence}" — ${SAY}`,
      `9:89 warning "peut-être" weakens a commitment: "${sentence}" — ${SAY}`,
      `9:104 warning "éventuellement" weakens a commitment: "${sentence}" — ${SAY}`,
    ]);
  });

  it('accepts the phrases site.yaml allows, whatever their case', () => {
    expect(hedgesIn('en', ['share SOME data', 'Certain providers'])).toEqual([
      `9:4 warning "may" weakens a commitment: "We may share some data with partners." — ${SAY}`,
      `13:31 warning "might" weakens a commitment: "Certain providers might see it" — ${SAY}`,
      `15:43 warning "possibly" weakens a commitment: "We possibly keep some logs." — ${SAY}`,
    ]);
  });

  it('says where the allow-list is, and that lawyers decide: it is a warning, never an error', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/policy/2027-03-01/en.mdx', fs.readFileSync(checkFixture('hedges', 'en.mdx'), 'utf8'));
    const problems = checkHedges(loadCopy(root));
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems[0].fix).toBe('say whether and when you do it (WP260 ¶13 calls such words poor practice); if the lawyers keep it, add the phrase to checks.hedges.allow in site.yaml');
  });

  it('checks the versions in effect and upcoming, not archived ones, which can no longer change', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/policy/2024-01-01/en.mdx', fs.readFileSync(checkFixture('hedges', 'en.mdx'), 'utf8'));
    expect(checkHedges(loadCopy(root))).toEqual([]);
  });

  it('finds nothing to warn about in the basic fixture', () => {
    expect(checkHedges(loadCopy(copyBasic()))).toEqual([]);
  });
});
