/**
 * Small catalogs written the way staff write content, validated by the real schemas, so that
 * lib tests know every value they check and no published period, report or decision can
 * break them. `sampleSite()` (sample-site.ts) is a small whole site; `followedUpPlan()` a
 * plan followed up over several periods.
 */
import type { z } from 'astro/zod';
import type { SourceFile } from '#lib/content/content-files.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { activitiesSchema } from '../../src/schemas/activities.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { COLLECTIONS, collections, type CollectionName } from '../../src/schemas/index.ts';
import { nyckeltalSchema, uppdragSchema } from '../../src/schemas/item.ts';
import { bodySchema, organisationSchema, unitSchema } from '../../src/schemas/organisation.ts';
import { periodSchema, planSchema, strategySchema } from '../../src/schemas/plan.ts';
import { reportSchema } from '../../src/schemas/report.ts';

/** What a content file of each collection holds, as staff write it (ids as text). */
export interface Input {
  organisations: z.input<typeof organisationSchema>;
  bodies: z.input<typeof bodySchema>;
  units: z.input<typeof unitSchema>;
  plans: z.input<typeof planSchema>;
  strategies: z.input<typeof strategySchema>;
  periods: z.input<typeof periodSchema>;
  uppdrag: z.input<typeof uppdragSchema>;
  nyckeltal: z.input<typeof nyckeltalSchema>;
  activities: z.input<typeof activitiesSchema>;
  reports: z.input<typeof reportSchema>;
  decisions: z.input<typeof decisionSchema>;
  documents: z.input<typeof documentSchema>;
}
export type Files = { [C in CollectionName]?: Record<string, Input[C]> };

/**
 * The files as `readContentFiles` gives them. MDX entries get the running text of `texts`
 * (keyed `collection/id`), or a short one.
 */
export function sourcesOf(files: Files, texts: Record<string, string> = {}): SourceFile[] {
  return COLLECTIONS.flatMap((collection) =>
    Object.entries(files[collection] ?? {}).map(([id, data]) => ({
      collection,
      id,
      file: `content/${collection}/${id}.${collections[collection].format}`,
      data,
      body: collections[collection].format === 'mdx' ? (texts[`${collection}/${id}`] ?? 'Text.') : undefined,
    })),
  );
}

/** The validated catalog of the files; throws, naming every problem, when they are not valid content. */
export function catalogOf(files: Files, texts: Record<string, string> = {}) {
  return validatedOf(sourcesOf(files, texts)).catalog;
}

