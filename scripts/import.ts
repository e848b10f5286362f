/**
 * `npm run import -- <export> --mapping <mappning.json> --period <id>`: reads one reporting
 * period's statuses, values and comments from an export (CSV, the planning system's flat
 * JSON table, or an Excel workbook such as the report sheet of `npm run rapportmall`) into
 * the uppdrag and nyckeltal files. Shows what would change and writes only
 * with --write; never replaces a different existing result without --replace; writes
 * nothing at all when any row is wrong.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lockContent } from './content-lock.ts';
import { problemsAfterWrite } from '#lib/content/content-update.ts';
import { formatImportPlan, formatImportProblems } from '#lib/import/diff.ts';
import { moreProblems, SHOWN_PROBLEMS } from '#lib/core/problems.ts';
import { parseMapping } from '#lib/import/mapping.ts';
import { planImport } from '#lib/import/period-results.ts';
import { renderUpdates } from '#lib/import/render.ts';
import { REPORT_SHEET_MAPPING } from '#lib/import/report-sheet.ts';
import { readAnyTable } from '#lib/import/table.ts';
import { isXlsx } from '#lib/import/xlsx.ts';
import { editorSchemaRef } from '#lib/content/json-schema.ts';
import { contentDir, EXIT, parseCommandLine, problemsError, ROOT, shown, usageError, readContent } from './cli.ts';
import { readGivenFile, readGivenText } from './cli-errors.ts';
import { WriteFailed, writeAllOrNothing } from './write-all.ts';

const HELP = `Användning: npm run import -- <exportfil> [--mapping <mappningsfil>] --period <id> [--write] [--replace]

Läser en uppföljningsperiods resultat ur en export från planeringssystemet och för in dem i
uppdragens och nyckeltalens filer i content/. En rad per uppdrag eller nyckeltal, med id eller
titel, status, kommentar och (för nyckeltal) utfall. Mappningsfilen säger vad kolumnerna heter
och vad exportens ord för status betyder; se exemplet scripts/mappings/stratsys.json.

Exportfilen kan vara CSV (semikolon eller komma, UTF-8 med eller utan BOM), en JSON-tabell
{"header": [...], "values": [[...], ...]} eller en Excel-arbetsbok (.xlsx), som rapportmallen
från npm run rapportmall -- --plan <id> --period <id>.

Flaggor:
  --mapping <fil>    mappningsfilen (krävs, utom för en ifylld rapportmall)
  --period <id>      perioden som resultaten gäller, som per-augusti-2024 (krävs)
  --write            skriv ändringarna; utan --write visas bara vad som skulle ändras
  --replace          ersätt resultat som redan finns för perioden och skiljer sig från exporten
  --content <mapp>   annan innehållsmapp än content/
  -h, --help         visa den här hjälpen

Tal läses på svenska: decimalkomma (12,5) och mellanslag mellan tusental (1 234) blir talen
12.5 och 1234, och förhandsvisningen säger hur varje sådant tal lästes. En tom cell är ett
saknat värde (för "Går ej att mäta"), aldrig noll. Text där ett tal ska stå är ett fel.

Om någon rad har fel skrivs ingenting; alla fel listas med rad och kolumn.

Slutkoder: 0 = klart (eller förhandsvisning utan fel), 1 = fel i exporten, mappningen eller
innehållet (inget skrevs), 2 = fel i kommandot.
Mer i docs/publicera.md.`;

const { values, positionals } = parseCommandLine(
  'import',
  {
    mapping: { type: 'string' },
    period: { type: 'string' },
    write: { type: 'boolean' },
    replace: { type: 'boolean' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);

if (positionals.length !== 1)
  usageError(
    'import',
    positionals.length
      ? `ange en exportfil, inte ${positionals.length}`
      : 'ange exportfilen, som npm run import -- export.csv --mapping mappning.json --period per-april-2024',
  );
if (!values.period) usageError('import', 'ange perioden med --period <id>, som --period per-augusti-2024');
const [exportFile] = positionals;
const exportBytes = readGivenFile('import', exportFile, 'exportfilen');
// A workbook without a mapping is read as the report sheet, whose columns Insyn itself names.
if (!values.mapping && !isXlsx(exportBytes)) usageError('import', 'ange mappningsfilen med --mapping <fil>');
const mappingText = values.mapping ? readGivenText('import', values.mapping, 'mappningsfilen') : undefined;

const dir = contentDir(values.content);
// The lock comes before the read, so a second writer reads what the first one wrote.
if (values.write) lockContent(dir);
const read = readContent(dir);
const periods = read.files.filter((f) => f.collection === 'periods').map((f) => f.id);
if (!periods.includes(values.period)) {
  usageError(
    'import',
    `perioden "${values.period}" finns inte i ${shown(join(dir, 'periods'))}/: välj någon av ${periods.join(', ')}, eller lägg till perioden först`,
  );
}

const { mapping, problems: mappingProblems } =
  mappingText === undefined ? { mapping: REPORT_SHEET_MAPPING, problems: [] } : parseMapping(mappingText);
if (!mapping) {
  problemsError(
    `${shown(values.mapping ?? '')} (mappningsfilen) har fel:\n${mappingProblems.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`,
  );
}
const { table, problems: tableProblems } = await readAnyTable(exportBytes);
if (!table)
  problemsError(
    formatImportProblems(
      shown(exportFile),
      tableProblems.map((message) => ({ where: '', message })),
    ),
  );

const plan = planImport({ table, mapping, period: values.period, files: read.files, replace: Boolean(values.replace) });
if (plan.problems.length) problemsError(formatImportProblems(shown(exportFile), plan.problems));

const pending = renderUpdates(
  plan.updates,
  (file) => readFileSync(join(ROOT, file), 'utf8'),
  (file, collection) => editorSchemaRef(join(ROOT, file), collection, dirname(dir)),
);
// What the import would write must pass the same check as everything else.
const afterWrite = problemsAfterWrite(read.files, read.ids, pending);
if (afterWrite.length) {
  const rowOf = new Map(plan.changes.map((c) => [c.file, c.where]));
  problemsError(
    `Efter importen skulle innehållet ha fel:\n${[
      ...afterWrite
        .slice(0, SHOWN_PROBLEMS)
        .map((p) => `  - ${rowOf.get(p.file) ?? ''} → ${shown(p.file)}${p.field ? ` ${p.field}` : ''}: ${p.message}`),
      moreProblems(afterWrite.length),
    ]
      .filter(Boolean)
      .join('\n')}`,
  );
}

console.log(formatImportPlan(plan, values.period));
if (read.problems.length) {
  console.log(
    `Obs: ${read.problems.length} andra problem i innehållet hindrar inte importen men stoppar bygget; kör npm run check.`,
  );
}
if (!values.write) {
  console.log(
    pending.length
      ? 'Inget har skrivits än. Kör samma kommando med --write för att skriva ändringarna.'
      : 'Inget att skriva.',
  );
  process.exit(EXIT.ok);
}
try {
  writeAllOrNothing(pending.map((file) => ({ path: join(ROOT, file.file), text: file.text })));
} catch (error) {
  if (!(error instanceof WriteFailed)) throw error;
  problemsError(`Kunde inte skriva: ${error.message}`);
}
console.log(
  `Skrev ${pending.length} ${pending.length === 1 ? 'fil' : 'filer'}. Kör npm run check och förhandsgranska med npm run dev innan du committar.`,
);
