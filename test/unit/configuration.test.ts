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

describe('the editor’s Git host (editor)', () => {
  const problemsOf = (editor: unknown) =>
    parse({ ...SAMPLE_CONFIG_INPUT, editor }).problems.map((p) => [p.field, p.message] as const);
  const azure = {
    backend: 'azure',
    repo: 'region/Insyn/insyn',
    tenantId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    appId: '11111111-2222-3333-4444-555555555555',
  };

  it('accepts each backend as Decap needs it, and no editor at all', () => {
    for (const editor of [
      undefined,
      { backend: 'lokal' },
      { backend: 'lokal', branch: 'main' },
      { backend: 'github', repo: 'region/insyn' },
      { backend: 'github', repo: 'region/insyn', url: 'https://github.region.se', authUrl: 'https://auth.region.se' },
      { backend: 'gitlab', repo: 'region/webb/insyn', appId: 'a1b2c3', url: 'https://gitlab.region.se' },
      azure,
      { ...azure, tenantId: 'region.onmicrosoft.com', branch: 'release/2025' },
    ])
      expect(problemsOf(editor), JSON.stringify(editor)).toEqual([]);
  });

  it('asks Azure DevOps for the tenant and the app, and GitLab for its PKCE application, naming the field', () => {
    expect(problemsOf({ backend: 'azure', repo: 'region/Insyn/insyn' })).toEqual([
      ['editor.appId', expect.stringMatching(/^saknas: backend azure \(Azure DevOps\) behöver applikationens id/)],
      [
        'editor.tenantId',
        expect.stringMatching(/^saknas: backend azure \(Azure DevOps\) behöver katalogens \(tenantens\) id/),
      ],
    ]);
    expect(problemsOf({ backend: 'gitlab', repo: 'region/insyn' })).toEqual([
      ['editor.appId', expect.stringMatching(/^saknas: backend gitlab \(GitLab\) behöver applikationens id/)],
    ]);
    expect(problemsOf({ backend: 'github' })).toEqual([
      ['editor.repo', expect.stringMatching(/^saknas: backend github \(GitHub\) behöver förrådets sökväg/)],
    ]);
  });

  it('refuses a repo of the wrong form for its backend', () => {
    expect(problemsOf({ backend: 'github', repo: 'region/webb/insyn' })).toEqual([
      ['editor.repo', 'ska vara ägare/förråd för GitHub, som region/insyn'],
    ]);
    expect(problemsOf({ backend: 'gitlab', repo: 'insyn', appId: 'abc' })).toEqual([
      ['editor.repo', expect.stringMatching(/^ska vara grupp\/projekt för GitLab/)],
    ]);
    expect(problemsOf({ ...azure, repo: 'region/insyn' })).toEqual([
      ['editor.repo', 'ska vara organisation/projekt/förråd för Azure DevOps, som region/Insyn/insyn'],
    ]);
  });

  it('refuses a field its backend would ignore, naming the backends that use it', () => {
    expect(problemsOf({ backend: 'lokal', repo: 'region/insyn' })).toEqual([
      ['editor.repo', 'gäller inte backend lokal: repo används bara med github, gitlab och azure; ta bort fältet'],
    ]);
    expect(problemsOf({ backend: 'github', repo: 'region/insyn', tenantId: 'region.onmicrosoft.com' })).toEqual([
      ['editor.tenantId', 'gäller inte backend github: tenantId används bara med azure; ta bort fältet'],
    ]);
    expect(problemsOf({ ...azure, authUrl: 'https://auth.region.se' })).toEqual([
      ['editor.authUrl', 'gäller inte backend azure: authUrl används bara med github; ta bort fältet'],
    ]);
  });

  it('refuses an Azure app id that is no GUID, an API address for the server, http and unknown fields', () => {
    expect(problemsOf({ ...azure, appId: 'insyn' })).toEqual([
      ['editor.appId', expect.stringMatching(/^ska vara appregistreringens Application \(client\) ID i Entra ID/)],
    ]);
    expect(
      problemsOf({ backend: 'gitlab', repo: 'it/insyn', appId: 'abc', url: 'https://gitlab.region.se/api/v4' }),
    ).toEqual([['editor.url', 'ska vara serverns adress, inte API:ets: ta bort /api/v4 på slutet']]);
    const problems = problemsOf({ backend: 'bitbucket', url: 'http://git.region.se', token: 'x', branch: '-main' });
    expect(problems.map(([field]) => field).sort()).toEqual([
      'editor',
      'editor.backend',
      'editor.branch',
      'editor.url',
    ]);
    for (const [, message] of problems) expect(message).not.toMatch(/[Ii]nvalid|[Ee]xpected/);
  });
});
