// Writes a deterministic benchmark corpus (site.yaml and notices/<slug>/<date>/<locale>.mdx) from a seed.
// Run directly: node bench/generate-corpus.ts --notices 10 --versions 2 [--seed 1] --out <folder>

import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, type Problem } from '../src/lib/errors.ts';
import { hashNoticeText, readNoticeFile } from '../src/lib/notice-file.ts';
import { createEmptyLock, LOCK_FILE_NAME, serializeLock } from '../src/lib/published-lock.ts';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { english } from './corpus/english.ts';
import { french } from './corpus/french.ts';
import type { Language } from './corpus/language.ts';
import {
  countWords,
  createParagraph,
  createSection,
  createSentence,
  createTable,
  listAnchors,
  listBlockLists,
  listParagraphs,
  mutatePlan,
  renderBody,
  type Block,
  type Mutation,
  type NoticePlan,
  type RenderContext,
} from './corpus/notice-plan.ts';
import { createRandom, deriveSeed, type Random } from './corpus/random.ts';
import { swedish } from './corpus/swedish.ts';
import { GROUP_LABELS, PRODUCTS, SECTION_THEMES, SUBSECTION_THEMES, TOPICS, type Category } from './corpus/themes.ts';

/** The build date every benchmark uses, so that which versions are current or upcoming never drifts. */
export const BENCH_NOW = '2026-12-01';

/** Share of translated texts (not the source language) that the corpus leaves out, as translators lag behind. */
export const MISSING_TRANSLATION_SHARE = 0.1;

/** Every text stays within these word counts, as the benchmark brief asks. */
export const WORDS_MIN = 1500;
export const WORDS_MAX = 2500;

const ORGANISATION = 'Solvik Systems AB';
const DOMAIN = 'solvik.example';
const SOURCE_LOCALE = 'en';
/** In the order of the language switcher, as in content/site.yaml. */
const LANGUAGES: readonly Language[] = [swedish, french, english];
const MAILBOXES = ['privacy', 'dpo', 'legal', 'support', 'security'];

// Targets with a margin inside WORDS_MIN..WORDS_MAX, since versions drift by a paragraph or two.
const FIT_LOW = 1650;
const FIT_HIGH = 2350;

export interface CorpusOptions {
  notices: number;
  versions: number;
  seed: number;
  /** The folder to write into; it must be empty or absent. */
  dir: string;
}

export interface CorpusText {
  notice: string;
  date: string;
  locale: string;
  status: 'current' | 'archived' | 'upcoming';
  words: number;
  /** Path relative to the corpus folder. */
  file: string;
  bytes: number;
}

export interface CorpusManifest {
  dir: string;
  seed: number;
  notices: number;
  versions: number;
  now: string;
  texts: CorpusText[];
  /** Texts in a language other than the source that were left out. */
  missingTranslations: number;
  /** How many translated texts there would be with none missing. */
  possibleTranslations: number;
}

interface NoticeInfo {
  slug: string;
  titles: Record<string, string>;
  product: string;
  category: Category;
  dates: string[];
  random: Random;
  introVariant: number;
  summaryVariant: number;
  plan: NoticePlan;
}

