// Turns a benchmark corpus (notices/<notice>/<date>/<locale>.mdx) into Starlight docs pages, one page per text.

import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';

/** The corpus's source language: never missing, so Starlight's fallback for a missing translation is this text. */
export const STARLIGHT_DEFAULT_LOCALE = 'en';

export interface CorpusText {
  notice: string;
  date: string;
  locale: string;
  /** The whole .mdx file, frontmatter included. */
  source: string;
}

export interface StarlightPage {
  /** Relative to src/content/docs, with forward slashes: <locale>/<notice>/<date>.md */
  file: string;
  source: string;
}

/** What converting one text needs to know about the rest of the corpus. */
export interface CorpusIndex {
  /** The version a link without a date (/notice-3/) means: the one in effect at the benchmark's build date. */
  currentDate(notice: string): string | undefined;
  /** The anchor ids of the page Starlight serves at <locale>/<notice>/<date>, mapped to the ids Starlight gives them. */
  anchors(notice: string, date: string, locale: string): ReadonlyMap<string, string> | undefined;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*\{#([\w-]+)\}[ \t]*$/;
const ANY_HEADING = /^#{1,6}[ \t]+(.*?)[ \t]*$/;

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parseYaml(match[1]) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** A heading's text as a reader sees it, which is what Starlight's heading ids are made from. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}

/**
 * Maps each `{#id}` anchor of a text to the id Starlight will give its heading. Starlight (through Astro's
 * Sätteri processor) slugs every heading's text with github-slugger, one slugger per page, in document order, so
 * headings without an anchor still count for the numbering of duplicates.
 */
export function headingAnchors(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<string, string>();
  for (const line of body.split('\n')) {
    const withId = HEADING.exec(line);
    if (withId) {
      anchors.set(withId[3], slugger.slug(headingText(withId[2])));
      continue;
    }
    const plain = ANY_HEADING.exec(line);
    if (plain) slugger.slug(headingText(plain[1]));
  }
  return anchors;
}

/** `## Title {#id}` becomes `## Title`: Starlight's Markdown has no heading attributes and would print the braces. */
export function stripHeadingAnchors(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const match = HEADING.exec(line);
      return match ? `${match[1]} ${match[2]}` : line;
    })
    .join('\n');
}

/** Starlight's URL for a docs page: its path without extension, and a trailing slash (Starlight's default format). */
export function starlightUrl(locale: string, notice: string, date: string): string {
  return `/${locale}/${notice}/${date}/`;
}

/**
 * Rewrites Paragraf links to Starlight's URLs: `/notice-3/#scope` (the notice in effect, in the reader's language)
 * becomes `/<locale>/notice-3/<current date>/#<Starlight's id of that heading>`, and `#payments` within the text
 * becomes `#<Starlight's id>`. Anchors Starlight's target page does not have, other links and e-mail addresses are
 * left as they are.
 */
export function rewriteLinks(body: string, text: Pick<CorpusText, 'notice' | 'date' | 'locale'>, index: CorpusIndex): string {
  const anchorIn = (notice: string, date: string, anchor: string | undefined): string => {
    if (anchor === undefined) return '';
    return `#${index.anchors(notice, date, text.locale)?.get(anchor) ?? anchor}`;
  };
  return body.replace(/\]\(([^)\s]*)\)/g, (whole, href: string) => {
    if (href.startsWith('#')) return `](${anchorIn(text.notice, text.date, href.slice(1))})`;
    const match = /^\/([\w-]+)\/(?:#([\w-]+))?$/.exec(href);
    if (!match) return whole;
    const date = index.currentDate(match[1]);
    if (date === undefined) return whole;
    return `](${starlightUrl(text.locale, match[1], date)}${anchorIn(match[1], date, match[2])})`;
  });
}

/** One corpus text as a Starlight docs page: title and description frontmatter, plain headings, Starlight links. */
export function convertText(text: CorpusText, index: CorpusIndex): StarlightPage {
  const { data, body } = splitFrontmatter(text.source);
  if (typeof data.title !== 'string') throw new Error(`${text.notice}/${text.date}/${text.locale}.mdx has no title`);
  const frontmatter = [`title: ${JSON.stringify(data.title)}`];
  if (typeof data.summary === 'string') frontmatter.push(`description: ${JSON.stringify(data.summary)}`);
  return {
    file: `${text.locale}/${text.notice}/${text.date}.md`,
    source: `---\n${frontmatter.join('\n')}\n---\n\n${rewriteLinks(stripHeadingAnchors(body.replace(/^\n+/, '')), text, index)}`,
  };
}

/**
 * Indexes every text of the corpus for link rewriting. A page missing in a language is served by Starlight with the
 * default locale's text, so its anchors are that text's.
 */
export function indexCorpus(texts: readonly CorpusText[], now: string): CorpusIndex {
  const dates = new Map<string, string[]>();
  const bodies = new Map<string, string>();
  for (const text of texts) {
    dates.set(text.notice, [...(dates.get(text.notice) ?? []), text.date]);
    bodies.set(`${text.notice}/${text.date}/${text.locale}`, text.source);
  }
  const current = new Map<string, string>();
  for (const [notice, list] of dates) {
    const sorted = [...new Set(list)].sort();
    // Dates are ISO, so they compare as strings; a notice with only upcoming versions links to its first.
    current.set(notice, sorted.filter((date) => date <= now).at(-1) ?? sorted[0]);
  }
  const anchors = new Map<string, Map<string, string>>();
  return {
    currentDate: (notice) => current.get(notice),
    anchors(notice, date, locale) {
      const key = bodies.has(`${notice}/${date}/${locale}`) ? `${notice}/${date}/${locale}` : `${notice}/${date}/${STARLIGHT_DEFAULT_LOCALE}`;
      const source = bodies.get(key);
      if (source === undefined) return undefined;
      if (!anchors.has(key)) anchors.set(key, headingAnchors(splitFrontmatter(source).body));
      return anchors.get(key);
    },
  };
}

/** Reads notices/<notice>/<date>/<locale>.mdx from a corpus folder, in a stable order. */
export function readCorpusTexts(contentDir: string): CorpusText[] {
  const texts: CorpusText[] = [];
  const noticesDir = path.join(contentDir, 'notices');
  const folders = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const notice of folders(noticesDir)) {
    for (const date of folders(path.join(noticesDir, notice))) {
      for (const file of fs.readdirSync(path.join(noticesDir, notice, date)).sort()) {
        if (!file.endsWith('.mdx')) continue;
        texts.push({ notice, date, locale: file.slice(0, -'.mdx'.length), source: fs.readFileSync(path.join(noticesDir, notice, date, file), 'utf8') });
      }
    }
  }
  return texts;
}

/** Writes every text of the corpus in `contentDir` as a page under `docsDir`; returns how many pages it wrote. */
export function writeStarlightDocs(contentDir: string, docsDir: string, now: string): number {
  const texts = readCorpusTexts(contentDir);
  const index = indexCorpus(texts, now);
  for (const text of texts) {
    const page = convertText(text, index);
    const file = path.join(docsDir, ...page.file.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page.source);
  }
  return texts.length;
}
