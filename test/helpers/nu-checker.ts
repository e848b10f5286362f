/**
 * The Nu HTML Checker (the W3C validator's engine, `vnu-jar` from npm, run on Java): one
 * run over a whole folder, since starting Java per page would take minutes. Reports every
 * error as `file:line:column message`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import vnuJar from 'vnu-jar';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** The checker's errors (and fatal errors) over the given files and folders, in one Java start. */
function check(paths: string[]): NuMessage[] {
  const result = spawnSync(
    'java',
    [
      '-Xss8m',
      '-jar',
      String(vnuJar),
      '--errors-only',
      '--skip-non-html',
      '--format',
      'json',
      '--exit-zero-always',
      ...paths,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (result.error) throw new Error(`Java could not run the Nu checker: ${result.error.message}`);
  const json = result.stderr.slice(result.stderr.indexOf('{'));
  const { messages } = JSON.parse(json) as { messages: NuMessage[] };
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}

const where = (m: NuMessage, file: string) => `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`;

/** Every error (and fatal error) the Nu checker finds in the HTML files under the folders (one Java start for all). */
export function nuErrors(...dirs: string[]): string[] {
  return check(dirs).map((m) => {
    const path = m.url ? new URL(m.url).pathname : undefined;
    // Named within its folder; with several folders, the folder comes first.
    const dir = path && dirs.find((d) => !relative(d, path).startsWith('..'));
    return where(m, path && dir ? (dirs.length > 1 ? relative(dirname(dir), path) : relative(dir, path)) : '?');
  });
}

/** The same for some files of a folder, each named within it. */
export function nuErrorsOf(root: string, files: string[]): string[] {
  return check(files.map((file) => join(root, file))).map((m) =>
    where(m, m.url ? relative(root, new URL(m.url).pathname) : '?'),
  );
}