/** `validateFiles` of source files that must be valid. */
export function validatedOf(sources: SourceFile[]) {
  const result = validateFiles(sources);
  if (result.problems.length > 0)
    throw new Error(result.problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n'));
  return result;
}

const PERIODS: Files['periods'] = {
  'per-april-2025': { year: 2025, kind: 'april', endDate: '2025-04-30' },
  'per-augusti-2025': { year: 2025, kind: 'augusti', endDate: '2025-08-31' },
  'helar-2025': { year: 2025, kind: 'helar', endDate: '2025-12-31' },
};

export const base = {
  organisations: { region: { name: 'Region', website: 'https://example.org/' } },
  bodies: {
    rs: {
      name: 'Regionstyrelsen',
      shortName: 'RS',
      kind: 'styrelse',
      organisation: 'region',
      description: 'Styrelsen.',
    },
    rf: {
      name: 'Regionfullmäktige',
      shortName: 'RF',
      kind: 'fullmaktige',
      organisation: 'region',
      description: 'Fullmäktige.',
    },
  },
  units: { stab: { name: 'Staben', organisation: 'region' } },
  strategies: {
    forsta: { title: 'Första', plan: 'regionplan', order: 1, description: 'Den första.' },
    andra: { title: 'Andra', plan: 'regionplan', order: 2, description: 'Den andra.' },
  },
  periods: PERIODS,
} satisfies Files;

const plan = (title: string, startYear: number, extra: Partial<Input['plans']> = {}): Input['plans'] => ({
  title,
  body: 'rs',
  kind: 'plan-och-budget',
  startYear,
  endYear: startYear,
  vocabulary: 'uppdrag-nyckeltal',
  summary: 'Plan.',
  decisions: [],
  periods: [],
  ...extra,
});

const uppdrag = (
  strategy: string,
  statuses: [string, Input['uppdrag']['statuses'][number]['status']][],
): Input['uppdrag'] => ({
  title: `Uppdrag ${strategy} ${statuses.map((s) => s[1]).join(' ')}`,
  plan: 'plan-2025',
  strategy,
  origin: 'egen',
  responsibleUnit: 'stab',
  statuses: statuses.map(([period, status]) => ({ period, status, text: 'Text.' })),
});

const nyckeltal = (
  strategy: string,
  results: [string, number | null, Input['nyckeltal']['results'][number]['status']][],
  targets: [number, number][] = [[2025, 80]],
): Input['nyckeltal'] => ({
  title: `Nyckeltal ${strategy}`,
  plan: 'plan-2025',
  strategy,
  term: 'kortsiktig',
  description: 'Mått.',
  unit: '%',
  direction: 'higher',
  targets: targets.map(([year, value]) => ({ year, value })),
  results: results.map(([period, value, status]) => ({ period, value, status, comment: 'Kommentar.' })),
  source: { name: 'Rapport' },
});

/**
 * A 2025 plan followed up in April and August (not yet for the full year), with items that
 * improved, worsened, became unmeasurable and were first reported in August; a 2024 plan of
 * the same body; and a regionplan with the strategies.
 */
export function followedUpPlan() {
  return catalogOf({
    ...base,
    plans: {
      regionplan: plan('Regionplan', 2024, { kind: 'regionplan', endYear: 2026, body: 'rf' }),
      'plan-2024': plan('Plan 2024', 2024, { vocabulary: 'resultatmal-matetal' }),
      'plan-2025': plan('Plan 2025', 2025, {
        parent: 'regionplan',
        periods: ['per-april-2025', 'per-augusti-2025', 'helar-2025'],
      }),
    },
    uppdrag: {
      battre: uppdrag('forsta', [
        ['per-april-2025', 'delvis-uppfyllt'],
        ['per-augusti-2025', 'helt-uppfyllt'],
      ]),
      samre: uppdrag('andra', [
        ['per-april-2025', 'delvis-uppfyllt'],
        ['per-augusti-2025', 'ej-uppfyllt'],
      ]),
      lika: uppdrag('forsta', [
        ['per-april-2025', 'delvis-uppfyllt'],
        ['per-augusti-2025', 'delvis-uppfyllt'],
      ]),
      ny: uppdrag('andra', [['per-augusti-2025', 'helt-uppfyllt']]),
    },
    nyckeltal: {
      matbar: nyckeltal('forsta', [
        ['per-april-2025', 70, 'delvis-uppfyllt'],
        ['per-augusti-2025', null, 'gar-ej-att-mata'],
      ]),
      over: nyckeltal('andra', [['per-april-2025', 86, 'helt-uppfyllt']]),
    },
    reports: {
      'augusti-uppfoljning': {
        title: 'Uppföljning per augusti',
        kind: 'uppfoljning',
        plan: 'plan-2025',
        period: 'per-augusti-2025',
        date: '2025-09-20',
        dnr: 'RS/2/2025',
        summary: 'Uppföljning.',
      },
      delarsrapport: {
        title: 'Delårsrapport',
        kind: 'delarsrapport',
        plan: 'plan-2025',
        period: 'per-augusti-2025',
        date: null,
        dnr: 'RS/3/2025',
        summary: 'Delår.',
      },
      tertialrapport: {
        title: 'Tertialrapport',
        kind: 'tertialrapport',
        plan: 'plan-2025',
        period: 'per-april-2025',
        date: '2025-05-15',
        dnr: 'RS/1/2025',
        summary: 'Tertial.',
      },
    },
  });
}
