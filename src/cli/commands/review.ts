// `npm run review -- --base <ref>`: a Markdown summary of what the working tree changes in the content
// since a commit, for legal reviewers who read the pull request rather than run the CLI.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseTexts } from '../../build/analyse-texts.ts';
import { inspectContent } from '../../lib/checks/index.ts';
import { inspectSite } from '../../lib/content.ts';
import { findContentRepository, readContentAtCommit, readFolderFiles, resolveCommit, writeSnapshot, type ContentRepository } from '../../lib/git-snapshot.ts';
import { LOCK_FILE_NAME, parseLock, readLock } from '../../lib/published-lock.ts';
import { DEFAULT_SUMMARY_MAX_BYTES, formatPullRequestSummary } from '../../lib/pull-request-summary-markdown.ts';
import { getPullRequestSummary, type ContentSide } from '../../lib/pull-request-summary.ts';
import { defineCommand } from '../command.ts';
import type { Context } from '../context.ts';
import { CliProblem, UsageError } from '../problems.ts';

export const review = defineCommand({
  name: 'review',
  summary: 'Summarise for reviewers what a change does to the content, as Markdown',
  args: [],
  options: {
    base: { type: 'string', value: '<git ref>', description: 'The commit to compare with: a branch, tag or commit, e.g. origin/main' },
    output: { type: 'string', value: '<file>', description: 'Write the Markdown to this file instead of printing it' },
    'max-bytes': {
      type: 'string',
      value: '<bytes>',
      description: `The most bytes the summary may have; redlines that do not fit are left out (default ${DEFAULT_SUMMARY_MAX_BYTES}, under GitHub's 1 MiB)`,
    },
  },
  required: ['base'],
  writes: false,
  description: [
    'Compares every notice text in the working tree with the same file at --base and prints, as Markdown for a\n' +
      "pull request's job summary: each text added, changed or removed with its effective date, status, whether\n" +
      'the change is material, its "what changed" summary and a collapsed redline; the translations the change\n' +
      'makes stale or missing; the problems of `npm run check`; and the corrections it records.',
    'It exits with 0 even when the check finds errors (the check fails the job on its own), and with 1 when\n' +
      '--base is not a commit of the repository.',
  ],
  examples: [
    'npm run review -- --base origin/main',
    'npm run review -- --base main --output review.md',
    'npm run review -- --base origin/${{ github.base_ref }} >> "$GITHUB_STEP_SUMMARY"',
  ],
  async run(context) {
    const ref = context.options.base as string;
    const maxBytes = readMaxBytes(context.options['max-bytes']);
    const settings = context.settings();
    const { contentDir, now } = settings;
    const repository = requireRepository(context, contentDir);
    const commit = resolveCommit(repository, ref);
    if (!commit) {
      throw new CliProblem({
        file: '--base',
        severity: 'error',
        message: `"${ref}" is not a commit of the repository at ${context.display(repository.root) || '.'}`,
        fix:
          'name a branch, tag or commit that exists here; a remote branch must be fetched first (git fetch origin main), ' +
          'and in GitHub Actions actions/checkout needs "fetch-depth: 0" so the base branch is there',
      });
    }
    const baseFiles = readContentAtCommit(repository, commit);
    const base = loadBaseSide(baseFiles, now);

    // The same check as `npm run check`, with the same per-text time limit.
    await analyseTexts(settings);
    const inspection = inspectContent({ ...settings, mainBranch: context.mainBranch });
    const head: ContentSide = { files: readFolderFiles(contentDir), site: inspection.site, lock: readLock(contentDir).lock };
    const summary = getPullRequestSummary({
      base: { ...base, ref, commit },
      head,
      problems: inspection.problems.map((problem) => ({ ...problem, file: context.display(path.resolve(process.cwd(), problem.file)) })),
      showPath: (relative) => context.display(path.join(contentDir, ...relative.split('/'))),
      mainBranch: context.mainBranch,
      now,
    });
    const markdown = formatPullRequestSummary(summary, { maxBytes });
    const output = context.options.output;
    if (output) {
      const target = path.resolve(context.cwd, output);
      try {
        fs.writeFileSync(target, markdown);
      } catch (error) {
        throw new CliProblem({
          file: context.display(target),
          severity: 'error',
          message: `the summary cannot be written here (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          fix: 'give --output a file in a folder that exists and that you may write to',
        });
      }
      context.print(`Wrote the review summary to ${context.display(target)} (${Buffer.byteLength(markdown)} bytes).`);
      return;
    }
    context.print(markdown.replace(/\n$/, ''));
  },
});

function readMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SUMMARY_MAX_BYTES;
  if (!/^\d+$/.test(value) || Number(value) < 1000) {
    throw new UsageError(`--max-bytes "${value}" is not a size: give a whole number of bytes, at least 1000, e.g. --max-bytes ${DEFAULT_SUMMARY_MAX_BYTES}`);
  }
  return Number(value);
}

function requireRepository(context: Pick<Context<unknown>, 'display'>, contentDir: string): ContentRepository {
  const repository = fs.existsSync(contentDir) ? findContentRepository(contentDir) : undefined;
  if (repository) return repository;
  throw new CliProblem({
    file: context.display(contentDir),
    severity: 'error',
    message: 'the content folder is not in a Git repository, so there is no earlier commit to compare it with',
    fix: 'run the review in a clone of the repository (with git installed)',
  });
}

/**
 * The content model at the base, read from a copy of its files exactly as the working tree's is read;
 * without a readable site.yaml there, the base has files but no model, and a changed text's redline
 * compares it with the version before it instead.
 */
function loadBaseSide(files: Map<string, Buffer>, now: string): ContentSide {
  if (files.size === 0) return { files };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-review-base-'));
  try {
    const contentDir = path.join(dir, 'content');
    writeSnapshot(contentDir, files);
    const { site } = inspectSite(contentDir, now);
    const lockText = files.get(LOCK_FILE_NAME);
    const lock = lockText ? parseLock(lockText.toString('utf8'), LOCK_FILE_NAME).lock : undefined;
    return { files, site, lock };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
