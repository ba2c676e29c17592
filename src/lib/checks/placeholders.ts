// Nothing the CLI wrote for an editor to replace is published: summaries, "what changed" and the
// scaffolded paragraph, in every language the CLI writes them in.

import type { Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { getPlaceholders, listPlaceholders } from '../placeholders.ts';

const FIXES = {
  summary: 'write in a sentence or two what this notice covers, in this file’s language',
  changes: 'write in a sentence or two what changed for readers since the previous version',
} as const;

export function checkPlaceholders(site: Site): Problem[] {
  const summaries = new Set(listPlaceholders('summary'));
  const changes = new Set(listPlaceholders('changes'));
  const paragraphs = new Set(listPlaceholders('paragraph'));
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const locale of Object.keys(version.texts).sort()) {
        const text = version.texts[locale];
        const { summary, changes: changed } = text.frontmatter;
        const fields: [keyof typeof FIXES, string | undefined, Set<string>][] = [
          ['summary', summary, summaries],
          ['changes', changed, changes],
        ];
        for (const [field, value, placeholders] of fields) {
          if (value === undefined || !placeholders.has(value.trim())) continue;
          problems.push({
            file: text.file,
            line: text.fieldLines[field] ?? 2,
            column: 1,
            severity: 'error',
            message: `"${field}" is still the placeholder the notice commands write ("${value.trim()}")`,
            fix: FIXES[field],
          });
        }
        for (const block of text.compiled.outline.blocks) {
          if (block.kind !== 'paragraph' || !paragraphs.has(block.text.trim())) continue;
          problems.push({
            file: text.file,
            line: block.line,
            column: block.column,
            severity: 'error',
            message: `this paragraph is still the placeholder "${block.text.trim()}"`,
            fix: `replace it with the notice's text${getPlaceholders(locale).paragraph === block.text.trim() ? '' : ', in this file’s language'}`,
          });
        }
      }
    }
  }
  return problems;
}
