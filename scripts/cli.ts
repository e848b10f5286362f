/**
 * What the staff commands share: exit codes, usage errors in Swedish, and where the
 * content folder is. Exit codes: 0 done, 1 problems in the files (nothing written),
 * 2 a mistake in the command line itself.
 */
import { relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import './cli-errors.ts';
import { readContentFiles } from '../src/data/content-files.ts';
import { unreadableMessage } from '#lib/content/content-files.ts';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Stops with a usage error: what is wrong with the command line, and where the help is. */
export function usageError(command: string, message: string): never {
  process.stderr.write(`Fel i kommandot: ${message}\nSe hjälpen: npm run ${command} -- --help\n`);
  process.exit(EXIT.usage);
}

/** Stops with problems in the files or in what a command read: exit 1, and nothing was written. */
export function problemsError(message: string): never {
  process.stderr.write(`${message}\nInget skrevs.\n`);
  process.exit(EXIT.problems);
}

/**
 * `node:util` parseArgs, with its English errors turned into a Swedish usage error. With `help`,
 * `--help`/`-h` prints it and exits 0, so no command repeats that step.
 */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  options: T,
  { allowNegative = false, help }: { allowNegative?: boolean; help?: string } = {},
) {
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true, allowNegative });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') usageError(command, `okänd flagga ${flag}`);
    // The same code says that a flag lacks its value, or that a flag without one was given one (--write=ja).
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message))
      usageError(command, `flaggan ${flag} tar inget värde: skriv bara ${flag}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      usageError(command, `flaggan ${flag} ska ha ett värde, som ${flag} <värde>`);
    usageError(command, message);
  }
  if (help !== undefined && 'help' in parsed.values && parsed.values.help) {
    console.log(help);
    process.exit(EXIT.ok);
  }
  return parsed;
}

/** Stops with a usage error when a command that takes only flags was given other words. */
export function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) usageError(command, `oväntat argument "${positionals[0]}": kommandot tar bara flaggor`);
}

export const ROOT = process.cwd();

/** The content folder: `--content`, else `INSYN_CONTENT_DIR` (as the build reads it), else `content/`. */
export function contentDir(flag: string | undefined): string {
  return resolve(ROOT, flag ?? process.env.INSYN_CONTENT_DIR ?? 'content');
}

/**
 * A path as the person running the command would type it: relative to where they stand,
 * with forward slashes on every system (as in every other message and in docs/publicera.md).
 */
export function shown(path: string): string {
  return relative(ROOT, resolve(ROOT, path)).split(sep).join('/') || '.';
}

/**
 * The content folder's files for a command that reads them to write: refused as a whole
 * when a link in it leads out of the folder, as the build refuses it, so no command
 * copies a file of the machine into the content.
 */
export function readContent(dir: string): ReturnType<typeof readContentFiles> {
  const read = readContentFiles(dir, ROOT);
  if (read.outside.length) {
    process.stderr.write(
      `${read.outside.map((file) => `${file}: ${unreadableMessage('EOUTSIDE')}`).join('\n')}\nInget skrevs.\n`,
    );
    process.exit(EXIT.problems);
  }
  return read;
}
