/**
 * One writer at a time: a command that writes in the content folder first takes its lock,
 * a file beside the folder holding the writer's process id, and reads the content only
 * after that. A second writer waits for the first to finish and then reads what it wrote,
 * so two imports of different periods both land; if the wait is too long it stops with a
 * Swedish message. A lock left by a process that no longer runs is taken over.
 */
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EXIT, shown } from './cli.ts';

/** How long a writer waits for another before giving up: longer than any import takes. */
const WAIT_SECONDS = Number(process.env.INSYN_LOCK_WAIT_SECONDS ?? 120);
/** A lock file still empty after this long was left by a writer that stopped while taking it. */
const EMPTY_STALE_MS = 10_000;

/** The lock of a content folder: `.content.insyn-lock` beside `content/`. */
export function lockPathOf(contentDir: string): string {
  return join(dirname(contentDir), `.${basename(contentDir)}.insyn-lock`);
}

function holderOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(path: string): boolean {
  const pid = holderOf(path);
  if (pid !== undefined) return !running(pid);
  try {
    return Date.now() - statSync(path).mtimeMs > EMPTY_STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Removes a stale lock. It is moved aside first, under this process's name: when two writers
 * find the same stale lock, the second may move the lock the first has just taken, and then
 * puts it back, as a link that fails rather than replace a lock a third writer took meanwhile.
 */
function takeOver(path: string): void {
  const aside = path.replace(/\.insyn-lock$/, `.${process.pid}.insyn-lock`);
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (!isStale(aside)) {
    try {
      linkSync(aside, path);
    } catch {
      // Another writer holds the lock now: it stays theirs.
    }
  }
  rmSync(aside, { force: true });
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the content folder's lock for this process (released when it exits), waiting for another writer. */
export function lockContent(contentDir: string): void {
  const path = lockPathOf(contentDir);
  const deadline = Date.now() + WAIT_SECONDS * 1000;
  let told = false;
  for (;;) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(path)) {
      takeOver(path);
      continue;
    }
    if (Date.now() >= deadline) {
      const pid = holderOf(path);
      process.stderr.write(
        `En annan körning${pid ? ` (process ${pid})` : ''} skriver i ${shown(contentDir)}/ just nu, och den blev inte klar på ${WAIT_SECONDS} sekunder.\n` +
          `Vänta tills den är klar och kör kommandot igen. Pågår ingen annan körning, ta bort låsfilen ${shown(path)}.\nInget skrevs.\n`,
      );
      process.exit(EXIT.problems);
    }
    if (!told) {
      process.stderr.write(`Väntar: en annan körning skriver i ${shown(contentDir)}/ just nu.\n`);
      told = true;
    }
    pause(100);
  }
  process.on('exit', () => {
    if (holderOf(path) === process.pid) rmSync(path, { force: true });
  });
  // Ctrl-C or a stop from outside ends the process without 'exit': end it so, and the lock goes with it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => process.exit(128 + constants.signals[signal]));
}
