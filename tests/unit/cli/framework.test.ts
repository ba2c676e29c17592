// The CLI framework: help, usage errors, problems and colour decisions, the same for every command.

import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { formatCommandUsage } from '../../../src/cli/command.ts';
import { shouldUseColor } from '../../../src/cli/context.ts';
import { i18nProgram } from '../../../src/cli/i18n.ts';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture } from '../../helpers/fixtures.ts';

const cwd = copyBasic();

describe('the CLI framework', () => {
  it('lists the commands with --help and exits 0', async () => {
    const run = await runCli(noticeProgram, ['--help'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run notice -- <command> [options]');
    for (const command of noticeProgram.commands) expect(run.stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'));
    expect(run.stderr).toBe('');
  });

  it('exits 2 with the list of commands when no command is given', async () => {
    const run = await runCli(i18nProgram, [], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith('error: no command given\n\nUsage: npm run i18n -- <command> [options]')).toBe(true);
  });

  it('exits 2 on an unknown command', async () => {
    const run = await runCli(noticeProgram, ['publish'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('error: unknown command "publish"');
  });

  it('exits 2 with the command usage on an unknown option', async () => {
    const run = await runCli(noticeProgram, ['new', 'terms', '--colour'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'error: unknown option --colour',
      '',
      'Usage: npm run notice -- new <notice> [--title "…"] [--date YYYY-MM-DD] [--locale <locale>] [--dry-run]',
    ]);
  });

  it('exits 2 when a positional argument or a required option is missing', async () => {
    const missingArg = await runCli(noticeProgram, ['version', '--date', '2030-01-01'], { cwd });
    expect(missingArg.code).toBe(2);
    expect(missingArg.stderr.split('\n')[0]).toBe('error: missing <notice>');
    const missingOption = await runCli(noticeProgram, ['version', 'policy'], { cwd });
    expect(missingOption.code).toBe(2);
    expect(missingOption.stderr.split('\n')[0]).toBe('error: missing --date');
  });

  it('exits 2 on an extra argument and on an option without its value', async () => {
    const extra = await runCli(noticeProgram, ['diff', 'policy', 'cookies'], { cwd });
    expect(extra.stderr.split('\n')[0]).toBe('error: unexpected argument "cookies"');
    const noValue = await runCli(noticeProgram, ['diff', 'policy', '--locale'], { cwd });
    expect(noValue.code).toBe(2);
    expect(noValue.stderr.split('\n')[0]).toBe('error: --locale needs a value');
  });

  it('gives every command --help, and --dry-run to every command that writes', async () => {
    for (const program of [noticeProgram, i18nProgram]) {
      for (const command of program.commands) {
        const run = await runCli(program, [command.name, '--help'], { cwd });
        expect(run.code, `${program.name} ${command.name} --help`).toBe(0);
        expect(run.stdout.startsWith(`Usage: ${formatCommandUsage(program, command)}\n`)).toBe(true);
        expect(run.stdout.includes('--dry-run'), `${command.name} --dry-run`).toBe(command.writes);
      }
    }
  });

  it('reports a problem with its fix and exits 1, through the injected exit', async () => {
    const run = await runCli(noticeProgram, ['diff', 'nonexistent'], { cwd });
    expect(run.code).toBe(1);
    expect(run.exitedWith).toBe(1);
    expect(run.stderr).toBe(
      'content/notices/nonexistent  error  there is no notice "nonexistent" — use one of: cookies, policy, or create it with "npm run notice -- new nonexistent"\n',
    );
  });

  it('turns an unreal PARAGRAF_NOW into a problem rather than a crash', async () => {
    const run = await runCli(noticeProgram, ['diff', 'policy'], { cwd, env: { PARAGRAF_NOW: '2026-13-01' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'PARAGRAF_NOW  error  PARAGRAF_NOW is "2026-13-01", which is not a real date — set it to a day as YYYY-MM-DD, e.g. PARAGRAF_NOW=2026-12-01, or unset it to use today\n',
    );
  });
});

describe('shouldUseColor', () => {
  it('colours a terminal and nothing else by default', () => {
    expect(shouldUseColor({}, true)).toBe(true);
    expect(shouldUseColor({}, false)).toBe(false);
  });

  it('lets NO_COLOR turn colour off in a terminal', () => {
    expect(shouldUseColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(shouldUseColor({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('lets FORCE_COLOR turn colour on when piped, and FORCE_COLOR=0 turn it off', () => {
    expect(shouldUseColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: '0' }, true)).toBe(false);
  });
});
