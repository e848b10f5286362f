/** A political body's page model: its kind and organisation, its plans and its decisions. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entryFor } from '#lib/core/catalog.ts';
import { BODY_KIND_LABELS } from '#lib/core/labels.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { sv } from '#lib/i18n/sv.ts';
import { bodyPage } from '#lib/views/body-page.ts';
import { decisionCite } from '#lib/views/decision-cite.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const bodyOf = (id: string) => entryFor(catalog, { collection: 'bodies', id });
const pageOf = (id: string) => bodyPage(catalog, bodyOf(id), backlinks({ collection: 'bodies', id }), 'sv');

describe('bodyPage', () => {
  it('gives its kind and links its organisation', () => {
    const page = pageOf('styrelsen');
    expect(page.kind).toBe(BODY_KIND_LABELS.styrelse);
    expect(page.organisation).toEqual({
      title: 'Region Exempel',
      href: hrefFor({ collection: 'organisations', id: 'region' }),
    });
    const body = bodyOf('styrelsen');
    const elsewhere = { ...body, data: { ...body.data, organisation: { ...body.data.organisation, id: 'ny' } } };
    expect(bodyPage(catalog, elsewhere, backlinks({ collection: 'bodies', id: body.id }), 'sv').organisation).toEqual({
      title: 'ny',
    });
  });

  it('lists its plans newest first, the earlier ones badged', () => {
    expect(pageOf('styrelsen').plans.map((p) => [p.href, p.meta])).toEqual([
      [hrefFor({ collection: 'plans', id: 'rs-plan-2025' }), undefined],
      [hrefFor({ collection: 'plans', id: SAMPLE_PLAN }), sv.planBadge.earlier],
      [hrefFor({ collection: 'plans', id: 'rs-verksamhetsplan-2020' }), sv.planBadge.earlier],
    ]);
  });

  it('cites its decisions newest first', () => {
    const ids = ['rs-2024-10-01-150', 'rs-2024-01-23-5', 'rs-2023-11-08-100'];
    expect(pageOf('styrelsen').decisions).toEqual(
      ids.map((id) => decisionCite(catalog, entryFor(catalog, { collection: 'decisions', id }))),
    );
  });

  it('marks an invented short name only when the body names it as its example field', () => {
    expect(pageOf('styrelsen').shortNameExample).toBe(false);
    const body = bodyOf('styrelsen');
    const links = backlinks({ collection: 'bodies', id: body.id });
    const named = {
      ...body,
      data: { ...body.data, illustrative: 'Kortnamnet är ett exempel.', exampleFields: ['shortName' as const] },
    };
    expect(bodyPage(catalog, named, links, 'sv').shortNameExample).toBe(true);
    const whole = { ...body, data: { ...body.data, illustrative: 'Organet är ett exempel.' } };
    expect(bodyPage(catalog, whole, links, 'sv').shortNameExample).toBe(false);
  });
});
