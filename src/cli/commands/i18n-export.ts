// `npm run i18n -- export --locale L`: writes the notice texts and interface strings to translate as XLIFF 2.0.

import path from 'node:path';
import type { NoticeText, Site } from '../../lib/content.ts';
import type { Problem } from '../../lib/errors.ts';
import { parseLocaleStrings, readLocaleSources } from '../../lib/checks/interface-strings.ts';
import { findClosest } from '../../lib/checks/suggest.ts';
import { getTranslationStatuses, type TranslationState } from '../../lib/translation-status.ts';
import { writeXliff, type XliffFileOut } from '../../lib/xliff/document.ts';
import { getFileId } from '../../lib/xliff/file-ids.ts';
import { getInterfaceUnits } from '../../lib/xliff/interface-strings.ts';
import { getExistingTargets } from '../../lib/xliff/targets.ts';
import { getTextUnits } from '../../lib/xliff/units.ts';
import { defineCommand } from '../command.ts';
import type { Context } from '../context.ts';
import { CliProblem, UsageError } from '../problems.ts';
import { findNotice, loadSiteForCommand, requireLocale } from '../steps/load-site.ts';
import { writePlannedFiles, type PlannedWrite } from '../steps/write-files.ts';

const STATES: readonly TranslationState[] = ['missing', 'stale', 'done'];

export const i18nExport = defineCommand({
  name: 'export',
  summary: 'Write the texts to translate into one language as an XLIFF 2.0 file for a translation tool',
  args: [],
  options: {
    locale: { type: 'string', value: '<locale>', description: 'The language to translate into' },
    notice: { type: 'string', value: '<notice>', description: 'Only this notice (the interface strings are left out)' },
    only: { type: 'string', value: '<states>', description: 'Only translations in these states, e.g. missing,stale (default: all)' },
    output: { type: 'string', value: '<file>', description: 'Where to write (default: <source>-<locale>.xlf in this folder)' },
  },
  required: ['locale'],
  writes: true,
  description: [
    'Each notice version becomes a <file> with one unit per title, summary, change note, heading, paragraph,\n' +
      'list item and table cell. Links, formatting, anchors and components are protected codes: a translator\n' +
      'moves them within the sentence but cannot delete, copy or edit them. Where a translation exists, its\n' +
      'text is the unit\'s target, so a stale translation is updated rather than redone.',
    'Without --notice the interface strings (locales/<source>.json) come too, as a file of their own; with\n' +
      '--only missing, only the keys the language lacks. An XLIFF file has one source language: when the\n' +
      'notices chosen are written in several, one file per source language is written (fr.en.xlf, fr.sv.xlf).',
    'Translate the file in any XLIFF 2.0 tool, then bring it back with "npm run i18n -- import <file>".',
  ],
  examples: [
    'npm run i18n -- export --locale fr',
    'npm run i18n -- export --locale sv --notice cookie-notice --only missing,stale --output cookies-sv.xlf',
  ],
  async run(context) {
    const locale = context.options.locale as string;
    const site = loadSiteForCommand(context);
    requireLocale(site, locale, context.display);
    const only = readStates(context.options.only);
    const chosen = context.options.notice ? [findNotice(site, context.options.notice, context.display)] : site.notices;
    if (chosen.length > 0 && chosen.every((notice) => notice.sourceLocale === locale) && context.options.notice) {
      throw new CliProblem({
        file: context.display(path.join(site.contentDir, 'notices', context.options.notice, 'notice.yaml')),
        severity: 'error',
        message: `"${locale}" is the source language of ${context.options.notice}; translations are made from it`,
        fix: `export a translation into ${site.locales.filter((l) => l !== locale).join(' or ')}`,
      });
    }
    const rows = getTranslationStatuses(site, { notice: context.options.notice, locale }).filter((row) => only.has(row.status));
    const groups = new Map<string, XliffFileOut[]>();
    const add = (sourceLocale: string, file: XliffFileOut) => groups.set(sourceLocale, [...(groups.get(sourceLocale) ?? []), file]);
    const problems: Problem[] = [];
    let translated = 0;
    for (const row of rows) {
      const version = site.notices.find((n) => n.slug === row.notice)!.versions.find((v) => v.date === row.date)!;
      const file = getNoticeFile(version.texts[row.sourceLocale], version.texts[locale], context.display, problems);
      if (!file) continue;
      translated += file.units.filter((unit) => unit.target).length;
      add(row.sourceLocale, { id: getFileId({ kind: 'notice', notice: row.notice, date: row.date, sourceLocale: row.sourceLocale, hash: row.sourceHash }), units: file.units });
    }
    if (problems.length) throw new CliProblem(problems);
    // Interface strings have no source hash to be stale against: "missing" selects the keys a language lacks.
    const wantStrings = !context.options.notice && locale !== site.sourceLocale && only.has('missing');
    const strings = wantStrings ? getStringsFile(context, site, locale, !only.has('done')) : undefined;
    if (strings?.units.length) add(site.sourceLocale, strings);

    if (groups.size === 0) {
      context.print(`Nothing to export: no ${[...only].join(' or ')} ${locale} translation${context.options.notice ? ` of ${context.options.notice}` : ''}.`);
      return;
    }
    const writes: PlannedWrite[] = [];
    for (const [sourceLocale, files] of groups) {
      const output = getOutputPath(context, sourceLocale, locale, groups.size > 1);
      const xml = await writeXliff({ sourceLanguage: sourceLocale, targetLanguage: locale, files });
      writes.push({ absolutePath: output, content: xml });
      const notices = files.filter((f) => f.id.startsWith('notice.'));
      const units = notices.reduce((sum, f) => sum + f.units.length, 0);
      const parts = [
        notices.length ? `${notices.length} notice ${notices.length === 1 ? 'text' : 'texts'} (${units} units)` : '',
        files.some((f) => f.id.startsWith('interface.')) ? `${strings!.units.length} interface strings` : '',
      ].filter(Boolean);
      context.print(`${context.display(output)}: ${parts.join(' and ')} from ${sourceLocale} into ${locale}.`);
    }
    if (translated) context.print(`${translated} units hold the existing translation as their target, to review.`);
    writePlannedFiles(context, writes);
  },
});

