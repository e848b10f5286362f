/**
 * `npm run build`, `dev`, `preview` and `start`: runs Astro's command line with the
 * environment it needs, the same on Windows (cmd.exe, PowerShell) as elsewhere, where an npm
 * script cannot write `VAR=value command`.
 *
 * - `MIMALLOC_PURGE_DELAY=0`: the bundler gives memory it has freed back at once
 *   (docs/performance.md); it must be set before the process starts, hence a child process.
 * - `ASTRO_DEV_BACKGROUND` / `ASTRO_PREVIEW_BACKGROUND`: the server stays in the foreground
 *   of the terminal it was started from.
 * - `--utan-exempel` (or `INSYN_UTAN_EXEMPEL=1`): the build publishes only what the sources
 *   state. The content is checked as `npm run check` checks it, copied without its examples
 *   (src/data/without-examples.ts) to a folder of its own, and built from there; `content/`
 *   is only read. `start` builds (with the switch, when given) and then previews the build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { WITHOUT_EXAMPLES_FLAG, withoutExamplesAsked } from '../src/config/env.ts';
import { validateContent } from '../src/data/content-files.ts';
import { writeContentWithoutExamples } from '../src/data/without-examples.ts';
import { formatProblems } from '#lib/core/problems.ts';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

const given = process.argv.slice(2);
const withoutExamples = given.includes(WITHOUT_EXAMPLES_FLAG) || withoutExamplesAsked();
const args = given.filter((arg) => arg !== WITHOUT_EXAMPLES_FLAG);
const [command, ...rest] = args;

/** Folders made for this run, removed when it ends. */
const made: string[] = [];
const cleanUp = () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
};

/** How many of a list to name before "och N till". */
const NAMED = 3;
const listed = (names: string[]) =>
  names.length <= NAMED ? names.join(', ') : `${names.slice(0, NAMED).join(', ')} och ${names.length - NAMED} till`;

/** The content to build without its examples: checked, copied without them, and the variable that names the copy. */
function contentWithoutExamples(): Record<string, string> {
  const root = process.cwd();
  const source = resolve(root, process.env.INSYN_CONTENT_DIR ?? 'content');
  const { problems } = validateContent(root, source);
  if (problems.length > 0) {
    process.stderr.write(formatProblems(problems));
    process.stderr.write('Rätta felen och bygg igen; npm run check visar samma lista.\n');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'insyn-utan-exempel-'));
  made.push(dir);
  const target = join(dir, 'content');
  const { removed, changed, entries, kept } = writeContentWithoutExamples(source, target);
  console.log(
    `Bygger utan exempel: ${entries} poster publiceras, ${removed} lämnas utanför och ${changed} publiceras utan sina exempeldelar.`,
  );
  if (kept.length > 0) {
    console.log(
      `${kept.length} exempel står kvar, märkta som exempel, eftersom poster som publiceras inte kan vara utan dem. ` +
        'Stämmer uppgifterna, ta bort fältet illustrative, så är de inte längre exempel:',
    );
    for (const { file, neededBy } of kept) console.log(`  ${file.file} (behövs av ${listed(neededBy)})`);
  }
  return { INSYN_CONTENT_DIR: target };
}

function run(astroArgs: string[], env: Record<string, string> = {}): Promise<number> {
  const child = spawn(process.execPath, [astro, ...astroArgs], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
      MIMALLOC_PURGE_DELAY: '0',
      ASTRO_DEV_BACKGROUND: '0',
      ASTRO_PREVIEW_BACKGROUND: '0',
    },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      done(code ?? (signal ? 1 : 0));
    }),
  );
}

async function main(): Promise<number> {
  if (withoutExamples && command === 'dev') {
    process.stderr.write(
      `${WITHOUT_EXAMPLES_FLAG} gäller npm run build och npm start: npm run dev visar alltid innehållet som det är. ` +
        `Bygg med npm run build -- ${WITHOUT_EXAMPLES_FLAG} och visa bygget med npm run preview.\n`,
    );
    return 2;
  }
  const buildEnv = () => (withoutExamples ? contentWithoutExamples() : {});
  if (command === 'start') {
    const built = await run(['build'], buildEnv());
    cleanUp();
    return built === 0 ? run(['preview', ...rest]) : built;
  }
  return run(args, command === 'build' ? buildEnv() : {});
}

process.exitCode = await main().finally(cleanUp);
