/**
 * The content without its examples, for a site that publishes only what the sources state
 * (`npm run build -- --utan-exempel`): what staff wrote in `content/` stays as it is, and the
 * build is made from a copy with this function's result (src/data/without-examples.ts).
 *
 * - An entry that is wholly an example (`illustrative` without `exampleFields`) is left out.
 * - An entry that is an example in part loses its example fields: a list becomes empty (a
 *   nyckeltal whose `results` are examples keeps its Kolada series), another field is left
 *   out. A field the entry cannot be without (its title, its plan) makes it wholly an example.
 * - A reference to an entry left out goes too: an id in a list, a row that needs it, an
 *   optional field, so that nothing dangles and the integrity check passes.
 * - An example that a remaining entry cannot be without (a required reference, as a real
 *   body's organisation) stays as it is, marked: leaving it out would leave out real content,
 *   publishing it unmarked would vouch for what the sources do not say. `kept` names it and
 *   what needs it, so staff know what to confirm before the site has no example at all.
 */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { isRecord } from '#lib/core/guards.ts';
import { hrefFor } from '#lib/core/routes.ts';
import type { SourceFile } from './content-files.ts';
import { isExample, isExampleField } from './examples.ts';
import { contentJsonSchema, type JsonSchema } from './json-schema.ts';
import { alternativesOf, itemsOf, propertiesOf, refCollectionOf, requiredOf } from './schema-nodes.ts';

/** An example kept because what remains needs it: the files that need it. */
export interface KeptExample {
  file: SourceFile;
  neededBy: string[];
}

export interface ContentWithoutExamples {
  /** What remains, in the order given; an entry whose data changed has a new `data` object. */
  files: SourceFile[];
  /** The entries left out. */
  removed: SourceFile[];
  /** Examples that stay, marked, because remaining entries need them. */
  kept: KeptExample[];
}

const keyOf = (ref: Ref) => `${ref.collection}/${ref.id}`;
const fileKey = (file: SourceFile) => `${file.collection}/${file.id}`;

const schemas = new Map<CollectionName, JsonSchema>();
function schemaOf(collection: CollectionName): JsonSchema {
  let schema = schemas.get(collection);
  if (!schema) schemas.set(collection, (schema = contentJsonSchema(collection)));
  return schema;
}

/** The entry with its example fields left out, or undefined when it cannot stand without them. */
function ownPart(file: SourceFile): Record<string, unknown> | undefined {
  if (!isRecord(file.data) || !isExample(file.data)) return isRecord(file.data) ? file.data : undefined;
  const { illustrative: _, exampleFields, ...rest } = file.data;
  if (!Array.isArray(exampleFields)) return undefined;
  const schema = schemaOf(file.collection);
  const properties = new Map(propertiesOf(schema));
  const required = requiredOf(schema);
  const data: Record<string, unknown> = { ...rest };
  for (const field of exampleFields.map(String)) {
    if (properties.get(field)?.type === 'array') data[field] = [];
    else if (required.has(field)) return undefined;
    else delete data[field];
  }
  return data;
}

/**
 * The references in `data` that it cannot be without: reached through required fields only.
 * A reference in a list, or under an optional field, can be left out with its row or field.
 */
function requiredRefs(schema: JsonSchema, data: unknown): Ref[] {
  const collection = refCollectionOf(schema);
  if (collection) return typeof data === 'string' ? [{ collection, id: data }] : [];
  for (const branch of alternativesOf(schema) ?? []) {
    const found = requiredRefs(branch, data);
    if (found.length > 0) return found;
  }
  if (!isRecord(data) || !isRecord(schema.properties)) return [];
  const required = requiredOf(schema);
  return propertiesOf(schema).flatMap(([key, property]) =>
    required.has(key) && key in data ? requiredRefs(property, data[key]) : [],
  );
}

const GONE = Symbol('gone');

/**
 * `data` without its references to entries that are gone: an id leaves its list, a row
 * that needs it leaves its list, an optional field is left out. GONE when `data` itself
 * cannot be without one. Unchanged values are returned as they are, so a caller can tell.
 */
function pruned(schema: JsonSchema, data: unknown, gone: (ref: Ref) => boolean): unknown {
  const collection = refCollectionOf(schema);
  if (collection) return typeof data === 'string' && gone({ collection, id: data }) ? GONE : data;
  for (const branch of alternativesOf(schema) ?? []) {
    const result = pruned(branch, data, gone);
    if (result !== data) return result;
  }
  if (Array.isArray(data) && isRecord(schema.items)) {
    const items = itemsOf(schema);
    const kept = data.map((item) => pruned(items, item, gone));
    return kept.every((item, index) => item === data[index]) ? data : kept.filter((item) => item !== GONE);
  }
  if (isRecord(data) && isRecord(schema.properties)) {
    const properties = new Map(propertiesOf(schema));
    const required = requiredOf(schema);
    let changed = false;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      const property = properties.get(key);
      const next = property ? pruned(property, value, gone) : value;
      if (next !== value) changed = true;
      if (next === GONE) {
        if (required.has(key)) return GONE;
      } else result[key] = next;
    }
    return changed ? result : data;
  }
  return data;
}

