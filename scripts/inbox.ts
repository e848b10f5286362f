/**
 * `npm run inbox`: a period's export from the planning system, uploaded to `inkorg/`, into
 * the content, for the inbox workflow (.github/workflows/inkorg.yml) that then opens a pull
 * request. Runs `npm run import` first without --write (the dry-run diff, which becomes the
 * pull request's description, in Swedish) and then with --write, and removes the uploaded
 * files so the inbox is empty again. Writes nothing when the import finds a problem.
 *
 * The export is `inkorg/<period>.csv`, `inkorg/<period>.json` or `inkorg/<period>.xlsx`
 * (the filled report sheet of `npm run rapportmall`), its mapping
 * `inkorg/<period>.mapping.json` or else `scripts/mappings/stratsys.json` (the report sheet
 * needs none); or name them with --file, --mapping and --period.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { EXIT, parseCommandLine, problemsError, ROOT, shown, usageError } from './cli.ts';
import { resolvesInside } from '../src/data/inside-folder.ts';

const HELP = `Användning: npm run inbox -- [--inbox inkorg] [--file <export> --mapping <fil> --period <id>] [--body <fil>] [--content <mapp>]

För in en uppföljningsperiods export från planeringssystemet i innehållet, som
npm run import -- <export> --mapping <fil> --period <id> --write, och skriver en beskrivning
(på svenska, med förhandsvisningen av ändringarna) till --body, för en pull request.

Utan --file tas exporten ur inkorgen: inkorg/<period>.csv, inkorg/<period>.json eller
inkorg/<period>.xlsx, med mappningen inkorg/<period>.mapping.json eller annars
scripts/mappings/stratsys.json. En ifylld rapportmall (npm run rapportmall) behöver ingen
mappning.
Filerna i inkorgen tas bort när importen har skrivits.

Slutkoder: 0 = klart, 1 = fel i exporten eller innehållet (inget skrevs), 2 = fel i kommandot.`;

const { values } = parseCommandLine(
  'inbox',
  {
    inbox: { type: 'string', default: 'inkorg' },
    file: { type: 'string' },
    mapping: { type: 'string' },
    period: { type: 'string' },
    body: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);

const DEFAULT_MAPPING = 'scripts/mappings/stratsys.json';

const EXPORT = /\.(csv|json|xlsx)$/;
/** A workbook is read as the report sheet unless a mapping is given. */
const defaultMapping = (file: string) => (file.endsWith('.xlsx') ? undefined : DEFAULT_MAPPING);

/** The upload to import: named by flags, or the one export in the inbox. */
function upload(): { file: string; mapping?: string; period: string; uploaded: string[] } {
  if (values.file) {
    if (!values.period) usageError('inbox', 'ange perioden med --period <id> när du anger --file');
    return {
      file: values.file,
      mapping: values.mapping ?? defaultMapping(values.file),
      period: values.period,
      uploaded: [],
    };
  }
  const inbox = resolve(ROOT, values.inbox);
  const names = existsSync(inbox) ? readdirSync(inbox) : [];
  const exports = names.filter((n) => EXPORT.test(n) && !n.endsWith('.mapping.json'));
  if (exports.length !== 1)
    usageError(
      'inbox',
      exports.length
        ? `inkorgen ${values.inbox}/ har ${exports.length} exporter (${exports.join(', ')}): lägg en åt gången`
        : `inkorgen ${values.inbox}/ har ingen export: lägg <period>.csv, <period>.json eller <period>.xlsx där`,
    );
  const [name] = exports;
  const period = values.period ?? name.replace(EXPORT, '');
  const mappingName = `${period}.mapping.json`;
  const mapping = values.mapping ?? (names.includes(mappingName) ? join(inbox, mappingName) : defaultMapping(name));
  const uploaded = [join(inbox, name), ...(names.includes(mappingName) ? [join(inbox, mappingName)] : [])];
  // An upload is a file in the inbox: a link to elsewhere on the machine is never read.
  const outside = uploaded.filter((path) => !resolvesInside(path, inbox));
  if (outside.length) {
    problemsError(
      outside
        .map(
          (path) =>
            `${shown(path)} är en genväg (symbolisk länk) till något utanför inkorgen, och läses inte: lägg själva filen i ${values.inbox}/`,
        )
        .join('\n'),
    );
  }
  return { file: join(inbox, name), mapping, period, uploaded };
}

const { file, mapping, period, uploaded } = upload();
const importArgs = [
  file,
  ...(mapping ? ['--mapping', mapping] : []),
  '--period',
  period,
  ...(values.content ? ['--content', values.content] : []),
];
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

const preview = run(importArgs);
if (preview.status !== 0) {
  process.stderr.write(preview.stdout + preview.stderr);
  process.exit(preview.status === EXIT.usage ? EXIT.usage : EXIT.problems);
}
const written = run([...importArgs, '--write']);
if (written.status !== 0) {
  process.stderr.write(written.stdout + written.stderr);
  process.exit(EXIT.problems);
}
for (const path of uploaded) rmSync(path);

const diff = preview.stdout.replace(/\n?Inget har skrivits än\..*\n?$/s, '').trimEnd();
const description = `## Resultat för ${period} från planeringssystemet

Exporten \`${basename(file)}\` lästes ${mapping ? `med mappningen \`${shown(mapping)}\`` : 'som Insyns rapportmall'}. Så här ändras innehållet:

\`\`\`text
${diff}
\`\`\`

Kontrollen (\`npm run check\`) körs på den här ändringsbegäran. Granska ändringarna, förhandsgranska
den byggda webbplatsen (artefakten *webbplatsen* under Kontroll) och slå ihop när allt stämmer.
`;
if (values.body) writeFileSync(values.body, description);
else console.log(description);
