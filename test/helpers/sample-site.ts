/**
 * A small whole site for lib tests: two bodies, a regionplan and the board's plans for 2020,
 * 2024 and 2025, items followed up in April and August 2024 and continued into 2025, a Kolada
 * indicator compared with four regions, activities, reports, decisions (one known only by
 * month, one that is an example) and documents with running text. Tests read their
 * expectations from these files, never from the bundled content, which staff keep adding to.
 */
import { catalogOf, type Files, sourcesOf, validatedOf } from './catalog.ts';

export const SAMPLE_PLAN = 'rs-plan-2024';

const status = (period: string, value: 'helt-uppfyllt' | 'delvis-uppfyllt' | 'ej-uppfyllt') => ({
  period,
  status: value,
  text: `Läget ${period}: ${value}.`,
});

export const SAMPLE_FILES = {
  organisations: {
    region: { name: 'Region Exempel', koladaId: '0023', website: 'https://region.example/' },
  },
  bodies: {
    styrelsen: {
      name: 'Regionstyrelsen',
      shortName: 'RS',
      kind: 'styrelse',
      organisation: 'region',
      description: 'Styrelsen leder förvaltningen.',
    },
    fullmaktige: {
      name: 'Regionfullmäktige',
      shortName: 'RF',
      kind: 'fullmaktige',
      organisation: 'region',
      description: 'Fullmäktige beslutar om regionplanen.',
    },
  },
  units: {
    staben: { name: 'Regionstaben', organisation: 'region' },
    kansliet: { name: 'Kansliet', organisation: 'region', parent: 'staben' },
  },
  periods: {
    'per-april-2024': { year: 2024, kind: 'april', endDate: '2024-04-30' },
    'per-augusti-2024': { year: 2024, kind: 'augusti', endDate: '2024-08-31' },
    'helar-2024': {
      year: 2024,
      kind: 'helar',
      endDate: '2024-12-31',
      illustrative: 'Ingen rapport om helåret finns: tillfället är ett exempel.',
    },
    'per-april-2025': {
      year: 2025,
      kind: 'april',
      endDate: '2025-04-30',
      illustrative: 'Ingen rapport om april 2025 finns: tillfället är ett exempel.',
    },
  },
  plans: {
    'regionplan-2024': {
      title: 'Regionplan 2024–2026',
      body: 'fullmaktige',
      kind: 'regionplan',
      startYear: 2024,
      endYear: 2026,
      vocabulary: 'uppdrag-nyckeltal',
      summary: 'Regionens plan för tre år.',
      decisions: [{ decision: 'rf-2023-06-14-50', role: 'faststalld' }],
      periods: [],
    },
    'rs-verksamhetsplan-2020': {
      title: 'Verksamhetsplan 2020',
      body: 'styrelsen',
      kind: 'verksamhetsplan',
      startYear: 2020,
      endYear: 2020,
      vocabulary: 'resultatmal-matetal',
      summary: 'Styrelsens plan för 2020.',
      decisions: [],
      periods: [],
      stated: { source: 'forslag-plan-2024', uppdrag: 26, nyckeltal: 14 },
    },
    [SAMPLE_PLAN]: {
      title: 'Styrelsens plan 2024',
      body: 'styrelsen',
      kind: 'plan-och-budget',
      startYear: 2024,
      endYear: 2024,
      vocabulary: 'uppdrag-nyckeltal',
      dnr: 'RS/10/2023',
      parent: 'regionplan-2024',
      summary: 'Styrelsens plan för 2024.',
      decisions: [
        { decision: 'rs-2023-11-08-100', role: 'faststalld' },
        { decision: 'rs-2024-01-23-5', role: 'reviderad' },
      ],
      periods: ['per-april-2024', 'per-augusti-2024', 'helar-2024'],
      stated: {
        source: 'forslag-plan-2024',
        uppdrag: 3,
        uppdragFromRegionplan: 2,
        uppdragOwn: 1,
        nyckeltal: 3,
        activities: 20,
      },
      illustrative: 'Uppföljningen per augusti är ett exempel.',
    },
    'rs-plan-2025': {
      title: 'Styrelsens plan 2025',
      body: 'styrelsen',
      kind: 'plan-och-budget',
      startYear: 2025,
      endYear: 2025,
      vocabulary: 'uppdrag-nyckeltal',
      parent: 'regionplan-2024',
      summary: 'Styrelsens plan för 2025.',
      decisions: [],
      periods: ['per-april-2025'],
    },
  },
  strategies: {
    vard: { title: 'God vård', plan: 'regionplan-2024', order: 1, description: 'Vård nära invånarna.' },
    medarbetare: {
      title: 'Våra medarbetare',
      plan: 'regionplan-2024',
      order: 2,
      description: 'Attraktiv arbetsgivare.',
    },
  },
  uppdrag: {
    heltid: {
      title: 'Heltid som norm',
      plan: SAMPLE_PLAN,
      strategy: 'medarbetare',
      origin: 'regionplan',
      responsibleUnit: 'kansliet',
      statuses: [status('per-april-2024', 'delvis-uppfyllt'), status('per-augusti-2024', 'helt-uppfyllt')],
      decisions: ['rs-2023-11-08-100'],
    },
    vantetider: {
      title: 'Kortare väntetider',
      plan: SAMPLE_PLAN,
      strategy: 'vard',
      origin: 'regionplan',
      responsibleUnit: 'staben',
      statuses: [status('per-april-2024', 'delvis-uppfyllt'), status('per-augusti-2024', 'ej-uppfyllt')],
      decisions: ['rs-2023-11-08-100'],
      illustrative: 'Statusarna är exempel.',
    },
    samverkan: {
      title: 'Samverkan med kommunerna',
      plan: SAMPLE_PLAN,
      strategy: 'vard',
      origin: 'egen',
      responsibleUnit: 'staben',
      statuses: [status('per-april-2024', 'helt-uppfyllt')],
      decisions: ['rs-2024-01-23-5'],
    },
    'heltid-2025': {
      title: 'Heltid som norm',
      plan: 'rs-plan-2025',
      strategy: 'medarbetare',
      origin: 'regionplan',
      continues: 'heltid',
      responsibleUnit: 'kansliet',
      statuses: [],
    },
  },
  nyckeltal: {
    helpdesk: {
      title: 'Servicenivå helpdesk',
      plan: SAMPLE_PLAN,
      strategy: 'vard',
      term: 'kortsiktig',
      description: 'Andel samtal besvarade i tid.',
      unit: '%',
      direction: 'higher',
      responsibleUnit: 'staben',
      targets: [{ year: 2024, value: 80 }],
      results: [{ period: 'per-april-2024', value: 86, status: 'helt-uppfyllt', comment: 'Fler samtal besvarade.' }],
      source: { name: 'Tertialrapport per april 2024' },
    },
    frisktal: {
      title: 'Frisktal',
      plan: SAMPLE_PLAN,
      strategy: 'medarbetare',
      term: 'kortsiktig',
      description: 'Andel medarbetare utan sjukfrånvaro.',
      unit: '%',
      direction: 'higher',
      targets: [{ year: 2024, value: 75 }],
      results: [{ period: 'per-april-2024', value: null, status: 'gar-ej-att-mata', comment: 'Mäts från hösten.' }],
      source: { name: 'Tertialrapport per april 2024', gives: 'Antalet nyckeltal per status' },
      illustrative: 'Målvärdet och kommentaren är exempel.',
    },
    sjukfranvaro: {
      title: 'Sjukfrånvaro',
      plan: SAMPLE_PLAN,
      strategy: 'medarbetare',
      term: 'kortsiktig',
      description: 'Sjukfrånvaro i procent av arbetstiden.',
      unit: '%',
      direction: 'lower',
      targets: [{ year: 2024, value: 6.5 }],
      results: [
        { period: 'per-april-2024', value: 7.1, status: 'ej-uppfyllt', comment: 'Vinterns infektioner.' },
        { period: 'per-augusti-2024', value: 6.8, status: 'delvis-uppfyllt', comment: 'Lägre under sommaren.' },
      ],
      source: { name: 'Tertialrapport per april 2024', gives: 'Antalet nyckeltal per status' },
      illustrative: 'Värdena är exempel.',
    },
    'sjukfranvaro-2025': {
      title: 'Sjukfrånvaro',
      plan: 'rs-plan-2025',
      strategy: 'medarbetare',
      term: 'kortsiktig',
      continues: 'sjukfranvaro',
      description: 'Sjukfrånvaro i procent av arbetstiden.',
      unit: '%',
      direction: 'lower',
      targets: [{ year: 2025, value: 6.5 }],
      results: [],
      source: { name: 'Styrelsens plan 2025' },
    },
    primarvard: {
      title: 'Nettokostnad primärvård',
      plan: 'regionplan-2024',
      strategy: 'vard',
      term: 'langsiktig',
      description: 'Nettokostnad för primärvård per invånare.',
      unit: 'kr/inv',
      direction: 'lower',
      targets: [],
      results: [],
      series: [
        {
          area: '0023',
          name: 'Region Exempel',
          values: [
            { year: 2021, value: 5000.5 },
            { year: 2022, value: 5200.25 },
          ],
        },
        { area: '0000', name: 'Riket', values: [{ year: 2022, value: 4800 }] },
        {
          area: '0001',
          name: 'Region A',
          values: [
            { year: 2021, value: 4000 },
            { year: 2022, value: 4100 },
          ],
        },
        {
          area: '0003',
          name: 'Region B',
          values: [
            { year: 2021, value: 6000 },
            { year: 2022, value: 6100 },
          ],
        },
        {
          area: '0004',
          name: 'Region C',
          values: [
            { year: 2021, value: null },
            { year: 2022, value: 5500 },
          ],
        },
      ],
      source: { name: 'Kolada', kolada: 'N71007', url: 'https://www.kolada.se/', retrieved: '2024-05-01' },
      illustrative: 'Kopplingen till planen är ett exempel.',
      exampleFields: ['plan'],
    },
  },
  activities: {
    [SAMPLE_PLAN]: {
      plan: SAMPLE_PLAN,
      units: ['staben', 'kansliet'],
      counts: [
        {
          period: 'per-april-2024',
          report: 'tertialrapport-april-2024',
          counts: { planerad: 5, pagaende: 10, forsenad: 2, genomford: 3 },
        },
      ],
    },
  },
  reports: {
    'tertialrapport-april-2024': {
      title: 'Tertialrapport per april 2024',
      kind: 'tertialrapport',
      plan: SAMPLE_PLAN,
      period: 'per-april-2024',
      date: null,
      dnr: 'RS/20/2024',
      summary: 'Läget per april.',
      decisions: ['rs-2023-11-08-100'],
    },
    'uppfoljning-2024': {
      title: 'Uppföljning av planen 2024',
      kind: 'uppfoljning',
      plan: SAMPLE_PLAN,
      period: 'per-april-2024',
      date: '2024-05-07',
      dnr: 'RS/10/2023',
      summary: 'Uppföljning i maj.',
      documents: ['uppfoljning-2024'],
    },
    'delarsrapport-augusti-2024': {
      title: 'Delårsrapport per augusti 2024',
      kind: 'delarsrapport',
      plan: SAMPLE_PLAN,
      period: 'per-augusti-2024',
      date: '2024-09-20',
      dnr: 'RS/30/2024',
      summary: 'Läget per augusti.',
      decisions: ['rs-2024-10-01-150'],
    },
  },
  decisions: {
    'rf-2023-06-14-50': {
      body: 'fullmaktige',
      date: '2023-06-14',
      endDate: '2023-06-15',
      paragraph: 50,
      dnr: null,
      title: 'Regionplan 2024–2026',
      summary: 'Fullmäktige antog regionplanen.',
    },
    'rs-2023-11-08-100': {
      body: 'styrelsen',
      date: '2023-11-08',
      paragraph: 100,
      dnr: 'RS/10/2023',
      title: 'Styrelsens plan 2024',
      summary: 'Styrelsen fastställde planen.',
    },
    'rs-2024-01-23-5': {
      body: 'styrelsen',
      date: '2024-01-23',
      paragraph: 5,
      dnr: 'RS/10/2023',
      title: 'Revidering av styrelsens plan 2024',
      summary: 'Styrelsen reviderade planen.',
    },
    'rf-2024-02-paragraf-19': {
      body: 'fullmaktige',
      date: '2024-02',
      paragraph: 19,
      dnr: null,
      title: 'Program för utförare',
      summary: 'Fullmäktige antog programmet.',
    },
    'rs-2024-10-01-150': {
      body: 'styrelsen',
      date: '2024-10-01',
      paragraph: 150,
      dnr: 'RS/30/2024',
      title: 'Delårsrapport per augusti 2024',
      summary: 'Styrelsen godkände delårsrapporten.',
      illustrative: 'Beslutet är ett exempel.',
    },
  },
  documents: {
    'forslag-plan-2024': {
      title: 'Förslag till styrelsens plan 2024',
      kind: 'tjansteskrivelse',
      dnr: 'RS/10/2023',
      date: '2023-10-20',
      organisation: 'region',
      unit: 'kansliet',
      signedBy: ['Anna Andersson, regiondirektör'],
      decisions: ['rs-2023-11-08-100'],
      plans: [SAMPLE_PLAN],
    },
    'uppfoljning-2024': {
      title: 'Uppföljning av planen 2024',
      kind: 'rapport',
      dnr: 'RS/10/2023',
      date: '2024-05-07',
      organisation: 'region',
      unit: 'kansliet',
      plans: [SAMPLE_PLAN],
      reports: ['uppfoljning-2024'],
    },
  },
} satisfies Files;

/** The documents' running text, as staff write it in MDX. */
export const SAMPLE_TEXTS = {
  'documents/forslag-plan-2024':
    '## Ärendebeskrivning\n\nPlanen ger **tre uppdrag**; kostnaderna följs i ärende RS/30/2024.\n\n- Beslut 8 november 2023, § 100\n',
  'uppdrag/heltid': 'Fler ska arbeta heltid, med [stöd](https://region.example/heltid) till cheferna.\n',
};

/** The sample site as read files, with the validated catalog and entries. */
export function sampleSite() {
  const files = sourcesOf(SAMPLE_FILES, SAMPLE_TEXTS);
  return { files, ...validatedOf(files) };
}

/** Only the catalog of the sample site. */
export function sampleCatalog() {
  return catalogOf(SAMPLE_FILES, SAMPLE_TEXTS);
}