/** The list of each collection whose rows report on a period of the entry's plan. */
const ROWS: Partial<Record<CollectionName, string>> = { activities: 'counts', uppdrag: 'statuses', nyckeltal: 'results' };

/** The periods that what remains reports on, per plan: a report, a count or a status names the plan's follow-up. */
function reportedPeriods(files: readonly SourceFile[]): Map<string, Set<string>> {
  const reported = new Map<string, Set<string>>();
  const add = (plan: unknown, period: unknown) => {
    if (typeof plan !== 'string' || typeof period !== 'string') return;
    reported.set(plan, (reported.get(plan) ?? new Set()).add(period));
  };
  for (const { collection, data } of files) {
    if (!isRecord(data)) continue;
    if (collection === 'reports') add(data.plan, data.period);
    const field = ROWS[collection];
    const rows = field === undefined ? undefined : data[field];
    if (Array.isArray(rows)) for (const row of rows) if (isRecord(row)) add(data.plan, row.period);
  }
  return reported;
}

/**
 * The content without its examples. `needed` names entries that something besides the
 * entries needs (the organisation that `insyn.json` publishes for): they stay like the
 * entries' own needs.
 */
export function withoutExamples(files: readonly SourceFile[], needed: readonly Ref[] = []): ContentWithoutExamples {
  const byKey = new Map(files.map((file) => [fileKey(file), file]));
  const own = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const data = ownPart(file);
    if (data) own.set(fileKey(file), data);
  }
  // The examples that what stays cannot be without stay too, as they are, and so do their needs.
  const queue = files.filter((file) => own.has(fileKey(file)));
  const neededBy = new Map<string, string[]>();
  const need = (ref: Ref, by: string) => {
    const file = byKey.get(keyOf(ref));
    if (!file || !isRecord(file.data) || (own.has(keyOf(ref)) && !neededBy.has(keyOf(ref)))) return;
    neededBy.set(keyOf(ref), [...(neededBy.get(keyOf(ref)) ?? []), by]);
    if (own.has(keyOf(ref))) return;
    own.set(keyOf(ref), file.data);
    queue.push(file);
  };
  for (const ref of needed) need(ref, 'insyn.json');
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const ref of requiredRefs(schemaOf(next.collection), own.get(fileKey(next)))) need(ref, next.file);
  }
  // Then every reference to what is left out goes, with its row or field.
  const gone = (ref: Ref) => byKey.has(keyOf(ref)) && !own.has(keyOf(ref));
  const remaining = files.flatMap((file) => {
    const data = own.get(fileKey(file));
    if (!data) return [];
    const next = pruned(schemaOf(file.collection), data, gone);
    return [{ ...file, data: next === GONE ? data : next }];
  });
  // A plan's follow-up list that is an example keeps the periods that what remains reports on.
  const reported = reportedPeriods(remaining);
  const result = remaining.map((file) => {
    const original = byKey.get(fileKey(file))?.data;
    if (file.collection !== 'plans' || neededBy.has(fileKey(file)) || !isRecord(original) || !isRecord(file.data))
      return file;
    if (!isExampleField(original, 'periods') || !Array.isArray(original.periods)) return file;
    const periods = original.periods.filter((id) => reported.get(file.id)?.has(String(id)));
    return { ...file, data: { ...file.data, periods } };
  });
  return {
    files: result,
    removed: files.filter((file) => !own.has(fileKey(file))),
    kept: files.flatMap((file) => {
      const by = neededBy.get(fileKey(file));
      return by ? [{ file, neededBy: by }] : [];
    }),
  };
}

/** The addresses of the entries' pages, for the search words' pinned pages. */
export function pagesOf(files: readonly SourceFile[]): Set<string> {
  return new Set(files.map((file) => hrefFor({ collection: file.collection, id: file.id })));
}

/**
 * The search words (`sok/sokord.json`, as read) without pinned pages that are gone: a best
 * bet keeps the pages that remain, and goes when none does.
 */
export function searchWordsWithout(data: unknown, gonePages: ReadonlySet<string>): unknown {
  if (!isRecord(data) || !Array.isArray(data.bestBets)) return data;
  const before: unknown[] = data.bestBets;
  const bets = before.flatMap((bet) => {
    if (!isRecord(bet) || !Array.isArray(bet.pages)) return [bet];
    const pages = bet.pages.filter((page) => !gonePages.has(String(page).trim()));
    if (pages.length === bet.pages.length) return [bet];
    return pages.length > 0 ? [{ ...bet, pages }] : [];
  });
  return bets.length === before.length && bets.every((bet, index) => bet === before[index])
    ? data
    : { ...data, bestBets: bets };
}
