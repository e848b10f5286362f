/**
 * The browser editor's configuration (Decap CMS, `/admin/`), generated from the same JSON
 * Schemas as the editors' completion (`json-schema.ts`, itself from `src/schemas/`): one
 * collection per content folder, one field per schema property with the schema's Swedish
 * description as label and hint, enumerations as selects, lists of objects as lists,
 * references as relation widgets. Rules that span files stay with `npm run check`.
 */
import { type CollectionName, COLLECTIONS, collections } from '../../schemas/index.ts';
import { COLLECTION_LABELS } from '../core/labels.ts';
import { ADMIN_DIR } from '../core/routes.ts';
import { contentJsonSchemas, type JsonSchema } from './json-schema.ts';
import {
  alternativesOf,
  enumOf,
  itemsOf,
  propertiesOf,
  refCollectionOf,
  requiredOf,
  withoutNull,
} from './schema-nodes.ts';
import { labelsFor } from './value-labels.ts';
import { textOf } from './records.ts';
import { EDITOR_ONLY_KEYS } from './editor-format.ts';
import {
  EDITOR_WIDGETS,
  editorFormatName,
  PLAN_PERIODS_KEY,
  SUMMARY_FIELDS_KEY,
} from './editor-names.ts';
import { cmsBackend } from './cms-backend.ts';
import { entryListSettings } from './cms-lists.ts';

export { ADMIN_DIR };
export { type CmsBackend, cmsBackend, type CmsBackendConfig, cmsConnectSources } from './cms-backend.ts';

/** What one item of a list is called, for its add button ("Lägg till utfall") and its heading. */
const LIST_ITEMS: Record<string, string> = {
  decisions: 'beslut',
  statuses: 'status',
  targets: 'målvärde',
  results: 'utfall',
  series: 'serie',
  values: 'årsvärde',
  counts: 'antal',
  signedBy: 'namn',
};

/**
 * The fields that head a folded row of a list, named in words by the editor ("Per augusti
 * 2024 – Helt uppfyllt"); a list not named here is headed by its first field.
 */
const SUMMARY_FIELDS: Record<string, string[]> = {
  statuses: ['period', 'status'],
  results: ['period', 'value'],
  targets: ['year', 'value'],
  values: ['year', 'value'],
  decisions: ['decision', 'role'],
  series: ['name', 'gender'],
};

/** What a text field's form is, with an example, for the fields whose form is not obvious. */
const FORM_HINTS: Record<string, string> = {
  dnr: 'Skriv diarienumret som i protokollet, till exempel RS/595/2023.',
  paragraph: 'Skriv bara numret på paragrafen, till exempel 194 för § 194.',
};

export type CmsField = Record<string, unknown> & { name: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; fields: CmsField[] };

/** Folders whose entries sit one level down, in a folder named by the entry's plan. */
const BY_PLAN: readonly CollectionName[] = ['uppdrag', 'nyckeltal'];

/**
 * The Markdown toolbar of an MDX text: what the safe subset (mdx-subset.ts) accepts and staff
 * need, headings from level 2 (the page's title is the only level 1). No images or code
 * blocks (`editor_components`): a text has no use for them, and an image would need an upload.
 */
export const TEXT_TOOLBAR = {
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [] as string[],
  modes: ['rich_text', 'raw'],
};


/** Fields written as running text (a text area) rather than one line. */
const LONG_TEXT = new Set(['description', 'summary', 'text', 'comment', 'note', 'illustrative']);

/** The field a relation shows and searches: what each collection calls its entries. */
function displayField(schema: JsonSchema): string {
  const keys = propertiesOf(schema).map(([key]) => key);
  return keys.includes('title') ? 'title' : keys.includes('name') ? 'name' : '{{slug}}';
}

/**
 * A label from the description's first clause: "Planen som ger uppdraget." → "Planen som ger
 * uppdraget"; "Utfallet, eller null när …" → "Utfallet" (an empty field is null: staff never type it).
 */
