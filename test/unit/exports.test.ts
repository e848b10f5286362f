/**
 * The downloads reconcile with the content: every record of every collection appears in
 * its JSON file and in its CSV tables exactly once, with the same values, for the whole
 * site and for each plan. The expected values come from a small site's content as validated
 * and as written in its files, not from the export code.
 */
import { hasExampleValues } from '#lib/content/examples.ts';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import {
  buildDataFiles,
  type DataFile,
  planBundlePath,
  WHOLE_JSON_PATH,
  WHOLE_ZIP_PATH,
} from '#lib/open-data/data-files.ts';
import { EXPORTED_TEXTS, planScope, RECORD_KEYS } from '#lib/open-data/exports.ts';
import { COLLECTIONS, type CollectionName, collections } from '../../src/schemas/index.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, sampleSite } from '../helpers/sample-site.ts';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';

const SITE = new URL('https://insyn.example/');
const { catalog, problems, files: raw } = sampleSite();
const files = buildDataFiles(catalog, SITE, SAMPLE_CONFIG);
const byPath = new Map(files.map((f) => [f.path, f]));

type Json = Record<string, unknown> & { id: string };
const jsonOf = (path: string) => JSON.parse(byPath.get(path)!.body as string);
const recordsOf = (path: string) => jsonOf(path).records as Json[];
const csvOf = (path: string) => {
  const text = byPath.get(path)!.body as string;
  const [header, ...rows] = parse(text, { delimiter: ';', bom: true });
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) };
};

/** How a value must read in a CSV cell: written independently of the export code. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value)) return value.map(cell).join(' | ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The added keys of an exported record. */
const ADDED = (collection: CollectionName) => [
  'id',
  'url',
  'example',
  ...(EXPORTED_TEXTS[collection] ? [EXPORTED_TEXTS[collection]] : []),
];
const withoutAdded = (collection: CollectionName, record: Json) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !ADDED(collection).includes(key)));

it('starts from valid content', () => {
  expect(problems).toEqual([]);
});

describe.each(COLLECTIONS)('%s', (collection) => {
  const records = recordsOf(`/data/${collection}.json`);
  const expected = entries(catalog, collection);
  const sources = raw.filter((f) => f.collection === collection);

  it('has entries in the sample site to export', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('has every entry exactly once in its JSON file, in id order', () => {
    expect(records.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(jsonOf(`/data/${collection}.json`).count).toBe(expected.length);
  });

  it('keeps every value as written in the content file, with numbers as numbers and ids as ids', () => {
    for (const source of sources) {
      const record = records.find((r) => r.id === source.id)!;
      const { $schema: _, ...written } = source.data as Record<string, unknown>;
      for (const [key, value] of Object.entries(written)) expect(record[key], `${source.file} ${key}`).toEqual(value);
      const textField = EXPORTED_TEXTS[collection];
      expect(textField && record[textField], source.file).toBe(textField && source.text!.trim());
      expect(record.url).toBe(new URL(record.url as string).href);
    }
  });

  it('parses back to exactly the validated entry', () => {
    for (const record of records) {
      expect(collections[collection].schema.parse(withoutAdded(collection, record)), record.id).toEqual(
        catalog[collection].get(record.id)!.data,
      );
    }
  });

  it('has one CSV row per entry with the same values in every column', () => {
    const { header, rows } = csvOf(`/data/${collection}.csv`);
    expect(header[0]).toBe('id');
    expect(header.at(-1)).toBe('url');
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const [i, row] of rows.entries()) {
      for (const column of header) {
        const value = column
          .split('.')
          .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], records[i]);
        expect(row[column], `${collection}.csv ${records[i].id} ${column}`).toBe(cell(value));
      }
    }
    // Every top-level field that is not a list of objects is a column.
    for (const record of records) {
      for (const [key, value] of Object.entries(record)) {
        const isRecordList = byPath.has(`/data/${collection}-${key}.csv`);
        const isGroup = value && typeof value === 'object' && !Array.isArray(value);
        if (!isRecordList && !isGroup) expect(header, `${collection}.${key}`).toContain(key);
        if (isGroup) for (const inner of Object.keys(value)) expect(header).toContain(`${key}.${inner}`);
      }
    }
  });

  it('has one CSV row per item of each list of objects, keyed by the entry, in order', () => {
    const lists = files.filter((f) => !f.plan && f.format === 'csv' && f.collection === collection && f.table?.list);
    const withLists = ['plans', 'uppdrag', 'nyckeltal', 'activities'];
    if (withLists.includes(collection)) expect(lists.length, collection).toBeGreaterThan(0);
    for (const file of lists) {
      const { list, nested } = file.table!;
      const { header, rows } = csvOf(file.path);
      const key = RECORD_KEYS[collection];
      expect(header[0]).toBe(key);
      const expectedRows = records.flatMap((record) =>
        (record[list!] as Record<string, unknown>[]).flatMap((item) => {
          const inner = nested ? (item[nested] as Record<string, unknown>[]) : [undefined];
          return (inner.length > 0 ? inner : [undefined]).map((innerItem) => ({ record, item, innerItem }));
        }),
      );
      expect(rows).toHaveLength(expectedRows.length);
      for (const [i, row] of rows.entries()) {
        const { record, item, innerItem } = expectedRows[i];
        expect(row[key]).toBe(record.id);
        const added = key === 'plan' ? [key, 'example'] : [key, 'plan', 'example'];
        // Kolada's yearly values of a nyckeltal whose plan link is an example are not examples themselves.
        const exampleFields = record.exampleFields as string[] | undefined;
        const example = record.illustrative !== undefined && (!exampleFields || exampleFields.includes(list!));
        expect(row.example, `${file.path} row ${i} example`).toBe(String(example));
        if (key !== 'plan' && 'plan' in row) expect(row.plan).toBe(record.plan);
        for (const column of header.filter((h) => !added.includes(h))) {
          const path = column.split('.');
          const value =
            nested && path[0] === nested
              ? path.slice(1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], innerItem)
              : path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], item);
          expect(row[column], `${file.path} row ${i} ${column}`).toBe(cell(value));
        }
      }
    }
  });
});

