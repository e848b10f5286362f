/**
 * What `npm run kolada` settles before it asks Kolada anything: the nyckeltal's fields it
 * reads, the KPI, the areas, the gender and each series' name. Pure: the script reads the
 * files and the flags, and turns a problem into its message and exit code.
 */
import { z } from 'astro/zod';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { swedishErrors } from '#lib/content/zod-messages.ts';
import { fieldPath, type Problem } from '#lib/core/problems.ts';
import { nyckeltalSchema } from '../../schemas/item.ts';
import { GENDER_WORDS, GENDERS, type Gender } from './kolada.ts';

const { term, source, series } = nyckeltalSchema.shape;

/**
 * The fields the command reads, checked as the nyckeltal schema checks them. The rest of the
 * file is left to the check of the updated file, so a nyckeltal whose source the command is
 * about to fill in (one without a source, say) is not refused before it can.
 */
const koladaTargetSchema = z.looseObject({
  term,
  source: z.looseObject({ kolada: source.shape.kolada }).optional(),
  series,
});

export type KoladaTarget = z.output<typeof koladaTargetSchema>;
export type SeriesArea = KoladaTarget['series'][number];

/** The nyckeltal's data as the command reads it, or each field that is wrong, in Swedish. */
export function parseKoladaTarget(data: unknown): {
  target?: KoladaTarget;
  problems: Pick<Problem, 'field' | 'message'>[];
} {
  const result = koladaTargetSchema.safeParse(data, { error: swedishErrors });
  if (result.success) return { target: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })) };
}

/** The KPI to fetch: the flag's, else the nyckeltal's own, and never a different one than it has. */
export function chooseKpi(
  flag: string | undefined,
  own: string | undefined,
  file: string,
): { kpi: string } | { problem: string } {
  const kpi = flag ?? own;
  if (!kpi) return { problem: `ange Kolada-id med --kpi, som --kpi N70060 (${file} har inget source.kolada)` };
  if (!/^[NU]\d{5}$/.test(kpi)) return { problem: `"${kpi}" är inget Kolada-id: det ser ut som N70060` };
  if (own && own !== kpi) {
    return {
      problem: `nyckeltalet hämtar från ${own} (source.kolada i ${file}), inte ${kpi}: ändra source.kolada först om det ska bytas`,
    };
  }
  return { kpi };
}

/** What is wrong with an --api address, if anything: only a web address, and no name or password before @. */
export function apiAddressProblem(address: string): string | undefined {
  let api: URL | undefined;
  try {
    api = new URL(address);
  } catch {
    api = undefined;
  }
  // A name or password in the address would go along to the server with every request.
  if (!api || !/^https?:$/.test(api.protocol) || api.username || api.password)
    return `--api ska vara en adress som börjar med https:// (eller http:// för en spegling), utan namn eller lösenord före @, inte "${address}"`;
  return undefined;
}

/** What is wrong with how the flags for all regions are combined, if anything. */
export function regionFlagsProblem(flags: {
  'all-regions'?: boolean;
  area?: readonly string[];
  municipalities?: string;
  file?: string;
}): string | undefined {
  const all = flags['all-regions'];
  if (all && flags.area) return 'ange antingen --all-regions eller --area, inte båda';
  if (flags.municipalities && !all) return '--municipalities hör till --all-regions: lägg till --all-regions';
  if (all && flags.file && !flags.municipalities)
    return 'med --file behövs också regionernas namn: spara svaret från Koladas /v3/municipality och ange det med --municipalities <fil>';
  return undefined;
}

/**
 * The areas to fetch, once each: all regions when they were asked for, else the --area flags
 * (comma-separated or repeated), else the areas the nyckeltal already has series for.
 */
export function chooseAreas(
  flags: readonly string[] | undefined,
  regions: readonly { id: string }[] | undefined,
  existing: readonly Pick<SeriesArea, 'area'>[],
): { areas: string[] } | { problem: string } {
  const areas = regions
    ? regions.map((r) => r.id)
    : [...new Set(flags?.flatMap((a) => a.split(',')).map((a) => a.trim()) ?? existing.map((s) => s.area))];
  if (areas.length === 0)
    return { problem: 'ange område med --area, som --area 2380 --area 0000 (nyckeltalet har inga serier än)' };
  const wrong = areas.find((area) => !/^\d{4}$/.test(area));
  if (wrong !== undefined) return { problem: `"${wrong}" är inget Kolada-område: det är fyra siffror, som 2380` };
  return { areas };
}

/** The gender a --gender flag names, in either case; total when there is no flag. */
export function chooseGender(flag: string | undefined): Gender | undefined {
  const wanted = (flag ?? 'T').toUpperCase();
  return GENDERS.find((gender) => gender === wanted);
}

/** The areas' names given on the command line: the regions' own, then each --area-name id=namn. */
export function givenAreaNames(
  regions: readonly { id: string; title: string }[] | undefined,
  pairs: readonly string[] | undefined,
): { names: Map<string, string> } | { problem: string } {
  const names = new Map<string, string>(regions?.map((r) => [r.id, r.title]));
  for (const pair of pairs ?? []) {
    const match = /^(\d{4})=(.+)$/.exec(pair);
    if (!match) return { problem: `--area-name ska skrivas id=namn, som --area-name 2380="Östersunds kommun"` };
    names.set(match[1], match[2].trim());
  }
  return { names };
}

/**
 * The name an area's series gets: a name given on the command line, else as the nyckeltal
 * already names the area's total, else the organisation with that Kolada id (the country is
 * Riket); a gender's series adds it to the name. Undefined when the area has no name.
 */
export function seriesName(
  area: string,
  context: {
    given: ReadonlyMap<string, string>;
    existing: readonly Pick<SeriesArea, 'area' | 'name'>[];
    /** The organisations' data as read, not yet checked by their schema. */
    organisations: readonly unknown[];
    gender: Gender;
  },
): string | undefined {
  const organisation = context.organisations.map(recordOrEmpty).find((data) => data.koladaId === area);
  // A gender's series is named after the total's, so only a name without a gender word is the area's own.
  const suffix = new RegExp(`, (${Object.values(GENDER_WORDS).join('|')})$`);
  const base =
    context.given.get(area) ??
    context.existing.find((s) => s.area === area && !suffix.test(s.name))?.name ??
    textOf(organisation?.name) ??
    (area === '0000' ? 'Riket' : undefined);
  // An empty name (--area-name 2380=" ") is no name either.
  if (!base) return undefined;
  return context.gender === 'T' ? base : `${base}, ${GENDER_WORDS[context.gender]}`;
}
