/** How rows of an export become results, and every way a row can be refused. */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '#lib/content/content-files.ts';
import { parseMapping, statusFor } from '#lib/import/mapping.ts';
import { planImport } from '#lib/import/period-results.ts';
import type { Cell, Table } from '#lib/import/table.ts';
import { type Input, sourcesOf } from '../helpers/catalog.ts';
import { filesBeforePeriod } from '../helpers/content.ts';
import { SAMPLE_FILES, SAMPLE_PLAN } from '../helpers/sample-site.ts';

const APRIL = 'per-april-2024';
const AUGUST = 'per-augusti-2024';

/** A nyckeltal of the sample plan, followed up in April. */
const measure = (title: string, value: number): Input['nyckeltal'] => ({
  ...SAMPLE_FILES.nyckeltal.helpdesk,
  title,
  results: [{ period: APRIL, value, status: 'ej-uppfyllt', comment: 'Per april.' }],
});
const { heltid, vantetider, samverkan } = SAMPLE_FILES.uppdrag;
const { helpdesk, frisktal, sjukfranvaro } = SAMPLE_FILES.nyckeltal;

/** The sample plan before per augusti 2024 was published, with a few more items to refuse rows for. */
const files = filesBeforePeriod(
  sourcesOf({
    ...SAMPLE_FILES,
    uppdrag: { heltid, vantetider, samverkan, ledarutbildning: { ...samverkan, title: 'Ledarutbildning' } },
    nyckeltal: {
      helpdesk,
      frisktal,
      sjukfranvaro,
      overtid: measure('Övertid och mertid per anställd', 27),
      'kostnad-inhyrd-personal': measure('Kostnad för inhyrd personal', 40),
      'it-sakerhet-system': measure('IT-säkerhet i system', 71),
    },
  }),
  AUGUST,
);

function mapping(extra: Record<string, unknown> = {}) {
  const { mapping, problems } = parseMapping(
    JSON.stringify({
      columns: { id: 'Id', title: 'Namn', status: 'Status', value: 'Utfall', comment: 'Kommentar' },
      statuses: { Grön: 'helt-uppfyllt', Gul: 'delvis-uppfyllt', Röd: 'ej-uppfyllt', Grå: 'gar-ej-att-mata' },
      ...extra,
    }),
  );
  expect(problems).toEqual([]);
  return mapping!;
}

function table(header: string[], ...rows: Cell[][]): Table {
  return {
    format: 'csv',
    header,
    rows: rows.map((row, index) => ({
      where: `rad ${index + 2}`,
      cells: Object.fromEntries(header.map((h, i) => [h, row[i]])),
    })),
  };
}

const HEADER = ['Id', 'Namn', 'Status', 'Utfall', 'Kommentar'];
const run = (
  rows: Cell[][],
  options: {
    period?: string;
    replace?: boolean;
    extra?: Record<string, unknown>;
    header?: string[];
    content?: SourceFile[];
  } = {},
) =>
  planImport({
    table: table(options.header ?? HEADER, ...rows),
    mapping: mapping(options.extra),
    period: options.period ?? AUGUST,
    files: options.content ?? files,
    replace: options.replace ?? false,
  });

describe('parseMapping', () => {
  it('names every mistake in the mapping file by field', () => {
    const { problems } = parseMapping(
      JSON.stringify({
        columns: { status: '', comment: 'K', extra: 'x' },
        statuses: { Lila: 'lila' },
        periods: { T1: 'Per April' },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'columns.status', message: expect.stringContaining('får inte vara tom') },
        { field: 'columns', message: expect.stringContaining('okänt fält "extra"') },
        { field: 'statuses.Lila', message: expect.stringContaining('"lila" är ingen status för nyckeltal') },
        { field: 'periods.T1', message: expect.stringContaining('ska vara ett periods-id') },
      ]),
    );
    expect(parseMapping(JSON.stringify({ columns: { status: 'S', comment: 'K' } })).problems).toEqual([
      { field: 'columns', message: expect.stringContaining('ange id eller title') },
    ]);
    expect(
      parseMapping(JSON.stringify({ columns: { id: 'I', type: 'T', status: 'S', comment: 'K' } })).problems,
    ).toEqual([{ field: 'types', message: expect.stringContaining('när columns.type är satt') }]);
    expect(parseMapping('{').problems[0].message).toMatch(/inte giltig JSON/);
  });

  it("understands the content keys and the site's own status words without being told, in any case", () => {
    const m = mapping();
    expect(statusFor(m, 'Helt uppfyllt')).toBe('helt-uppfyllt');
    expect(statusFor(m, ' går EJ  att mäta ')).toBe('gar-ej-att-mata');
    expect(statusFor(m, 'delvis-uppfyllt')).toBe('delvis-uppfyllt');
    expect(statusFor(m, 'grön')).toBe('helt-uppfyllt');
    expect(statusFor(m, 'Blå')).toBeUndefined();
  });
});