/** Generates the corpus into `options.dir` and describes what it wrote. */
export function generateCorpus(options: CorpusOptions): CorpusManifest {
  const { notices: count, versions, seed, dir } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--notices must be a whole number ≥ 1, not ${count}`);
  if (!Number.isInteger(versions) || versions < 1) throw new Error(`--versions must be a whole number ≥ 1, not ${versions}`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; the corpus needs a folder of its own`);

  const notices = Array.from({ length: count }, (_, index) => planNotice(seed, index, versions));
  const context = (notice: NoticeInfo, date: string): RenderContext => ({
    organisation: ORGANISATION,
    product: notice.product,
    date,
    slugOf: (index) => notices[index].slug,
    titleOf: (index, locale) => notices[index].titles[locale],
  });
  const wordRange = (notice: NoticeInfo, plan: NoticePlan) => {
    const counts = LANGUAGES.map((language) => countWords(renderBody(plan, language, context(notice, notice.dates[0]))));
    return { min: Math.min(...counts), max: Math.max(...counts) };
  };

  // First every notice's sections, then links between them: a link may only point at an anchor that exists.
  for (const notice of notices) fillPlan(notice, (plan) => wordRange(notice, plan));
  notices.forEach((notice, index) => {
    addLinks(notice, index, notices);
    fitWords(notice.plan, notice.random, (plan) => wordRange(notice, plan));
  });

  const missing = chooseMissingTranslations(seed, notices);
  const texts: CorpusText[] = [];
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'site.yaml'), renderSiteYaml(notices));

  for (const notice of notices) {
    let plan = notice.plan;
    let mutation: Mutation | undefined;
    const current = notice.dates.filter((date) => date <= BENCH_NOW).at(-1);
    notice.dates.forEach((date, v) => {
      if (v > 0) {
        ({ plan, mutation } = mutatePlan(plan, notice.random, LANGUAGES));
        fitWords(plan, notice.random, (p) => wordRange(notice, p));
      }
      const material = v > 0 && notice.random.chance(0.4);
      for (const language of LANGUAGES) {
        if (missing.has(`${notice.slug}/${date}/${language.code}`)) continue;
        const locale = language.code as 'en' | 'sv' | 'fr';
        const frontmatter: string[] = [
          `title: ${JSON.stringify(notice.titles[locale])}`,
          `summary: ${JSON.stringify(language.summary(ORGANISATION, notice.product, notice.summaryVariant))}`,
        ];
        if (mutation) {
          const changes = language.changes({
            edited: mutation.edited,
            added: mutation.added[locale],
            removed: mutation.removed[locale],
            moved: mutation.moved[locale],
          });
          frontmatter.push(`changes: ${JSON.stringify(changes)}`, `material: ${material}`);
        }
        const body = renderBody(plan, language, context(notice, date));
        const source = `---\n${frontmatter.join('\n')}\n---\n\n${body}`;
        const file = path.posix.join('notices', notice.slug, date, `${locale}.mdx`);
        fs.mkdirSync(path.join(dir, 'notices', notice.slug, date), { recursive: true });
        fs.writeFileSync(path.join(dir, file), source);
        texts.push({
          notice: notice.slug,
          date,
          locale,
          status: date === current ? 'current' : date > BENCH_NOW ? 'upcoming' : 'archived',
          words: countWords(body),
          file,
          bytes: Buffer.byteLength(source),
        });
      }
    });
  }

  writeLock(dir, texts);

  return {
    dir,
    seed,
    notices: count,
    versions,
    now: BENCH_NOW,
    texts,
    missingTranslations: missing.size,
    possibleTranslations: count * versions * (LANGUAGES.length - 1),
  };
}

/**
 * Records every text in effect on BENCH_NOW in published.lock.json, as `npm run notice -- lock` would,
 * so the corpus passes the check that every build runs. Only the frontmatter is read here, not the body.
 */
function writeLock(dir: string, texts: readonly CorpusText[]): void {
  const lock = createEmptyLock();
  for (const text of texts) {
    if (text.status === 'upcoming') continue;
    const problems: Problem[] = [];
    const read = readNoticeFile(path.join(dir, text.file), text.file, problems);
    if (!read) throw new Error(`the generator wrote a text it cannot read: ${problems.map(formatProblem).join('; ')}`);
    lock.files[text.file] = { sha256: hashNoticeText(read) };
  }
  fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), serializeLock(lock));
}

