// `npm run i18n -- import <file.xlf>`: writes the translations of an XLIFF 2.0 file back into the notices and locale files.

import fs from 'node:fs';
import path from 'node:path';
import type { NoticeText, Site } from '../../lib/content.ts';
import type { Problem } from '../../lib/errors.ts';
import { checkInterfaceStrings, parseLocaleStrings, readLocaleSources, type LocaleSource } from '../../lib/checks/interface-strings.ts';
import { formatList } from '../../lib/checks/suggest.ts';
import { findForbiddenWordings, findMissingTerms } from '../../lib/checks/glossary.ts';
import { checkTranslationParity } from '../../lib/checks/translation-parity.ts';
import { readGlossary } from '../../lib/glossary.ts';
import { compileNoticeBody } from '../../lib/markdown/compile.ts';
import { hashNoticeText, parseNoticeSource, readNoticeFile, type NoticeFile } from '../../lib/notice-file.ts';
import { getExpectedHash, getLockKey, readLock } from '../../lib/published-lock.ts';
import { decodeText, describeFileKind, describeWrongKind } from '../../lib/text-file.ts';
import { MAX_XLIFF_BYTES, readXliff, type XliffFileIn } from '../../lib/xliff/document.ts';
import { describeFileId, readFileId, type FileIdentity } from '../../lib/xliff/file-ids.ts';
import { getInterfaceUnits, writeString } from '../../lib/xliff/interface-strings.ts';
import { rebuildTranslation } from '../../lib/xliff/rebuild.ts';
import { resolveTarget } from '../../lib/xliff/targets.ts';
import { getTextUnits, type InlineContent, type TranslationUnit } from '../../lib/xliff/units.ts';
import { defineCommand } from '../command.ts';
import type { Context } from '../context.ts';
import { CliProblem } from '../problems.ts';
import { loadSiteForCommand } from '../steps/load-site.ts';
import { writePlannedFiles, type PlannedWrite } from '../steps/write-files.ts';

/** Where a problem of the import is reported: the XLIFF file, at the unit's line when it can be found. */
interface Place {
  xliff: string;
  text: string;
  fileId: string;
  label: string;
}

export const i18nImport = defineCommand({
  name: 'import',
  summary: 'Write the translations of an XLIFF 2.0 file back into the notices and interface strings',
  args: ['<file>'],
  options: {},
  writes: true,
  description: [
    'Reads a file that "npm run i18n -- export" wrote and a translation tool filled in. Each notice text is\n' +
      'rebuilt from its source: the translated words replace the source\'s words, so headings, lists, tables,\n' +
      'anchors, links and components stay exactly as in the source. Words are written so that they read as\n' +
      'text: braces, tags and "import" lines in a translation never become code. The frontmatter records\n' +
      '"translatedFrom", and keeps the translation\'s other fields.',
    'Nothing is written when the source text changed since the export (export again), when a unit has no\n' +
      'translation (a notice is published whole or not at all; the reader otherwise gets the source text and is\n' +
      'told so), when a protected code is missing or added, or when the result fails the safe-MDX guard or the\n' +
      'parity check. Every problem names the XLIFF file and the unit. Interface strings are written key by key:\n' +
      'a key without a translation is left as it is.',
  ],
  examples: ['npm run i18n -- import en-fr.xlf --dry-run', 'npm run i18n -- import en-fr.xlf'],
  async run(context) {
    const absolute = path.resolve(context.cwd, context.args[0]);
    const xliff = context.display(absolute);
    const text = readXliffText(absolute, xliff);
    const read = await readXliff(text, xliff);
    if (!read.document) throw new CliProblem(read.problems);
    const document = read.document;
    const site = loadSiteForCommand(context);
    const locale = document.targetLanguage ?? '';
    if (!site.locales.includes(locale)) {
      throw new CliProblem({
        file: xliff,
        line: 1,
        severity: 'error',
        message: document.targetLanguage ? `the file translates into "${locale}" (trgLang), which is not one of the site's locales` : 'the file names no target language (trgLang)',
        fix: `export the file again with --locale and one of ${site.locales.join(', ')}`,
      });
    }
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    const writes: PlannedWrite[] = [];
    for (const file of document.files) {
      const identity = readFileId(file.id);
      const place: Place = { xliff, text, fileId: file.id, label: describeFileId(identity, file.id) };
      if (!identity) {
        problems.push(at(place, undefined, `<file id="${file.id}"> is not a notice text or the interface strings that Paragraf exported`, 'import only files written by "npm run i18n -- export"; do not rename <file> ids'));
        continue;
      }
      if (document.sourceLanguage !== identity.sourceLocale) {
        problems.push(at(place, undefined, `${place.label} is written in ${identity.sourceLocale}, but the file's source language (srcLang) is ${document.sourceLanguage}`, 'export the file again rather than editing its languages'));
        continue;
      }
      const found = identity.kind === 'notice'
        ? importNoticeText(context, site, locale, identity, file, place)
        : importInterfaceStrings(context, site, locale, file, place);
      problems.push(...found.problems);
      warnings.push(...found.warnings);
      if (found.write) writes.push(found.write);
    }
    if (problems.length) throw new CliProblem([...problems, ...warnings]);
    for (const warning of warnings) context.warn(formatWarning(warning));
    if (writes.length === 0) {
      context.print(`${xliff} holds nothing to write.`);
      return;
    }
    writePlannedFiles(context, writes);
  },
});

