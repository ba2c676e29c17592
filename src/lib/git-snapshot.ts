// Reads the content folder as a Git commit has it, so a change can be compared with the text it started from.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where the content folder sits in its Git repository. */
export interface ContentRepository {
  /** Absolute path of the repository's top folder. */
  root: string;
  /** The content folder's path inside the repository: forward slashes, a trailing slash, '' at the top. */
  prefix: string;
}

/** The repository the folder is in, or undefined outside one (or without git). */
export function findContentRepository(contentDir: string): ContentRepository | undefined {
  const output = runGit(contentDir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (!output) return undefined;
  const [root, prefix = ''] = output.toString('utf8').split('\n');
  return root ? { root, prefix: prefix.trim() } : undefined;
}

/** The full hash of the commit `ref` names (a branch, a tag, origin/main, HEAD~1…), or undefined when there is none. */
export function resolveCommit(repository: ContentRepository, ref: string): string | undefined {
  // A ref that looks like an option must not become one.
  if (ref.startsWith('-')) return undefined;
  const output = runGit(repository.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const commit = output?.toString('utf8').trim();
  return commit && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
}

/**
 * Every plain file of the content folder at `commit`, by path relative to the content folder with
 * forward slashes. Links and submodules are left out: the content model never follows them.
 */
export function readContentAtCommit(repository: ContentRepository, commit: string): Map<string, Buffer> {
  const args = ['--literal-pathspecs', 'ls-tree', '-r', '-z', commit];
  if (repository.prefix) args.push('--', repository.prefix);
  const listing = runGit(repository.root, args);
  if (!listing) throw new Error(`git could not list the files of commit ${commit}`);
  const entries: { path: string; object: string }[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (!match) continue;
    const [, mode, type, object, fullPath] = match;
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
    if (!fullPath.startsWith(repository.prefix)) continue;
    entries.push({ path: fullPath.slice(repository.prefix.length), object });
  }
  const blobs = readBlobs(repository.root, entries.map((entry) => entry.object));
  return new Map(entries.map((entry) => [entry.path, blobs.get(entry.object)!]));
}

/** Writes files by relative path under `dir`; a path that would leave `dir` is refused. */
export function writeSnapshot(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  for (const [relative, bytes] of files) {
    const target = path.resolve(dir, ...relative.split('/'));
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`refusing to write ${relative} outside ${dir}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
}

/**
 * Every plain file under `dir` by relative path with forward slashes, without following links: the
 * working tree's side of the comparison.
 */
export function readFolderFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string, prefix: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(absolute, `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.set(`${prefix}${entry.name}`, fs.readFileSync(absolute));
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return files;
}

// One `git cat-file --batch` reads every blob, rather than one process per file.
function readBlobs(root: string, objects: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(objects)];
  if (unique.length === 0) return blobs;
  const output = runGit(root, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  if (!output) throw new Error('git could not read the files of the base commit');
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    const [object, type, size] = output.subarray(offset, newline).toString('utf8').split(' ');
    if (type !== 'blob') throw new Error(`git could not read object ${object} (${type})`);
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(object, output.subarray(start, end));
    offset = end + 1;
  }
  return blobs;
}

function runGit(cwd: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