describe('example marks travel with the values', () => {
  it('marks every record and row that holds examples, and no Kolada value', () => {
    const nyckeltal = recordsOf('/data/nyckeltal.json');
    // A nyckeltal whose only invented part is its placement (plan, strategy) holds real values.
    expect(nyckeltal.every((n) => n.example === hasExampleValues(n))).toBe(true);
    const results = csvOf('/data/nyckeltal-results.csv').rows;
    const sjukfranvaro = results.find((r) => r.nyckeltal === 'sjukfranvaro' && r.period === 'per-april-2024')!;
    expect(sjukfranvaro).toMatchObject({ value: '7,1', example: 'true' });
    const helpdesk = results.find((r) => r.nyckeltal === 'helpdesk')!;
    expect(helpdesk).toMatchObject({ value: '86', example: 'false' });
    // Only the plan link of the Kolada indicator is an example (exampleFields), not its values.
    const series = csvOf('/data/nyckeltal-series.csv').rows;
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((r) => r.example === 'false')).toBe(true);
    const statuses = csvOf('/data/uppdrag-statuses.csv').rows;
    const illustrative = new Set(
      entries(catalog, 'uppdrag')
        .filter((u) => u.data.illustrative)
        .map((u) => u.id),
    );
    expect(illustrative.size).toBeGreaterThan(0);
    for (const row of statuses) expect(row.example, row.uppdrag).toBe(String(illustrative.has(row.uppdrag)));
  });
});

describe('values as the content gives them', () => {
  it('has the uppdrag statuses per period, one row each', () => {
    const { rows } = csvOf('/data/uppdrag-statuses.csv');
    const count = (period: string, status: string) =>
      rows.filter((r) => r.period === period && r.plan === SAMPLE_PLAN && r.status === status).length;
    // Per april 2024 the sample has samverkan helt uppfyllt, heltid and vantetider delvis; per augusti one of each of those two.
    expect(['helt-uppfyllt', 'delvis-uppfyllt', 'ej-uppfyllt'].map((s) => count('per-april-2024', s))).toEqual([
      1, 2, 0,
    ]);
    expect(['helt-uppfyllt', 'delvis-uppfyllt', 'ej-uppfyllt'].map((s) => count('per-augusti-2024', s))).toEqual([
      1, 0, 1,
    ]);
  });

  it('keeps "går ej att mäta" as null in JSON and as an empty cell in CSV, never a zero', () => {
    const frisktal = recordsOf('/data/nyckeltal.json').find((r) => r.id === 'frisktal')!;
    expect((frisktal.results as { value: unknown }[])[0].value).toBeNull();
    const row = csvOf('/data/nyckeltal-results.csv').rows.find((r) => r.nyckeltal === 'frisktal')!;
    expect(row).toMatchObject({ value: '', status: 'gar-ej-att-mata' });
  });

  it('writes a month-precision decision date as it is, and a report without a date as null', () => {
    expect(recordsOf('/data/decisions.json').find((r) => r.id === 'rf-2024-02-paragraf-19')!.date).toBe('2024-02');
    expect(csvOf('/data/decisions.csv').rows.find((r) => r.id === 'rf-2024-02-paragraf-19')!.date).toBe('2024-02');
    expect(recordsOf('/data/reports.json').find((r) => r.id === 'tertialrapport-april-2024')!.date).toBeNull();
  });

  it('has the activity counts as numbers', () => {
    const [row] = csvOf('/data/activities-counts.csv').rows;
    const written = SAMPLE_FILES.activities[SAMPLE_PLAN].counts[0].counts;
    expect(row).toMatchObject({
      'counts.planerad': String(written.planerad),
      'counts.pagaende': String(written.pagaende),
      'counts.forsenad': String(written.forsenad),
      'counts.genomford': String(written.genomford),
    });
    const counts = (recordsOf('/data/activities.json')[0].counts as { counts: Record<string, unknown> }[])[0].counts;
    expect(Object.values(counts).every((v) => typeof v === 'number')).toBe(true);
  });

  it('writes decimals with a comma in CSV and as numbers in JSON', () => {
    const series = csvOf('/data/nyckeltal-series.csv').rows.find((r) => r['values.value'].includes(','))!;
    expect(series['values.value']).toMatch(/^\d+,\d+$/);
    expect(
      typeof (
        recordsOf('/data/nyckeltal.json').find((r) => r.id === series.nyckeltal)!.series as {
          values: { value: unknown }[];
        }[]
      )[0].values[0].value,
    ).toBe('number');
  });
});

