/**
 * `npm run check`: validates everything under content/ and lists every problem with its
 * file, field and what to do. Exits 1 when there is any problem, 0 when the content is clean.
 */
import { readdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileProblem } from './cli-errors.ts';
import { collections } from '../src/schemas/index.ts';
import { formatProblems } from '#lib/core/problems.ts';
import { validateContent } from '../src/data/content-files.ts';
import { contentDir, EXIT, noPositionals, parseCommandLine, ROOT, usageError } from './cli.ts';

const HELP = `Användning: npm run check [-- --content <mapp>]

Kontrollerar allt innehåll i content/ (eller <mapp>): att varje fil följer sitt schema,
att alla hänvisningar till andra poster finns, att id:n är unika och att utfall bara
redovisas för perioder som planen följer upp. Alla fel listas på en gång.

Flaggor:
  --content <mapp>  annan innehållsmapp än content/
  -h, --help        visa den här hjälpen

Slutkoder: 0 = innehållet är giltigt, 1 = fel i innehållet, 2 = fel i kommandot.`;

const { values, positionals } = parseCommandLine('check', {
  content: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
if (values.help) {
  console.log(HELP);
  process.exit(EXIT.ok);
}
noPositionals('check', positionals);

/** Stops with a usage error when `dir` is not a content folder: missing, a file, a link loop, or holding no collection. */
function expectContentFolder(dir: string): void {
  let problem: string | undefined;
  try {
    if (!statSync(dir).isDirectory()) problem = `${relative(ROOT, dir)} är en fil, inte en mapp: ange innehållsmappen`;
    else if (!readdirSync(dir).some((name) => name in collections))
      problem = `${relative(ROOT, dir) || '.'} har ingen av mapparna ${Object.keys(collections).join(', ')}: är det rätt innehållsmapp?`;
  } catch (error) {
    problem = fileProblem(error, dir);
  }
  if (problem) usageError('check', problem);
}

const dir = contentDir(values.content);
expectContentFolder(dir);
const { problems, entries } = validateContent(ROOT, dir);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(EXIT.problems);
}
console.log(`Innehållet är giltigt: ${entries.length} poster.`);
