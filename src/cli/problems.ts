// The two ways a command fails: a problem with the content or the request (exit 1), or a mistyped command (exit 2).

import type { Problem } from '../lib/errors.ts';

/** A failure the editor can fix; printed with formatProblem, exit code 1. */
export class CliProblem extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message).join('; '));
    this.name = 'CliProblem';
    this.problems = list;
  }
}

/** The command line itself is wrong (unknown option, missing argument); exit code 2 with the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
