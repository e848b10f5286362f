/**
 * `npm run cms`: writes the browser editor's configuration, `public/admin/config.yml`,
 * generated from `src/schemas/` (fields, Swedish descriptions, enumerations, references).
 * Run it after changing a schema; the tests fail while the committed file is stale.
 * `--check` changes nothing and exits 1 when the file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { ADMIN_DIR, cmsConfigText } from '#lib/content/cms-config.ts';

export const CMS_CONFIG_FILE = `public/${ADMIN_DIR}/config.yml`;
export const cmsYaml = (value: unknown) => yaml.dump(value, { lineWidth: -1, noRefs: true });

const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
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
  process.exit(1);
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Skrev ${CMS_CONFIG_FILE}.`);
}
