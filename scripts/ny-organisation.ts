/**
 * `npm run ny-organisation`: starts Insyn for a new region or kommun. Writes the
 * configuration (insyn.json) and an empty content folder that `npm run check` accepts.
 * Asks for what the flags leave out when run in a terminal; never overwrites a file.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { join } from 'node:path';
import { kindOf, type NewOrganisation, organisationSkeleton } from '#lib/content/new-organisation.ts';
import { CONFIGURATION_FILE } from '../src/schemas/configuration.ts';
import { contentDir, noPositionals, parseCommandLine, problemsError, readContent, shown, usageError } from './cli.ts';
import { lockContent } from './content-lock.ts';
import { WriteFailed, writeAllOrNothing } from './write-all.ts';

const HELP = `Användning: npm run ny-organisation -- --name <namn> --kolada <id> --site <adress> [flaggor]

Startar Insyn för en ny region eller kommun: skriver organisationens inställningar
(${CONFIGURATION_FILE}) och en tom innehållsmapp som npm run check godkänner. Frågar efter
det som flaggorna inte anger när kommandot körs i en terminal. Skriver aldrig över en fil.

Flaggor:
  --name <namn>          organisationens namn, som "Östersunds kommun"
  --kolada <id>          organisationens id i Kolada, fyra siffror (regioner 0001–0025,
                         kommuner som 2380); avgör om det är en region eller en kommun
  --site <adress>        webbplatsens adress, som https://insyn.ostersund.se/
  --website <adress>     organisationens egen webbplats (annars webbplatsens adress)
  --email <adress>       e-post för frågor och för katalogen i öppna data
  --county <namn>        för en kommun: länets namn, som "Västernorrlands län"
  --content <mapp>       mappen att skriva i (annars content/); den får inte redan ha ${CONFIGURATION_FILE}
  -h, --help             visa den här hjälpen

Sedan: bygg webbplatsen med INSYN_CONTENT_DIR=<mapp> npm run build (eller npm run dev).

Slutkoder: 0 = klart, 1 = fel i svaren (inget skrevs), 2 = fel i kommandot.`;

const { values, positionals } = parseCommandLine(
  'ny-organisation',
  {
    name: { type: 'string' },
    kolada: { type: 'string' },
    site: { type: 'string' },
    website: { type: 'string' },
    email: { type: 'string' },
    county: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);
noPositionals('ny-organisation', positionals);

const dir = contentDir(values.content);
if (existsSync(join(dir, CONFIGURATION_FILE)))
  usageError(
    'ny-organisation',
    `${shown(join(dir, CONFIGURATION_FILE))} finns redan: ange en ny mapp med --content <mapp>`,
  );

const questions = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** The flag's value, or the answer to the question in a terminal; a usage error when neither is there. */
async function ask(value: string | undefined, flag: string, question: string, optional = false) {
  if (value !== undefined) return value.trim() || undefined;
  if (!questions) {
    if (optional) return undefined;
    usageError('ny-organisation', `ange --${flag} (eller kör kommandot i en terminal så frågar det)`);
  }
  const answer = (await questions.question(`${question}${optional ? ' (kan lämnas tomt)' : ''}: `)).trim();
  return answer || undefined;
}

const name = await ask(values.name, 'name', 'Organisationens namn, som Östersunds kommun');
const kolada = await ask(values.kolada, 'kolada', 'Id i Kolada, fyra siffror');
const site = await ask(values.site, 'site', 'Webbplatsens adress, som https://insyn.exempel.se/');
const answers: NewOrganisation = {
  name: name ?? '',
  koladaId: kolada ?? '',
  site: site ?? '',
  website: await ask(values.website, 'website', 'Organisationens egen webbplats', true),
  email: await ask(values.email, 'email', 'E-post för frågor om innehållet', true),
};
if (/^\d{4}$/.test(answers.koladaId) && kindOf(answers.koladaId) === 'kommun')
  answers.countyName = await ask(values.county, 'county', 'Länets namn, som Västernorrlands län');
questions?.close();

const { files, problems } = organisationSkeleton(answers);
if (problems.length > 0) {
  problemsError(`Svaren har ${problems.length} fel:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
// An existing folder is read as every command reads one: a link in it out of the folder is refused.
if (existsSync(dir)) readContent(dir);
mkdirSync(dir, { recursive: true });
// The lock comes before the last look, so a second run sees what the first one wrote.
lockContent(dir);
const taken = files.filter((file) => existsSync(join(dir, file.path)));
if (taken.length > 0) {
  problemsError(`Filerna finns redan:\n${taken.map((f) => `  - ${shown(join(dir, f.path))}`).join('\n')}`);
}
try {
  writeAllOrNothing(files.map((file) => ({ path: join(dir, file.path), text: file.text, create: true })));
} catch (error) {
  if (!(error instanceof WriteFailed)) throw error;
  problemsError(`Kunde inte skriva: ${error.message}`);
}
console.log(`Skrev ${shown(join(dir, CONFIGURATION_FILE))} och en tom innehållsmapp i ${shown(dir)}/.`);
console.log(
  `Kontrollera med npm run check -- --content ${shown(dir)} och bygg med INSYN_CONTENT_DIR=${shown(dir)} npm run build.`,
);
