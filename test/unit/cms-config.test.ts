/**
 * The browser editor's configuration: the committed `public/admin/config.yml` equals a fresh
 * generation from the schemas (else `npm run cms`), and it says what the schemas say:
 * every field, its Swedish description, required fields, enumerations, lists of objects and
 * references as relation widgets; and the backend, and what the editor may talk to, follow
 * the organisation's configuration (`editor`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  cmsBackend,
  cmsConfig,
  cmsConfigText,
  cmsConnectSources,
  type CmsCollection,
  type CmsField,
  cmsViewFilters,
  TEXT_TOOLBAR,
} from '#lib/content/cms-config.ts';
import { mdxSubsetIssues } from '#lib/content/mdx-subset.ts';
import {
  EDITOR_WIDGETS,
  editorFormatName,
  LIST_KEYS,
  PLAN_PERIODS_KEY,
  SUMMARY_FIELDS_KEY,
} from '#lib/content/editor-names.ts';
import { contentJsonSchemas, type JsonSchema } from '#lib/content/json-schema.ts';
import { REF_COLLECTION } from '../../src/schemas/common.ts';
import { configurationSchema } from '../../src/schemas/configuration.ts';
import { COLLECTIONS, collections } from '../../src/schemas/index.ts';
import { SAMPLE_CONFIG_INPUT } from '../helpers/configuration.ts';
import { ROOT } from '../helpers/content.ts';

const dump = (value: unknown) => yaml.dump(value, { lineWidth: -1, noRefs: true });
const config = cmsConfig() as {
  collections: { name: string; folder: string; format: string; extension: string; fields: CmsField[] }[];
};
const schemas = contentJsonSchemas();

describe('the committed editor configuration', () => {
  it('public/admin/config.yml equals a fresh generation (else run npm run cms)', () => {
    expect(readFileSync(join(ROOT, 'public/admin/config.yml'), 'utf8')).toBe(cmsConfigText(dump));
  });

  it('is in Swedish and has one collection per content folder, written by the commands’ writer', () => {
    expect(config).toMatchObject({ locale: 'sv', local_backend: true });
    expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS]);
    for (const collection of config.collections) {
      const spec = collections[collection.name as keyof typeof collections];
      expect(collection.folder).toBe(`content/${collection.name}`);
      expect(collection.extension).toBe(spec.format);
      expect(collection.format).toBe(editorFormatName(collection.name as keyof typeof collections));
    }
  });

  it('has every schema field in schema order, described, with what is required, enumerated, listed or referenced', () => {
    // Inside an object that may be left out, every field may be left empty: Decap would otherwise refuse to save without it.
    const compare = (fields: CmsField[], schema: JsonSchema, where: string, insideOptional = false) => {
      const properties = Object.entries(schema.properties as Record<string, JsonSchema>).filter(
        ([k]) => k !== '$schema',
      );
      const required = new Set((schema.required as string[]) ?? []);
      expect(
        fields.map((f) => f.name),
        where,
      ).toEqual(properties.map(([k]) => k));
      for (const [key, raw] of properties) {
        const field = fields.find((f) => f.name === key)!;
        const property = (raw.anyOf as JsonSchema[] | undefined)?.find((s) => s.type !== 'null') ?? raw;
        const target = (property[REF_COLLECTION] ?? (property.items as JsonSchema | undefined)?.[REF_COLLECTION]) as
          string | undefined;
        // Staff leave a field empty where the files say null: the hint says so, in those words.
        // A picker chooses an entry, so its hint leaves out the file's "Id för".
        const described = (raw.description as string).replace(/,? eller null\b/g, '; lämna fältet tomt');
        expect(field.hint, `${where}.${key}`).toContain(
          target ? described.replace(/^Id för (\S)/, (_, first: string) => first.toUpperCase()) : described,
        );
        expect(`${String(field.label)} ${String(field.hint)}`, `${where}.${key}`).not.toMatch(/\bnull\b|\(Fält:/);
        expect(String(field.label).charAt(0), `${where}.${key}`).toMatch(/\p{Lu}/u);
        const nullable =
          ((raw.anyOf as JsonSchema[] | undefined)?.some((s) => s.type === 'null') ?? false) ||
          (Array.isArray(raw.type) && raw.type.includes('null'));
        if (property.type !== 'array')
          expect(field.required !== false, `${where}.${key} required`).toBe(
            !insideOptional && required.has(key) && !nullable,
          );
        if (target)
          expect(field, `${where}.${key}`).toMatchObject({
            widget: ['periods', 'decisions', 'uppdrag', 'nyckeltal', 'strategies'].includes(target)
              ? EDITOR_WIDGETS.newestFirst
              : 'relation',
            collection: target,
            value_field: '{{slug}}',
          });
        else if (property.enum)
          expect((field.options as { value: string }[]).map((o) => o.value)).toEqual(property.enum);
        else if (property.type === 'array' && (property.items as JsonSchema).type === 'object') {
          expect(field.widget).toBe('list');
          compare(field.fields as CmsField[], property.items as JsonSchema, `${where}.${key}[]`);
        } else if (property.type === 'object')
          compare(field.fields as CmsField[], property, `${where}.${key}`, insideOptional || !required.has(key));
        else if (property.type === 'number' || property.type === 'integer')
          expect(field.widget).toBe(EDITOR_WIDGETS.number);
        else if (property.format === 'date') expect(field.widget).toBe(EDITOR_WIDGETS.date);
        if (field.widget === 'list') expect(field.label_singular, `${where}.${key}`).toMatch(/^\p{Ll}/u);
      }
    };
    for (const collection of config.collections) {
      const spec = collections[collection.name as keyof typeof collections];
      const fields = spec.format === 'json' ? collection.fields.slice(1) : collection.fields.slice(0, -1);
      compare(fields, schemas[collection.name as keyof typeof schemas], collection.name);
      // JSON files start with their $schema key, as `npm run schemas` writes them; MDX has its text.
      if (spec.format === 'json') expect(collection.fields[0]).toMatchObject({ name: '$schema', widget: 'hidden' });
      else expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    }
  });

  it('gives statuses their Swedish words, without their ids', () => {
    const uppdrag = config.collections.find((c) => c.name === 'uppdrag')!;
    const statuses = uppdrag.fields.find((f) => f.name === 'statuses')!.fields as CmsField[];
    expect(statuses.find((f) => f.name === 'status')!.options).toEqual([
      { label: 'Helt uppfyllt', value: 'helt-uppfyllt' },
      { label: 'Delvis uppfyllt', value: 'delvis-uppfyllt' },
      { label: 'Ej uppfyllt', value: 'ej-uppfyllt' },
    ]);
  });
});

describe('the editor backend', () => {
  const editor = (settings: Record<string, unknown>) =>
    configurationSchema.parse({ ...SAMPLE_CONFIG_INPUT, editor: settings }).editor;

  it('is the local decap-server without an editor setting, or with lokal, and only then names localhost', () => {
    for (const settings of [undefined, editor({ backend: 'lokal' })]) {
      const backend = cmsBackend(settings);
      expect(backend).toEqual({
        backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' },
      });
      expect(cmsConnectSources(backend)).toEqual(['http://localhost:8081']);
    }
  });

  it('is GitHub, with a token or an OAuth proxy, each save a pull request', () => {
    const token = cmsBackend(editor({ backend: 'github', repo: 'region/insyn' }));
    expect(token).toEqual({
      backend: { name: 'github', repo: 'region/insyn', branch: 'main' },
      publish_mode: 'editorial_workflow',
    });
    expect(cmsConnectSources(token)).toEqual(['https://api.github.com']);
    const oauth = cmsBackend(
      editor({ backend: 'github', repo: 'region/insyn', branch: 'publicera', authUrl: 'https://auth.region.se' }),
    );
    expect(oauth.backend).toEqual({
      name: 'github',
      repo: 'region/insyn',
      branch: 'publicera',
      base_url: 'https://auth.region.se',
    });
    expect(cmsConnectSources(oauth)).toEqual(['https://api.github.com', 'https://auth.region.se']);
  });

  it('is GitHub Enterprise at the configured server, its API under /api/v3, and github.com named is the public host', () => {
    const enterprise = cmsBackend(editor({ backend: 'github', repo: 'it/insyn', url: 'https://github.region.se/' }));
    expect(enterprise.backend).toEqual({
      name: 'github',
      repo: 'it/insyn',
      branch: 'main',
      api_root: 'https://github.region.se/api/v3',
    });
    expect(cmsConnectSources(enterprise)).toEqual(['https://github.region.se']);
    expect(cmsBackend(editor({ backend: 'github', repo: 'region/insyn', url: 'https://github.com' })).backend).toEqual({
      name: 'github',
      repo: 'region/insyn',
      branch: 'main',
    });
  });

  it('is gitlab.com with PKCE, signing in and saving at gitlab.com only', () => {
    const backend = cmsBackend(editor({ backend: 'gitlab', repo: 'region/webb/insyn', appId: 'abc123' }));
    expect(backend).toEqual({
      backend: { name: 'gitlab', repo: 'region/webb/insyn', branch: 'main', auth_type: 'pkce', app_id: 'abc123' },
      publish_mode: 'editorial_workflow',
    });
    expect(cmsConnectSources(backend)).toEqual(['https://gitlab.com']);
  });

  it('is a self-hosted GitLab with PKCE, naming only its own host', () => {
    const backend = cmsBackend(
      editor({ backend: 'gitlab', repo: 'it/insyn', url: 'https://git.region.se/gitlab/', appId: 'abc123' }),
    );
    expect(backend.backend).toEqual({
      name: 'gitlab',
      repo: 'it/insyn',
      branch: 'main',
      api_root: 'https://git.region.se/gitlab/api/v4',
      base_url: 'https://git.region.se/gitlab',
      auth_type: 'pkce',
      app_id: 'abc123',
    });
    expect(cmsConnectSources(backend)).toEqual(['https://git.region.se']);
  });

  it('is Azure DevOps with the Entra ID app, talking to dev.azure.com and its profile service', () => {
    const settings = {
      backend: 'azure',
      repo: 'region/Insyn och uppföljning/insyn',
      tenantId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      appId: '11111111-2222-3333-4444-555555555555',
    };
    const backend = cmsBackend(editor(settings));
    expect(backend).toEqual({
      backend: {
        name: 'azure',
        repo: 'region/Insyn och uppföljning/insyn',
        branch: 'main',
        tenant_id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
        app_id: '11111111-2222-3333-4444-555555555555',
      },
      publish_mode: 'editorial_workflow',
    });
    expect(cmsConnectSources(backend)).toEqual(['https://dev.azure.com', 'https://app.vssps.visualstudio.com']);
    const own = cmsBackend(editor({ ...settings, url: 'https://devops.region.se/' }));
    expect(own.backend).toMatchObject({ api_root: 'https://devops.region.se' });
    expect(cmsConnectSources(own)).toEqual(['https://devops.region.se', 'https://app.vssps.visualstudio.com']);
  });

  it('never names localhost, nor a host of another kind, for a Git host', () => {
    const hosts = [
      editor({ backend: 'github', repo: 'region/insyn', authUrl: 'https://auth.region.se' }),
      editor({ backend: 'gitlab', repo: 'region/insyn', url: 'https://gitlab.region.se', appId: 'abc' }),
      editor({
        backend: 'azure',
        repo: 'region/insyn/insyn',
        tenantId: 'region.onmicrosoft.com',
        appId: '11111111-2222-3333-4444-555555555555',
      }),
    ];
    for (const settings of hosts) {
      const sources = cmsConnectSources(cmsBackend(settings)).join(' ');
      expect(sources, settings?.backend).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(sources, settings?.backend).not.toContain('gitlab.com');
      if (settings?.backend !== 'github') expect(sources, settings?.backend).not.toContain('github.com');
    }
  });
});

describe('the editor’s lists, pickers and text toolbar', () => {
  const all = config.collections as unknown as CmsCollection[];
  const byName = (name: string) => all.find((c) => c.name === name)!;
  /** Every field, at any depth, with the path to it. */
  const everyField = (fields: CmsField[], path = ''): [string, CmsField][] =>
    fields.flatMap((f) => [
      [`${path}${f.name}`, f] as [string, CmsField],
      ...(Array.isArray(f.fields) ? everyField(f.fields as CmsField[], `${path}${f.name}.`) : []),
    ]);

  it('offers a period only among the entry’s plan’s periods, where the entry belongs to a plan', () => {
    const marked = (name: string) =>
      everyField(byName(name).fields)
        .filter(([, f]) => f[PLAN_PERIODS_KEY] === true)
        .map(([path]) => path);
    expect(marked('uppdrag')).toEqual(['statuses.period']);
    expect(marked('nyckeltal')).toEqual(['results.period']);
    // A plan chooses among all periods: they are what it follows up.
    expect(marked('plans')).toEqual([]);
  });

  it('shows no ids in list summaries, and lists dated entries newest first', () => {
    for (const name of ['uppdrag', 'nyckeltal', 'decisions', 'reports', 'activities'])
      expect(byName(name).summary, name).not.toMatch(/\{\{(plan|body|responsibleUnit)\}\}/);
    // An entry of a plan is listed by the line the editor makes, with the plan's title.
    for (const name of ['uppdrag', 'nyckeltal', 'activities', 'strategies', 'reports', 'periods', 'decisions'])
      expect(byName(name).summary, name).toBe(`{{${LIST_KEYS.line}}}`);
    expect(byName('decisions').sortable_fields).toContainEqual({ field: 'date', label: 'Datum', default_sort: 'desc' });
    expect(byName('reports').sortable_fields).toContainEqual({ field: 'date', label: 'Datum', default_sort: 'desc' });
    expect(byName('periods').sortable_fields).toContainEqual({
      field: 'endDate',
      label: 'Sista dagen',
      default_sort: 'desc',
    });
    // The sort menu names every field in a word or two of Swedish, not the field's sentence.
    for (const collection of all)
      for (const sort of collection.sortable_fields as { label?: string }[])
        expect(sort.label, collection.name).toMatch(/^[A-ZÅÄÖ][a-zåäö ]{2,15}$/);
  });

  it('heads the rows of lists by fields named in words, never by a template of ids', () => {
    const lists = all.flatMap((c) => everyField(c.fields).filter(([, f]) => f.widget === 'list' && f.fields));
    expect(lists.length).toBeGreaterThan(5);
    for (const [path, list] of lists) {
      expect(list.summary, path).toBeUndefined();
      const names = (list.fields as CmsField[]).map((f) => f.name);
      for (const name of list[SUMMARY_FIELDS_KEY] as string[]) expect(names, path).toContain(name);
    }
    const summaryOf = (collection: string, list: string) =>
      everyField(byName(collection).fields).find(([path]) => path === list)![1][SUMMARY_FIELDS_KEY];
    expect(summaryOf('uppdrag', 'statuses')).toEqual(['period', 'status']);
    expect(summaryOf('nyckeltal', 'results')).toEqual(['period', 'value']);
  });

  it('groups the lists of entries of a plan by plan, unit and latest status, by name', () => {
    expect(byName('uppdrag').view_groups).toEqual([
      { label: 'Plan', field: LIST_KEYS.plan },
      { label: 'Enhet', field: LIST_KEYS.unit },
      { label: 'Senaste status', field: LIST_KEYS.status },
    ]);
    expect(byName('nyckeltal').view_groups).toEqual(byName('uppdrag').view_groups);
    expect(byName('activities').view_groups).toEqual([{ label: 'Plan', field: LIST_KEYS.plan }]);
    expect(byName('bodies').view_groups).toBeUndefined();
  });

  it('names a picker of an earlier plan’s uppdrag by what it chooses, not as an id', () => {
    for (const name of ['uppdrag', 'nyckeltal']) {
      const continues = byName(name).fields.find((f) => f.name === 'continues')!;
      expect(continues.label, name).toMatch(/^Samma (uppdrag|nyckeltal) i en tidigare plan/);
      expect(continues.widget, name).toBe(EDITOR_WIDGETS.newestFirst);
    }
  });

  it('labels each of an activity count’s fields by its status, not by one shared sentence', () => {
    const counts = everyField(byName('activities').fields).find(([path]) => path === 'counts.counts')![1];
    expect((counts.fields as CmsField[]).map((f) => f.label)).toEqual([
      'Planerad',
      'Pågående enligt plan',
      'Försenad',
      'Genomförd',
    ]);
  });

  it('filters the lists of uppdrag and nyckeltal by plan and by unit, named in Swedish', () => {
    const plans = [{ id: 'rs-plan-och-budget-2024', name: 'Plan och budget 2024' }];
    const units = [{ id: 'hr-avdelningen', name: 'HR-avdelningen' }];
    for (const name of ['uppdrag', 'nyckeltal']) {
      expect(cmsViewFilters(byName(name), plans, units).view_filters).toEqual([
        { label: 'Plan: Plan och budget 2024', field: 'plan', pattern: '^rs-plan-och-budget-2024$' },
        { label: 'Enhet: HR-avdelningen', field: 'responsibleUnit', pattern: '^hr-avdelningen$' },
      ]);
    }
    expect(cmsViewFilters(byName('bodies'), plans, units).view_filters).toBeUndefined();
  });

  it('gives the texts a toolbar of only what the safe MDX subset accepts', () => {
    const texts = all.flatMap((c) => c.fields.filter((f) => f.widget === 'markdown'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatchObject(TEXT_TOOLBAR);
    expect(TEXT_TOOLBAR.editor_components).toEqual([]);
    expect(TEXT_TOOLBAR.buttons).not.toContain('code');
    expect(TEXT_TOOLBAR.buttons).not.toContain('heading-one');
    // What each button writes passes the check.
    const written =
      '## Rubrik\n\n### Underrubrik\n\n**fet** *kursiv* [länk](https://example.org/)\n\n> citat\n\n- punkt\n\n1. nummer\n';
    expect(mdxSubsetIssues(written)).toEqual([]);
  });
});