function labelOf(key: string, description: unknown): string {
  if (typeof description !== 'string') return sentence(key);
  return sentence(description.split(/[.;:]\s|[.]$|,? eller null\b/)[0].trim());
}

/** A picker's label and hint without the "Id för" that the file's description begins with. */
function withoutId({ label, hint }: { label: string; hint: string }) {
  const strip = (text: string) => (/^Id för \S/.test(text) ? sentence(text.slice('Id för '.length)) : text);
  return { label: strip(label), hint: strip(hint) };
}

/** Sentence case: the first letter a capital, the rest as written. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How a relation's choices read, when a title or name alone does not say which entry it is:
 * a decision as it is cited (date, body, § and title), a period by its last day.
 */
const RELATION_DISPLAY: Partial<Record<CollectionName, { display: string; search: string[] }>> = {
  decisions: { display: '{{date}} {{body}} § {{paragraph}}: {{title}}', search: ['title', 'date', 'dnr'] },
  // A period's last day names it alone (2024-08-31 is per augusti 2024); its kind is an id (helar).
  periods: { display: '{{endDate}}', search: ['endDate', 'year'] },
  // The same title recurs from plan to plan: the editor adds the plan's title to the choice.
  uppdrag: { display: '{{title}}', search: ['title'] },
  nyckeltal: { display: '{{title}}', search: ['title'] },
  strategies: { display: '{{title}}', search: ['title'] },
};

function relation(target: CollectionName, schemas: Record<CollectionName, JsonSchema>) {
  const shown = displayField(schemas[target]);
  const special = RELATION_DISPLAY[target];
  return {
    // Periods and decisions are labelled from their date, the newest first, and entries of a
    // plan with the plan's title (src/admin/newest-first.ts).
    widget: special ? EDITOR_WIDGETS.newestFirst : ('relation' as const),
    collection: target,
    value_field: '{{slug}}',
    search_fields: special?.search ?? [shown === '{{slug}}' ? '{{slug}}' : shown],
    display_fields: [special?.display ?? shown],
  };
}

/** A text field's pattern, for what the schema can say about its form (ids, dnr). */
function pattern(key: string, schema: JsonSchema): [string, string] | undefined {
  if (typeof schema.pattern === 'string' && schema.pattern !== '\\S')
    return [schema.pattern, FORM_HINTS[key] ?? 'Värdet har inte rätt form: se hjälptexten.'];
  return undefined;
}

