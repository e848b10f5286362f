/**
 * The editor's previews: an uppdrag or nyckeltal as the site shows it, with the site's own
 * stylesheets (named in the editor's page by the build) and the same status words, values,
 * targets and example marks (src/lib/views/editor-preview.ts), not Decap's raw fields; a
 * decision, plan or report with the facts its page lists, every id named.
 */
import { createElement as h, useEffect, useState } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import { Map as ImmutableMap } from 'immutable';
import {
  bodyNames,
  entryPreview,
  factsPreview,
  periodData,
  type PeriodData,
  type PreviewLookup,
  type PreviewRow,
} from '#lib/views/editor-preview.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';

type Periods = ReadonlyMap<string, PeriodData>;

/** The periods' kinds and years by id, once the editor has loaded them. */
function usePeriods(getCollection: PreviewTemplateComponentProps['getCollection']): Periods {
  const [periods, setPeriods] = useState<Periods>(new Map());
  useEffect(() => {
    void getCollection('periods').then((entries) => {
      // Decap gives each entry as a Map of its slug and its data (a plain object).
      const found = entries.flatMap((entry) => {
        const slug: unknown = entry.get('slug');
        const period = periodData(entry.get('data'));
        return typeof slug === 'string' && period ? [[slug, period] as const] : [];
      });
      setPeriods(new Map(found));
    });
  }, [getCollection]);
  return periods;
}

type GetCollection = PreviewTemplateComponentProps['getCollection'];

/** A collection's entries by slug, each read by `read` (entries it cannot read are left out). */
async function loaded<T>(getCollection: GetCollection, name: string, read: (data: unknown) => T | undefined) {
  const entries = await getCollection(name);
  return new Map(
    entries.flatMap((entry) => {
      const slug: unknown = entry.get('slug');
      const raw: unknown = entry.get('data');
      const value = read(ImmutableMap.isMap(raw) ? raw.toJS() : raw);
      return typeof slug === 'string' && value !== undefined ? [[slug, value] as const] : [];
    }),
  );
}

const EMPTY_LOOKUP: PreviewLookup = { periods: new Map(), bodies: new Map(), plans: new Map(), decisions: new Map() };

/** The periods, bodies, plans and decisions by id, once the editor has loaded them. */
function useLookup(getCollection: GetCollection): PreviewLookup {
  const [lookup, setLookup] = useState<PreviewLookup>(EMPTY_LOOKUP);
  useEffect(() => {
    void Promise.all([
      loaded(getCollection, 'periods', periodData),
      loaded(getCollection, 'bodies', bodyNames),
      loaded(getCollection, 'plans', (data) => textOf(recordOrEmpty(data).title)),
      loaded(getCollection, 'decisions', (data) => recordOrEmpty(data)),
    ]).then(([periods, bodies, plans, decisions]) => setLookup({ periods, bodies, plans, decisions }));
  }, [getCollection]);
  return lookup;
}

function factsPreviewOf(collection: 'decisions' | 'plans' | 'reports') {
  return function FactsPreviewTemplate({ entry, getCollection }: PreviewTemplateComponentProps) {
    const value: unknown = entry.get('data');
    const data = recordOrEmpty(ImmutableMap.isMap(value) ? value.toJS() : {});
    const view = factsPreview(collection, data, useLookup(getCollection));
    return h(
      'main',
      { className: 'entry' },
      h('p', { className: 'kind' }, view.kind),
      h('h1', null, view.title),
      view.summary ? h('p', null, view.summary) : null,
      h(
        'dl',
        null,
        view.facts.map((fact) => [
          h('dt', { key: `t-${fact.term}` }, fact.term),
          h('dd', { key: `d-${fact.term}` }, fact.value),
        ]),
      ),
    );
  };
}

function statusTag(row: PreviewRow, exampleMark: string | undefined) {
  const key = row.status ?? 'ej-rapporterad';
  return h(
    'span',
    { className: `status st-${key}${exampleMark && row.status ? ' status-example' : ''}` },
    row.statusLabel,
    exampleMark && row.status ? [' ', h('span', { className: 'example-mark', key: 'mark' }, exampleMark)] : null,
  );
}

function previewOf(collection: 'uppdrag' | 'nyckeltal') {
  return function EntryPreviewTemplate({ entry, getCollection }: PreviewTemplateComponentProps) {
    const value: unknown = entry.get('data');
    const data = recordOrEmpty(ImmutableMap.isMap(value) ? value.toJS() : {});
    const periods = usePeriods(getCollection);
    const view = entryPreview(collection, data, periods);
    const numbers = collection === 'nyckeltal';
    return h(
      'main',
      { className: 'entry' },
      h('h1', null, view.title),
      view.description ? h('p', null, view.description) : null,
      view.noteQuestions.length > 0
        ? h(
            'aside',
            { className: 'notice', role: 'note', 'aria-label': 'Stämmer exempelnoten?' },
            h(
              'p',
              null,
              h('strong', null, 'Stämmer exempelnoten fortfarande?'),
              // The note itself follows right below, as on the page.
              ' Den står här nedanför.',
            ),
            view.noteQuestions.map((question) => h('p', { key: question }, question)),
          )
        : null,
      view.illustrative ? h('p', { className: 'example-note' }, view.illustrative) : null,
      h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Uppföljning'),
            h('th', { scope: 'col' }, 'Status'),
            numbers ? h('th', { scope: 'col' }, 'Utfall') : null,
            numbers ? h('th', { scope: 'col' }, 'Målvärde') : null,
            h('th', { scope: 'col' }, numbers ? 'Kommentar' : 'Återrapportering'),
          ),
        ),
        h(
          'tbody',
          null,
          view.rows.map((row, index) =>
            h(
              'tr',
              { key: index },
              h('th', { scope: 'row' }, row.period),
              h('td', null, statusTag(row, view.exampleMark)),
              numbers ? h('td', null, row.value ?? '–') : null,
              numbers ? h('td', null, row.target ?? '–') : null,
              h('td', null, row.text ?? ''),
            ),
          ),
        ),
      ),
    );
  };
}

/** The previews, and the site's stylesheets that the build named in the editor's page. */
export function registerPreviews(cms: CMS): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="insyn-preview-style"]'))
    cms.registerPreviewStyle(meta.content);
  cms.registerPreviewTemplate('uppdrag', previewOf('uppdrag'));
  cms.registerPreviewTemplate('nyckeltal', previewOf('nyckeltal'));
  for (const collection of ['decisions', 'plans', 'reports'] as const)
    cms.registerPreviewTemplate(collection, factsPreviewOf(collection));
}
