// The warm-rebuild measurement's edit: one word of one paragraph, nothing else.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { applyWarmEdit, editOneWord } from '../../bench/warm-rebuild.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-warm-edit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('editOneWord()', () => {
  const source = [
    '---',
    'title: "Privacy notice"',
    'summary: "Summary words here."',
    '---',
    '',
    'Introduction paragraph before any heading.',
    '',
    '## Your rights {#your-rights}',
    '',
    '- **Access:** a list item.',
    'See [privacy details](/notice-3/#scope) before contacting us about anything.',
    '',
    'Second paragraph.',
  ].join('\n');

  it('replaces the first long word of the first paragraph after a heading, outside links, keeping its capital', () => {
    const edit = editOneWord(source);
    expect(edit).toMatchObject({ before: 'before', after: 'amended' });
    expect(edit.source).toBe(source.replace('before contacting', 'amended contacting'));
    expect(editOneWord('## A {#a}\n\nPayment is due.\n')).toMatchObject({ before: 'Payment', after: 'Amended' });
    expect(editOneWord('## A {#a}\n\namended text.\n').after).toBe('revised');
  });

  it('says so when there is nothing to edit', () => {
    expect(() => editOneWord('No heading at all.\n')).toThrow(/no paragraph/);
    expect(() => editOneWord('## A {#a}\n\nA b c.\n')).toThrow(/no word/);
  });
});

describe('applyWarmEdit()', () => {
  it('edits one word of the English text of notice-2’s latest version and nothing else', () => {
    const manifest = generateCorpus({ notices: 3, versions: 2, seed: 4, dir: path.join(dir, 'content') });
    const latest = manifest.texts.filter((t) => t.notice === 'notice-2' && t.locale === 'en').map((t) => t.date).sort().at(-1);
    const file = path.join(manifest.dir, 'notices', 'notice-2', latest!, 'en.mdx');
    const before = fs.readFileSync(file, 'utf8');
    const edit = applyWarmEdit(manifest.dir);
    expect(edit.file).toBe(`notices/notice-2/${latest}/en.mdx`);
    const after = fs.readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(edit.after);
    expect(after.length - before.length).toBe(edit.after.length - edit.before.length);
  });
});
