// Writes the "what changed" summary of a version imported from a repository's history, from the redline
// between it and the version before: which sections changed. The editor reviews it like any summary.

import type { Block } from '../diff/blocks.ts';
import { diffBlocks } from '../diff/index.ts';

const WORDS: Record<string, { in: (sections: string) => string; intro: string; none: string; and: string; more: (n: number) => string }> = {
  en: { in: (s) => `Changes in ${s}.`, intro: 'the introduction', none: 'Wording changes only.', and: 'and', more: (n) => `${n} more sections` },
  sv: { in: (s) => `Ändringar i ${s}.`, intro: 'inledningen', none: 'Endast ändrade formuleringar.', and: 'och', more: (n) => `${n} avsnitt till` },
  fr: { in: (s) => `Modifications dans ${s}.`, intro: 'l’introduction', none: 'Modifications de forme uniquement.', and: 'et', more: (n) => `${n} autres sections` },
};

/** "Changes in “Your rights”, “Cookies” and the introduction." in the text's language (English otherwise). */
export function describeChanges(before: Block[], after: Block[], locale: string): string {
  const words = Object.hasOwn(WORDS, locale) ? WORDS[locale] : WORDS.en;
  const titles = new Map<string, string>();
  for (const block of [...before, ...after]) if (block.kind === 'heading') titles.set(block.id, block.text);
  const sections: string[] = [];
  const add = (name: string) => {
    if (!sections.includes(name)) sections.push(name);
  };
  for (const change of diffBlocks(before, after, locale).changes) {
    if (change.type === 'equal') continue;
    const block = change.type === 'modify' ? change.after : change.block;
    const section = block.kind === 'heading' ? block.id : block.section;
    add(section && titles.has(section) ? `“${titles.get(section)}”` : words.intro);
  }
  if (sections.length === 0) return words.none;
  const shown = sections.length > 5 ? [...sections.slice(0, 4), words.more(sections.length - 4)] : sections;
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} ${words.and} ${shown.at(-1)}`;
  return words.in(list);
}
