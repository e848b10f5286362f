/**
 * No stack trace from a staff command, ever. A file the command cannot read gets a Swedish
 * message naming the path; anything unexpected ends in "Ett oväntat fel: … (inget skrevs)"
 * and exit 1. What an export or answer file holds is printed with its control characters
 * made visible, so an ANSI escape in a cell cannot recolour, move or clear the terminal.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { decodeUtf8, SAVE_AS_UTF8 } from '#lib/core/utf8.ts';

const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

function shownPath(path: string): string {
  return relative(process.cwd(), resolve(path)) || '.';
}

/** What a file-system error means for `path`, in words a staff member can act on. */
export function fileProblem(error: unknown, path: string): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const name = shownPath(path);
  switch (code) {
    case 'ENOENT':
      return `hittar inte filen ${name}: kontrollera sökvägen (är det en genväg, pekar den på något som inte finns)`;
    case 'EISDIR':
      return `${name} är en mapp, inte en fil: ange en fil i mappen`;
    case 'ENOTDIR':
      return `${name}: en del av sökvägen är en fil, inte en mapp: kontrollera sökvägen`;
    case 'ELOOP':
      return `${name} är en genväg (symbolisk länk) som pekar på sig själv i en slinga: ta bort genvägen eller ange filen den borde peka på`;
    case 'ENAMETOOLONG':
      return `namnet ${name.length > 80 ? `${name.slice(0, 60)}…` : name} är för långt för filsystemet: korta det (ett id blir filnamnet, så ange ett kortare --id)`;
    case 'EACCES':
    case 'EPERM':
      return `${name} går inte att läsa eller skriva (saknar behörighet): kontrollera rättigheterna`;
    case 'EEXIST':
      return `${name} finns redan: inget skrivs över`;
    case 'ENOSPC':
      return `disken är full, så ${name} kunde inte skrivas: frigör utrymme och försök igen`;
    default:
      return `${name}: ${message}`;
  }
}

/**
 * The bytes of a file named on the command line; a folder, a missing file, a link loop or
 * an over-long name is a usage error (exit 2) with its Swedish message, never a crash.
 */
export function readGivenFile(command: string, path: string, what: string): Buffer {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    return readFileSync(path);
  } catch (error) {
    process.stderr.write(
      `Fel i kommandot: ${what}: ${fileProblem(error, path)}\nSe hjälpen: npm run ${command} -- --help\n`,
    );
    process.exit(EXIT_USAGE);
  }
}

/** The text of a file named on the command line: UTF-8 (a byte order mark is fine), or refused with how to save it so. */
export function readGivenText(command: string, path: string, what: string): string {
  const bytes = readGivenFile(command, path, what);
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    process.stderr.write(
      `${shownPath(path)} (${what}) är inte sparad som UTF-8, så å, ä och ö skulle bli fel: ${SAVE_AS_UTF8}.\nInget skrevs.\n`,
    );
    process.exit(EXIT_PROBLEMS);
  }
  return text;
}

/** Control characters other than line break and tab, as `\x1b`: printed, never obeyed by the terminal. */
export function visible(text: string): string {
  return text.replace(
    // Control characters are exactly what this finds, to show them instead of sending them to the terminal.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

function unexpected(error: unknown): never {
  const { code, path, message } = (error ?? {}) as NodeJS.ErrnoException;
  const what = path ? fileProblem(error, path) : code === 'ERR_INVALID_URL' ? 'en adress är inte giltig' : message;
  process.stderr.write(
    `Ett oväntat fel: ${what ?? String(error)} (inget skrevs)${path ? `\nSökväg: ${shownPath(path)}` : ''}\n` +
      'Om felet består: kopiera meddelandet och kommandot till den som förvaltar Insyn.\n',
  );
  process.exit(EXIT_PROBLEMS);
}

/** Installs the guards for this process: visible control characters, and the last-resort handler. */
function install(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = (chunk: unknown, ...rest: unknown[]) =>
      write(typeof chunk === 'string' ? visible(chunk) : chunk, ...rest);
  }
  process.on('uncaughtException', unexpected);
  process.on('unhandledRejection', unexpected);
}

install();
