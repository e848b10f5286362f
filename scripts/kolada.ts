/**
 * `npm run kolada -- <nyckeltal-id>`: fills a långsiktigt nyckeltal's yearly series from
 * Kolada, for one KPI and one or more areas, from saved API answers (--file) or from the
 * live API. Shows what would change and writes only with --write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lockContent } from './content-lock.ts';
import { resolvesInside } from '../src/data/inside-folder.ts';
import { problemsAfterWrite } from '#lib/content/content-update.ts';
import { moreProblems, SHOWN_PROBLEMS } from '#lib/core/problems.ts';
import { entryJson } from '#lib/content/content-writer.ts';
import { editorSchemaRef } from '#lib/content/json-schema.ts';
import {
  applySeries,
  GENDER_WORDS,
  GENDERS,
  type Gender,
  type KoladaPage,
  nextPageFile,
  parseKoladaPage,
  regionsFromMunicipalities,
  seriesFromPages,
} from '#lib/import/kolada.ts';
import { contentDir, EXIT, parseCommandLine, ROOT, shown, usageError, readContent } from './cli.ts';
import { fileProblem, readGivenFile } from './cli-errors.ts';
import { WriteFailed, writeAllOrNothing } from './write-all.ts';

const API = 'https://api.kolada.se/v3';
/** More pages than any one KPI and a handful of areas need: a guard against next_url loops. */
const MAX_PAGES = 200;

const HELP = `Användning: npm run kolada -- <nyckeltal-id> [--area <id> ...] [--file <fil> --retrieved <datum>] [--write]

Hämtar årsvärden från Kolada till ett långsiktigt nyckeltals series: en serie per område
(organisationens Kolada-id i content/insyn.json, som 2380, och 0000 = riket). Källan i filen sätts till Kolada med
Kolada-id och hämtningsdatum. Värden som Kolada markerat som borttagna (isdeleted) tas inte
med, och ett värde som saknas (null) skrivs som null, aldrig som noll.

Utan --file hämtas värdena direkt från ${API}/data/kpi/{kpi}/municipality/{områden}
(kräver nätverk). Med --file läses ett sparat svar från samma adress. Om svaret har fler
sidor (next_url) spara varje sida bredvid den första: sidan med page=2 som <namn>.page-2.json
(för filen n70060.json alltså n70060.page-2.json), och så vidare.

Flaggor:
  --kpi <id>            Kolada-id, som N70060 (annars nyckeltalets source.kolada)
  --area <id>           område, fyra siffror; flera med kommatecken eller flaggan flera gånger
                        (annars de områden som nyckeltalet redan har serier för)
  --area-name <id>=<namn>  namn på ett område som inte redan finns i nyckeltalet
  --all-regions         alla 21 regioner och riket, så att sidan kan jämföra regionen med de andra
                        (plats, median och spridning); namnen hämtas från ${API}/municipality
  --municipalities <fil>  sparat svar från ${API}/municipality (med --all-regions och --file)
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

function fail(message: string): never {
  process.stderr.write(`${message}\nInget skrevs.\n`);
  process.exit(EXIT.problems);
}

if (positionals.length !== 1)
  usageError('kolada', 'ange ett nyckeltals id, som npm run kolada -- nettokostnad-primarvard');
if (values.api !== undefined) {
  let api: URL | undefined;
  try {
    api = new URL(values.api);
  } catch {
    api = undefined;
  }
  // Only a web address is asked, and never with a name or password that would go along to the server.
  if (!api || !/^https?:$/.test(api.protocol) || api.username || api.password)
    usageError(
      'kolada',
      `--api ska vara en adress som börjar med https:// (eller http:// för en spegling), utan namn eller lösenord före @, inte "${values.api}"`,
    );
}
const [itemId] = positionals;
const dir = contentDir(values.content);
// The lock comes before the read, so a second writer reads what the first one wrote.
if (values.write) lockContent(dir);
const read = readContent(dir);
const item = read.files.find((f) => f.collection === 'nyckeltal' && f.id === itemId);
if (!item) usageError('kolada', `hittar inget nyckeltal med id "${itemId}" i ${shown(join(dir, 'nyckeltal'))}/`);
const data = item.data as Record<string, unknown>;
if (data.term !== 'langsiktig') {
  fail(
    `${shown(item.file)}: term är ${JSON.stringify(data.term)}. Kolada-serier hör till långsiktiga nyckeltal: sätt "term": "langsiktig" om nyckeltalet är långsiktigt.`,
  );
}