function planNotice(seed: number, index: number, versions: number): NoticeInfo {
  const random = createRandom(deriveSeed(seed, 'notice', index));
  const topic = TOPICS[index % TOPICS.length];
  const round = Math.floor(index / TOPICS.length);
  const product = PRODUCTS[(index * 5 + round) % PRODUCTS.length];
  // Past TOPICS × PRODUCTS notices titles would repeat; a number keeps them apart.
  const suffix = round >= PRODUCTS.length ? ` ${round + 1}` : '';
  const titles = Object.fromEntries(LANGUAGES.map(({ code }) => [code, `${topic[code as 'en']} – ${product}${suffix}`]));
  // The second notice always has an upcoming version, so even tiny corpora exercise the upcoming banner.
  const upcoming = versions > 1 && (index === 1 || random.chance(0.25));
  return {
    slug: `notice-${index + 1}`,
    titles,
    product,
    category: topic.category,
    dates: chooseDates(random, versions, upcoming),
    random,
    introVariant: random.int(0, 1),
    summaryVariant: random.int(0, 1),
    plan: { introVariant: random.int(0, 1), intro: [], sections: [], nextId: 0 },
  };
}

/**
 * Effective dates, oldest first, months apart. With `upcoming` the last one falls in 2027, after the
 * build date, and every earlier one before it: exactly one upcoming version.
 */
