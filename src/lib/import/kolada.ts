/**
 * Kolada API v3 answers (`/v3/data/kpi/{kpi}/municipality/{ids}`) turned into a långsiktigt
 * nyckeltal's `series`: one list of yearly values per area. Rows marked `isdeleted` are
 * left out, a null value stays null (missing, never zero), and one gender is chosen from
 * Kolada's T/K/M split. Pure: the script fetches or reads the pages.
 */
import { dirname, join } from 'node:path';
import { recordOrEmpty } from '#lib/content/records.ts';
import { readJson } from '#lib/core/json-text.ts';
import { z } from 'astro/zod';
import { fieldPath } from '#lib/core/problems.ts';
import { swedishErrors } from '#lib/content/zod-messages.ts';
import { DATE_YEARS, numberProblem } from '../../schemas/common.ts';

export const GENDERS = ['T', 'K', 'M'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_WORDS: Record<Gender, string> = { T: 'totalt', K: 'kvinnor', M: 'män' };

const valueSchema = z.looseObject({
  gender: z.enum(GENDERS),
  value: z
    .number()
    .refine((value) => numberProblem(value) === undefined, 'är inget rimligt tal: hämta svaret från Kolada igen')
    .transform((value) => value + 0)
    .nullable(),
  isdeleted: z.boolean().optional(),
});
const rowSchema = z.looseObject({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]),
  values: z.array(valueSchema),
  isdeleted: z.boolean().optional(),
});
const pageSchema = z.looseObject({
  count: z.number().optional(),
  values: z.array(rowSchema),
  next_url: z.string().nullable().optional(),
});

export type KoladaPage = z.output<typeof pageSchema>;

/** Parses one page of a Kolada data answer; problems name the field in the page. */
export function parseKoladaPage(text: string): { page?: KoladaPage; problems: string[] } {
  const { data, error } = readJson(text);
  if (error !== undefined) return { problems: [error] };
  const result = pageSchema.safeParse(data, { error: swedishErrors });
  if (!result.success) {
    return {
      problems: result.error.issues
        .slice(0, 10)
        .map(
          (issue) =>
            `${fieldPath(issue.path) || '(hela svaret)'}: ${issue.message}. Filen ska vara ett svar från Koladas API v3, /v3/data/kpi/{kpi}/municipality/{id}`,
        ),
    };
  }
  return { page: result.data, problems: [] };
}

export type YearValue = { year: number; value: number | null };

export interface FetchedSeries {
  /** Per requested area, in the order asked for: its years, sorted. */
  series: Map<string, YearValue[]>;
  /** Per area, years Kolada marks as deleted (`isdeleted`) for the chosen gender. */
  deleted: Map<string, Set<number>>;
  problems: string[];
  /** What was left out and why, for the report. */
  notes: string[];
}

