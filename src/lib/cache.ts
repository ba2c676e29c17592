// A content-addressed cache for work done per text (compiling it, measuring it): in memory for the
// process, and on disk between builds. A key is a hash of everything the result depends on — the
// input and the version of Paragraf's code — so an entry can never be stale, only unused.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getCodeVersion } from './code-version.ts';

/** The environment variable that names the disk cache folder; "off" keeps the cache in memory only. */
export const CACHE_DIR_VARIABLE = 'PARAGRAF_CACHE_DIR';

const memory = new Map<string, unknown>();
let diskDir: string | null | undefined;

/** The disk cache folder for this code version, or null when there is none. */
export function getDiskCacheDir(): string | null {
  if (diskDir !== undefined) return diskDir;
  const setting = process.env[CACHE_DIR_VARIABLE];
  const version = getCodeVersion();
  if (setting === 'off' || !version) {
    diskDir = null;
    return diskDir;
  }
  const root = getCacheRoot();
  diskDir = root ? path.join(root, version.slice(0, 16)) : null;
  return diskDir;
}

/** The folder that holds one cache folder per code version, or null when there is none. */
export function getCacheRoot(): string | null {
  const setting = process.env[CACHE_DIR_VARIABLE];
  if (setting === 'off') return null;
  return setting ? path.resolve(setting) : defaultCacheRoot();
}

/** The key of a cache entry: a hash of its kind and every input it depends on. */
export function cacheKey(kind: string, ...inputs: string[]): string {
  const hash = createHash('sha256').update(kind);
  for (const input of inputs) hash.update('\0').update(input);
  return `${kind}-${hash.digest('hex').slice(0, 40)}`;
}

/** Returns the cached value for `key`, computing and storing it when there is none. */
export function cached<T>(key: string, compute: () => T): T {
  if (memory.has(key)) return memory.get(key) as T;
  const fromDisk = readEntry<T>(key);
  if (fromDisk !== undefined) {
    memory.set(key, fromDisk);
    return fromDisk;
  }
  const value = compute();
  storeEntry(key, value);
  return value;
}

/** Whether `key` has an entry in memory or on disk. */
export function hasEntry(key: string): boolean {
  if (memory.has(key)) return true;
  const dir = getDiskCacheDir();
  return dir !== null && fs.existsSync(path.join(dir, `${key}.json`));
}

/** Stores a value computed elsewhere (e.g. by a worker). */
export function storeEntry(key: string, value: unknown, options: { disk?: boolean } = {}): void {
  memory.set(key, value);
  const dir = getDiskCacheDir();
  if (!dir || options.disk === false) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    // Written under a temporary name and renamed, so a reader never sees half an entry.
    const file = path.join(dir, `${key}.json`);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(value));
    fs.renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what no build is likely to ask for again: the folders of other code versions and entries
 * written more than two weeks ago (a rebuild computes those anew). Runs at most once per process.
 */
let pruned = false;
export function pruneDiskCache(now = Date.now()): void {
  const root = getCacheRoot();
  const current = getDiskCacheDir();
  if (pruned || !root || !current || !fs.existsSync(root)) return;
  pruned = true;
  for (const name of fs.readdirSync(root)) {
    const dir = path.join(root, name);
    if (dir === current) {
      for (const entry of fs.readdirSync(dir)) {
        const file = path.join(dir, entry);
        if (now - fs.statSync(file).mtimeMs > 14 * DAY_MS) fs.rmSync(file, { force: true });
      }
    } else if (now - fs.statSync(dir).mtimeMs > 2 * DAY_MS) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Forgets everything held in memory (tests; a long-running dev server never needs to). */
export function clearMemoryCache(): void {
  memory.clear();
}

function readEntry<T>(key: string): T | undefined {
  const dir = getDiskCacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** node_modules/.cache/paragraf in the project, found from this file's place (not from the working folder). */
function defaultCacheRoot(): string | null {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const project = path.resolve(here, '..', '..');
  return fs.existsSync(path.join(project, 'node_modules')) ? path.join(project, 'node_modules', '.cache', 'paragraf') : null;
}
