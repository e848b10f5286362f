/**
 * `npm run cms`: writes the browser editor's configuration, `public/admin/config.yml`,
 * generated from `src/schemas/` (fields, Swedish descriptions, enumerations, references).
 * Run it after changing a schema; the tests fail while the committed file is stale.
 * `--check` changes nothing and exits 1 when the file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { ADMIN_DIR, cmsConfigText } from '#lib/content/cms-config.ts';
import { EXIT, noPositionals, parseCommandLine } from './cli.ts';

export const CMS_CONFIG_FILE = `public/${ADMIN_DIR}/config.yml`;
export const cmsYaml = (value: unknown) => yaml.dump(value, { lineWidth: -1, noRefs: true });

const HELP = `Användning: npm run cms [-- --check]

Skriver redigerarens inställningar, public/admin/config.yml, från schemana i src/schemas/:
samlingar, fält med svenska beskrivningar, tillåtna värden och hänvisningar. Kör efter en
ändring i ett schema.

Flaggor:
  --check      ändra inget; avsluta med 1 om filen inte är aktuell
  -h, --help   visa den här hjälpen

Slutkoder: 0 = klart eller aktuell, 1 = inaktuell (med --check), 2 = fel i kommandot.`;

const { values, positionals } = parseCommandLine(
  'cms',
  {
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);
noPositionals('cms', positionals);
const file = join(process.cwd(), CMS_CONFIG_FILE);
const text = cmsConfigText(cmsYaml);
let current: string | undefined;
try {
  current = readFileSync(file, 'utf8');
} catch {
  current = undefined;
}
if (current === text) console.log(`${CMS_CONFIG_FILE} är aktuell.`);
else if (values.check) {
  console.error(`${CMS_CONFIG_FILE} är inaktuell; kör npm run cms.`);
  process.exit(EXIT.problems);
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Skrev ${CMS_CONFIG_FILE}.`);
}
