/**
 * `npm run check`: validates everything under content/ and lists every problem with its
 * file, field and what to do. Exits 1 when there is any problem, 0 when the content is clean.
 */
import { resolve } from 'node:path';
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
const { problems, entries } = validateContent(root, contentDir);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
console.log(`Innehållet är giltigt: ${entries.length} poster.`);
