// Legal terms do not drift between translations: where a source block uses a term of content/glossary.yaml,
// the translation's block uses the agreed wording, and no text uses a wording the glossary rules out.

import type { NoticeText, Site } from '../content.ts';
import type { Block } from '../diff/blocks.ts';
import type { Problem } from '../errors.ts';
import { findWording, readGlossary, type Glossary, type GlossaryTerm } from '../glossary.ts';
import { findClosest } from './suggest.ts';

/** Reads the glossary and checks every text of every version that is not archived. */
export function checkGlossary(site: Pick<Site, 'contentDir' | 'locales' | 'notices'>): Problem[] {
  const { glossary, problems } = readGlossary(site.contentDir, site.locales);
  if (!glossary) return problems;
  const slugs = site.notices.map((notice) => notice.slug);
  for (const term of glossary.terms) {
    for (const slug of term.notices ?? []) {
      if (slugs.includes(slug)) continue;
      const closest = findClosest(slug, slugs);
      problems.push({
        file: glossary.file,
        line: term.line,
        column: 1,
        severity: 'error',
        message: `the term "${term.id}" names the notice "${slug}", which the site does not have`,
        fix: closest ? `did you mean "${closest}"?` : `use one of: ${slugs.join(', ')}`,
      });
    }
  }
  for (const notice of site.notices) {
    const terms = { ...glossary, terms: glossary.terms.filter((term) => !term.notices || term.notices.includes(notice.slug)) };
    for (const version of notice.versions) {
      // Archived versions no longer change what readers are told.
      if (version.status === 'archived') continue;
      const source = version.texts[notice.sourceLocale];
      for (const locale of Object.keys(version.texts).sort()) {
        const text = version.texts[locale];
        problems.push(...findForbiddenWordings(text, terms));
        if (source && locale !== notice.sourceLocale) problems.push(...findMissingTerms(source, text, terms));
      }
    }
  }
  return problems;
}

type CheckedText = Pick<NoticeText, 'file' | 'locale' | 'compiled' | 'frontmatter' | 'fieldLines'>;

/** The frontmatter fields readers read, checked like the blocks of the body. */
const FIELDS = ['title', 'summary', 'changes'] as const;

function getFields(text: CheckedText): { field: (typeof FIELDS)[number]; text: string; line: number }[] {
  return FIELDS.filter((field) => typeof text.frontmatter[field] === 'string').map((field) => ({
    field,
    text: text.frontmatter[field] as string,
    line: text.fieldLines[field] ?? 1,
  }));
}

/** Every use of a wording the glossary rules out in the text's language. */
export function findForbiddenWordings(text: CheckedText, glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  for (const block of [...getFields(text), ...text.compiled.blocks]) {
    for (const term of glossary.terms) {
      const forbidden = findForbidden(block.text, term, text.locale);
      if (!forbidden) continue;
      const agreed = term.forms[text.locale]?.[0];
      problems.push({
        file: text.file,
        line: block.line,
        column: 1,
        severity: 'warning',
        message: `"${forbidden}" is a wording the glossary rules out for the term "${term.id}"`,
        fix: agreed ? `write "${agreed}" (or an inflected form of it), the wording the glossary agrees on` : `see the term "${term.id}" in glossary.yaml (line ${term.line})`,
      });
    }
  }
  return problems;
}

function findForbidden(text: string, term: GlossaryTerm, locale: string): string | undefined {
  for (const wording of term.forbidden[locale] ?? []) {
    const found = findWording(text, wording, locale);
    if (found) return text.normalize('NFC').slice(found.start, found.end);
  }
  return undefined;
}

/** Blocks of the translation whose source block uses a term, but which use none of its agreed wordings. */
export function findMissingTerms(source: CheckedText, translation: CheckedText, glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  const sourceName = source.file.split('/').pop();
  const theirFields = getFields(translation);
  const fields = getFields(source).flatMap((field) => {
    const theirs = theirFields.find((f) => f.field === field.field);
    return theirs ? [{ source: [field], translation: [theirs], where: `the "${field.field}"` }] : [];
  });
  const blocks = alignBlocks(source.compiled.blocks, translation.compiled.blocks).map((pair) => ({
    ...pair,
    where: pair.whole ? describeGroup(pair.translation[0]) : `this ${describeBlock(pair.translation[0])}`,
  }));
  for (const pair of [...fields, ...blocks]) {
    const sourceText = pair.source.map((b) => b.text).join('\n');
    const translationText = pair.translation.map((b) => b.text).join('\n');
    for (const term of glossary.terms) {
      const agreed = term.forms[translation.locale];
      const used = term.forms[source.locale]?.find((wording) => findWording(sourceText, wording, source.locale));
      if (!agreed || !used) continue;
      if (agreed.some((wording) => findWording(translationText, wording, translation.locale))) continue;
      // A translation may quote the source's own wording, e.g. a button's English label marked with <Lang>.
      if (findWording(translationText, used, source.locale)) continue;
      // A ruled-out wording is reported as such; saying the agreed one is missing too would repeat it.
      if (findForbidden(translationText, term, translation.locale)) continue;
      problems.push({
        file: translation.file,
        line: pair.translation[0].line,
        column: 1,
        severity: 'warning',
        message: `"${used}" is "${agreed[0]}" in the glossary, but ${pair.where} does not use it`,
        fix: `use "${agreed[0]}" (inflected as the sentence needs), as ${sourceName} line ${pair.source[0].line} uses "${used}"; if another wording is right here, add it to the term "${term.id}" in glossary.yaml`,
      });
    }
  }
  return problems;
}

interface BlockPair {
  source: Block[];
  translation: Block[];
  /** Whether the pair is every block of one kind in a section, because the two texts have different numbers of them. */
  whole: boolean;
}

/**
 * Pairs the blocks of a source and its translation: within each section (the H2 and H3 anchors that
 * parity keeps the same in both), the n-th block of a kind with the n-th of that kind. Where a section
 * has more paragraphs in one language than in the other, its paragraphs are compared as a whole.
 */
export function alignBlocks(source: readonly Block[], translation: readonly Block[]): BlockPair[] {
  const group = (blocks: readonly Block[]) => {
    const groups = new Map<string, Block[]>();
    for (const block of blocks) {
      const key = `${block.section ?? ''}#${block.subsection ?? ''}#${block.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), block]);
    }
    return groups;
  };
  const theirs = group(translation);
  const pairs: BlockPair[] = [];
  for (const [key, blocks] of group(source)) {
    const ours = theirs.get(key);
    if (!ours) continue;
    if (ours.length === blocks.length) blocks.forEach((block, i) => pairs.push({ source: [block], translation: [ours[i]], whole: false }));
    else pairs.push({ source: blocks, translation: ours, whole: true });
  }
  return pairs.sort((a, b) => a.translation[0].line - b.translation[0].line);
}

function describeBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return 'heading';
    case 'paragraph':
      return 'paragraph';
    case 'list-item':
      return 'list item';
    case 'table-row':
      return 'table row';
    default:
      return 'passage';
  }
}

function describeGroup(block: Block): string {
  const kind = describeBlock(block);
  const plural = kind === 'passage' ? 'passages' : `${kind}s`;
  const section = block.subsection ?? block.section;
  return section ? `the ${plural} of the section #${section}` : `the ${plural} before the first section`;
}
