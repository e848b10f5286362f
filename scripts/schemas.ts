/**
 * `npm run schemas`: writes the JSON Schemas generated from `src/schemas/` to
 * `public/schema/<collection>.json`, and gives every JSON file under content/ a `"$schema"`
 * key pointing at its schema, so that editors validate and complete while staff type.
 * Run it after changing a schema; the tests fail while the committed files are stale.
 * `--check` changes nothing and exits 1 when something is out of date.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  contentJsonSchemas,
  editorSchemaRef,
  SCHEMA_DIR,
  schemaFileText,
  withEditorSchemaKey,
} from '#lib/content/json-schema.ts';
import { type CollectionName, collections } from '../src/schemas/index.ts';
import { EXIT, noPositionals, parseCommandLine, ROOT as root } from './cli.ts';

const HELP = `Användning: npm run schemas [-- --check]

Skriver JSON Schema för varje samling till public/schema/ (genererade från src/schemas/)
och ger varje JSON-fil under content/ en "$schema"-nyckel som pekar på dess schema, så att
redigerare kan kontrollera och föreslå fält medan du skriver. Kör kommandot när ett schema
eller en fältbeskrivning har ändrats, och checka in resultatet.

Flaggor:
  --check     ändra ingenting; avsluta med kod 1 om något är inaktuellt
  -h, --help  visa den här hjälpen

Slutkoder: 0 = klart (eller allt aktuellt med --check), 1 = inaktuella filer med --check,
2 = fel i kommandot.`;

const { values, positionals } = parseCommandLine(
  'schemas',
  {
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);
noPositionals('schemas', positionals);
const stale: string[] = [];

function update(file: string, text: string) {
  let current: string | undefined;
  try {
    current = readFileSync(join(root, file), 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return;
  stale.push(file);
  if (!values.check) writeFileSync(join(root, file), text);
}

mkdirSync(join(root, SCHEMA_DIR), { recursive: true });
for (const [collection, schema] of Object.entries(contentJsonSchemas())) {
  update(`${SCHEMA_DIR}/${collection}.json`, schemaFileText(schema));
}

for (const [collection, spec] of Object.entries(collections) as [CollectionName, { format: string }][]) {
  if (spec.format !== 'json') continue;
  const dir = `content/${collection}`;
  let names: string[];
  try {
    names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    continue;
  }
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const file = `${dir}/${name.split('\\').join('/')}`;
    const text = withEditorSchemaKey(readFileSync(join(root, file), 'utf8'), editorSchemaRef(file, collection));
    if (text === undefined) console.warn(`${file}: inte ett JSON-objekt, hoppas över (npm run check visar felet)`);
    else update(file, text);
  }
}

if (values.check) {
  if (stale.length > 0) {
    console.error(`Inaktuella filer; kör npm run schemas:\n${stale.map((f) => `  ${f}`).join('\n')}`);
    process.exit(EXIT.problems);
  }
  console.log('JSON Schemas och $schema-nycklar är aktuella.');
} else {
  console.log(stale.length > 0 ? `Uppdaterade ${stale.length} filer.` : 'Allt var redan aktuellt.');
}