/** Collects the chosen gender's yearly values for the requested areas from all pages. */
export function seriesFromPages(
  pages: readonly KoladaPage[],
  options: { kpi: string; areas: readonly string[]; gender: Gender; retrieved?: string },
): FetchedSeries {
  const { kpi, areas, gender } = options;
  // Kolada cannot have values for years after the answer was fetched, nor before the plans' history.
  const lastYear = options.retrieved ? Number(options.retrieved.slice(0, 4)) : DATE_YEARS.max;
  const implausible = new Set<number>();
  const problems: string[] = [];
  const byArea = new Map(areas.map((area) => [area, new Map<number, number | null>()]));
  const deletedYears = new Map(areas.map((area) => [area, new Set<number>()]));
  const otherKpis = new Set<string>();
  const gendersSeen = new Set<Gender>();
  let deleted = 0;
  let withoutGender = 0;
  for (const row of pages.flatMap((page) => page.values)) {
    if (row.kpi !== kpi) {
      otherKpis.add(row.kpi);
      continue;
    }
    const years = byArea.get(row.municipality);
    if (!years) continue;
    const year = Number(row.period);
    if (year < DATE_YEARS.min || year > lastYear) {
      implausible.add(year);
      continue;
    }
    if (row.isdeleted || row.values.some((v) => v.gender === gender && v.isdeleted)) {
      deletedYears.get(row.municipality)?.add(year);
    }
    if (row.isdeleted) {
      deleted++;
      continue;
    }
    const live = row.values.filter((v) => !v.isdeleted);
    deleted += row.values.length - live.length;
    live.forEach((v) => gendersSeen.add(v.gender));
    const chosen = live.find((v) => v.gender === gender);
    if (!chosen) {
      if (live.length) withoutGender++;
      continue;
    }
    if (years.has(year) && years.get(year) !== chosen.value) {
      problems.push(
        `Kolada-svaret har två olika värden för ${row.municipality} år ${year} (${years.get(year)} och ${chosen.value}): hämta svaret på nytt`,
      );
    }
    years.set(year, chosen.value);
  }
  if (implausible.size) {
    problems.push(
      `Kolada-svaret har år utanför ${DATE_YEARS.min}–${lastYear}${options.retrieved ? ` (efter hämtningsdatumet ${options.retrieved})` : ''}: ${[...implausible].sort((a, b) => a - b).join(', ')}. Kontrollera --retrieved, eller hämta svaret igen`,
    );
  }
  if (otherKpis.size) {
    problems.push(`Kolada-svaret gäller ${[...otherKpis].join(', ')}, inte ${kpi}: kontrollera filen eller --kpi`);
  }
  if (!gendersSeen.has(gender) && gendersSeen.size) {
    problems.push(
      `Kolada-svaret har inga värden för ${gender} (${GENDER_WORDS[gender]}), bara för ${[...gendersSeen].map((g) => `${g} (${GENDER_WORDS[g]})`).join(', ')}: välj något av dem med --gender`,
    );
  }
  for (const [area, years] of byArea) {
    if (years.size === 0 && !problems.length) {
      problems.push(
        `Kolada-svaret har inga värden för område ${area}: kontrollera --area, och att filen eller frågan gäller det området`,
      );
    }
  }
  const notes = [
    ...(deleted ? [`${deleted} rader markerade isdeleted i Kolada lämnades ute`] : []),
    ...(withoutGender && gendersSeen.has(gender)
      ? [`${withoutGender} år saknar värde för ${GENDER_WORDS[gender]} och lämnades ute`]
      : []),
  ];
  const series = new Map(
    [...byArea].map(([area, years]) => [
      area,
      [...years].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value })),
    ]),
  );
  return { series, deleted: deletedYears, problems, notes };
}

type Raw = Record<string, unknown>;
type SeriesEntry = { area: string; name: string; values: YearValue[] };

export interface SeriesUpdate {
  data: Raw;
  /** Per area: what changed, in words, for the dry run. */
  report: string[];
  changed: boolean;
}

function yearChanges(before: YearValue[], after: YearValue[]): string {
  // Years are only ever removed because Kolada marked them deleted: see `applySeries`.
  const old = new Map(before.map((v) => [v.year, v.value]));
  const next = new Map(after.map((v) => [v.year, v.value]));
  const added = after.filter((v) => !old.has(v.year));
  const changed = after.filter((v) => old.has(v.year) && old.get(v.year) !== v.value);
  const removed = before.filter((v) => !next.has(v.year));
  const unchanged = after.length - added.length - changed.length;
  const parts = [
    ...(added.length ? [`nya år ${added.map((v) => `${v.year}: ${v.value}`).join(', ')}`] : []),
    ...(changed.length
      ? [`ändrade ${changed.map((v) => `${v.year}: ${old.get(v.year)} → ${v.value}`).join(', ')}`]
      : []),
    ...(removed.length ? [`borttagna år (borttagna i Kolada) ${removed.map((v) => v.year).join(', ')}`] : []),
    `${unchanged} år oförändrade`,
  ];
  return parts.join('; ');
}

/**
 * The nyckeltal with Kolada's values in each area's series: Kolada's value wins for every
 * year it gives (Kolada revises old years, and the site shows its values unchanged), years
 * Kolada marks deleted are removed, and years the answer does not mention are kept, so a
 * partial answer never erases history. New areas come after the existing ones, and the
 * source credits Kolada with the retrieval date.
 */