function readStates(value: string | undefined): Set<TranslationState> {
  if (value === undefined) return new Set(STATES);
  const states = new Set<TranslationState>();
  for (const word of value.split(',').map((w) => w.trim()).filter(Boolean)) {
    if (!(STATES as readonly string[]).includes(word)) {
      const closest = findClosest(word, STATES);
      throw new UsageError(`--only takes ${STATES.join(', ')} (comma-separated), not "${word}"${closest ? `; did you mean "${closest}"?` : ''}`);
    }
    states.add(word as TranslationState);
  }
  if (states.size === 0) throw new UsageError(`--only needs at least one of ${STATES.join(', ')}`);
  return states;
}

/** One notice text's units, with the existing translation as targets where it matches block for block. */
function getNoticeFile(
  source: NoticeText,
  translation: NoticeText | undefined,
  display: (absolutePath: string) => string,
  problems: Problem[],
): Pick<XliffFileOut, 'units'> | undefined {
  if (source.compiled.problems.length) {
    problems.push({
      ...source.compiled.problems[0],
      message: `${source.compiled.problems[0].message} (the source text must pass "npm run check" before it is exported)`,
    });
    return undefined;
  }
  const units = getTextUnits(source);
  problems.push(...units.problems);
  const theirs = translation && !translation.compiled.problems.length ? getTextUnits(translation).units : [];
  const targets = getExistingTargets(units.units, theirs);
  return {
    units: units.units.map((unit) => ({
      id: unit.id,
      note: `${unit.note} Source: ${display(source.absolutePath)}, line ${unit.line}.`,
      source: unit.content,
      target: targets.get(unit.id),
      codes: unit.codes,
    })),
  };
}

function getStringsFile(context: Pick<Context<unknown>, 'settings'>, site: Site, locale: string, missingOnly: boolean): XliffFileOut | undefined {
  const { localesDir } = context.settings();
  const [source, target] = readLocaleSources(localesDir, [site.sourceLocale, locale]);
  const problems: Problem[] = [];
  const sourceStrings = parseLocaleStrings(source, problems);
  const targetStrings = target.text === undefined && !target.problems ? {} : parseLocaleStrings(target, problems);
  if (!sourceStrings || !targetStrings) throw new CliProblem(problems);
  const { units, targets } = getInterfaceUnits(sourceStrings, targetStrings, locale, { missingOnly });
  return {
    id: getFileId({ kind: 'interface', sourceLocale: site.sourceLocale }),
    units: units.map((unit) => ({ id: unit.id, note: unit.note, source: unit.content, target: targets.get(unit.id), codes: unit.codes })),
  };
}

function getOutputPath(context: Pick<Context<{ output?: string }>, 'cwd' | 'options'>, sourceLocale: string, locale: string, several: boolean): string {
  const given = context.options.output;
  if (!given) return path.join(context.cwd, several ? `${locale}.${sourceLocale}.xlf` : `${sourceLocale}-${locale}.xlf`);
  const absolute = path.resolve(context.cwd, given);
  if (!several) return absolute;
  const extension = path.extname(absolute);
  return `${absolute.slice(0, absolute.length - extension.length)}.${sourceLocale}${extension || '.xlf'}`;
}
