/** The organisation's configuration: its schema, its Swedish problems and the palette's contrast. */
import { describe, expect, it } from 'vitest';
import { configurationProblems, parseConfiguration } from '#lib/content/configuration.ts';
import { contrastRatio, formatRatio } from '../../src/schemas/contrast.ts';
import { SAMPLE_CONFIG, SAMPLE_CONFIG_INPUT } from '../helpers/configuration.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const parse = (data: unknown) => parseConfiguration(JSON.stringify(data), 'content/insyn.json');

describe('contrast', () => {
  it('follows WCAG 2.1: black on white is 21:1, #767676 on white just passes 4.5:1', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#fff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#fff')).toBeLessThan(4.5);
    expect(formatRatio(4.4999)).toBe('4,49:1');
  });
});

describe('the configuration', () => {
  it('accepts a complete configuration, with the editor’s $schema key', () => {
    const { config, problems } = parse({ $schema: '../public/schema/insyn.json', ...SAMPLE_CONFIG_INPUT });
    expect(problems).toEqual([]);
    expect(config?.organisation).toEqual({ collection: 'organisations', id: 'region' });
  });

  it('refuses a palette that fails WCAG AA, naming the colour, the ratio and what it is read on', () => {
    const { problems } = parse({
      ...SAMPLE_CONFIG_INPUT,
      colours: { brand: '#6aa84f', link: '#0b4f8a', linkVisited: '#999999' },
    });
    expect(problems.map((p) => p.field)).toEqual(['colours.brand', 'colours.linkVisited', 'colours.linkVisited']);
    expect(problems[0].message).toMatch(
      /^#6aa84f ger kontrasten 2,\d\d:1 för vit text i sidhuvudet; WCAG AA kräver minst 4,5:1/,
    );
  });

  it('reports every problem at once, in Swedish, with its field', () => {
    const { problems } = parse({
      ...SAMPLE_CONFIG_INPUT,
      kind: 'landsting',
      site: 'insyn.example',
      contacts: { ...SAMPLE_CONFIG_INPUT.contacts, press: { label: 'Press', email: 'press.example.se' } },
      colours: { ...SAMPLE_CONFIG_INPUT.colours, link: '#aaaaaa' },
    });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'colours.link',
      'colours.link',
      'contacts.press.email',
      'kind',
      'site',
    ]);
    for (const problem of problems) expect(problem.message).not.toMatch(/[Ii]nvalid|[Ee]xpected/);
  });

  it('asks a kommun for its county, so it can be compared within it', () => {
    const { problems } = parse({ ...SAMPLE_CONFIG_INPUT, kind: 'kommun', kolada: { id: '2380' } });
    expect(problems).toEqual([expect.objectContaining({ field: 'kolada.county' })]);
  });

  it('agrees with its organisation entry on the name and the Kolada id', () => {
    const catalog = sampleCatalog();
    expect(configurationProblems(SAMPLE_CONFIG, catalog, 'insyn.json')).toEqual([]);
    const wrong = { ...SAMPLE_CONFIG, name: 'Region Annan', kolada: { id: '0001' } };
    expect(configurationProblems(wrong, catalog, 'insyn.json').map((p) => p.field)).toEqual(['name', 'kolada.id']);
    const missing = { ...SAMPLE_CONFIG, organisation: { collection: 'organisations' as const, id: 'saknas' } };
    expect(configurationProblems(missing, catalog, 'insyn.json')[0].message).toMatch(
      /finns inte i content\/organisations/,
    );
  });

  it('is not valid JSON: says so with the line', () => {
    const { problems } = parseConfiguration('{ "name": ', 'content/insyn.json');
    expect(problems[0].message).toMatch(/är inte giltig JSON/);
  });
});
