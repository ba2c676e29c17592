import { describe, expect, it } from 'vitest';
import {
  type BlockChange,
  diffBlocks,
  diffWords,
  formatDiffForTerminal,
  segmentWords,
} from '../../src/lib/diff/index.ts';
import { extractBlocks } from '../helpers/compile.ts';

function diffTexts(before: string, after: string, locale = 'en') {
  return diffBlocks(extractBlocks(before), extractBlocks(after), locale);
}

function describeChanges(changes: BlockChange[]): string[] {
  return changes.map((change) => `${change.type}:${change.type === 'modify' ? change.after.text : change.block.text}`);
}

const notice = `---
title: Privacy notice
---

We explain how we use your data.

## Who we are {#who-we-are}

Kvarnby Labs AB is the controller of your personal data.

Our subsidiary serves customers in the United States.

## Your rights {#your-rights}

You can use most rights in the app.

- Access: get a copy of your data.
- Erasure: have your data deleted.
- Objection: object to legitimate interests.

## Cookies {#cookies}

Our website uses cookies. Read our [cookie notice](/cookie-notice/).
`;

describe('block extraction', () => {
  it('skips the frontmatter and numbers lines as in the whole file', () => {
    const blocks = extractBlocks(notice);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: 'We explain how we use your data.', line: 5 });
    expect(blocks.some((block) => block.text.includes('title:'))).toBe(false);
  });

  it('takes the explicit anchor off a heading and files later blocks under its section', () => {
    const blocks = extractBlocks('## Your rights {#your-rights}\n\n### Access {#access}\n\nText.\n');
    expect(blocks[0]).toMatchObject({ kind: 'heading', depth: 2, text: 'Your rights', id: 'your-rights', section: 'your-rights' });
    expect(blocks[2]).toMatchObject({ kind: 'paragraph', section: 'your-rights', subsection: 'access' });
  });

  it('slugs a heading without an explicit anchor the way GitHub does', () => {
    const [heading] = extractBlocks("## What's new, in 2025?\n");
    expect(heading).toMatchObject({ kind: 'heading', id: 'whats-new-in-2025' });
  });

  it('makes each list item a block of its own, with nested items one level deeper', () => {
    const blocks = extractBlocks('1. First\n   - Nested *one*\n2. Second\n');
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['list-item', 'First'],
      ['list-item', 'Nested one'],
      ['list-item', 'Second'],
    ]);
    expect(blocks[0]).toMatchObject({ depth: 1, ordered: true, number: 1 });
    expect(blocks[1]).toMatchObject({ depth: 2, ordered: false });
  });

  it('makes one block per table row with cells joined and the header row flagged', () => {
    const blocks = extractBlocks('| Purpose | Basis |\n|---|---|\n| Run the app | Contract |\n');
    expect(blocks).toMatchObject([
      { kind: 'table-row', text: 'Purpose | Basis', header: true },
      { kind: 'table-row', text: 'Run the app | Contract', header: false, line: 3 },
    ]);
  });
});

describe('word segmentation', () => {
  it('returns tokens that join back into the exact input', () => {
    const text = "L’utilisateur, dit-il, n'a « rien » vu…  jusqu'à 2025-05-15.";
    expect(segmentWords(text, 'fr').join('')).toBe(text);
  });

  it('splits French elisions after the apostrophe, straight or curly, and leaves other apostrophes alone', () => {
    expect(segmentWords("l'utilisateur", 'fr')).toEqual(["l'", 'utilisateur']);
    expect(segmentWords('l’utilisateur', 'fr')).toEqual(['l’', 'utilisateur']);
    expect(segmentWords("jusqu'à", 'fr')).toEqual(["jusqu'", 'à']);
    expect(segmentWords("aujourd'hui", 'fr')).toEqual(["aujourd'hui"]);
  });

  it('keeps a Swedish compound word as one token', () => {
    expect(segmentWords('personuppgiftsansvarig', 'sv')).toEqual(['personuppgiftsansvarig']);
  });
});