describe('per plan', () => {
  const plans = entries(catalog, 'plans');

  it.each(plans.map((p) => p.id))('%s: its records are the site-wide records, and all that belong to it', (plan) => {
    const scope = planScope(catalog, plan);
    for (const collection of Object.keys(scope) as (keyof typeof scope)[]) {
      const scoped = recordsOf(`/data/plans/${plan}/${collection}.json`);
      const site = recordsOf(`/data/${collection}.json`);
      expect(scoped.map((r) => r.id)).toEqual(site.filter((r) => scope[collection].has(r.id)).map((r) => r.id));
      for (const record of scoped) expect(record).toEqual(site.find((r) => r.id === record.id));
      if (['uppdrag', 'nyckeltal', 'activities', 'reports'].includes(collection)) {
        expect(scoped.map((r) => r.id)).toEqual(site.filter((r) => r.plan === plan).map((r) => r.id));
      }
      if (collection === 'strategies') {
        expect(scoped.map((r) => r.id)).toEqual(
          expect.arrayContaining(site.filter((r) => r.plan === plan).map((r) => r.id)),
        );
      }
    }
    const bundle = jsonOf(planBundlePath(plan, 'json'));
    expect(bundle.plan).toBe(plan);
    for (const [collection, part] of Object.entries(bundle.collections as Record<string, { records: Json[] }>)) {
      expect(part.records).toEqual(recordsOf(`/data/plans/${plan}/${collection}.json`));
    }
  });

  it('puts every uppdrag and nyckeltal in exactly one plan', () => {
    for (const collection of ['uppdrag', 'nyckeltal'] as const) {
      const ids = plans.flatMap((p) => recordsOf(`/data/plans/${p.id}/${collection}.json`).map((r) => r.id));
      expect(ids.sort()).toEqual([...catalog[collection].keys()].sort());
    }
  });

  it('includes the decisions behind the plan and the documents about it', () => {
    const decisions = recordsOf(`/data/plans/${SAMPLE_PLAN}/decisions.json`).map((r) => r.id);
    // The adopting and revising decisions, and the one approving a report on the plan.
    expect(decisions).toEqual(expect.arrayContaining(['rs-2023-11-08-100', 'rs-2024-01-23-5', 'rs-2024-10-01-150']));
    expect(decisions).not.toContain('rf-2024-02-paragraf-19');
    expect(recordsOf(`/data/plans/${SAMPLE_PLAN}/documents.json`).map((r) => r.id)).toEqual(
      expect.arrayContaining(['forslag-plan-2024', 'uppfoljning-2024']),
    );
  });
});

describe('the whole dataset', () => {
  it('holds every collection in one JSON file, the same records as the single files', () => {
    const whole = jsonOf(WHOLE_JSON_PATH);
    expect(Object.keys(whole.collections)).toEqual([...COLLECTIONS]);
    for (const collection of COLLECTIONS)
      expect(whole.collections[collection].records).toEqual(recordsOf(`/data/${collection}.json`));
    expect(whole.license).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('zips every site-wide CSV file and the JSON file, byte for byte', () => {
    const unzipped = unzipSync(byPath.get(WHOLE_ZIP_PATH)!.body as Uint8Array);
    const csv = files.filter((f) => !f.plan && f.format === 'csv');
    expect(Object.keys(unzipped).sort()).toEqual(
      ['LASMIG.txt', 'insyn.json', ...csv.map((f) => f.path.slice('/data/'.length))].sort(),
    );
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
    for (const file of csv) expect(text(unzipped[file.path.slice('/data/'.length)])).toBe(file.body);
    expect(text(unzipped['insyn.json'])).toBe(byPath.get(WHOLE_JSON_PATH)!.body);
  });

  it('is the same bytes when built again', () => {
    const again = buildDataFiles(catalog, SITE, SAMPLE_CONFIG);
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, file] of again.entries())
      expect(Buffer.from(file.body).equals(Buffer.from(files[i].body)), file.path).toBe(true);
  });

  it('has unique paths under /data/, and every CSV file starts with a BOM and ends lines with CRLF', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    for (const file of files) expect(file.path).toMatch(/^\/data\/[a-z0-9/-]+\.(csv|json|zip)$/);
    for (const file of files.filter((f): f is DataFile & { body: string } => f.format === 'csv')) {
      expect(file.body.startsWith('\uFEFF')).toBe(true);
      expect(file.body.replaceAll('\r\n', '')).not.toMatch(/\n(?=[^"]*$)/);
    }
  });
});
