// The git command as Paragraf asks it: whether the main branch has a file, in a real repository.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createMainBranch } from '../../src/lib/git.ts';

function makeRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-git-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'editor@kvarnby.example');
  git('config', 'user.name', 'Editor');
  fs.mkdirSync(path.join(dir, 'content'));
  fs.writeFileSync(path.join(dir, 'content', 'merged.mdx'), 'text\n');
  git('add', '.');
  git('commit', '-q', '-m', 'merged text');
  git('checkout', '-q', '-b', 'import');
  fs.writeFileSync(path.join(dir, 'content', 'imported.mdx'), 'text\n');
  git('add', '.');
  git('commit', '-q', '-m', 'imported text');
  return dir;
}

describe('createMainBranch', () => {
  it('tells a text on the main branch from one committed only on another branch or not at all', () => {
    const dir = makeRepository();
    fs.writeFileSync(path.join(dir, 'content', 'uncommitted.mdx'), 'text\n');
    const main = createMainBranch('main');
    expect(main.hasFile(path.join(dir, 'content', 'merged.mdx'))).toBe(true);
    expect(main.hasFile(path.join(dir, 'content', 'imported.mdx'))).toBe(false);
    expect(main.hasFile(path.join(dir, 'content', 'uncommitted.mdx'))).toBe(false);
  });

  it('cannot tell outside a repository or without the branch', () => {
    const dir = makeRepository();
    expect(createMainBranch('trunk').hasFile(path.join(dir, 'content', 'merged.mdx'))).toBeUndefined();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-nogit-'));
    onTestFinished(() => fs.rmSync(outside, { recursive: true, force: true }));
    expect(createMainBranch('main').hasFile(path.join(outside, 'x.mdx'))).toBeUndefined();
  });
});