export function applySeries(
  data: Raw,
  fetched: Pick<FetchedSeries, 'series' | 'deleted'>,
  options: { kpi: string; retrieved: string; nameFor: (area: string) => string },
): SeriesUpdate {
  const series = (Array.isArray(data.series) ? data.series : []) as SeriesEntry[];
  const next = [...series];
  const report: string[] = [];
  for (const [area, fetchedValues] of fetched.series) {
    const name = options.nameFor(area);
    const at = next.findIndex((entry) => entry.area === area && entry.name === name);
    const before = at >= 0 ? next[at].values : [];
    const given = new Set(fetchedValues.map((v) => v.year));
    const deleted = fetched.deleted.get(area) ?? new Set();
    const values = [...before.filter((v) => !given.has(v.year) && !deleted.has(v.year)), ...fetchedValues].sort(
      (a, b) => a.year - b.year,
    );
    report.push(`${area} ${name}${at < 0 ? ' (ny serie)' : ''}: ${yearChanges(before, values)}`);
    if (at >= 0) next[at] = { ...next[at], values };
    else next.push({ area, name, values });
  }
  const oldSource = recordOrEmpty(data.source);
  const source: Raw = {
    ...oldSource,
    name: 'Kolada',
    url: koladaPageUrl(options.kpi),
    kolada: options.kpi,
    retrieved: options.retrieved,
  };
  for (const key of ['name', 'url', 'kolada', 'retrieved']) {
    if (oldSource[key] !== source[key])
      report.push(`source.${key}: ${JSON.stringify(oldSource[key] ?? null)} → ${JSON.stringify(source[key])}`);
  }
  const updated = { ...data, series: next, source };
  return { data: updated, report, changed: JSON.stringify(updated) !== JSON.stringify(data) };
}

/**
 * Where the next page is, for answers saved as files. A relative `next_url` is a
 * file name beside the first file (never a path out of its folder). An API address (`…?page=2`) is looked for as
 * `<first file's name>.page-2.json` beside the first file: save each page under that name.
 */
export function nextPageFile(nextUrl: string, firstFile: string): { file?: string; problem?: string } {
  if (!/^[a-z]+:/i.test(nextUrl)) {
    // A saved answer may only lead to another file beside the first one, never elsewhere on the disk.
    const name = nextUrl.replace(/^\.\//, '');
    return !/[\\/]/.test(name) && name !== '..'
      ? { file: join(dirname(firstFile), name) }
      : {
          problem: `next_url "${nextUrl}" pekar utanför mappen med svarsfilerna: spara alla sidor i samma mapp som den första och låt next_url vara bara filnamnet`,
        };
  }
  let page: string | null;
  try {
    page = new URL(nextUrl).searchParams.get('page');
  } catch {
    return {
      problem: `next_url "${nextUrl}" är ingen giltig adress: spara svaret från Kolada igen, utan att ändra det`,
    };
  }
  if (!page)
    return {
      problem: `next_url ${nextUrl} anger ingen sida (page=…), så den kan inte hittas bland filerna: hämta direkt från Kolada utan --file`,
    };
  // Only a page number becomes part of a file name: `page=../x` must not lead out of the folder.
  if (!/^\d{1,6}$/.test(page))
    return {
      problem: `next_url ${nextUrl} har page=${page}, men en sida anges bara med siffror: spara svaret från Kolada igen, utan att ändra det`,
    };
  return { file: `${firstFile.replace(/\.json$/i, '')}.page-${page}.json` };
}

const municipalitySchema = z.looseObject({
  values: z.array(z.looseObject({ id: z.string().regex(/^\d{4}$/), title: z.string().min(1), type: z.string() })),
  next_url: z.string().nullable().optional(),
});

/** Kolada marks a region (and the whole country, 0000) with type "L"; municipalities are "K". */
export const REGION_TYPE = 'L';

/**
 * The regions and the country in an answer from Kolada's `/v3/municipality` (all areas, or
 * `?region_type=L`): their ids and names, in id order, the country first.
 */
export function regionsFromMunicipalities(text: string): {
  regions?: { id: string; title: string }[];
  next?: string | null;
  problems: string[];
} {
  const { data, error } = readJson(text);
  if (error !== undefined) return { problems: [error] };
  const result = municipalitySchema.safeParse(data, { error: swedishErrors });
  if (!result.success)
    return {
      problems: result.error.issues
        .slice(0, 10)
        .map(
          (issue) =>
            `${fieldPath(issue.path) || '(hela svaret)'}: ${issue.message}. Filen ska vara ett svar från Koladas API v3, /v3/municipality`,
        ),
    };
  const regions = result.data.values
    .filter((v) => v.type === REGION_TYPE)
    .map((v) => ({ id: v.id, title: v.title }))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (regions.length === 0) return { problems: [`svaret har inga regioner (type "${REGION_TYPE}")`] };
  return { regions, next: result.data.next_url, problems: [] };
}

/** Kolada's page for people (not the API) about one KPI, where its definition and values can be read. */
export const koladaPageUrl = (kpi: string) => `https://www.kolada.se/verktyg/fri-sokning/?kpis=${kpi}`;
