/**
 * The open data: every collection as JSON records and as CSV tables, for the whole site and
 * for each plan. Records keep the content's own shape (what `/schema/<collection>.json`
 * describes) with references as plain ids, plus id, example and url (all of it described by
 * `/schema/data/<collection>.json`, see export-schema.ts); the CSV layout is read from the same schemas,
 * so a new field reaches the downloads and their documentation without code here.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { byPlan, type Catalog, type Entry, entries, isRef, perCatalog, refsIn } from '#lib/core/catalog.ts';
import type { CsvValue } from '#lib/core/csv.ts';
import { isRecord, recordOf } from '#lib/core/guards.ts';
import { contentJsonSchema } from '#lib/content/json-schema.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { type SchemaField, schemaFields } from '#lib/content/schema-fields.ts';
import { hasExampleValues, isExampleField } from '#lib/content/examples.ts';

/** A record as exported: the id, the entry's fields with ids for references, the page. */
export type ExportRecord = { id: string } & Record<string, unknown>;

/** Collections whose MDX text is exported, under this field name. Documents' full texts stay on their pages. */
export const EXPORTED_TEXTS: Partial<Record<CollectionName, string>> = { uppdrag: 'description' };

/** The column that names the record a row of a per-item table belongs to. */
export const RECORD_KEYS: Record<CollectionName, string> = {
  organisations: 'organisation',
  bodies: 'body',
  units: 'unit',
  plans: 'plan',
  strategies: 'strategy',
  periods: 'period',
  uppdrag: 'uppdrag',
  nyckeltal: 'nyckeltal',
  activities: 'activities',
  reports: 'report',
  decisions: 'decision',
  documents: 'document',
};

/** References become their ids, everything else stays as parsed. */
export function plainData(value: unknown): unknown {
  if (isRef(value)) return value.id;
  if (Array.isArray(value)) return value.map(plainData);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainData(inner)]));
  }
  return value;
}

const fieldCache = new Map<CollectionName, SchemaField[]>();

/** The collection's fields, read once from its JSON Schema. */
export function fieldsOf(collection: CollectionName): SchemaField[] {
  let fields = fieldCache.get(collection);
  if (!fields) {
    fields = schemaFields(contentJsonSchema(collection));
    fieldCache.set(collection, fields);
  }
  return fields;
}

