/**
 * Whether a path lies inside a folder once every link is followed: what the content check,
 * the build and the staff commands ask before they read a file, so that a link in the
 * content (or the inbox, or a folder of saved answers) never reads a file of the machine.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** Whether `path`, links followed, lies inside `folder` (links followed too). */
export function resolvesInside(path: string, folder: string): boolean {
  try {
    const inside = relative(realpathSync(folder), realpathSync(path));
    return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
  } catch {
    return false;
  }
}
