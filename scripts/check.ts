/**
 * `npm run check`: validates everything under content/ and lists every problem with its
 * file, field and what to do. Exits 1 when there is any problem, 0 when the content is clean.
 */
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileProblem } from './cli-errors.ts';
import { collections } from '../src/schemas/index.ts';
import { parseArgs } from 'node:util';
import { formatProblems } from '#lib/core/problems.ts';
import { validateContent } from '#lib/content/validate.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(`Användning: npm run check [-- --content <mapp>]

Kontrollerar allt innehåll i content/ (eller <mapp>): att varje fil följer sitt schema,
att alla hänvisningar till andra poster finns, att id:n är unika och att utfall bara
redovisas för perioder som planen följer upp. Alla fel listas på en gång.`);
  process.exit(0);
}

const root = process.cwd();
const contentDir = resolve(root, values.content ?? process.env.INSYN_CONTENT_DIR ?? 'content');
/** Stops with a usage error when `dir` is not a content folder: missing, a file, a link loop, or holding no collection. */
function expectContentFolder(dir: string): void {
  let problem: string | undefined;
  try {
    if (!statSync(dir).isDirectory()) problem = `${relative(root, dir)} är en fil, inte en mapp: ange innehållsmappen`;
    else if (!readdirSync(dir).some((name) => name in collections))
      problem = `${relative(root, dir) || '.'} har ingen av mapparna ${Object.keys(collections).join(', ')}: är det rätt innehållsmapp?`;
  } catch (error) {
    problem = fileProblem(error, dir);
  }
  if (problem) {
    process.stderr.write(`Fel i kommandot: ${problem}\nSe hjälpen: npm run check -- --help\n`);
    process.exit(2);
  }
}

expectContentFolder(contentDir);
const { problems, entries } = validateContent(root, contentDir);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
console.log(`Innehållet är giltigt: ${entries.length} poster.`);
