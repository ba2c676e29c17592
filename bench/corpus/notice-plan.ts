// A notice as a language-neutral plan (sections, blocks, sentence slots), its mutation into the next version,
// and its rendering as Markdown in one language. Every locale renders the same plan, so anchors, links and
// structure agree across translations by construction.

import { SENTENCE_PATTERNS, SLOTS, type Language } from './language.ts';
import type { Random } from './random.ts';
import { SECTION_THEMES, SUBSECTION_THEMES, type Theme } from './themes.ts';

export interface SentencePlan {
  pattern: number;
  slots: number[];
}

/** A link to another notice (optionally to one of its sections), or to a section of this notice. */
export interface LinkPlan {
  /** Index of the target notice; undefined links within this notice. */
  notice?: number;
  /** Anchor id of the target section; undefined links to the notice itself. */
  anchor?: string;
  variant: number;
}

export type Block =
  | { kind: 'paragraph'; id: number; sentences: SentencePlan[]; link?: LinkPlan; email?: string }
  | { kind: 'bullets'; id: number; items: { term: number; sentence: SentencePlan }[] }
  | { kind: 'steps'; id: number; items: SentencePlan[] }
  | { kind: 'table'; id: number; rows: number[][] };

export interface SubsectionPlan {
  theme: Theme;
  blocks: Block[];
}

export interface SectionPlan {
  theme: Theme;
  blocks: Block[];
  subsections: SubsectionPlan[];
}

export interface NoticePlan {
  introVariant: number;
  intro: SentencePlan[];
  sections: SectionPlan[];
  /** The next free block id. */
  nextId: number;
}

/** What a plan needs from outside to render: names, the version date, and other notices' titles. */
export interface RenderContext {
  organisation: string;
  product: string;
  date: string;
  /** Slug of notice `index`. */
  slugOf(index: number): string;
  /** Title of notice `index` in `locale`. */
  titleOf(index: number, locale: string): string;
}

const THEMES_BY_ID = new Map([...SECTION_THEMES, ...SUBSECTION_THEMES].map((t) => [t.id, t]));

export function createSentence(random: Random): SentencePlan {
  return { pattern: random.int(0, SENTENCE_PATTERNS - 1), slots: Array.from({ length: SLOTS }, () => random.slot()) };
}

export function createParagraph(random: Random, plan: NoticePlan): Block {
  return { kind: 'paragraph', id: plan.nextId++, sentences: Array.from({ length: random.int(2, 5) }, () => createSentence(random)) };
}

function createBlock(random: Random, plan: NoticePlan): Block {
  const roll = random.next();
  if (roll < 0.14) {
    return {
      kind: 'bullets',
      id: plan.nextId++,
      items: Array.from({ length: random.int(3, 6) }, () => ({ term: random.slot(), sentence: createSentence(random) })),
    };
  }
  if (roll < 0.22) {
    return { kind: 'steps', id: plan.nextId++, items: Array.from({ length: random.int(3, 5) }, () => createSentence(random)) };
  }
  return createParagraph(random, plan);
}

export function createTable(random: Random, plan: NoticePlan): Block {
  return {
    kind: 'table',
    id: plan.nextId++,
    rows: Array.from({ length: random.int(4, 7) }, () => Array.from({ length: 4 }, () => random.slot())),
  };
}

export function createSection(random: Random, plan: NoticePlan, theme: Theme, subthemes: Theme[]): SectionPlan {
  const section: SectionPlan = {
    theme,
    blocks: [createParagraph(random, plan), ...Array.from({ length: random.int(0, 2) }, () => createBlock(random, plan))],
    subsections: [],
  };
  if (subthemes.length > 0 && random.chance(0.35)) {
    for (let i = random.int(1, Math.min(3, subthemes.length)); i > 0; i--) {
      const subtheme = subthemes.shift();
      if (!subtheme) break;
      section.subsections.push({
        theme: subtheme,
        blocks: [createParagraph(random, plan), ...Array.from({ length: random.int(0, 1) }, () => createBlock(random, plan))],
      });
    }
  }
  return section;
}

/** Every block list of a plan (each section's own, then each subsection's), with the heading it sits under. */
export function listBlockLists(plan: NoticePlan): { theme: Theme; blocks: Block[] }[] {
  return plan.sections.flatMap((section) => [
    { theme: section.theme, blocks: section.blocks },
    ...section.subsections.map((sub) => ({ theme: sub.theme, blocks: sub.blocks })),
  ]);
}