describe('planImport', () => {
  it("adds a new period's result after the earlier ones, for nyckeltal and uppdrag, found by id or by title", () => {
    const plan = run([
      ['helpdesk', '', 'Gul', '78,5', 'Färre samtal i tid under sommaren.'],
      ['', 'heltid SOM  norm', 'Grön', '', 'Målnivån är nådd.'],
      ['frisktal', '', 'Grå', '', 'Kan inte mätas ännu.'],
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => [c.id, c.kind, c.after])).toEqual([
      [
        'helpdesk',
        'new',
        { period: AUGUST, value: 78.5, status: 'delvis-uppfyllt', comment: 'Färre samtal i tid under sommaren.' },
      ],
      ['heltid', 'new', { period: AUGUST, status: 'helt-uppfyllt', text: 'Målnivån är nådd.' }],
      ['frisktal', 'new', { period: AUGUST, value: null, status: 'gar-ej-att-mata', comment: 'Kan inte mätas ännu.' }],
    ]);
    expect(plan.changes[0].notes).toEqual(['"78,5" lästes som talet 78.5']);
    const updated = plan.updates.find((u) => u.file.endsWith('/helpdesk.json'))!;
    expect((updated.data.results as { period: string }[]).map((r) => r.period)).toEqual([APRIL, AUGUST]);
  });

  it("puts a result in the plan's period order even when a later period is already there", () => {
    const withHelar = files.map((f) =>
      f.id === 'overtid'
        ? {
            ...f,
            data: {
              ...(f.data as object),
              results: [
                ...(f.data as { results: object[] }).results,
                { period: 'helar-2024', value: 1, status: 'ej-uppfyllt', comment: 'x' },
              ],
            },
          }
        : f,
    );
    const plan = run([['overtid', '', 'Röd', '25', 'Fortsatt hög.']], { content: withHelar });
    expect((plan.updates[0].data.results as { period: string }[]).map((r) => r.period)).toEqual([
      APRIL,
      AUGUST,
      'helar-2024',
    ]);
  });

  it('leaves an identical result alone and reports it as unchanged', () => {
    const written = helpdesk.results[0];
    const plan = run([['helpdesk', '', 'Grön', String(written.value), written.comment]], { period: APRIL });
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => c.kind)).toEqual(['unchanged']);
    expect(plan.updates).toEqual([]);
  });

  it('refuses to replace a different existing result without replace, and names what differs', () => {
    const rows = [['helpdesk', '', 'Grön', '88', helpdesk.results[0].comment]];
    const refused = run(rows, { period: APRIL });
    expect(refused.updates).toEqual([]);
    expect(refused.problems).toEqual([
      {
        where: 'rad 2',
        message: expect.stringMatching(
          /har redan ett annat resultat för per-april-2024 .*\(value: 86 → 88\).*--replace/,
        ),
      },
    ]);
    const replaced = run(rows, { period: APRIL, replace: true });
    expect(replaced.problems).toEqual([]);
    expect(replaced.changes[0]).toMatchObject({ kind: 'changed', before: { value: 86 }, after: { value: 88 } });
  });

  it('reports every bad row by row and column, and plans no update at all', () => {
    const plan = run([
      ['helpdesk', '', 'Gul', '78,5', 'Bra rad.'],
      ['finns-inte', '', 'Gul', '1', 'Okänt id.'],
      ['', 'Ingen sådan titel', 'Gul', '1', 'Okänd titel.'],
      ['overtid', '', 'Lila', '24', 'Okänd status.'],
      ['kostnad-inhyrd-personal', '', 'Röd', 'ca 50', 'Text i stället för tal.'],
      ['frisktal', '', 'Grå', '5', 'Värde trots går ej att mäta.'],
      ['it-sakerhet-system', '', 'Röd', '', 'Utfall saknas.'],
      ['heltid', '', 'Grå', '', 'Uppdrag kan inte vara omätbara.'],
      ['ledarutbildning', '', 'Gul', '3', ''],
      ['helpdesk', '', 'Gul', '78,5', 'Samma post två gånger.'],
      ['', '', 'Gul', '1', 'Varken id eller titel.'],
    ]);
    expect(plan.updates).toEqual([]);
    const found = plan.problems.map((p) => `${p.where} ${p.column ?? '-'}`);
    expect(found).toEqual([
      'rad 3 Id',
      'rad 4 Namn',
      'rad 5 Status',
      'rad 6 Utfall',
      'rad 7 Utfall',
      'rad 8 Utfall',
      'rad 9 Status',
      'rad 10 Kommentar',
      'rad 11 -',
      'rad 12 Id',
    ]);
    expect(plan.problems[0].message).toMatch(/hittar inget uppdrag eller nyckeltal med id "finns-inte"/);
    expect(plan.problems[2].message).toMatch(/"Lila" är ingen känd status: lägg till ordet i mappningsfilens statuses/);
    expect(plan.problems[3].message).toMatch(/"ca 50" är inte ett tal/);
    expect(plan.problems[8].message).toMatch(/finns redan på rad 2/);
  });

  it('stops before any row when a mapped column is missing from the export, listing the columns it has', () => {
    const plan = run([['x', 'y', 'z', '1']], { header: ['Id', 'Namn', 'Status', 'Kommentar'] });
    expect(plan.problems).toEqual([
      {
        where: '',
        message: expect.stringContaining(
          'kolumnen "Utfall" (columns.value i mappningsfilen) finns inte i exporten. Exportens kolumner: "Id", "Namn", "Status", "Kommentar"',
        ),
      },
    ]);
  });

  it('skips rows of other known periods and of types mapped to null, and refuses unknown ones', () => {
    const header = ['Typ', 'Id', 'Period', 'Status', 'Utfall', 'Kommentar'];
    const extra = {
      columns: { id: 'Id', type: 'Typ', period: 'Period', status: 'Status', value: 'Utfall', comment: 'Kommentar' },
      types: { Indikator: 'nyckeltal', Mål: null },
      periods: { 'Delår 2024': AUGUST, 'T1 2024': APRIL },
    };
    const plan = run(
      [
        ['Mål', '', 'Delår 2024', 'Gul', '', 'Mål hoppas över.'],
        ['Indikator', 'overtid', 'T1 2024', 'Röd', '27', 'Annan period.'],
        ['Indikator', 'overtid', 'Delår 2024', 'Röd', '25', 'Rätt period.'],
        ['Aktivitet', 'x', 'Delår 2024', 'Röd', '', 'Okänd typ.'],
        ['Indikator', 'frisktal', 'Q3', 'Grå', '', 'Okänd period.'],
      ],
      { header, extra },
    );
    expect(plan.skipped.map((s) => s.where)).toEqual(['rad 2', 'rad 3']);
    expect(plan.changes.map((c) => c.id)).toEqual(['overtid']);
    expect(plan.problems.map((p) => `${p.where} ${p.column}`)).toEqual(['rad 5 Typ', 'rad 6 Period']);
  });

  it('refuses an item whose plan does not follow the period up', () => {
    const plan = run([['helpdesk', '', 'Gul', '1', 'Fel period.']], { period: 'per-april-2025' });
    expect(plan.problems).toEqual([
      {
        where: 'rad 2',
        column: 'Id',
        message: expect.stringContaining(`hör till planen ${SAMPLE_PLAN}, som inte följer upp per-april-2025`),
      },
    ]);
  });

  it('refuses a title that fits items in both collections when the mapping does not say which', () => {
    const twin = {
      ...files.find((f) => f.id === 'overtid')!,
      collection: 'uppdrag' as const,
      id: 'overtid-uppdrag',
      file: 'content/uppdrag/x/overtid-uppdrag.mdx',
    };
    const plan = run([['', 'Övertid och mertid per anställd', 'Röd', '25', 'x']], { content: [...files, twin] });
    expect(plan.problems[0].message).toMatch(
      /passar flera poster: .*overtid.json, content\/uppdrag\/x\/overtid-uppdrag.mdx/,
    );
    const chosen = run([['', 'Övertid och mertid per anställd', 'Röd', '25', 'x']], {
      content: [...files, twin],
      extra: { collection: 'nyckeltal' },
    });
    expect(chosen.problems).toEqual([]);
  });
});