function field(
  key: string,
  property: JsonSchema,
  required: boolean,
  schemas: Record<CollectionName, JsonSchema>,
  siblings: readonly [string, JsonSchema][] = [],
): CmsField {
  const { schema, nullable } = withoutNull(property);
  const description = property.description ?? schema.description;
  const base = { label: labelOf(key, description), name: key, hint: hintOf(key, description) };
  const optional = !required || nullable ? { required: false } : {};
  const target = refCollectionOf(schema);
  // A picker chooses an entry by its name: "Id för samma uppdrag …" is "Samma uppdrag …" there.
  if (target) return { ...base, ...withoutId(base), ...relation(target, schemas), ...optional };
  const values = enumOf(schema);
  if (values) {
    const labels = labelsFor(values);
    const options = values.map((value) => ({
      label: labels?.[value] ?? value,
      value,
    }));
    return { ...base, widget: 'select', options, ...optional };
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const bounds = {
      ...(typeof schema.minimum === 'number' && { min: schema.minimum }),
      ...(typeof schema.maximum === 'number' && { max: schema.maximum }),
      ...(typeof schema.exclusiveMinimum === 'number' && { min: schema.exclusiveMinimum + 1 }),
    };
    return {
      ...base,
      widget: EDITOR_WIDGETS.number,
      value_type: schema.type === 'integer' ? 'int' : 'float',
      // An empty field is written as null, where the schema allows it (a result not measurable).
      ...(nullable && { nullable: true }),
      ...bounds,
      ...optional,
    };
  }
  if (schema.type === 'boolean') return { ...base, widget: 'boolean', ...optional };
  if (schema.type === 'object') {
    // Decap checks an object's required fields even when the object itself may be left out, and
    // then will not save an entry without it: inside an optional object, the check says what is missing.
    const fields = fieldsOf(schema, schemas);
    return { ...base, widget: 'object', fields: optional.required === false ? fields.map(optionalField) : fields, ...optional };
  }
  if (schema.type === 'array') {
    const items = itemsOf(schema);
    const listOptional = { required: false };
    const itemTarget = refCollectionOf(items);
    if (itemTarget) return { ...base, ...relation(itemTarget, schemas), multiple: true, ...listOptional };
    // A list of the entry's own fields (which of them are examples) is chosen by their labels, never typed.
    const fieldNames = enumOf(items);
    const siblingLabels = new Map(siblings.map(([name, sibling]) => [name, labelOf(name, descriptionOf(sibling))]));
    if (fieldNames?.every((name) => siblingLabels.has(name)))
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options: fieldNames.map((name) => ({ label: siblingLabels.get(name)!, value: name })),
        ...listOptional,
      };
    const named = { label_singular: LIST_ITEMS[key] ?? 'rad' };
    if (items.type === 'object') {
      const fields = fieldsOf(items, schemas);
      // Open, so each period's status and text can be read and edited at once.
      const summary = SUMMARY_FIELDS[key] ?? [fields[0].name];
      return { ...base, widget: 'list', ...named, collapsed: false, [SUMMARY_FIELDS_KEY]: summary, fields, ...listOptional };
    }
    return { ...base, widget: 'list', ...named, ...listOptional };
  }
  if (schema.format === 'date' || alternativesOf(schema))
    return { ...base, widget: EDITOR_WIDGETS.date, ...(alternativesOf(schema) && { partial: true }), ...optional };
  const form = pattern(key, schema);
  return {
    ...base,
    widget: LONG_TEXT.has(key) ? 'text' : 'string',
    ...(form && { pattern: form }),
    ...optional,
  };
}

/** A field, and every field inside it, that the editor lets be left empty. */
function optionalField(field: CmsField): CmsField {
  const { fields } = field;
  return { ...field, required: false, ...(Array.isArray(fields) && { fields: fields.map(optionalField) }) };
}

/**
 * The hint under a field: its description in the editor's words (an empty field is what the
 * files call null), and for a dnr or a paragraph its form with an example.
 */
function hintOf(key: string, description: unknown): string {
  const text = typeof description === 'string' ? description.replace(/,? eller null\b/g, '; lämna fältet tomt') : '';
  return [text, FORM_HINTS[key]].filter(Boolean).join(' ');
}

/** A property's description, also where it is nullable (the description then sits on the non-null schema). */
function descriptionOf(property: JsonSchema): unknown {
  return property.description ?? withoutNull(property).schema.description;
}

function fieldsOf(schema: JsonSchema, schemas: Record<CollectionName, JsonSchema>): CmsField[] {
  const required = requiredOf(schema);
  const properties = propertiesOf(schema);
  // An object keyed by a vocabulary (an activity count per status) labels each field by its word.
  const vocabulary = labelsFor(properties.map(([key]) => key));
  return properties.map(([key, property]) => {
    const made = field(key, property, required.has(key), schemas, properties);
    return vocabulary ? { ...made, label: vocabulary[key] } : made;
  });
}

