/**
 * Key components as Astro renders them (`astro/container`), read as a reader's tools would:
 * by role, by text, by what a screen reader is told. A status is a word with a shape, never a
 * colour alone; an example says so beside the value; a chart's figure carries its headline,
 * summary, table and the example note from one spec.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { type HTMLElement, parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts } from '#lib/charts/charts.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { messages } from '#lib/i18n/index.ts';
import ChartFigure from '../../src/charts/ChartFigure.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import ExampleMark from '../../src/components/ExampleMark.astro';
import StatusTag from '../../src/components/StatusTag.astro';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const EXAMPLE = messages('sv').example;
const locals = {
  lang: 'sv' as const,
  contentLang: undefined,
  organisation: {
    name: SAMPLE_CONFIG.name,
    words: kindWords(SAMPLE_CONFIG.kind),
    contacts: SAMPLE_CONFIG.contacts,
    glossary: { bodies: [], words: kindWords(SAMPLE_CONFIG.kind), text: messages('sv').glossary },
    changed: { entry: () => undefined, site: '2025-03-01' },
  },
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://insyn.example.se' } });
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  return parse(
    await container.renderToString(component, {
      props,
      locals,
      request: new Request('https://insyn.example.se/planer/'),
    }),
  );
}

/** The text a screen reader reads: everything but what is hidden from it. */
function spoken(node: HTMLElement): string {
  const copy = parse(node.outerHTML);
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

describe('StatusTag', () => {
  it('says the status in words, with its shape hidden from screen readers', async () => {
    const tag = (await render(StatusTag, { status: 'delvis-uppfyllt' })).querySelector('.status')!;
    expect(spoken(tag)).toBe('Delvis uppfyllt');
    const icon = tag.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.querySelector('path, circle, rect, polygon')).not.toBeNull(); // a shape, not a colour alone
    expect(tag.querySelector('.example-mark')).toBeNull();
  });

  it('marks an example status with the word beside it, and draws it without a real status’s colour', async () => {
    const tag = (await render(StatusTag, { status: 'ej-uppfyllt', example: true })).querySelector('.status')!;
    expect(spoken(tag)).toBe(`Ej uppfyllt ${EXAMPLE.mark}`);
    expect(tag.classList.contains('status-example')).toBe(true);
  });

  it('says when nothing is reported, and marks no example without a status', async () => {
    const tag = (
      await render(StatusTag, { status: undefined, example: true, none: 'Inte rapporterad än' })
    ).querySelector('.status')!;
    expect(spoken(tag)).toBe('Inte rapporterad än');
    expect(tag.querySelector('.example-mark')).toBeNull();
  });
});

describe('ExampleMark', () => {
  it('shows the mark, and tells screen readers what it means in place', async () => {
    const mark = (await render(ExampleMark, { show: true })).querySelector('.example-mark')!;
    expect(mark.childNodes[0].textContent.trim()).toBe(EXAMPLE.mark);
    expect(mark.querySelector('.visually-hidden')?.textContent).toBe(
      `: ${EXAMPLE.listHint(kindWords(SAMPLE_CONFIG.kind))}`,
    );
  });

  it('renders nothing for an entry from the sources', async () => {
    expect((await render(ExampleMark, { show: false })).textContent.trim()).toBe('');
  });
});

describe('Breadcrumbs', () => {
  it('is a labelled navigation whose last step is the current page, not a link', async () => {
    const crumbs = [
      { href: '/', label: 'Start' },
      { href: '/planer/', label: 'Planer' },
    ];
    const nav = (await render(Breadcrumbs, { crumbs, current: 'Plan 2024' })).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe(messages('sv').site.breadcrumbLabel);
    const items = nav.querySelectorAll('li');
    expect(items.map((li) => li.textContent.trim())).toEqual(['Start', 'Planer', 'Plan 2024']);
    expect(items.slice(0, 2).map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(['/', '/planer/']);
    expect(items[2].getAttribute('aria-current')).toBe('page');
    expect(items[2].querySelector('a')).toBeNull();
  });
});

describe('ChartFigure', () => {
  const specs = allCharts(sampleCatalog(), SAMPLE_CONFIG);

  it('is a figure named by its headline, with the summary and a table of the same rows', async () => {
    const spec = specs[0];
    const figure = (await render(ChartFigure, { spec, level: 2 })).querySelector('figure')!;
    const heading = figure.querySelector('h2')!;
    expect(figure.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent.trim()).toBe(spec.title);
    expect(figure.querySelector('.chart-summary')?.textContent).toBe(spec.summary);
    const table = figure.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe(spec.table.caption);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(spec.table.rows.length);
    // Narrow and wide, each an image with its accessible name.
    const drawings = figure.querySelectorAll('.chart-drawings svg');
    expect(drawings).toHaveLength(2);
    for (const svg of drawings) expect(svg.getAttribute('role')).toBe('img');
  });

  it('says an example chart is an example, and a chart from the sources does not', async () => {
    const example = specs.find((spec) => spec.example);
    const source = specs.find((spec) => !spec.example);
    if (!example || !source) throw new Error('the sample site has charts of both kinds');
    const marked = (await render(ChartFigure, { spec: example })).querySelector('figure')!;
    expect(marked.textContent).toContain(messages('sv').chart.exampleBanner);
    const plain = (await render(ChartFigure, { spec: source })).querySelector('figure')!;
    expect(plain.textContent).not.toContain(messages('sv').chart.exampleBanner);
  });
});
