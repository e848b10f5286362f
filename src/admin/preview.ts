/**
 * The editor's preview of an uppdrag or nyckeltal: the entry as the site shows it, with the
 * site's own stylesheets (named in the editor's page by the build) and the same status words,
 * values, targets and example marks (src/lib/views/editor-preview.ts), not Decap's raw fields.
 */
import { createElement as h, useEffect, useState } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import { Map as ImmutableMap } from 'immutable';
import { entryPreview, periodData, type PeriodData, type PreviewRow } from '#lib/views/editor-preview.ts';
import { recordOrEmpty } from '#lib/content/records.ts';

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
}