export function listParagraphs(plan: NoticePlan): Extract<Block, { kind: 'paragraph' }>[] {
  return listBlockLists(plan).flatMap(({ blocks }) =>
    blocks.filter((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph'),
  );
}

/** Every anchor the plan's headings carry. Sections are moved but never removed, so these hold for every version. */
export function listAnchors(plan: NoticePlan): string[] {
  return plan.sections.flatMap((section) => [section.theme.id, ...section.subsections.map((sub) => sub.theme.id)]);
}

export interface Mutation {
  edited: number;
  /** Headings (as themes) where a paragraph was added, removed, and which section moved. */
  added: Theme;
  removed: Theme;
  moved: Theme;
}

/**
 * Turns one version's plan into the next, the way editors revise a notice: a few paragraphs edited word by
 * word, one paragraph added, one removed, one section moved. Returns a new plan; `plan` is left as it was.
 */
export function mutatePlan(plan: NoticePlan, random: Random, languages: readonly Language[]): { plan: NoticePlan; mutation: Mutation } {
  const next: NoticePlan = structuredClone(plan);

  const paragraphs = random.shuffle(listParagraphs(next));
  const edited = Math.min(paragraphs.length, random.int(2, 4));
  for (const paragraph of paragraphs.slice(0, edited)) {
    const sentence = random.pick(paragraph.sentences);
    editSentence(sentence, random, languages);
    if (paragraph.sentences.length > 2 && random.chance(0.3)) editSentence(random.pick(paragraph.sentences), random, languages);
  }

  const lists = listBlockLists(next);
  const target = random.pick(lists);
  target.blocks.splice(random.int(1, target.blocks.length), 0, createParagraph(random, next));

  // Remove from a list that keeps at least one block, and never the paragraph that carries the e-mail address.
  const removable = random.shuffle(
    listBlockLists(next).flatMap(({ theme, blocks }) =>
      blocks.length < 2 ? [] : blocks.filter((b) => b.kind === 'paragraph' && !b.email).map((block) => ({ theme, blocks, block })),
    ),
  );
  const victim = removable[0];
  if (victim) victim.blocks.splice(victim.blocks.indexOf(victim.block), 1);

  const from = random.int(0, next.sections.length - 1);
  const [moved] = next.sections.splice(from, 1);
  let to = random.int(0, next.sections.length);
  if (to === from && next.sections.length > 0) to = (to + 1) % (next.sections.length + 1);
  next.sections.splice(to, 0, moved);

  return { plan: next, mutation: { edited, added: target.theme, removed: (victim ?? { theme: target.theme }).theme, moved: moved.theme } };
}

/** Changes one or two words of a sentence: a slot that every language actually reads. */
function editSentence(sentence: SentencePlan, random: Random, languages: readonly Language[]): void {
  const changes = random.int(1, 2);
  for (let change = 0; change < changes; change++) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const index = random.int(0, SLOTS - 1);
      const before = languages.map((language) => language.sentence(sentence.pattern, sentence.slots));
      const old = sentence.slots[index];
      sentence.slots[index] = random.slot();
      const after = languages.map((language) => language.sentence(sentence.pattern, sentence.slots));
      if (after.every((text, i) => text !== before[i])) break;
      sentence.slots[index] = old;
    }
  }
}

/** The Markdown body of one version of a notice in one language. */
export function renderBody(plan: NoticePlan, language: Language, context: RenderContext): string {
  const locale = language.code as 'en' | 'sv' | 'fr';
  const sentences = (list: readonly SentencePlan[]) => list.map((s) => language.sentence(s.pattern, s.slots));
  const link = (plan: LinkPlan): string => {
    if (plan.notice === undefined) {
      const theme = THEMES_BY_ID.get(plan.anchor ?? '');
      if (!theme) throw new Error(`Unknown anchor ${plan.anchor}`);
      return language.sectionLink(theme[locale], `#${theme.id}`, plan.variant);
    }
    const base = `/${context.slugOf(plan.notice)}/`;
    if (plan.anchor) {
      const theme = THEMES_BY_ID.get(plan.anchor);
      if (!theme) throw new Error(`Unknown anchor ${plan.anchor}`);
      return language.sectionLink(theme[locale], `${base}#${theme.id}`, plan.variant);
    }
    return language.noticeLink(language.inlineTitle(context.titleOf(plan.notice, locale)), base, plan.variant);
  };
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph': {
        const parts = sentences(b.sentences);
        if (b.link) parts.push(link(b.link));
        if (b.email) parts.push(language.emailSentence(b.email, b.id));
        return parts.join(' ');
      }
      case 'bullets':
        return b.items.map((item) => `- ${language.term(item.term)} ${language.sentence(item.sentence.pattern, item.sentence.slots)}`).join('\n');
      case 'steps':
        return sentences(b.items).map((text, i) => `${i + 1}. ${text}`).join('\n');
      case 'table': {
        const header = language.tableHeader();
        return [
          `| ${header.join(' | ')} |`,
          `|${header.map(() => '---').join('|')}|`,
          ...b.rows.map((row) => `| ${language.tableRow(row).join(' | ')} |`),
        ].join('\n');
      }
    }
  };
  const out: string[] = [[language.intro(context.organisation, context.product, context.date, plan.introVariant), ...sentences(plan.intro)].join(' ')];
  for (const section of plan.sections) {
    out.push(`## ${section.theme[locale]} {#${section.theme.id}}`, ...section.blocks.map(block));
    for (const sub of section.subsections) out.push(`### ${sub.theme[locale]} {#${sub.theme.id}}`, ...sub.blocks.map(block));
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * Counts the words a reader reads in a Markdown body: anchors, link targets and table rules are not words;
 * an elided "l’adresse" counts once, as word processors count it.
 */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\{#[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\|?(\s*-+\s*\|)+\s*-*\s*$/gm, ' ');
  return text.match(/[\p{L}\p{N}]+(?:[’'.@-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
