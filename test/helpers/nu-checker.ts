/**
 * The Nu HTML Checker (the W3C validator's engine, `vnu-jar` from npm, run on Java): one
 * run over a whole folder, since starting Java per page would take minutes. Reports every
 * error as `file:line:column message`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, relative } from 'node:path';
import vnuJar from 'vnu-jar';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Every error (and fatal error) the Nu checker finds in the HTML files under the folders (one Java start for all). */
export function nuErrors(...dirs: string[]): string[] {
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
      ...dirs,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (result.error) throw new Error(`Java could not run the Nu checker: ${result.error.message}`);
  const json = result.stderr.slice(result.stderr.indexOf('{'));
  const { messages } = JSON.parse(json) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const path = m.url ? new URL(m.url).pathname : undefined;
      // Named within its folder; with several folders, the folder comes first.
      const dir = path && dirs.find((d) => !relative(d, path).startsWith('..'));
      const file = path && dir ? (dirs.length > 1 ? relative(dirname(dir), path) : relative(dir, path)) : '?';
      return `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`;
    });
}