function formatWarning(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line ? (problem.column ?? 1) : undefined].filter((p) => p !== undefined).join(':');
  return `${where}  ${problem.severity}  ${problem.message} — ${problem.fix}`;
}

function readXliffText(absolute: string, file: string): string {
  const kind = describeFileKind(absolute);
  if (kind === 'missing') {
    throw new CliProblem({ file, severity: 'error', message: 'there is no such file', fix: 'give the path of the .xlf file your translation tool saved' });
  }
  if (kind !== 'file') throw new CliProblem(describeWrongKind(file, kind));
  const size = fs.lstatSync(absolute).size;
  if (size > MAX_XLIFF_BYTES) {
    throw new CliProblem({ file, severity: 'error', message: `the file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB`, fix: 'export fewer notices at a time (--notice)' });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(fs.readFileSync(absolute));
  } catch {
    throw new CliProblem({ file, severity: 'error', message: 'the file is not UTF-8 text', fix: 'save it from your translation tool as XLIFF 2.0 in UTF-8' });
  }
}

/** A problem at a unit of the XLIFF file (or at its <file> when `unit` is undefined). */
function at(place: Place, unit: string | undefined, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem {
  const fileStart = place.text.indexOf(`<file id="${place.fileId}"`);
  const unitStart = unit === undefined || fileStart === -1 ? fileStart : place.text.indexOf(`<unit id="${unit}"`, fileStart);
  const line = unitStart === -1 ? undefined : place.text.slice(0, unitStart).split('\n').length;
  return { file: place.xliff, ...(line ? { line, column: 1 } : {}), severity, message: `${place.label}${unit ? `, unit ${unit}` : ''}: ${message}`, fix };
}

interface Imported {
  problems: Problem[];
  warnings: Problem[];
  write?: PlannedWrite;
}

function importNoticeText(
  context: Pick<Context<unknown>, 'display'>,
  site: Site,
  locale: string,
  identity: Extract<FileIdentity, { kind: 'notice' }>,
  file: XliffFileIn,
  place: Place,
): Imported {
  const problems: Problem[] = [];
  const fail = (unit: string | undefined, message: string, fix: string): Imported => ({ problems: [at(place, unit, message, fix)], warnings: [] });
  const notice = site.notices.find((n) => n.slug === identity.notice);
  const version = notice?.versions.find((v) => v.date === identity.date);
  const source = version?.texts[notice!.sourceLocale];
  if (!notice || !version || !source) {
    return fail(undefined, `the site has no ${identity.sourceLocale} text of ${identity.notice} dated ${identity.date}`, 'check that the file was exported from this site and this branch');
  }
  if (notice.sourceLocale !== identity.sourceLocale) {
    return fail(undefined, `${identity.notice} is now written in ${notice.sourceLocale}, not ${identity.sourceLocale} as when the file was exported`, `export it again: npm run i18n -- export --locale ${locale} --notice ${identity.notice}`);
  }
  if (locale === notice.sourceLocale) {
    return fail(undefined, `${locale} is the source language of ${identity.notice}; a translation cannot replace it`, 'export a translation into another language');
  }
  if (source.hash !== identity.hash) {
    return fail(
      undefined,
      `${context.display(source.absolutePath)} changed after the file was exported: it was exported from the text with hash ${identity.hash.slice(0, 12)}…, and the text now has hash ${source.hash.slice(0, 12)}…`,
      `export it again (npm run i18n -- export --locale ${locale} --notice ${identity.notice}), let your translation tool fill the new file from its memory, translate what changed, and import that file`,
    );
  }
  const units = getTextUnits(source).units;
  const known = new Set(units.map((unit) => unit.id));
  const extra = [...file.units.keys()].filter((id) => !known.has(id));
  const absent = units.filter((unit) => !file.units.has(unit.id)).map((unit) => unit.id);
  if (extra.length || absent.length) {
    return fail(
      undefined,
      [absent.length ? `the units ${formatList(absent)} of the source are missing from the file` : '', extra.length ? `the file has units the source does not have (${formatList(extra)})` : ''].filter(Boolean).join('; '),
      `export it again (npm run i18n -- export --locale ${locale} --notice ${identity.notice}) and translate that file; do not add or remove units`,
    );
  }
  const untranslated = units.filter((unit) => !file.units.get(unit.id)!.target).map((unit) => unit.id);
  if (untranslated.length) {
    return fail(
      undefined,
      `${untranslated.length} of ${units.length} units have no translation: ${formatList(untranslated, 12)}`,
      'translate them and import again (copy the source into the target where a unit stays the same, e.g. a name); a notice is only written whole',
    );
  }
  const targets = new Map<string, InlineContent>();
  for (const unit of units) {
    const resolved = resolveTarget(file.units.get(unit.id)!.target!, unit);
    for (const problem of resolved.problems) problems.push(at(place, unit.id, problem.message, problem.fix));
    if (resolved.content) targets.set(unit.id, resolved.content);
  }
  if (problems.length) return { problems, warnings: [] };

  const absolutePath = path.join(site.contentDir, 'notices', identity.notice, identity.date, `${locale}.mdx`);
  const display = context.display(absolutePath);
  const existing = readExisting(absolutePath, display, place);
  if ('problem' in existing) return { problems: [existing.problem], warnings: [] };
  const rebuilt = rebuildTranslation({ source, units, targets, existing: existing.file, sourceHash: source.hash, file: display });
  for (const problem of rebuilt.problems) problems.push(at(place, problem.unit, problem.message, problem.fix));
  if (rebuilt.parseProblems.length || !rebuilt.text) {
    for (const problem of rebuilt.parseProblems) problems.push(atLine(place, units, rebuilt.lines, problem));
    return { problems, warnings: [] };
  }
  const checked = checkRebuiltText(site, notice.slug, source, locale, rebuilt.text, display);
  const mapped = checked.problems.map((problem) => atLine(place, units, rebuilt.lines, problem));
  const locked = readLock(site.contentDir).lock?.files[getLockKey(site.contentDir, absolutePath)];
  if (locked && checked.hash && getExpectedHash(locked) !== checked.hash) {
    mapped.push(
      at(
        place,
        undefined,
        `${display} was published on ${identity.date} and is locked: this import changes what it says, which "npm run check" refuses until the change is recorded`,
        `if the import corrects the translation, record it: npm run notice -- correct ${identity.notice} ${identity.date} --locale ${locale} --reason "…"; otherwise put the change in a new version`,
        'warning',
      ),
    );
  }
  const change = existing.file ? `translated text from ${place.xliff}, translatedFrom: ${source.hash.slice(0, 12)}… (${context.display(source.absolutePath)})` : undefined;
  return {
    problems: mapped.filter((p) => p.severity === 'error'),
    warnings: mapped.filter((p) => p.severity === 'warning'),
    write: { absolutePath, content: rebuilt.text, change },
  };
}

function readExisting(absolutePath: string, display: string, place: Place): { file?: NoticeFile } | { problem: Problem } {
  if (!fs.existsSync(absolutePath)) return {};
  const problems: Problem[] = [];
  const file = readNoticeFile(absolutePath, display, problems);
  if (file) return { file };
  return { problem: at(place, undefined, `the existing translation ${display} cannot be read (${problems[0]?.message ?? 'unknown problem'}), so its frontmatter cannot be kept`, `fix that file first, or delete it to have it written anew`) };
}

/** The safe-MDX guard, the notice reader's own checks and the parity check, on the text about to be written. */
function checkRebuiltText(site: Site, slug: string, source: NoticeText, locale: string, text: string, file: string): { problems: Problem[]; hash?: string } {
  const problems: Problem[] = [];
  const decoded = decodeText(Buffer.from(text, 'utf8'), file, problems);
  const parsed = decoded ? parseNoticeSource(decoded.text, file, problems) : undefined;
  if (!parsed) return { problems };
  const compiled = compileNoticeBody({ file, body: parsed.body, bodyLine: parsed.bodyLine }, { imageHosts: site.config.images?.remoteHosts ?? [] });
  problems.push(...compiled.problems);
  const translation = { ...source, locale, file, source: parsed.source, frontmatter: parsed.data, fieldLines: parsed.fieldLines, body: parsed.body, bodyLine: parsed.bodyLine, hash: hashNoticeText(parsed), compiled };
  const pair = { notices: [{ slug, sourceLocale: source.locale, versions: [{ texts: { [source.locale]: source, [locale]: translation } }] }] } as unknown as Site;
  problems.push(...checkTranslationParity(pair).filter((problem) => problem.file === file));
  // The agreed wordings of legal terms: warnings, reported at the unit that lacks one.
  const { glossary } = readGlossary(site.contentDir, site.locales);
  if (glossary) {
    const terms = { ...glossary, terms: glossary.terms.filter((term) => !term.notices || term.notices.includes(slug)) };
    problems.push(...findForbiddenWordings(translation, terms), ...findMissingTerms(source, translation, terms));
  }
  return { problems, hash: translation.hash };
}

/** A problem found in the written text, reported at the unit whose lines it falls on. */
function atLine(place: Place, units: readonly TranslationUnit[], lines: ReadonlyMap<string, number>, problem: Problem): Problem {
  let unit: string | undefined;
  let best = -1;
  for (const candidate of units) {
    const line = lines.get(candidate.id);
    if (line !== undefined && problem.line !== undefined && line <= problem.line && line > best) {
      best = line;
      unit = candidate.id;
    }
  }
  const where = `${problem.file}${problem.line ? ` line ${problem.line}` : ''}`;
  return at(place, unit, `${problem.message} (in ${where})`, problem.fix, problem.severity);
}

function importInterfaceStrings(
  context: Pick<Context<unknown>, 'settings' | 'display'>,
  site: Site,
  locale: string,
  file: XliffFileIn,
  place: Place,
): Imported {
  const problems: Problem[] = [];
  const { localesDir } = context.settings();
  if (locale === site.sourceLocale) {
    return { problems: [at(place, undefined, `${locale} is the language the interface strings are written in`, 'export them into another language')], warnings: [] };
  }
  const [sourceFile, targetFile] = readLocaleSources(localesDir, [site.sourceLocale, locale]);
  const read: Problem[] = [];
  const source = parseLocaleStrings(sourceFile, read);
  const target = targetFile.text === undefined && !targetFile.problems ? {} : parseLocaleStrings(targetFile, read);
  if (!source || !target) return { problems: read, warnings: [] };
  const { units } = getInterfaceUnits(source, target, locale, { missingOnly: false });
  const byKey = new Map(units.map((unit) => [unit.id, unit]));
  const updated: Record<string, string> = { ...target };
  let changed = 0;
  for (const [key, value] of file.units) {
    const unit = byKey.get(key);
    if (!unit) {
      problems.push(at(place, key, `"${key}" is not an interface string of ${sourceFile.file}`, 'export the file again; keys are never renamed in a translation tool'));
      continue;
    }
    if (!value.target) continue;
    const resolved = resolveTarget(value.target, unit);
    for (const problem of resolved.problems) problems.push(at(place, key, problem.message, problem.fix));
    if (!resolved.content) continue;
    const translated = writeString(resolved.content, unit);
    if (updated[key] !== translated) changed++;
    updated[key] = translated;
  }
  if (problems.length || changed === 0) return { problems, warnings: [] };
  const content = `${JSON.stringify(orderKeys(updated, Object.keys(target), units.map((unit) => unit.id)), null, 2)}\n`;
  const rewritten: LocaleSource = { locale, file: targetFile.file, text: content };
  const checked = checkInterfaceStrings([sourceFile, rewritten], site.sourceLocale).filter((p) => p.file === targetFile.file);
  const mapped = checked.map((problem) => {
    const key = /"([^"]+)"/.exec(problem.message)?.[1];
    return at(place, key && file.units.has(key) ? key : undefined, problem.message, problem.fix, problem.severity);
  });
  return {
    problems: mapped.filter((p) => p.severity === 'error' && !/is missing|has no ".*" form/.test(p.message)),
    warnings: mapped.filter((p) => p.severity === 'warning' || /is missing|has no ".*" form/.test(p.message)).map((p) => ({ ...p, severity: 'warning' as const })),
    write: { absolutePath: path.join(localesDir, `${locale}.json`), content, change: `${changed} interface ${changed === 1 ? 'string' : 'strings'} from ${context.display(place.xliff)}` },
  };
}

/**
 * The file's keys in the order it had them; a new key goes after the key the source has just before
 * it, so the file still reads in the source's order.
 */
function orderKeys(values: Record<string, string>, existing: readonly string[], sourceOrder: readonly string[]): Record<string, string> {
  const order = [...existing];
  for (const [index, key] of sourceOrder.entries()) {
    if (order.includes(key) || !Object.hasOwn(values, key)) continue;
    const previous = sourceOrder.slice(0, index).findLast((k) => order.includes(k));
    order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, key);
  }
  return Object.fromEntries(order.filter((key) => Object.hasOwn(values, key)).map((key) => [key, values[key]]));
}
