/**
 * `npm run check`: validates everything under content/ and lists every problem with its
 * file, field and what to do. Exits 1 when there is any problem, 0 when the content is clean.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatGithub, formatJson, formatProblems } from '#lib/core/problems.ts';
import { placeProblems } from '#lib/content/positions.ts';
import { validateContent } from '#lib/content/validate.ts';

const FORMATS = ['plain', 'github', 'json'] as const;

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    format: { type: 'string', default: 'plain' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Användning: npm run check [-- --content <mapp>] [--format plain|github|json]

Kontrollerar allt innehåll i content/ (eller <mapp>): att varje fil följer sitt schema,
att alla hänvisningar till andra poster finns, att id:n är unika och att utfall bara
redovisas för perioder som planen följer upp. Alla fel listas på en gång.

--format github  skriver varje fel som en GitHub Actions-anteckning (::error file=…,line=…,col=…::…),
                 så att felen syns på rätt rad i en pull request
--format json    skriver felen som data, med fil, rad, kolumn, fält och meddelande
Utan --format skrivs felen som vanlig text.`);
  process.exit(0);
}
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format)) {
  process.stderr.write(
    `Fel i kommandot: okänt format ${values.format}; välj plain, github eller json\nSe hjälpen: npm run check -- --help\n`,
  );
  process.exit(2);
}

const root = process.cwd();
const contentDir = resolve(root, values.content ?? process.env.INSYN_CONTENT_DIR ?? 'content');
const { problems, entries } = validateContent(root, contentDir);
if (format !== 'plain') {
  const read = (file: string) => {
    try {
      return readFileSync(resolve(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const placed = placeProblems(problems, read);
  process.stdout.write(format === 'github' ? formatGithub(placed) : formatJson(placed, entries.length));
  if (format === 'github' && problems.length === 0) console.log(`Innehållet är giltigt: ${entries.length} poster.`);
  process.exit(problems.length > 0 ? 1 : 0);
}
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
console.log(`Innehållet är giltigt: ${entries.length} poster.`);
