// The glossary check: agreed wordings of legal terms in every translation, ruled-out wordings nowhere,
// inflected forms accepted, and content/glossary.yaml validated with messages that point at the line.

import { describe, expect, it } from 'vitest';
import { findWording, isInflectionOf } from '../../../src/lib/glossary.ts';
import { editFile, writeFile } from '../../helpers/fixtures.ts';
import { copyBasic, fileOf, inspectCopy } from './site.ts';

const GLOSSARY = `terms:
  - id: personal-data
    en: personal data
    sv: personuppgifter
    fr: données personnelles
    forbidden:
      fr: [données à caractère personnel]
  - id: automated-decision
    en: automated decisions
    sv: automatiserat beslut
    fr: décision automatisée
`;
const swedish = 'content/notices/policy/2027-03-01/sv.mdx';
const french = 'content/notices/policy/2027-03-01/fr.mdx';

function glossaryProblems(root: string) {
  return inspectCopy(root)
    .filter((p) => p.file.endsWith('glossary.yaml') || /glossary/.test(p.message + p.fix))
    .map((p) => `${p.file.slice(p.file.indexOf('content/'))}:${p.line}  ${p.severity}  ${p.message} — ${p.fix}`);
}

describe('glossary check', () => {
  it('accepts inflected forms of the agreed wording ("automatiserade beslut", "décisions automatisées")', () => {
    // The source uses the term's English wording exactly, so each translation is held to it.
    const root = copyBasic();
    writeFile(root, 'content/glossary.yaml', GLOSSARY);
    expect(glossaryProblems(root)).toEqual([]);
  });

  it('warns at the line of a translated block that lacks the agreed wording its source block uses', () => {
    const root = copyBasic();
    writeFile(root, 'content/glossary.yaml', GLOSSARY);
    editFile(root, swedish, 'Vi fattar inga automatiserade beslut om dig.', 'Vi fattar inga maskinella avgöranden om dig.');
    expect(glossaryProblems(root)).toEqual([
      'content/notices/policy/2027-03-01/sv.mdx:26  warning  "automated decisions" is "automatiserat beslut" in the glossary, but this paragraph does not use it — use "automatiserat beslut" (inflected as the sentence needs), as en.mdx line 26 uses "automated decisions"; if another wording is right here, add it to the term "automated-decision" in glossary.yaml',
    ]);
    // A wording added to the term's forms is accepted.
    writeFile(root, 'content/glossary.yaml', GLOSSARY.replace('sv: automatiserat beslut', 'sv: [automatiserat beslut, maskinellt avgörande]'));
    expect(glossaryProblems(root)).toEqual([]);
  });

  it('warns wherever a text uses a ruled-out wording, frontmatter included', () => {
    const root = copyBasic();
    writeFile(root, 'content/glossary.yaml', GLOSSARY);
    editFile(root, french, 'summary: Comment l’organisation fixture traite les données personnelles.', 'summary: Comment l’organisation fixture traite les données à caractère personnel.');
    expect(glossaryProblems(root)).toEqual([
      'content/notices/policy/2027-03-01/fr.mdx:3  warning  "données à caractère personnel" is a wording the glossary rules out for the term "personal-data" — write "données personnelles" (or an inflected form of it), the wording the glossary agrees on',
    ]);
  });

  it('leaves archived versions alone, and checks a term only in the notices it names', () => {
    const root = copyBasic();
    writeFile(root, 'content/glossary.yaml', GLOSSARY.replace('    fr: décision automatisée\n', '    fr: décision automatisée\n    notices: [cookies]\n'));
    editFile(root, swedish, 'Vi fattar inga automatiserade beslut om dig.', 'Vi fattar inga maskinella avgöranden om dig.');
    editFile(root, 'content/notices/policy/2024-01-01/fr.mdx', /données personnelles/, 'données à caractère personnel');
    expect(glossaryProblems(root)).toEqual([]);
  });

  it('explains mistakes in glossary.yaml at their line, with "did you mean"', () => {
    const root = copyBasic();
    writeFile(
      root,
      'content/glossary.yaml',
      GLOSSARY.replace('    forbidden:\n', '    forbiden:\n').replace('    fr: décision automatisée\n', '    fr: décision automatisée\n    de: automatisierte Entscheidung\n'),
    );
    expect(glossaryProblems(root)).toEqual([
      'content/glossary.yaml:6  error  terms[0] has "forbiden", which is neither a field of a term nor one of the site\'s languages (sv, fr, en) — did you mean "forbidden"?',
      'content/glossary.yaml:12  error  terms[1] has "de", which is neither a field of a term nor one of the site\'s languages (sv, fr, en) — did you mean "id"?',
    ]);
    writeFile(root, 'content/glossary.yaml', `${GLOSSARY}  - id: personal-data\n    en: [ ]\n    notices: [polcy]\n`);
    expect(glossaryProblems(root)).toEqual(['content/glossary.yaml:13  error  "terms[2].en" is empty — give "terms[2].en" a value']);
    writeFile(root, 'content/glossary.yaml', `${GLOSSARY}  - id: personal-data\n    en: data\n    notices: [polcy]\n`);
    expect(glossaryProblems(root)).toEqual(['content/glossary.yaml:12  error  the term "personal-data" is listed twice (first on line 2) — keep one entry per term']);
    writeFile(root, 'content/glossary.yaml', `${GLOSSARY}  - id: data\n    en: data\n    notices: [polcy]\n`);
    expect(glossaryProblems(root)).toEqual(['content/glossary.yaml:12  error  the term "data" names the notice "polcy", which the site does not have — did you mean "policy"?']);
  });
});

describe('finding a wording', () => {
  it('matches whole words in any case, inflected with a short ending, and only words separated by spaces', () => {
    expect(findWording('Dina Personuppgifterna finns', 'personuppgifter', 'sv')).toEqual({ start: 5, end: 22 });
    expect(isInflectionOf('samtycket', 'samtycke', 'sv')).toBe(true);
    expect(isInflectionOf('tillsynsmyndigheterna', 'tillsynsmyndighet', 'sv')).toBe(true);
    expect(isInflectionOf('berättigade', 'berättigat', 'sv')).toBe(true);
    expect(isInflectionOf('donnée', 'données', 'fr')).toBe(true);
    expect(isInflectionOf('sous-traitants', 'sous-traitant', 'fr')).toBe(true);
    expect(isInflectionOf('controllers', 'controller', 'en')).toBe(true);
    // Not the same word: a longer word that only starts alike, or a name that contains the word.
    expect(isInflectionOf('consentement', 'consent', 'en')).toBe(false);
    expect(findWording('the kv_consent cookie', 'consent', 'en')).toBeUndefined();
    expect(findWording('personal, data', 'personal data', 'en')).toBeUndefined();
    expect(findWording('Les décisions automatisées', 'décision automatisée', 'fr')).toEqual({ start: 4, end: 26 });
  });
});