/** One collection of the editor: its folder, format, fields in schema order, and `$schema` first for JSON. */
function collectionConfig(name: CollectionName, schemas: Record<CollectionName, JsonSchema>): CmsCollection {
  const spec = collections[name];
  const nested = BY_PLAN.includes(name);
  const fields = fieldsOf(schemas[name], schemas);
  const schemaKey: CmsField[] =
    spec.format === 'json'
      ? [
          {
            label: '$schema',
            name: '$schema',
            widget: 'hidden',
            default: `${nested ? '../' : ''}../../public/schema/${name}.json`,
          },
        ]
      : [];
  // Decap keeps the text under the frontmatter in a field it calls `body`.
  const text: CmsField[] =
    spec.format === 'mdx'
      ? [{ label: 'Text', name: 'body', widget: 'markdown', ...TEXT_TOOLBAR, hint: `Texten under rubriken: ${spec.textName}.` }]
      : [];
  const ofPlan = fields.some((f) => f.name === 'plan');
  const shown = displayField(schemas[name]);
  // Decap names entries by a text field; without a title or name, the first field that is text.
  const identifier =
    shown !== '{{slug}}' ? shown : fields.find((f) => ['string', 'relation', EDITOR_WIDGETS.date].includes(f.widget))!.name;
  return {
    name,
    label: COLLECTION_LABELS[name].many,
    label_singular: COLLECTION_LABELS[name].one,
    description: textOf(schemas[name].description),
    folder: `content/${name}`,
    ...(nested && { path: '{{fields.plan}}/{{slug}}' }),
    extension: spec.format,
    format: editorFormatName(name),
    create: true,
    identifier_field: identifier,
    ...entryListSettings(name, identifier, fields),
    // A new decision is named as the command line names it (src/admin/decision-id.ts).
    slug: name === 'decisions' ? `{{fields.${EDITOR_ONLY_KEYS[0]}}}` : '{{slug}}',
    fields: [...schemaKey, ...(ofPlan ? fields.map(planPeriods) : fields), ...text],
  };
}

/** A list's relations to periods, in an entry of a plan: their choices are the plan's periods. */
function planPeriods(field: CmsField): CmsField {
  if (field.widget === EDITOR_WIDGETS.newestFirst && field.collection === 'periods' && !field.multiple)
    return { ...field, [PLAN_PERIODS_KEY]: true };
  const { fields } = field;
  return Array.isArray(fields) ? { ...field, fields: (fields as CmsField[]).map(planPeriods) } : field;
}

/** A plan or unit as the list's filters name it. */
export interface NamedEntry {
  id: string;
  name: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The filters of the lists of entries that belong to a plan and a unit: one per plan and
 * one per unit, named by the plan's title and the unit's name (a filter matches the id, so
 * it is made here, when the site is built, from the plans and units there are then).
 */
export function cmsViewFilters(
  collection: CmsCollection,
  plans: readonly NamedEntry[],
  units: readonly NamedEntry[],
): CmsCollection {
  const keys = new Set(collection.fields.map((f) => f.name));
  // A nyckeltal's `unit` is what it is measured in; the unit that answers for it is `responsibleUnit`.
  const unitKey = keys.has('responsibleUnit') ? 'responsibleUnit' : undefined;
  const filters = [
    ...(keys.has('plan') ? plans.map((plan) => ({ label: `Plan: ${plan.name}`, field: 'plan', id: plan.id })) : []),
    ...(unitKey ? units.map((unit) => ({ label: `Enhet: ${unit.name}`, field: unitKey, id: unit.id })) : []),
  ];
  if (filters.length === 0) return collection;
  return {
    ...collection,
    view_filters: filters.map(({ label, field, id }) => ({ label, field, pattern: `^${escapeRegExp(id)}$` })),
  };
}

/**
 * The configuration without its backend, which depends on where the repository is
 * (`cmsBackend` adds it from the organisation's configuration when the site is built). `local_backend` lets the editor save
 * straight into a checkout through `npx decap-server` on the staff member's own machine.
 */
export function cmsConfig(): Record<string, unknown> {
  const schemas = contentJsonSchemas();
  return {
    locale: 'sv',
    local_backend: true,
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTIONS.map((name) => collectionConfig(name, schemas)),
  };
}

/** The committed configuration file's text: the generated collections and the local backend. */
export function cmsConfigText(dump: (value: unknown) => string): string {
  return `# Genererad av npm run cms från src/schemas/: ändra inte för hand.\n${dump({ ...cmsBackend(undefined), ...cmsConfig() })}`;
}