describe('word diff', () => {
  it('replaces a changed Swedish compound as one whole word', () => {
    expect(diffWords('Vi är personuppgiftsansvarig.', 'Vi är personuppgiftsbiträde.', 'sv')).toEqual([
      { type: 'equal', text: 'Vi är ' },
      { type: 'delete', text: 'personuppgiftsansvarig' },
      { type: 'insert', text: 'personuppgiftsbiträde' },
      { type: 'equal', text: '.' },
    ]);
  });

  it.each([
    ["l'", 'straight'],
    ['l’', 'curly'],
  ])('replaces only the noun after a French elision with a %s apostrophe', (article) => {
    expect(diffWords(`Si ${article}utilisateur le demande`, `Si ${article}abonné le demande`, 'fr')).toEqual([
      { type: 'equal', text: `Si ${article}` },
      { type: 'delete', text: 'utilisateur' },
      { type: 'insert', text: 'abonné' },
      { type: 'equal', text: ' le demande' },
    ]);
  });

  it('shows neighbouring replaced words as one deletion and one insertion rather than word by word', () => {
    expect(diffWords('the quick brown fox', 'the slow red fox', 'en')).toEqual([
      { type: 'equal', text: 'the ' },
      { type: 'delete', text: 'quick brown' },
      { type: 'insert', text: 'slow red' },
      { type: 'equal', text: ' fox' },
    ]);
  });

  it('treats a change of spacing alone as no change, keeping the old spacing so both texts can be followed', () => {
    expect(diffWords('a  b', 'a b', 'en')).toEqual([{ type: 'equal', text: 'a b', before: 'a  b' }]);
    expect(diffWords('a b', 'a b', 'en')).toEqual([{ type: 'equal', text: 'a b' }]);
  });
});