const source = (data.source ?? {}) as { kolada?: string };
const kpi = values.kpi ?? source.kolada;
if (!kpi)
  usageError('kolada', `ange Kolada-id med --kpi, som --kpi N70060 (${shown(item.file)} har inget source.kolada)`);
if (!/^[NU]\d{5}$/.test(kpi)) usageError('kolada', `"${kpi}" är inget Kolada-id: det ser ut som N70060`);
if (source.kolada && source.kolada !== kpi) {
  usageError(
    'kolada',
    `nyckeltalet hämtar från ${source.kolada} (source.kolada i ${shown(item.file)}), inte ${kpi}: ändra source.kolada först om det ska bytas`,
  );
}

const existingSeries = (Array.isArray(data.series) ? data.series : []) as { area: string; name: string }[];
if (values['all-regions'] && values.area) usageError('kolada', 'ange antingen --all-regions eller --area, inte båda');
if (values.municipalities && !values['all-regions'])
  usageError('kolada', '--municipalities hör till --all-regions: lägg till --all-regions');
if (values['all-regions'] && values.file && !values.municipalities)
  usageError(
    'kolada',
    'med --file behövs också regionernas namn: spara svaret från Koladas /v3/municipality och ange det med --municipalities <fil>',
  );
if (values.municipalities && !existsSync(values.municipalities))
  usageError('kolada', `hittar inte filen ${values.municipalities}`);

/** Whether `address` is on the same scheme, host and port as `origin`. */
function sameServer(address: string, origin: URL): boolean {
  try {
    const next = new URL(address);
    return next.protocol === origin.protocol && next.host === origin.host && !next.username && !next.password;
  } catch {
    return false;
  }
}

/** Redirects followed for one request at most, all on the first request's server. */
const MAX_REDIRECTS = 5;

/**
 * Fetches `address`, following a redirect only on `origin`'s server: an answer must not send
 * the command to another host, so a redirect elsewhere is refused without asking it.
 */
async function fetchFromServer(address: string, origin: URL): Promise<Response> {
  let current = address;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(current, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      next = location;
    }
    if (!sameServer(next, origin))
      fail(
        `Kolada svarade på ${current} med en hänvisning till ${next}, en annan server, och den hämtas inte: bara adresser hos ${origin.protocol}//${origin.host} följs`,
      );
    if (redirects >= MAX_REDIRECTS)
      fail(
        `Kolada hänvisade ${current} vidare fler än ${MAX_REDIRECTS} gånger: försök igen senare, eller spara svaret och använd --file`,
      );
    current = next;
  }
}

