/**
 * `npm run check`: validates everything under content/ and lists every problem with its
 * file, field and what to do. Exits 1 when there is any problem, 0 when the content is clean.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileProblem } from './cli-errors.ts';
import { collections } from '../src/schemas/index.ts';
import { formatGithub, formatJson, formatProblems } from '#lib/core/problems.ts';
import { placeProblems } from '#lib/content/positions.ts';
import { validateContent } from '../src/data/content-files.ts';
import { contentDir, EXIT, noPositionals, parseCommandLine, ROOT, usageError } from './cli.ts';

const FORMATS = ['plain', 'github', 'json'] as const;

const HELP = `Användning: npm run check [-- --content <mapp>] [--format plain|github|json]

Kontrollerar allt innehåll i content/ (eller <mapp>): att varje fil följer sitt schema,
att alla hänvisningar till andra poster finns, att id:n är unika och att utfall bara
redovisas för perioder som planen följer upp. Alla fel listas på en gång.

Flaggor:
  --content <mapp>  annan innehållsmapp än content/
  --format github   varje fel som en GitHub Actions-anteckning (::error file=…,line=…,col=…::…),
                    så att felen syns på rätt rad i en pull request
  --format json     felen som data, med fil, rad, kolumn, fält och meddelande
                    (utan --format skrivs felen som vanlig text)
  -h, --help        visa den här hjälpen

Slutkoder: 0 = innehållet är giltigt, 1 = fel i innehållet, 2 = fel i kommandot.`;

const { values, positionals } = parseCommandLine(
  'check',
  {
    content: { type: 'string' },
    format: { type: 'string', default: 'plain' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);
noPositionals('check', positionals);
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format)) usageError('check', `okänt format ${values.format}; välj plain, github eller json`);

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
const { problems, entries, warnings } = validateContent(ROOT, dir);
// Warnings do not stop the check: they point out what is allowed but likely a mistake.
for (const warning of warnings) process.stderr.write(`Varning: ${warning.file} ${warning.field}: ${warning.message}\n`);
if (format !== 'plain') {
  const read = (file: string) => {
    try {
      return readFileSync(resolve(ROOT, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const placed = placeProblems(problems, read);
  process.stdout.write(format === 'github' ? formatGithub(placed) : formatJson(placed, entries.length));
  if (format === 'github' && problems.length === 0) console.log(`Innehållet är giltigt: ${entries.length} poster.`);
  process.exit(problems.length > 0 ? EXIT.problems : EXIT.ok);
}
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(EXIT.problems);
}
console.log(`Innehållet är giltigt: ${entries.length} poster.`);