function chooseDates(random: Random, versions: number, upcoming: boolean): string[] {
  let year = upcoming ? 2027 : random.int(2024, 2026);
  let month = upcoming ? random.int(1, 6) : random.int(1, year === 2026 ? 11 : 12);
  const day = random.pick([1, 1, 15]);
  const dates: string[] = [];
  for (let v = 0; v < versions; v++) {
    dates.unshift(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    month -= random.int(3, 14);
    while (month < 1) {
      month += 12;
      year -= 1;
    }
  }
  return dates;
}

/** Adds sections until the shortest language reaches its target, then the table, lists and e-mail every notice has. */
function fillPlan(notice: NoticeInfo, range: (plan: NoticePlan) => { min: number; max: number }): void {
  const { random, plan } = notice;
  plan.intro = Array.from({ length: random.int(1, 2) }, () => createSentence(random));
  const themes = random.shuffle(SECTION_THEMES);
  const subthemes = random.shuffle(SUBSECTION_THEMES);
  const target = random.int(1750, 2050);
  while (themes.length > 0 && (plan.sections.length < 4 || range(plan).min < target)) {
    plan.sections.push(createSection(random, plan, themes.shift()!, subthemes));
  }
  const lists = listBlockLists(plan);
  random.pick(plan.sections).blocks.push(createTable(random, plan));
  const has = (kind: Block['kind']) => lists.some(({ blocks }) => blocks.some((b) => b.kind === kind));
  if (!has('bullets')) {
    random.pick(lists).blocks.push({
      kind: 'bullets',
      id: plan.nextId++,
      items: Array.from({ length: 4 }, () => ({ term: random.slot(), sentence: createSentence(random) })),
    });
  }
  if (!has('steps')) {
    random.pick(lists).blocks.push({ kind: 'steps', id: plan.nextId++, items: Array.from({ length: 3 }, () => createSentence(random)) });
  }
  random.pick(listParagraphs(plan)).email = `${random.pick(MAILBOXES)}@${DOMAIN}`;
}

/** Two to four links to other notices (some to a section) and one to a section of this notice. */
function addLinks(notice: NoticeInfo, index: number, notices: readonly NoticeInfo[]): void {
  const { random, plan } = notice;
  const paragraphs = random.shuffle(listParagraphs(plan).filter((p) => !p.email));
  const others = notices.map((_, i) => i).filter((i) => i !== index);
  const links = others.length > 0 ? random.int(2, 4) : 0;
  for (let i = 0; i < links && i < paragraphs.length; i++) {
    const target = random.pick(others);
    const anchor = random.chance(0.5) ? random.pick(listAnchors(notices[target].plan)) : undefined;
    paragraphs[i].link = { notice: target, anchor, variant: random.int(0, 2) };
  }
  const own = paragraphs[links];
  if (own) own.link = { anchor: random.pick(listAnchors(plan)), variant: random.int(0, 1) };
}

/** Keeps every language of a version inside the word range by adding or removing plain paragraphs. */
function fitWords(plan: NoticePlan, random: Random, range: (plan: NoticePlan) => { min: number; max: number }): void {
  for (let guard = 0; guard < 50; guard++) {
    const { min, max } = range(plan);
    if (max > FIT_HIGH) {
      const removable = listBlockLists(plan).flatMap(({ blocks }) =>
        blocks.length < 2 ? [] : blocks.filter((b) => b.kind === 'paragraph' && !b.email && !b.link).map((block) => ({ blocks, block })),
      );
      if (removable.length === 0) return;
      const { blocks, block } = random.pick(removable);
      blocks.splice(blocks.indexOf(block), 1);
    } else if (min < FIT_LOW) {
      const { blocks } = random.pick(listBlockLists(plan));
      blocks.push(createParagraph(random, plan));
    } else {
      return;
    }
  }
}

/** Exactly the configured share of translated texts goes missing, chosen by the seed. */
function chooseMissingTranslations(seed: number, notices: readonly NoticeInfo[]): Set<string> {
  const random = createRandom(deriveSeed(seed, 'missing'));
  const candidates = notices.flatMap((notice) =>
    notice.dates.flatMap((date) =>
      LANGUAGES.filter(({ code }) => code !== SOURCE_LOCALE).map(({ code }) => `${notice.slug}/${date}/${code}`),
    ),
  );
  return new Set(random.shuffle(candidates).slice(0, Math.round(candidates.length * MISSING_TRANSLATION_SHARE)));
}

function renderSiteYaml(notices: readonly NoticeInfo[]): string {
  const categories: Category[] = ['privacy', 'cookies', 'terms', 'regional'];
  const sidebar: unknown[] = categories
    .map((category) => ({
      label: GROUP_LABELS[category],
      items: notices.filter((n) => n.category === category).map((n) => ({ notice: n.slug })),
    }))
    .filter((group) => group.items.length > 0)
    .map((group) => ({ label: { sv: group.label.sv, fr: group.label.fr, en: group.label.en }, items: group.items }));
  (sidebar.at(-1) as { items: unknown[] }).items.push({
    label: { sv: 'Solvik hjälpcenter', fr: 'Centre d’aide Solvik', en: 'Solvik help center' },
    href: `https://help.${DOMAIN}`,
  });
  const config = {
    organisation: ORGANISATION,
    url: `https://legal.${DOMAIN}`,
    sourceLocale: SOURCE_LOCALE,
    locales: [
      { code: 'sv', label: 'Svenska' },
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English', dateLocale: 'en-GB' },
    ],
    intro: {
      sv: `Här hittar du de villkor och integritetstexter som gäller när du använder tjänsterna från ${ORGANISATION}. Varje dokument visar när det senast uppdaterades, och du kan läsa alla tidigare versioner.`,
      fr: `Vous trouverez ici les conditions et les informations sur la protection des données qui s’appliquent aux services de ${ORGANISATION}. Chaque document indique sa date de dernière mise à jour.`,
      en: `Here you find the terms and privacy information that apply when you use the services of ${ORGANISATION}. Each notice shows when it was last updated, and every earlier version stays available.`,
    },
    privacyNotice: notices[0].slug,
    sidebar,
  };
  return `# A generated benchmark corpus (bench/generate-corpus.ts); fictional organisation.\n${stringify(config, { lineWidth: 0 })}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      notices: { type: 'string', default: '10' },
      versions: { type: 'string', default: '2' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out <folder> is required: the corpus never goes into content/');
  const manifest = generateCorpus({
    notices: Number(values.notices),
    versions: Number(values.versions),
    seed: Number(values.seed),
    dir: path.resolve(values.out),
  });
  const words = manifest.texts.map((t) => t.words);
  console.log(
    `Wrote ${manifest.texts.length} texts (${manifest.missingTranslations} of ${manifest.possibleTranslations} translations missing, ` +
      `${Math.min(...words)}–${Math.max(...words)} words) to ${manifest.dir}`,
  );
}

if (import.meta.main) main();