/** The regions and the country, from a saved answer or the live API. */
async function allRegions(): Promise<{ id: string; title: string }[]> {
  const source = values.municipalities ?? `${(values.api ?? API).replace(/\/$/, '')}/municipality?region_type=L`;
  let text: string;
  if (values.municipalities) text = readFileSync(values.municipalities, 'utf8');
  else {
    try {
      const response = await fetchFromServer(source, new URL(source));
      if (!response.ok) fail(`Kolada svarade ${response.status} ${response.statusText} på ${source}`);
      text = await response.text();
    } catch (error) {
      fail(
        `Kunde inte hämta ${source} (${(error as Error).message}): spara svaret som en fil och kör igen med --municipalities <fil>.`,
      );
    }
  }
  const { regions, next, problems } = regionsFromMunicipalities(text);
  if (!regions)
    fail(
      `${values.municipalities ? shown(source) : source} är inget områdessvar:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  if (next)
    fail(
      `${source}: svaret har fler sidor (next_url); hämta med ?region_type=L så att alla regioner får plats på en sida`,
    );
  return regions;
}

const regions = values['all-regions'] ? await allRegions() : undefined;
const areas = regions
  ? regions.map((r) => r.id)
  : [...new Set(values.area?.flatMap((a) => a.split(',')).map((a) => a.trim()) ?? existingSeries.map((s) => s.area))];
if (areas.length === 0)
  usageError('kolada', 'ange område med --area, som --area 2380 --area 0000 (nyckeltalet har inga serier än)');
for (const area of areas)
  if (!/^\d{4}$/.test(area)) usageError('kolada', `"${area}" är inget Kolada-område: det är fyra siffror, som 2380`);

const gender = (values.gender ?? 'T').toUpperCase() as Gender;
if (!GENDERS.includes(gender))
  usageError('kolada', `--gender ska vara T (totalt), K (kvinnor) eller M (män), inte "${values.gender}"`);

const givenNames = new Map<string, string>(regions?.map((r) => [r.id, r.title]));
for (const pair of values['area-name'] ?? []) {
  const match = /^(\d{4})=(.+)$/.exec(pair);
  if (!match) usageError('kolada', `--area-name ska skrivas id=namn, som --area-name 2380="Östersunds kommun"`);
  givenNames.set(match[1], match[2].trim());
}

let retrieved = values.retrieved;
if (values.file && !retrieved)
  usageError(
    'kolada',
    'ange när filen hämtades från Kolada med --retrieved ÅÅÅÅ-MM-DD, så att källan på sidan stämmer',
  );
if (retrieved && !/^\d{4}-\d{2}(-\d{2})?$/.test(retrieved))
  usageError('kolada', `--retrieved ska vara ett datum ÅÅÅÅ-MM-DD, inte "${retrieved}"`);
if (values.file) readGivenFile('kolada', values.file, '--file');

/** The name a series gets: as the nyckeltal already names the area, else the organisation with that Kolada id. */
function nameFor(area: string): string {
  const organisation = read.files.find(
    (f) => f.collection === 'organisations' && (f.data as { koladaId?: string }).koladaId === area,
  );
  const suffix = new RegExp(`, (${Object.values(GENDER_WORDS).join('|')})$`);
  const base =
    givenNames.get(area) ??
    existingSeries.find((s) => s.area === area && !suffix.test(s.name))?.name ??
    (organisation?.data as { name?: string } | undefined)?.name ??
    (area === '0000' ? 'Riket' : undefined);
  if (!base)
    usageError('kolada', `område ${area} har inget namn i innehållet: ange det med --area-name ${area}="Namn"`);
  return gender === 'T' ? base : `${base}, ${GENDER_WORDS[gender]}`;
}
areas.forEach(nameFor);

function fromFiles(first: string): KoladaPage[] {
  const pages: KoladaPage[] = [];
  const seen = new Set<string>();
  let file: string | undefined = resolve(first);
  while (file) {
    if (pages.length >= MAX_PAGES)
      fail(
        `${shown(first)}: svaret har fler än ${MAX_PAGES} sidor, fler än något nyckeltal behöver: kontrollera sidfilerna`,
      );
    if (seen.has(file))
      fail(`${shown(file)}: next_url leder tillbaka till en sida som redan lästs: kontrollera sidfilerna`);
    seen.add(file);
    if (!existsSync(file))
      fail(
        `${shown(file)} finns inte, men föregående sida pekar dit med next_url: spara nästa sida från Kolada under det namnet`,
      );
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      fail(fileProblem(error, file));
    }
    const { page, problems } = parseKoladaPage(text);
    if (!page) fail(`${shown(file)} är inget Kolada-svar:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    pages.push(page);
    if (!page.next_url) break;
    const next = nextPageFile(page.next_url, resolve(first));
    if (next.problem) fail(`${shown(file)}: ${next.problem}`);
    // A later page is a file in the first one's folder: a link to elsewhere on the machine is never read.
    if (next.file && existsSync(next.file) && !resolvesInside(next.file, dirname(resolve(first))))
      fail(
        `${shown(next.file)} är en genväg (symbolisk länk) till något utanför mappen med svarsfilerna, och läses inte: spara sidan själv i mappen`,
      );
    file = next.file;
  }
  return pages;
}

