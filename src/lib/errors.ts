// One shape for every problem Paragraf reports to an editor: where, what, and how to fix it.

import path from 'node:path';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the offending file, relative to the project root when possible. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  severity: Severity;
  /** What is wrong, in words an editor understands. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Renders a problem as `path:line:column  severity  what is wrong — how to fix it`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line ? problem.column ?? 1 : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}  ${problem.severity}  ${problem.message} — ${problem.fix}`;
}

/** Thrown when content cannot be built; carries every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(
      `Paragraf found ${count} in the content; nothing was published.\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError when any problem is an error; warnings pass. */
export function throwOnErrors(problems: Problem[]): void {
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
}

/** A path for messages: relative to the working folder when inside it, else absolute. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}
