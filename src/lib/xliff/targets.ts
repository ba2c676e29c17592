// Matches translations with their source units: an XLIFF target's codes against the source's (every code
// kept, none added or copied), and the units of an existing translation against the source's, so a
// stale translation is exported for updating rather than translated again.

import type { RawItem } from './document.ts';
import { getAddedCode, getAddedLangId, type CodeInfo, type InlineContent, type TranslationUnit } from './units.ts';

export interface TargetProblem {
  message: string;
  fix: string;
}

/** The target with each code given its source role, or why it cannot be used. */
export function resolveTarget(raw: readonly RawItem[], unit: Pick<TranslationUnit, 'codes'>): { content?: InlineContent; problems: TargetProblem[] } {
  const problems: TargetProblem[] = [];
  const used = new Set<string>();
  const convert = (items: readonly RawItem[]): InlineContent =>
    items.flatMap((item): InlineContent => {
      if (typeof item === 'string') return [item];
      const code = unit.codes.get(item.id) ?? (item.kind === 'pc' ? getAddedCode(item.id) : undefined);
      if (!code) {
        problems.push({
          message: `the translation has a code (id "${item.id}") that the source does not have`,
          fix: 'remove it: codes stand for the links, formatting and anchors of the source, and none may be added',
        });
        return item.kind === 'pc' ? convert(item.children) : [];
      }
      if (used.has(item.id)) {
        problems.push({ message: `${describeCode(code)} (code ${item.id}) appears twice`, fix: 'keep it once: the source has it once' });
        return item.kind === 'pc' ? convert(item.children) : [];
      }
      used.add(item.id);
      const wanted = code.type === 'span' ? 'pc' : 'ph';
      if (item.kind !== wanted) {
        problems.push({
          message: `${describeCode(code)} (code ${item.id}) ${wanted === 'pc' ? 'surrounds words in the source' : 'stands alone in the source'}, but not here`,
          fix: 'insert the code again from the source with your translation tool',
        });
        return item.kind === 'pc' ? convert(item.children) : [];
      }
      if (item.kind === 'pc') return [{ type: 'span', id: item.id, role: code.role as never, children: convert(item.children) }];
      return [{ type: 'placeholder', id: item.id, role: code.role as never }];
    });
  const content = convert(raw);
  // Source codes only: an added <Lang> may be left out.
  const missing = [...unit.codes.values()].filter((code) => !used.has(code.id));
  for (const code of missing) {
    problems.push({
      message: `the translation lacks ${describeCode(code)} (code ${code.id})`,
      fix: 'put it back where it belongs in the sentence (in most tools: copy the tags from the source)',
    });
  }
  return problems.length ? { problems } : { content, problems };
}

/** A code in the words of a message, e.g. `the link to https://imy.se`. */
export function describeCode(code: CodeInfo): string {
  const detail = code.signature.slice(code.signature.indexOf(':') + 1);
  switch (code.role) {
    case 'strong':
      return 'the bold text';
    case 'emphasis':
      return 'the italic text';
    case 'delete':
      return 'the struck-through text';
    case 'link':
      return `the link to ${detail}`;
    case 'lang':
      return `the passage marked ${code.open ?? detail}`;
    default:
      return `"${code.markup ?? detail}"`;
  }
}

/**
 * The targets an existing translation gives: its frontmatter units always, its body units when they
 * match the source's block for block (same kinds in the same order), each unit whose codes can be
 * matched with the source's. Codes are matched by what they are (a link's address, bold, an anchor's
 * id) in order, so a translation that moved a link within its sentence still matches.
 */
export function getExistingTargets(source: readonly TranslationUnit[], translation: readonly TranslationUnit[]): Map<string, InlineContent> {
  const targets = new Map<string, InlineContent>();
  const byId = new Map(translation.map((unit) => [unit.id, unit]));
  const sourceBody = source.filter((unit) => unit.range);
  const translationBody = translation.filter((unit) => unit.range);
  const sameBlocks = sourceBody.length === translationBody.length && sourceBody.every((unit, i) => unit.kind === translationBody[i].kind);
  for (const unit of source) {
    const theirs = unit.range ? (sameBlocks ? translationBody[sourceBody.indexOf(unit)] : undefined) : byId.get(unit.id);
    if (!theirs) continue;
    const mapped = mapCodes(theirs, unit);
    if (mapped) targets.set(unit.id, mapped);
  }
  return targets;
}

function mapCodes(translation: TranslationUnit, source: TranslationUnit): InlineContent | undefined {
  const key = (code: CodeInfo) => (code.role === 'image' ? 'image' : code.signature);
  const pool = new Map<string, string[]>();
  for (const code of source.codes.values()) pool.set(key(code), [...(pool.get(key(code)) ?? []), code.id]);
  let failed = false;
  let added = 0;
  const convert = (content: InlineContent): InlineContent =>
    content.map((item) => {
      if (typeof item === 'string') return item;
      const code = translation.codes.get(item.id)!;
      let id = pool.get(key(code))?.shift();
      // A <Lang> the source has no counterpart for is one the translation added (see getAddedCode).
      if (!id && code.role === 'lang') id = getAddedLangId(code.open ?? '', ++added);
      if (!id) failed = true;
      if (item.type === 'span') return { ...item, id: id ?? item.id, children: convert(item.children) };
      return { ...item, id: id ?? item.id };
    });
  const content = convert(translation.content);
  return failed ? undefined : content;
}
