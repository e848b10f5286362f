/**
 * `npm run kolada -- <nyckeltal-id>`: fills a långsiktigt nyckeltal's yearly series from
 * Kolada, for one KPI and one or more areas, from saved API answers (--file) or from the
 * live API. Shows what would change and writes only with --write.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lockContent } from './content-lock.ts';
import { problemsAfterWrite } from '#lib/content/content-update.ts';
import type { SourceFile } from '#lib/content/content-files.ts';
import { entryJson } from '#lib/content/content-writer.ts';
import { editorSchemaRef } from '#lib/content/json-schema.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import { moreProblems, SHOWN_PROBLEMS } from '#lib/core/problems.ts';
import { applySeries, GENDER_WORDS, type KoladaPage, seriesFromPages } from '#lib/import/kolada.ts';
import {
  apiAddressProblem,
  chooseAreas,
  chooseGender,
  chooseKpi,
  givenAreaNames,
  type KoladaTarget,
  parseKoladaTarget,
  regionFlagsProblem,
  seriesName,
} from '#lib/import/kolada-choices.ts';
import { contentDir, EXIT, parseCommandLine, problemsError, readContent, ROOT, shown, usageError } from './cli.ts';
import { readGivenFile } from './cli-errors.ts';
import { allRegions, apiBase, KOLADA_API, pagesFromApi, pagesFromFiles } from './kolada-pages.ts';
import { WriteFailed, writeAllOrNothing } from './write-all.ts';

const HELP = `Användning: npm run kolada -- <nyckeltal-id> [--area <id> ...] [--file <fil> --retrieved <datum>] [--write]

Hämtar årsvärden från Kolada till ett långsiktigt nyckeltals series: en serie per område
(organisationens Kolada-id i content/insyn.json, som 2380, och 0000 = riket). Källan i filen sätts till Kolada med
Kolada-id och hämtningsdatum. Värden som Kolada markerat som borttagna (isdeleted) tas inte
med, och ett värde som saknas (null) skrivs som null, aldrig som noll.

Utan --file hämtas värdena direkt från ${KOLADA_API}/data/kpi/{kpi}/municipality/{områden}
(kräver nätverk). Med --file läses ett sparat svar från samma adress. Om svaret har fler
sidor (next_url) spara varje sida bredvid den första: sidan med page=2 som <namn>.page-2.json
(för filen n70060.json alltså n70060.page-2.json), och så vidare.

Flaggor:
  --kpi <id>            Kolada-id, som N70060 (annars nyckeltalets source.kolada)
  --area <id>           område, fyra siffror; flera med kommatecken eller flaggan flera gånger
                        (annars de områden som nyckeltalet redan har serier för)
  --area-name <id>=<namn>  namn på ett område som inte redan finns i nyckeltalet
  --all-regions         alla 21 regioner och riket, så att sidan kan jämföra regionen med de andra
                        (plats, median och spridning); namnen hämtas från ${KOLADA_API}/municipality
  --municipalities <fil>  sparat svar från ${KOLADA_API}/municipality (med --all-regions och --file)
  --gender <T|K|M>      totalt (T, standard), kvinnor (K) eller män (M)
  --file <fil>          läs ett sparat Kolada-svar i stället för att hämta
  --retrieved <datum>   när filen hämtades från Kolada, ÅÅÅÅ-MM-DD (krävs med --file)
  --write               skriv ändringarna; utan --write visas bara vad som skulle ändras
  --content <mapp>      annan innehållsmapp än content/
  --api <adress>        annan adress till Koladas API (för test eller spegling)
  -h, --help            visa den här hjälpen

Slutkoder: 0 = klart (eller förhandsvisning utan fel), 1 = fel i Kolada-svaret eller
innehållet, eller ingen kontakt med Kolada (inget skrevs), 2 = fel i kommandot.
Mer i docs/publicera.md.`;

/** The command line: the nyckeltal's id and the flags, with the --api address checked. */
function commandLine() {
  const { values, positionals } = parseCommandLine(
    'kolada',
    {
      kpi: { type: 'string' },
      area: { type: 'string', multiple: true },
      'all-regions': { type: 'boolean' },
      municipalities: { type: 'string' },
      'area-name': { type: 'string', multiple: true },
      gender: { type: 'string' },
      file: { type: 'string' },
      retrieved: { type: 'string' },
      write: { type: 'boolean' },
      content: { type: 'string' },
      api: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    { help: HELP },
  );
  if (positionals.length !== 1)
    usageError('kolada', 'ange ett nyckeltals id, som npm run kolada -- nettokostnad-primarvard');
  const apiProblem = values.api === undefined ? undefined : apiAddressProblem(values.api);
  if (apiProblem) usageError('kolada', apiProblem);
  return { values, itemId: positionals[0] };
}

type Values = ReturnType<typeof commandLine>['values'];

/** Problems as an indented list, the first ones and a count of the rest. */
function listed(problems: readonly string[]): string {
  return [...problems.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p}`), moreProblems(problems.length)]
    .filter(Boolean)
    .join('\n');
}

/** The nyckeltal to fill, with the rest of the content that the check before writing needs. */
function readNyckeltal(dir: string, itemId: string, write: boolean | undefined) {
  // The lock comes before the read, so a second writer reads what the first one wrote.
  if (write) lockContent(dir);
  const read = readContent(dir);
  const item = read.files.find((f) => f.collection === 'nyckeltal' && f.id === itemId);
  if (!item) usageError('kolada', `hittar inget nyckeltal med id "${itemId}" i ${shown(join(dir, 'nyckeltal'))}/`);
  const { target, problems } = parseKoladaTarget(item.data);
  if (!target)
    problemsError(
      `${shown(item.file)} har fel, så Kolada-värdena kan inte fyllas i:\n${listed(problems.map((p) => `${p.field || '(hela filen)'}: ${p.message}`))}\nRätta filen och kör igen (npm run check visar alla fel i innehållet).`,
    );
  if (target.term !== 'langsiktig') {
    problemsError(
      `${shown(item.file)}: term är ${JSON.stringify(target.term)}. Kolada-serier hör till långsiktiga nyckeltal: sätt "term": "langsiktig" om nyckeltalet är långsiktigt.`,
    );
  }
  return { read, item, target };
}

/** What to fetch and how to name it, from the flags and the nyckeltal; a usage error when they do not add up. */
async function choose(values: Values, item: SourceFile, target: KoladaTarget, files: readonly SourceFile[]) {
  const kpi = chooseKpi(values.kpi, target.source?.kolada, shown(item.file));
  if ('problem' in kpi) usageError('kolada', kpi.problem);
  const flagsProblem = regionFlagsProblem(values);
  if (flagsProblem) usageError('kolada', flagsProblem);
  if (values.municipalities && !existsSync(values.municipalities))
    usageError('kolada', `hittar inte filen ${values.municipalities}`);
  const regions = values['all-regions'] ? await allRegions(values.municipalities, apiBase(values.api)) : undefined;
  const areas = chooseAreas(values.area, regions, target.series);
  if ('problem' in areas) usageError('kolada', areas.problem);
  const gender = chooseGender(values.gender);
  if (!gender) usageError('kolada', `--gender ska vara T (totalt), K (kvinnor) eller M (män), inte "${values.gender}"`);
  const given = givenAreaNames(regions, values['area-name']);
  if ('problem' in given) usageError('kolada', given.problem);
  checkRetrieved(values);
  const context = {
    given: given.names,
    existing: target.series,
    organisations: files.filter((f) => f.collection === 'organisations').map((f) => f.data),
    gender,
  };
  const nameFor = (area: string) =>
    seriesName(area, context) ??
    usageError('kolada', `område ${area} har inget namn i innehållet: ange det med --area-name ${area}="Namn"`);
  areas.areas.forEach(nameFor);
  return { kpi: kpi.kpi, areas: areas.areas, gender, nameFor };
}

/** A saved answer needs the day it was retrieved, so that the source on the page is right. */
function checkRetrieved(values: Values): void {
  if (values.file && !values.retrieved)
    usageError(
      'kolada',
      'ange när filen hämtades från Kolada med --retrieved ÅÅÅÅ-MM-DD, så att källan på sidan stämmer',
    );
  if (values.retrieved && !/^\d{4}-\d{2}(-\d{2})?$/.test(values.retrieved))
    usageError('kolada', `--retrieved ska vara ett datum ÅÅÅÅ-MM-DD, inte "${values.retrieved}"`);
  if (values.file) readGivenFile('kolada', values.file, '--file');
}

type Choices = Awaited<ReturnType<typeof choose>>;

/** The nyckeltal's new text with Kolada's values, refused if the check would reject it. */
function updatedText(
  dir: string,
  { read, item }: ReturnType<typeof readNyckeltal>,
  update: { data: Record<string, unknown> },
): string {
  const path = join(ROOT, item.file);
  const text = entryJson(
    'nyckeltal',
    '$schema' in update.data
      ? update.data
      : { $schema: editorSchemaRef(path, 'nyckeltal', dirname(dir)), ...update.data },
  );
  const afterWrite = problemsAfterWrite(read.files, read.ids, [
    { collection: 'nyckeltal', id: item.id, file: item.file, text },
  ]);
  if (afterWrite.length)
    problemsError(
      `Efter hämtningen skulle ${shown(item.file)} ha fel:\n${listed(afterWrite.map((p) => `${p.field}: ${p.message}`))}`,
    );
  return text;
}

/** What would change, then the file written with --write. */
function reportAndWrite(
  file: string,
  { kpi, gender }: Choices,
  pages: readonly KoladaPage[],
  notes: readonly string[],
  update: { report: string[]; changed: boolean },
  write: { text: string; asked: boolean | undefined },
): void {
  console.log(
    `${shown(file)} (Kolada ${kpi}, ${GENDER_WORDS[gender]}, ${pages.length} ${pages.length === 1 ? 'sida' : 'sidor'})`,
  );
  console.log(update.report.map((line) => `  ${line}`).join('\n'));
  for (const note of notes) console.log(`  (${note})`);
  if (!update.changed) {
    console.log('\nInget att skriva: nyckeltalet har redan dessa värden.');
    process.exit(EXIT.ok);
  }
  if (!write.asked) {
    console.log('\nInget har skrivits än. Kör samma kommando med --write för att skriva ändringarna.');
    process.exit(EXIT.ok);
  }
  try {
    writeAllOrNothing([{ path: join(ROOT, file), text: write.text }]);
  } catch (error) {
    if (!(error instanceof WriteFailed)) throw error;
    problemsError(`Kunde inte skriva: ${error.message}`);
  }
  console.log(`\nSkrev ${shown(file)}. Kör npm run check och förhandsgranska med npm run dev innan du committar.`);
}

async function main(): Promise<void> {
  const { values, itemId } = commandLine();
  const dir = contentDir(values.content);
  const nyckeltal = readNyckeltal(dir, itemId, values.write);
  const choices = await choose(values, nyckeltal.item, nyckeltal.target, nyckeltal.read.files);
  const { kpi, areas, gender, nameFor } = choices;
  const url = `${apiBase(values.api)}/data/kpi/${kpi}/municipality/${areas.join(',')}`;
  const pages = values.file ? pagesFromFiles(values.file) : await pagesFromApi(url);
  const retrieved = values.retrieved ?? new Date().toLocaleDateString('sv-SE');
  const fetched = seriesFromPages(pages, { kpi, areas, gender, retrieved });
  if (fetched.problems.length) problemsError(`${values.file ? shown(values.file) : url}:\n${listed(fetched.problems)}`);
  const update = applySeries(recordOrEmpty(nyckeltal.item.data), fetched, { kpi, retrieved, nameFor });
  const text = updatedText(dir, nyckeltal, update);
  reportAndWrite(nyckeltal.item.file, choices, pages, fetched.notes, update, { text, asked: values.write });
}

await main();
