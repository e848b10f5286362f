/**
 * Where `npm run kolada` gets Kolada's answers: saved files page by page, or the live API.
 * Every page is asked of the first request's server only, and every saved page is read from
 * the first file's folder only, so an answer can never send the command elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolvesInside } from '../src/data/inside-folder.ts';
import { errorMessage, recordOrEmpty, textOf } from '#lib/content/records.ts';
import { type KoladaPage, nextPageFile, parseKoladaPage, regionsFromMunicipalities } from '#lib/import/kolada.ts';
import { problemsError, shown } from './cli.ts';
import { fileProblem } from './cli-errors.ts';

export const KOLADA_API = 'https://api.kolada.se/v3';
/** More pages than any one KPI and a handful of areas need: a guard against next_url loops. */
const MAX_PAGES = 200;
/** Redirects followed for one request at most, all on the first request's server. */
const MAX_REDIRECTS = 5;

/** Koladas API address without a closing slash: the flag's (a mirror, a test server) or Kolada's own. */
export const apiBase = (flag: string | undefined) => (flag ?? KOLADA_API).replace(/\/$/, '');

/** Whether `address` is on the same scheme, host and port as `origin`. */
function sameServer(address: string, origin: URL): boolean {
  try {
    const next = new URL(address);
    return next.protocol === origin.protocol && next.host === origin.host && !next.username && !next.password;
  } catch {
    return false;
  }
}

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
      problemsError(
        `Kolada svarade på ${current} med en hänvisning till ${next}, en annan server, och den hämtas inte: bara adresser hos ${origin.protocol}//${origin.host} följs`,
      );
    if (redirects >= MAX_REDIRECTS)
      problemsError(
        `Kolada hänvisade ${current} vidare fler än ${MAX_REDIRECTS} gånger: försök igen senare, eller spara svaret och använd --file`,
      );
    current = next;
  }
}

const listed = (problems: readonly string[]) => problems.map((p) => `  - ${p}`).join('\n');

/** The regions and the country, from a saved answer (`--municipalities`) or the live API. */
export async function allRegions(saved: string | undefined, api: string): Promise<{ id: string; title: string }[]> {
  const source = saved ?? `${api}/municipality?region_type=L`;
  let text: string;
  if (saved) text = readFileSync(saved, 'utf8');
  else {
    try {
      const response = await fetchFromServer(source, new URL(source));
      if (!response.ok) problemsError(`Kolada svarade ${response.status} ${response.statusText} på ${source}`);
      text = await response.text();
    } catch (error) {
      problemsError(
        `Kunde inte hämta ${source} (${errorMessage(error)}): spara svaret som en fil och kör igen med --municipalities <fil>.`,
      );
    }
  }
  const { regions, next, problems } = regionsFromMunicipalities(text);
  if (!regions) problemsError(`${saved ? shown(source) : source} är inget områdessvar:\n${listed(problems)}`);
  if (next)
    problemsError(
      `${source}: svaret har fler sidor (next_url); hämta med ?region_type=L så att alla regioner får plats på en sida`,
    );
  return regions;
}

/** The text of one saved page, which an earlier page (or the command line) pointed to. */
function readPageFile(file: string): string {
  if (!existsSync(file))
    problemsError(
      `${shown(file)} finns inte, men föregående sida pekar dit med next_url: spara nästa sida från Kolada under det namnet`,
    );
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    problemsError(fileProblem(error, file));
  }
}

/** The pages saved from Kolada, the first one given and each next one beside it. */
export function pagesFromFiles(first: string): KoladaPage[] {
  const pages: KoladaPage[] = [];
  const seen = new Set<string>();
  let file: string | undefined = resolve(first);
  while (file) {
    if (pages.length >= MAX_PAGES)
      problemsError(
        `${shown(first)}: svaret har fler än ${MAX_PAGES} sidor, fler än något nyckeltal behöver: kontrollera sidfilerna`,
      );
    if (seen.has(file))
      problemsError(`${shown(file)}: next_url leder tillbaka till en sida som redan lästs: kontrollera sidfilerna`);
    seen.add(file);
    const { page, problems } = parseKoladaPage(readPageFile(file));
    if (!page) problemsError(`${shown(file)} är inget Kolada-svar:\n${listed(problems)}`);
    pages.push(page);
    if (!page.next_url) break;
    const next = nextPageFile(page.next_url, resolve(first));
    if (next.problem) problemsError(`${shown(file)}: ${next.problem}`);
    // A later page is a file in the first one's folder: a link to elsewhere on the machine is never read.
    if (next.file && existsSync(next.file) && !resolvesInside(next.file, dirname(resolve(first))))
      problemsError(
        `${shown(next.file)} är en genväg (symbolisk länk) till något utanför mappen med svarsfilerna, och läses inte: spara sidan själv i mappen`,
      );
    file = next.file;
  }
  return pages;
}

/** The text of one page of the live API's answer. */
async function fetchPage(address: string, origin: URL): Promise<string> {
  try {
    const response = await fetchFromServer(address, origin);
    if (!response.ok)
      problemsError(
        `Kolada svarade ${response.status} ${response.statusText} på ${address}: kontrollera Kolada-id och områden, eller försök igen senare`,
      );
    return await response.text();
  } catch (error) {
    // Node's fetch says only "fetch failed"; what went wrong, as ECONNREFUSED, is in its cause.
    const cause = recordOrEmpty(recordOrEmpty(error).cause);
    problemsError(
      `Kunde inte hämta ${address} (${textOf(cause.code) ?? textOf(cause.message) ?? errorMessage(error)}).\n` +
        'Datorn verkar sakna kontakt med Kolada. Öppna adressen i en webbläsare på en dator med nätverk, spara svaret\n' +
        `som en fil och kör igen med --file <fil> --retrieved <dagens datum>.`,
    );
  }
}

/** The live API's answer, page by page as next_url leads, on the first address's server only. */
export async function pagesFromApi(url: string): Promise<KoladaPage[]> {
  const pages: KoladaPage[] = [];
  const seen = new Set<string>();
  let next: string | null | undefined = url;
  const origin = new URL(url);
  while (next) {
    if (pages.length >= MAX_PAGES)
      problemsError(
        `Kolada-svaret har fler än ${MAX_PAGES} sidor, fler än något nyckeltal behöver: kontrollera Kolada-id och områden, eller spara svaret och använd --file`,
      );
    if (seen.has(next))
      problemsError(
        `Kolada svarade med en next_url som redan hämtats (${next}): försök igen senare, eller spara svaret och använd --file`,
      );
    // The next page is asked of the same server only: an answer must not send the command elsewhere.
    if (!sameServer(next, origin))
      problemsError(
        `Kolada-svaret pekar på nästa sida hos en annan server (next_url ${next}), och den hämtas inte: bara sidor från ${origin.protocol}//${origin.host} följs`,
      );
    seen.add(next);
    const { page, problems } = parseKoladaPage(await fetchPage(next, origin));
    if (!page) problemsError(`Svaret från ${next} är inget Kolada-svar:\n${listed(problems)}`);
    pages.push(page);
    next = page.next_url;
  }
  return pages;
}
