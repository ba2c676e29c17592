import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTranslations, splitMessage } from '../../src/lib/i18n.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const localesDir = path.join(projectRoot, 'locales');

function tempLocales(files: Record<string, object | string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-locales-'));
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('interface strings', () => {
  it('translates with interpolation in each shipped locale', () => {
    const translations = loadTranslations(localesDir, ['sv', 'fr', 'en'], 'en');
    expect(translations.forLocale('en')('footer.published', { organisation: 'Kvarnby' })).toBe('Published by Kvarnby');
    expect(translations.forLocale('sv')('notice.lastUpdated', { date: '1 juli 2021' })).toBe(
      'Senast uppdaterad: 1 juli 2021',
    );
  });

  it('has every English key in each shipped locale, and nothing else but extra plural forms', () => {
    const keys = (locale: string) =>
      Object.keys(JSON.parse(fs.readFileSync(path.join(localesDir, `${locale}.json`), 'utf8')));
    const english = keys('en');
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    for (const locale of ['sv', 'fr']) {
      expect(english.filter((key) => !keys(locale).includes(key)), locale).toEqual([]);
      const extra = keys(locale).filter((key) => !english.includes(key));
      expect(extra.filter((key) => !english.some((k) => base(k) === base(key) && k !== base(k))), locale).toEqual([]);
    }
  });

  it('fails with the key and the file when a locale lacks a string', () => {
    const dir = tempLocales({ 'en.json': { a: 'A', b: 'B' }, 'sv.json': { a: 'Å' } });
    expect(() => loadTranslations(dir, ['sv', 'en'], 'en')).toThrow(
      /sv\.json {2}error {2}the interface string "b" is missing — add "b": "…" translating the en text "B"/,
    );
  });

  it('fails naming the file when a locale file is not JSON', () => {
    const dir = tempLocales({ 'en.json': { a: 'A' }, 'sv.json': '{ "a": ' });
    expect(() => loadTranslations(dir, ['sv', 'en'], 'en')).toThrow(/sv\.json {2}error {2}the file is not valid JSON/);
  });

  it('throws instead of showing a raw key when the code asks for an unknown string', () => {
    const dir = tempLocales({ 'en.json': { a: 'A' } });
    const t = loadTranslations(dir, ['en'], 'en').forLocale('en');
    expect(() => t('no.such.key')).toThrow(/"no\.such\.key" is missing from .*en\.json/);
  });

  it('splits a message around placeholders so they can become markup', () => {
    const dir = tempLocales({ 'en.json': { m: 'From {{from}} until {{until}}.' } });
    const t = loadTranslations(dir, ['en'], 'en').forLocale('en');
    expect(splitMessage(t, 'm', ['from', 'until'])).toEqual([
      { text: 'From ' },
      { placeholder: 'from' },
      { text: ' until ' },
      { placeholder: 'until' },
      { text: '.' },
    ]);
  });
});