async function fromApi(url: string): Promise<KoladaPage[]> {
  const pages: KoladaPage[] = [];
  const seen = new Set<string>();
  let next: string | null | undefined = url;
  const origin = new URL(url);
  while (next) {
    if (pages.length >= MAX_PAGES)
      fail(
        `Kolada-svaret har fler än ${MAX_PAGES} sidor, fler än något nyckeltal behöver: kontrollera Kolada-id och områden, eller spara svaret och använd --file`,
      );
    if (seen.has(next))
      fail(
        `Kolada svarade med en next_url som redan hämtats (${next}): försök igen senare, eller spara svaret och använd --file`,
      );
    // The next page is asked of the same server only: an answer must not send the command elsewhere.
    if (!sameServer(next, origin))
      fail(
        `Kolada-svaret pekar på nästa sida hos en annan server (next_url ${next}), och den hämtas inte: bara sidor från ${origin.protocol}//${origin.host} följs`,
      );
    seen.add(next);
    let text: string;
    try {
      const response = await fetchFromServer(next, origin);
      if (!response.ok)
        fail(
          `Kolada svarade ${response.status} ${response.statusText} på ${next}: kontrollera Kolada-id och områden, eller försök igen senare`,
        );
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      fail(
        `Kunde inte hämta ${next} (${cause?.code ?? cause?.message ?? (error as Error).message}).\n` +
          'Datorn verkar sakna kontakt med Kolada. Öppna adressen i en webbläsare på en dator med nätverk, spara svaret\n' +
          `som en fil och kör igen med --file <fil> --retrieved <dagens datum>.`,
      );
    }
    const { page, problems } = parseKoladaPage(text);
    if (!page) fail(`Svaret från ${next} är inget Kolada-svar:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    pages.push(page);
    next = page.next_url;
  }
  return pages;
}

const url = `${(values.api ?? API).replace(/\/$/, '')}/data/kpi/${kpi}/municipality/${areas.join(',')}`;
const pages = values.file ? fromFiles(values.file) : await fromApi(url);
retrieved ??= new Date().toLocaleDateString('sv-SE');

const fetched = seriesFromPages(pages, { kpi, areas, gender, retrieved });
if (fetched.problems.length)
  fail(
    `${values.file ? shown(values.file) : url}:\n${[
      ...fetched.problems.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p}`),
      moreProblems(fetched.problems.length),
    ]
      .filter(Boolean)
      .join('\n')}`,
  );

const update = applySeries(data, fetched, { kpi, retrieved, nameFor });
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
  fail(
    `Efter hämtningen skulle ${shown(item.file)} ha fel:\n${[
      ...afterWrite.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p.field}: ${p.message}`),
      moreProblems(afterWrite.length),
    ]
      .filter(Boolean)
      .join('\n')}`,
  );

console.log(
  `${shown(item.file)} (Kolada ${kpi}, ${GENDER_WORDS[gender]}, ${pages.length} ${pages.length === 1 ? 'sida' : 'sidor'})`,
);
console.log(update.report.map((line) => `  ${line}`).join('\n'));
for (const note of fetched.notes) console.log(`  (${note})`);
if (!update.changed) {
  console.log('\nInget att skriva: nyckeltalet har redan dessa värden.');
  process.exit(EXIT.ok);
}
if (!values.write) {
  console.log('\nInget har skrivits än. Kör samma kommando med --write för att skriva ändringarna.');
  process.exit(EXIT.ok);
}
try {
  writeAllOrNothing([{ path, text }]);
} catch (error) {
  if (!(error instanceof WriteFailed)) throw error;
  fail(`Kunde inte skriva: ${error.message}`);
}
console.log(`\nSkrev ${shown(item.file)}. Kör npm run check och förhandsgranska med npm run dev innan du committar.`);
