/**
 * `npm run rapportmall -- --plan <id> --period <id>`: writes the report sheet, an Excel
 * workbook with every uppdrag and nyckeltal of a plan, for staff to fill in one period's
 * statuses, values and comments in one place. `npm run import` and `npm run inbox` read the
 * filled workbook back.
 */
import { resolve } from 'node:path';
import { reportSheet } from '#lib/import/report-sheet.ts';
import { writeReportWorkbook } from '#lib/import/xlsx.ts';
import { contentDir, EXIT, noPositionals, parseCommandLine, readContent, ROOT, shown, usageError } from './cli.ts';
import { WriteFailed, writeAllOrNothing } from './write-all.ts';

const HELP = `Användning: npm run rapportmall -- --plan <id> --period <id> [--out <fil>.xlsx] [--content <mapp>]

Skriver en rapportmall i Excel (.xlsx) för en uppföljningsperiod: en rad per uppdrag och
nyckeltal i planen, med förra periodens status och utfall som jämförelse. Fyll i Status
(välj i listan), Utfall (tal med decimalkomma, bara nyckeltal) och Kommentar, och lägg filen
i inkorg/ som <period>.xlsx, eller läs in den med
npm run import -- <fil>.xlsx --period <id>.

Resultat som redan finns för perioden står ifyllda, så att mallen också kan rätta dem.

Flaggor:
  --plan <id>        planen, som rs-plan-och-budget-2024 (krävs)
  --period <id>      perioden som ska rapporteras, som per-augusti-2024 (krävs)
  --out <fil>        filen som skrivs; annars rapportmall-<plan>-<period>.xlsx
  --content <mapp>   annan innehållsmapp än content/
  -h, --help         visa den här hjälpen

Slutkoder: 0 = klart, 1 = planen eller perioden går inte att använda, 2 = fel i kommandot.`;

const { values, positionals } = parseCommandLine(
  'rapportmall',
  {
    plan: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  { help: HELP },
);
noPositionals('rapportmall', positionals);
if (!values.plan) usageError('rapportmall', 'ange planen med --plan <id>, som --plan rs-plan-och-budget-2024');
if (!values.period) usageError('rapportmall', 'ange perioden med --period <id>, som --period per-augusti-2024');
const out = values.out ?? `rapportmall-${values.plan}-${values.period}.xlsx`;
if (!out.endsWith('.xlsx')) usageError('rapportmall', `--out ska sluta på .xlsx, inte "${out}"`);

// A link out of the content folder is refused, as every command refuses it.
const read = readContent(contentDir(values.content));
const { sheet, problems } = reportSheet(read.files, values.plan, values.period);
if (!sheet) {
  process.stderr.write(`${problems.join('\n')}\nInget skrevs.\n`);
  process.exit(EXIT.problems);
}
const bytes = await writeReportWorkbook(sheet);
try {
  writeAllOrNothing([{ path: resolve(ROOT, out), text: bytes }]);
} catch (error) {
  if (!(error instanceof WriteFailed)) throw error;
  process.stderr.write(`Kunde inte skriva: ${error.message}\n`);
  process.exit(EXIT.problems);
}
const count = (collection: string) => sheet.rows.filter((row) => row.collection === collection).length;
console.log(
  `Skrev ${shown(out)}: ${count('uppdrag')} uppdrag och ${count('nyckeltal')} nyckeltal i ${sheet.planTitle}, ${sheet.periodLabel}.`,
);