describe('notice diff', () => {
  it('reports identical texts as identical, with every block equal', () => {
    const diff = diffTexts(notice, notice);
    expect(diff.identical).toBe(true);
    expect(diff.changes.every((change) => change.type === 'equal')).toBe(true);
    expect(diff.changes).toHaveLength(extractBlocks(notice).length);
    expect(diff.stats).toEqual({ sectionsChanged: 0, wordsAdded: 0, wordsRemoved: 0, blocksChanged: 0 });
  });

  it('reports a changed word inside a paragraph as one edit with that word deleted and its replacement inserted', () => {
    const diff = diffTexts(notice, notice.replace('serves customers', 'supports customers'));
    const edits = diff.changes.filter((change) => change.type !== 'equal');
    expect(edits).toHaveLength(1);
    expect(edits[0].type).toBe('modify');
    if (edits[0].type !== 'modify') return;
    expect(edits[0].words.filter((part) => part.type !== 'equal')).toEqual([
      { type: 'delete', text: 'serves' },
      { type: 'insert', text: 'supports' },
    ]);
    expect(diff.identical).toBe(false);
  });

  it('places an inserted and a removed paragraph where they stand, leaving the rest equal', () => {
    const after = notice
      .replace('Our subsidiary serves customers in the United States.\n\n', '')
      .replace('## Cookies {#cookies}\n\n', '## Cookies {#cookies}\n\nWe use only the cookies we need.\n\n');
    expect(describeChanges(diffTexts(notice, after).changes.filter((change) => change.type !== 'equal'))).toEqual([
      'delete:Our subsidiary serves customers in the United States.',
      'insert:We use only the cookies we need.',
    ]);
    const changes = diffTexts(notice, after).changes;
    const deleted = changes.findIndex((change) => change.type === 'delete');
    expect(describeChanges(changes.slice(deleted - 1, deleted + 2))).toEqual([
      'equal:Kvarnby Labs AB is the controller of your personal data.',
      'delete:Our subsidiary serves customers in the United States.',
      'equal:Your rights',
    ]);
  });

  it('reports a renamed heading that keeps its anchor as an edit, not a deletion and an insertion', () => {
    const diff = diffTexts(notice, notice.replace('## Your rights {#your-rights}', '## What you can do {#your-rights}'));
    const edits = diff.changes.filter((change) => change.type !== 'equal');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ type: 'modify', before: { text: 'Your rights' }, after: { text: 'What you can do', id: 'your-rights' } });
  });

  it('reports a list item added in the middle as one insertion between equal neighbours', () => {
    const after = notice.replace('- Erasure:', '- Rectification: correct wrong data.\n- Erasure:');
    const changes = describeChanges(diffTexts(notice, after).changes);
    const at = changes.indexOf('insert:Rectification: correct wrong data.');
    expect(changes.filter((change) => !change.startsWith('equal:'))).toHaveLength(1);
    expect(changes.slice(at - 1, at + 2)).toEqual([
      'equal:Access: get a copy of your data.',
      'insert:Rectification: correct wrong data.',
      'equal:Erasure: have your data deleted.',
    ]);
  });

  it('reports a reordered section once as a moved section rather than as deleted and inserted blocks', () => {
    const cookies = notice.slice(notice.indexOf('## Cookies'));
    const rights = notice.slice(notice.indexOf('## Your rights'), notice.indexOf('## Cookies'));
    const after = notice.replace(rights + cookies, `${cookies}\n${rights}`);
    const diff = diffTexts(notice, after);
    const edits = diff.changes.filter((change) => change.type !== 'equal');
    expect(edits).toEqual([expect.objectContaining({ type: 'move', block: expect.objectContaining({ id: 'cookies' }) })]);
    const section = diff.sections.find((s) => s.id === 'cookies');
    expect(section).toMatchObject({ title: 'Cookies', moved: true, changed: false });
    expect(diff.stats).toMatchObject({ sectionsChanged: 1, blocksChanged: 1, wordsAdded: 0, wordsRemoved: 0 });
  });

  it('pairs an edit inside a moved section across the move', () => {
    const cookies = notice.slice(notice.indexOf('## Cookies'));
    const rights = notice.slice(notice.indexOf('## Your rights'), notice.indexOf('## Cookies'));
    const after = notice.replace(rights + cookies, `${cookies.replace('uses cookies', 'uses a few cookies')}\n${rights}`);
    const diff = diffTexts(notice, after);
    expect(diff.changes.filter((change) => change.type !== 'equal').map((change) => change.type)).toEqual(['move', 'modify']);
    expect(diff.sections.find((s) => s.id === 'cookies')).toMatchObject({ moved: true, changed: true });
  });

  it('reports a paragraph moved to another section as a move from that section', () => {
    const line = 'You can use most rights in the app.\n\n';
    const after = notice.replace(line, '').replace('## Cookies {#cookies}\n\n', `## Cookies {#cookies}\n\n${line}`);
    const edits = diffTexts(notice, after).changes.filter((change) => change.type !== 'equal');
    expect(edits).toEqual([
      expect.objectContaining({ type: 'move', fromSection: 'your-rights', toSection: 'cookies' }),
    ]);
  });

  it('counts the words added and removed and the sections that changed', () => {
    const after = notice
      .replace('serves customers', 'looks after customers')
      .replace('- Objection: object to legitimate interests.\n', '');
    expect(diffTexts(notice, after).stats).toEqual({ sectionsChanged: 2, wordsAdded: 2, wordsRemoved: 6, blocksChanged: 2 });
  });
});

describe('terminal redline', () => {
  const after = notice.replace('serves customers', 'supports customers');

  it('marks changes with [- -] and {+ +} and no escape codes when colour is off', () => {
    const output = formatDiffForTerminal(diffTexts(notice, after), { color: false, title: 'Privacy notice' });
    expect(output).not.toContain('\u001b');
    expect(output).toContain('Our subsidiary [-serves-]{+supports+} customers');
    expect(output).toContain('Privacy notice');
    expect(output).toContain('… 1 unchanged paragraph');
  });

  it('colours the markers with ANSI codes when colour is on', () => {
    const output = formatDiffForTerminal(diffTexts(notice, after), { color: true });
    expect(output).toContain('\u001b[31m[-serves-]\u001b[39m');
    expect(output).toContain('\u001b[32m{+supports+}\u001b[39m');
  });

  it('shows a moved section as a single line', () => {
    const cookies = notice.slice(notice.indexOf('## Cookies'));
    const rights = notice.slice(notice.indexOf('## Your rights'), notice.indexOf('## Cookies'));
    const output = formatDiffForTerminal(diffTexts(notice, notice.replace(rights + cookies, `${cookies}\n${rights}`)), { color: false });
    expect(output.split('\n').filter((line) => line.includes('↕'))).toEqual(['↕ moved: Cookies']);
  });
});
