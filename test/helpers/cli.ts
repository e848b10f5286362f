/** Runs a staff command the way `npm run …` does, and collects what it printed. */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './content.ts';

/**
 * The content a command reads when a test gives no `--content`: a folder that does not exist,
 * so a command run without one fails instead of writing the live `content/`.
 */
const NO_CONTENT = { INSYN_CONTENT_DIR: join(ROOT, 'test/fixtures/ingen-content-angiven') };

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

export function runScript(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, ...NO_CONTENT, ...options.env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}${result.stderr}`,
  };
}

/** A staff command started and left running, for a test that stops it or waits on it itself. */
export function startScript(script: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...NO_CONTENT },
  });
}

/** Like `runScript`, without blocking the test's event loop (for tests that serve HTTP themselves). */
export function runScriptAsync(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = startScript(script, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr, output: `${stdout}${stderr}` }));
  });
}