/** One entry as an export record: id first, then the fields in schema order, then the page's address. */
export function exportRecord<C extends CollectionName>(collection: C, entry: Entry<C>, site: URL): ExportRecord {
  const plain = plainData(entry.data);
  const data = isRecord(plain) ? plain : {};
  const topLevel = fieldsOf(collection).filter((f) => !/[.[]/.test(f.path));
  const record: ExportRecord = { id: entry.id };
  for (const field of topLevel) if (data[field.path] !== undefined) record[field.path] = data[field.path];
  const textField: string | undefined = EXPORTED_TEXTS[collection];
  if (textField) record[textField] = entry.text?.trim() ?? null;
  record.example = hasExampleValues(entry.data);
  record.url = new URL(hrefFor({ collection, id: entry.id }), site).href;
  return record;
}

export function exportRecords<C extends CollectionName>(
  catalog: Catalog,
  collection: C,
  site: URL,
  ids?: ReadonlySet<string>,
): ExportRecord[] {
  return entries(catalog, collection)
    .filter((entry) => !ids || ids.has(entry.id))
    .map((entry) => exportRecord(collection, entry, site));
}

/** What a CSV column holds, for the documentation: a schema field, or a column the export adds. */
export type ColumnSource =
  | { kind: 'field'; field: SchemaField }
  | { kind: 'id' | 'url' | 'text' | 'plan' | 'example' }
  | { kind: 'record-key'; collection: CollectionName };

export interface CsvColumn {
  name: string;
  source: ColumnSource;
  /** Path from the record (main table) or from the list's item (per-item tables). */
  path: string[];
}

export interface CsvTable {
  /** File name without `.csv`: the collection, or `<collection>-<list>` for a list of objects. */
  name: string;
  collection: CollectionName;
  /** The list of objects whose items are the rows; absent for the one-row-per-record table. */
  list?: string;
  /** A list inside each item whose items each make a row of their own, as a series' yearly values. */
  nested?: string;
  columns: CsvColumn[];
}

/** Whether the row holds example values: every table has it, so no example travels unmarked. */
const EXAMPLE_COLUMN: CsvColumn = { name: 'example', source: { kind: 'example' }, path: ['example'] };

const isColumnKind = (field: SchemaField) => field.kind !== 'object' && field.kind !== 'records';

/** The fields directly under `prefix` (`''` or `statuses[].`), including those in nested objects. */
function fieldsUnder(fields: SchemaField[], prefix: string): SchemaField[] {
  return fields.filter((f) => f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes('['));
}

const columnFor = (field: SchemaField, prefix: string): CsvColumn => {
  const name = field.path.slice(prefix.length).replace('[]', '');
  return { name, source: { kind: 'field', field }, path: name.split('.') };
};

/** The CSV tables of a collection: one row per record, and one table per list of objects. */
export function csvTables(collection: CollectionName): CsvTable[] {
  const fields = fieldsOf(collection);
  const topLevel = fieldsUnder(fields, '');
  const textField = EXPORTED_TEXTS[collection];
  const main: CsvTable = {
    name: collection,
    collection,
    columns: [
      { name: 'id', source: { kind: 'id' }, path: ['id'] },
      ...topLevel.filter(isColumnKind).map((f) => columnFor(f, '')),
      ...(textField ? [{ name: textField, source: { kind: 'text' as const }, path: [textField] }] : []),
      EXAMPLE_COLUMN,
      { name: 'url', source: { kind: 'url' }, path: ['url'] },
    ],
  };
  const hasPlan = topLevel.some((f) => f.path === 'plan');
  const lists = topLevel
    .filter((f) => f.kind === 'records')
    .map((list) => {
      const prefix = `${list.path}[].`;
      const nestedLists = fieldsUnder(fields, prefix).filter((f) => f.kind === 'records');
      if (nestedLists.length > 1) throw new Error(`${collection}.${list.path}: högst en lista i listan kan bli rader`);
      const nested = nestedLists[0];
      const nestedPrefix = nested ? `${nested.path}[].` : '';
      if (
        nested &&
        fields.some((f) => f.path.startsWith(nestedPrefix) && f.path.slice(nestedPrefix.length).includes('['))
      ) {
        throw new Error(`${collection}.${nested.path}: listor i tre nivåer kan inte bli en tabell`);
      }
      const table: CsvTable = {
        name: `${collection}-${list.path.replaceAll('.', '-')}`,
        collection,
        list: list.path,
        nested: nested?.path.slice(prefix.length),
        columns: [
          { name: RECORD_KEYS[collection], source: { kind: 'record-key', collection }, path: ['id'] },
          ...(hasPlan ? [{ name: 'plan', source: { kind: 'plan' as const }, path: ['plan'] }] : []),
          ...fieldsUnder(fields, prefix)
            .filter(isColumnKind)
            .map((f) => columnFor(f, prefix)),
          ...(nested
            ? fieldsUnder(fields, nestedPrefix)
                .filter(isColumnKind)
                .map((f) => columnFor(f, prefix))
            : []),
          EXAMPLE_COLUMN,
        ],
      };
      const names = table.columns.map((c) => c.name);
      if (new Set(names).size !== names.length)
        throw new Error(`${table.name}: två kolumner har samma namn (${names.join(', ')})`);
      return table;
    });
  return [main, ...lists];
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((current, key) => (isRecord(current) ? current[key] : undefined), value);
}

const isCsvValue = (value: unknown): value is CsvValue =>
  value === null ||
  ['string', 'number', 'boolean', 'undefined'].includes(typeof value) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'));

/** The value of a cell; a column that leads to an object or a list of objects is a fault in the table's columns. */
function cellAt(value: unknown, path: readonly string[]): CsvValue {
  const cell = valueAt(value, path);
  if (!isCsvValue(cell)) throw new Error(`${path.join('.')}: värdet kan inte stå i en CSV-cell`);
  return cell;
}

/** The objects of the list at `path`, or none. */
function recordsAt(value: unknown, path: readonly string[]): Record<string, unknown>[] {
  const list = valueAt(value, path);
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** The rows of a table for the given records, in record order and then list order. */
export function csvRows(table: CsvTable, records: readonly ExportRecord[]): CsvValue[][] {
  const { list, nested } = table;
  if (!list) return records.map((record) => table.columns.map((c) => cellAt(record, c.path)));
  const listPath = list.split('.');
  return records.flatMap((record) =>
    recordsAt(record, listPath).flatMap((item) => {
      const inner = nested ? recordsAt(item, [nested]) : [undefined];
      // An item whose nested list is empty still gets its row, so that no item goes missing.
      return (inner.length > 0 ? inner : [undefined]).map((innerItem) =>
        table.columns.map((column) => {
          const { source } = column;
          if (source.kind === 'record-key') return record.id;
          if (source.kind === 'plan') return cellAt(record, ['plan']);
          if (source.kind === 'example') return isExampleField(record, listPath[0]);
          if (nested && column.path[0] === nested) return cellAt(innerItem, column.path.slice(1));
          return cellAt(item, column.path);
        }),
      );
    }),
  );
}

/** The CSV tables of every collection, in collection order. */
export function allCsvTables(): CsvTable[] {
  return COLLECTIONS.flatMap(csvTables);
}

/** Collections that all plans share, and so only the whole site's downloads cover. */
const SHARED_COLLECTIONS = ['organisations', 'bodies', 'units'] as const;
type PlanCollection = Exclude<CollectionName, (typeof SHARED_COLLECTIONS)[number]>;

/** Collections that each plan's own downloads cover, in collection order. */
export const PLAN_COLLECTIONS = COLLECTIONS.filter(
  (collection): collection is PlanCollection => !SHARED_COLLECTIONS.some((shared) => shared === collection),
);

/** What a plan's entries cite that belongs in the plan's downloads too. */
const CITED = ['strategies', 'periods', 'decisions', 'documents'] as const satisfies readonly PlanCollection[];
const isCited = (collection: CollectionName): collection is (typeof CITED)[number] =>
  CITED.some((cited) => cited === collection);

const PLAN_MEMBERS = ['strategies', 'uppdrag', 'nyckeltal', 'activities', 'reports'] as const;

// Each plan's scope needs its members and the documents citing it: indexed once, not per plan.
const planIndex = perCatalog((catalog) => {
  const documents = new Map<string, Entry<'documents'>[]>();
  for (const document of entries(catalog, 'documents')) {
    for (const planId of new Set(document.data.plans.map((p) => p.id))) {
      const list = documents.get(planId);
      if (list) list.push(document);
      else documents.set(planId, [document]);
    }
  }
  const members = {
    strategies: byPlan(entries(catalog, 'strategies')),
    uppdrag: byPlan(entries(catalog, 'uppdrag')),
    nyckeltal: byPlan(entries(catalog, 'nyckeltal')),
    activities: byPlan(entries(catalog, 'activities')),
    reports: byPlan(entries(catalog, 'reports')),
  } satisfies Record<(typeof PLAN_MEMBERS)[number], Map<string, Entry[]>>;
  return { members, documents };
});

/**
 * The ids that belong to a plan: the plan, the entries whose `plan` it is (strategies,
 * uppdrag, nyckeltal, activities, reports), the periods it follows up, the strategies,
 * periods, decisions and documents that any of those cite, the documents that cite the
 * plan, and the decisions those documents cite.
 */
export function planScope(catalog: Catalog, planId: string): Record<PlanCollection, Set<string>> {
  const scope = recordOf(PLAN_COLLECTIONS, () => new Set<string>());
  const plan = catalog.plans.get(planId);
  if (!plan) throw new Error(`Planen ${planId} finns inte`);
  scope.plans.add(planId);
  const { members: byCollection, documents } = planIndex(catalog);
  const members: Entry[] = [plan];
  for (const collection of PLAN_MEMBERS) {
    for (const entry of byCollection[collection].get(planId) ?? []) {
      scope[collection].add(entry.id);
      members.push(entry);
    }
  }
  for (const period of plan.data.periods) scope.periods.add(period.id);
  for (const entry of members) {
    for (const { ref } of refsIn(entry.data)) {
      if (isCited(ref.collection)) scope[ref.collection].add(ref.id);
    }
  }
  for (const document of documents.get(planId) ?? []) scope.documents.add(document.id);
  for (const id of scope.documents) {
    const document = catalog.documents.get(id);
    if (document) for (const decision of document.data.decisions) scope.decisions.add(decision.id);
  }
  return scope;
}

/**
 * The decisions behind a plan and its own members, for the plan's feed: not the decisions
 * that documents cited by the plan merely mention, which may belong to another plan.
 */
export function planDecisions(catalog: Catalog, planId: string): Set<string> {
  const plan = catalog.plans.get(planId);
  if (!plan) throw new Error(`Planen ${planId} finns inte`);
  const { members: byCollection } = planIndex(catalog);
  const members: Entry[] = [plan];
  for (const collection of PLAN_MEMBERS) members.push(...(byCollection[collection].get(planId) ?? []));
  const decisions = new Set<string>();
  for (const entry of members) {
    for (const { ref } of refsIn(entry.data)) if (ref.collection === 'decisions') decisions.add(ref.id);
  }
  return decisions;
}
