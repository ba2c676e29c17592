// The interface strings of locales/<locale>.json as translation units: one unit per key the target
// language needs, with each {{placeholder}} a protected code.

import { getExpectedKeys } from '../checks/interface-strings.ts';
import { collapseSpaces, type CodeInfo, type InlineContent, type TranslationUnit } from './units.ts';

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * One unit per key the target locale needs, in the source file's order. `only` limits them to the keys
 * the target file lacks. Plural forms the source does not have (French "many") translate its "other".
 */
export function getInterfaceUnits(
  source: Readonly<Record<string, string>>,
  target: Readonly<Record<string, string>>,
  locale: string,
  options: { missingOnly: boolean },
): { units: TranslationUnit[]; targets: Map<string, InlineContent> } {
  const units: TranslationUnit[] = [];
  const targets = new Map<string, InlineContent>();
  for (const [key, sourceKey] of getExpectedKeys(Object.keys(source), locale)) {
    const has = Object.hasOwn(target, key);
    if (options.missingOnly && has) continue;
    const unit = getStringUnit(key, source[sourceKey]);
    unit.note = sourceKey === key ? `Interface string "${key}".` : `Interface string "${key}": the "${key.slice(key.lastIndexOf('_') + 1)}" plural form, which the source writes as "${sourceKey}".`;
    units.push(unit);
    if (has) {
      const existing = getStringUnit(key, target[key]);
      const mapped = mapPlaceholders(existing, unit);
      if (mapped) targets.set(key, mapped);
    }
  }
  return { units, targets };
}

/** A string as a unit: its words, and each {{placeholder}} as a code. */
export function getStringUnit(key: string, text: string): TranslationUnit {
  const codes = new Map<string, CodeInfo>();
  const content: InlineContent = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) content.push(collapseSpaces(text.slice(last, match.index)));
    const id = String(codes.size + 1);
    codes.set(id, { id, type: 'placeholder', role: 'variable', markup: match[0], signature: `variable:${match[0].replace(/\s+/g, '')}` });
    content.push({ type: 'placeholder', id, role: 'variable' });
    last = match.index + match[0].length;
  }
  if (last < text.length) content.push(collapseSpaces(text.slice(last)));
  return { id: key, kind: 'string', content, codes, line: 1, note: `Interface string "${key}".` };
}

/** A translated string's text: its words, with each code's placeholder where the translation puts it. */
export function writeString(content: InlineContent, unit: Pick<TranslationUnit, 'codes'>): string {
  return content
    .map((item) => (typeof item === 'string' ? item : item.type === 'placeholder' ? (unit.codes.get(item.id)?.markup ?? '') : writeString(item.children, unit)))
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

function mapPlaceholders(translation: TranslationUnit, source: TranslationUnit): InlineContent | undefined {
  const pool = new Map<string, string[]>();
  for (const code of source.codes.values()) pool.set(code.signature, [...(pool.get(code.signature) ?? []), code.id]);
  let failed = false;
  const content = translation.content.map((item) => {
    if (typeof item === 'string' || item.type === 'span') return item;
    const id = pool.get(translation.codes.get(item.id)!.signature)?.shift();
    if (!id) failed = true;
    return { ...item, id: id ?? item.id };
  });
  return failed ? undefined : content;
}
