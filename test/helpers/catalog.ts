/**
 * Small catalogs written the way staff write content, validated by the real schemas: a
 * plan followed up over several periods, which the bundled content (one period so far)
 * cannot show.
 */
import type { CollectionName } from '../../src/schemas/index.ts';
import { validateFiles } from '#lib/content/validate.ts';

type Raw = Record<string, unknown>;

export function catalogOf(files: Partial<Record<CollectionName, Record<string, Raw>>>) {
  const sources = Object.entries(files).flatMap(([collection, byId]) =>
    Object.entries(byId ?? {}).map(([id, data]) => ({
      collection: collection as CollectionName,
      id,
      file: `content/${collection}/${id}`,
      data,
      text: collection === 'uppdrag' || collection === 'documents' ? 'Text.' : undefined,
    })),
  );
  const { catalog, problems } = validateFiles(sources);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n'));
  return catalog;
}

const PERIODS = {
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
};

const plan = (title: string, startYear: number, extra: Raw = {}) => ({
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

const uppdrag = (strategy: string, statuses: [string, string][]) => ({
  title: `Uppdrag ${strategy} ${statuses.map((s) => s[1]).join(' ')}`,
  plan: 'plan-2025',
  strategy,
  origin: 'egen',
  responsibleUnit: 'stab',
  statuses: statuses.map(([period, status]) => ({ period, status, text: 'Text.' })),
});

const nyckeltal = (
  strategy: string,
  results: [string, number | null, string][],
  targets: [number, number][] = [[2025, 80]],
) => ({
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
