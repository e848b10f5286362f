import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '#lib/open-data/data-files.ts';
import { fieldsOf } from '#lib/open-data/exports.ts';
import { collectionDocs, fieldType, planFilesDocs } from '#lib/open-data/open-data-docs.ts';
import { labelsFor } from '#lib/content/value-labels.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';

const catalog = sampleCatalog();
const files = buildDataFiles(catalog, new URL('https://insyn.example/'), SAMPLE_CONFIG);
const docs = collectionDocs(files);

describe('the documentation of the open data', () => {
  it('documents every field of every collection with a description and a type', () => {
    for (const collection of COLLECTIONS) {
      const doc = docs.find((d) => d.collection === collection)!;
      expect(doc.description.length, collection).toBeGreaterThan(20);
      expect(doc.fields.map((f) => f.path)).toEqual(expect.arrayContaining(fieldsOf(collection).map((f) => f.path)));
      for (const field of doc.fields) {
        expect(field.description, `${collection}.${field.path}`).not.toBe('');
        expect(field.type).not.toBe('');
      }
    }
  });

  it('names, for every CSV column, either the field it holds or what the export adds', () => {
    for (const doc of docs) {
      for (const table of doc.tables) {
        const fromFields = doc.fields.filter((f) => f.csv?.table === table.name).map((f) => f.csv!.column);
        const added = table.addedColumns.map((c) => c.name);
        expect([...fromFields, ...added].sort(), table.name).toEqual([...table.columns].sort());
      }
    }
  });

  it('covers every site-wide file and every plan file', () => {
    const documented = new Set([
      ...docs.flatMap((d) => [d.json, ...d.tables.map((t) => t.path)]),
      ...planFilesDocs(files).flatMap((p) => [p.json.path, p.zip.path, ...p.files.map((f) => f.path)]),
      '/data/insyn.json',
      '/data/insyn.zip',
    ]);
    expect(files.map((f) => f.path).filter((p) => !documented.has(p))).toEqual([]);
  });

  it('names enum values and status keys in Swedish', () => {
    const uppdrag = docs.find((d) => d.collection === 'uppdrag')!;
    expect(uppdrag.fields.find((f) => f.path === 'statuses[].status')!.values).toEqual([
      { value: 'helt-uppfyllt', label: 'Helt uppfyllt' },
      { value: 'delvis-uppfyllt', label: 'Delvis uppfyllt' },
      { value: 'ej-uppfyllt', label: 'Ej uppfyllt' },
    ]);
    const activities = docs.find((d) => d.collection === 'activities')!;
    expect(activities.fields.find((f) => f.path === 'counts[].counts.pagaende')!.values).toEqual([
      { value: 'pagaende', label: 'Pågående enligt plan' },
    ]);
    expect(labelsFor(['regionplan', 'egen'])).toMatchObject({ regionplan: 'Från regionplanen' });
    expect(labelsFor(['regionplan', 'verksamhetsplan'])).toMatchObject({ regionplan: 'Regionplan' });
  });

  it('says what each type is, including references, lists and nulls', () => {
    const field = (collection: (typeof COLLECTIONS)[number], path: string) =>
      fieldsOf(collection).find((f) => f.path === path)!;
    expect(fieldType(field('uppdrag', 'plan'))).toBe('id i Planer (plans)');
    expect(fieldType(field('uppdrag', 'decisions'))).toBe('lista med id i Beslut (decisions)');
    expect(fieldType(field('nyckeltal', 'results[].value'))).toBe('tal, eller null');
    expect(fieldType(field('decisions', 'date'))).toMatch(/ÅÅÅÅ-MM när bara månaden är känd/);
    expect(fieldType(field('reports', 'date'))).toBe('datum, ÅÅÅÅ-MM-DD, eller null');
  });

  it('does not call a field of an optional group always present', () => {
    const plans = docs.find((d) => d.collection === 'plans')!;
    expect(plans.fields.find((f) => f.path === 'stated.source')!.always).toBe(false);
    expect(plans.fields.find((f) => f.path === 'title')!.always).toBe(true);
    expect(plans.fields.find((f) => f.path === 'decisions[].role')!.always).toBe(true);
  });
});
