// Declares commands and runs one: parses argv once, prints help and usage errors, turns problems into exit codes.

import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ContentError, formatProblem } from '../lib/errors.ts';
import { createContext, type CliIO, type Context } from './context.ts';
import { CliProblem, UsageError } from './problems.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value looks like in help, e.g. `YYYY-MM-DD`. */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed value of each declared option: strings for string options, booleans for flags. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for the program's list of commands. */
  summary: string;
  /** Positional arguments as shown in usage, e.g. `<notice> <date>`; `?` after a name makes it optional. */
  args: string[];
  options: O;
  /** Options that must be given, by name. */
  required?: (keyof O & string)[];
  /** Whether the command writes files, which gives it --dry-run. */
  writes: boolean;
  /** Paragraphs of help after the usage line. */
  description: string[];
  /** Example invocations shown in help. */
  examples?: string[];
  run(context: Context<OptionValues<O>>): void | Promise<void>;
}

export interface Program {
  name: string;
  summary: string;
  commands: Command[];
}

/** Keeps a command's option types precise while storing it among other commands. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}

const HELP: OptionSpec = { type: 'boolean', description: 'Show this help' };
const DRY_RUN: OptionSpec = { type: 'boolean', description: 'Print what would be written; write nothing' };

/** Runs `argv` (the words after `npm run <program> --`) and reports the exit code through `io.exit`. */
export async function runProgram(program: Program, argv: string[], io: CliIO): Promise<number> {
  const code = await runToCode(program, argv, io);
  io.exit(code);
  return code;
}

async function runToCode(program: Program, argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const text = formatProgramHelp(program);
    if (name === undefined) {
      io.stderr.write(`error: no command given\n\n${text}`);
      return 2;
    }
    io.stdout.write(text);
    return 0;
  }
  const command = program.commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`error: unknown command "${name}"\n\n${formatProgramHelp(program)}`);
    return 2;
  }
  return runCommandToCode(program, command, rest, io);
}

/**
 * Runs a program that is a single command, whose options follow `--` directly
 * (`npm run review -- --base main`); the command has the program's name.
 */
export async function runSingleCommandProgram(program: Program, argv: string[], io: CliIO): Promise<number> {
  const [command] = program.commands;
  const code = await runCommandToCode(program, command, argv, io);
  io.exit(code);
  return code;
}

async function runCommandToCode(program: Program, command: Command, rest: string[], io: CliIO): Promise<number> {
  let context: Context<OptionValues<OptionSpecs>>;
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed === 'help') {
      io.stdout.write(formatCommandHelp(program, command));
      return 0;
    }
    context = createContext(io, { program: program.name, command: command.name, ...parsed });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n\n${formatCommandHelp(program, command)}`);
    return 2;
  }
  try {
    await command.run(context);
    return 0;
  } catch (error) {
    if (error instanceof CliProblem || error instanceof ContentError) {
      for (const problem of error.problems) io.stderr.write(`${formatProblem(problem)}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n\n${formatCommandHelp(program, command)}`);
      return 2;
    }
    throw error;
  }
}

function parseCommandArgs(
  command: Command,
  argv: string[],
): 'help' | { args: string[]; options: OptionValues<OptionSpecs>; dryRun: boolean } {
  const specs = getOptionSpecs(command);
  const config: ParseArgsOptionsConfig = {};
  for (const [name, spec] of Object.entries(specs)) {
    config[name] = { type: spec.type, ...(name === 'help' ? { short: 'h' } : {}) };
  }
  let result;
  try {
    result = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = result;
  if (values.help) return 'help';
  const requiredArgs = command.args.filter((a) => !a.endsWith('?'));
  if (positionals.length < requiredArgs.length) {
    throw new UsageError(`missing ${requiredArgs[positionals.length]}`);
  }
  if (positionals.length > command.args.length) {
    throw new UsageError(`unexpected argument "${positionals[command.args.length]}"`);
  }
  for (const name of command.required ?? []) {
    if (values[name] === undefined) throw new UsageError(`missing --${name}`);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === '' && specs[name]?.type === 'string') throw new UsageError(`--${name} needs a value`);
  }
  const { help: _help, 'dry-run': dryRun, ...options } = values;
  return { args: positionals, options: options as OptionValues<OptionSpecs>, dryRun: dryRun === true };
}

// Node's messages mention internals ("Unknown option '--x'. To specify a positional argument starting with a '-'…").
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missingValue = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missingValue) return `${missingValue[1]} needs a value`;
  const notString = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (notString) return `${notString[1]} takes no value`;
  return message;
}

function getOptionSpecs(command: Command): OptionSpecs {
  return { ...command.options, ...(command.writes ? { 'dry-run': DRY_RUN } : {}), help: HELP };
}

export function formatCommandUsage(program: Program, command: Command): string {
  const args = command.args.map((a) => (a.endsWith('?') ? `[${a.slice(0, -1)}]` : a));
  const options = Object.entries(getOptionSpecs(command))
    .filter(([name]) => name !== 'help')
    .map(([name, spec]) => {
      const flag = spec.type === 'string' ? `--${name} ${spec.value ?? '<value>'}` : `--${name}`;
      return command.required?.includes(name) ? flag : `[${flag}]`;
    });
  const name = isSingleCommand(program, command) ? [] : [command.name];
  return ['npm run', program.name, '--', ...name, ...args, ...options].join(' ');
}

function isSingleCommand(program: Program, command: Command): boolean {
  return program.commands.length === 1 && command.name === program.name;
}

export function formatCommandHelp(program: Program, command: Command): string {
  const rows = Object.entries(getOptionSpecs(command)).map(([name, spec]) => [
    `${name === 'help' ? '-h, ' : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : ''}`,
    spec.description,
  ]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const lines = [
    `Usage: ${formatCommandUsage(program, command)}`,
    '',
    ...command.description.flatMap((paragraph) => [paragraph, '']),
    'Options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
  ];
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

export function formatProgramHelp(program: Program): string {
  const width = Math.max(...program.commands.map((c) => c.name.length));
  return [
    `Usage: npm run ${program.name} -- <command> [options]`,
    '',
    program.summary,
    '',
    'Commands:',
    ...program.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "npm run ${program.name} -- <command> --help" for a command's options.`,
    '',
  ].join('\n');
}
