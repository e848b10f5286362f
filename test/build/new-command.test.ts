/** `npm run new`: every kind of entry, valid from the start, and never over an existing one. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '#lib/core/problems.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { runScript } from '../helpers/cli.ts';
import { commandOnFreshContent, newUppdrag } from '../helpers/commands.ts';

const fresh = () => commandOnFreshContent('new.ts');

const cases: { kind: string; args: string[]; file: string; expected: Record<string, unknown> }[] = [
  {
    kind: 'uppdrag',
    args: newUppdrag({ decision: 'rs-2023-11-08-194,rs-2024-01-23-6' }).slice(1),
    file: 'uppdrag/rs-plan-och-budget-2024/oka-tillgangligheten-pa-vardcentralerna.mdx',
    expected: {
      title: 'Öka tillgängligheten på vårdcentralerna',
      statuses: [],
      decisions: ['rs-2023-11-08-194', 'rs-2024-01-23-6'],
    },
  },
  {
    kind: 'nyckeltal',
    args: [
      '--title',
      'Väntetid till första besök',
      '--plan',
      'rs-plan-och-budget-2024',
      '--strategy',
      'god-och-nara-vard',
      '--term',
      'kortsiktig',
      '--description',
      'Andel som får besök inom 90 dagar.',
      '--unit',
      '%',
      '--direction',
      'higher',
      '--target',
      '2024=82,5',
      '--source',
      'Väntetidsdatabasen',
    ],
    file: 'nyckeltal/rs-plan-och-budget-2024/vantetid-till-forsta-besok.json',
    expected: { targets: [{ year: 2024, value: 82.5 }], results: [], source: { name: 'Väntetidsdatabasen' } },
  },
  {
    kind: 'beslut',
    args: [
      '--body',
      'regionstyrelsen',
      '--date',
      '2024-09-10',
      '--paragraph',
      '150',
      '--dnr',
      'RS/123/2024',
      '--title',
      'Delårsrapport per augusti 2024',
      '--summary',
      'Regionstyrelsen godkände delårsrapporten.',
    ],
    file: 'decisions/rs-2024-09-10-150.json',
    expected: { body: 'regionstyrelsen', paragraph: 150, dnr: 'RS/123/2024' },
  },
  {
    kind: 'dokument',
    args: [
      '--title',
      'Tjänsteskrivelse om delårsrapporten',
      '--kind',
      'tjansteskrivelse',
      '--dnr',
      'RS/123/2024',
      '--date',
      '2024-09-01',
      '--unit',
      'regionstaben',
      '--signed-by',
      'Sara Lewerentz, regiondirektör; Mikael Ferm, regionstabschef',
      '--text',
      'Regionstaben föreslår att regionstyrelsen godkänner rapporten.',
    ],
    file: 'documents/tjansteskrivelse-om-delarsrapporten.mdx',
    expected: {
      organisation: 'region-jamtland-harjedalen',
      signedBy: ['Sara Lewerentz, regiondirektör', 'Mikael Ferm, regionstabschef'],
    },
  },
  {
    kind: 'rapport',
    args: [
      '--title',
      'Delårsrapport per augusti 2024',
      '--kind',
      'delarsrapport',
      '--plan',
      'rs-plan-och-budget-2024',
      '--period',
      'per-augusti-2024',
      '--dnr',
      'RS/123/2024',
      '--summary',
      'Läget per augusti 2024.',
    ],
    file: 'reports/delarsrapport-per-augusti-2024.json',
    expected: { date: null, period: 'per-augusti-2024', decisions: [], documents: [] },
  },
];

describe('npm run new', () => {
  it.each(cases)(
    'creates a valid $kind with a derived id and every required field',
    ({ kind, args, file, expected }) => {
      const { dir, content, run } = fresh();
      const result = run([kind, ...args]);
      expect(result.output).toContain(`Skapade`);
      expect(result.status).toBe(0);
      const text = readFileSync(join(content, file), 'utf8');
      if (file.endsWith('.json')) {
        const data = JSON.parse(text);
        expect(data).toMatchObject(expected);
        expect(Object.keys(data)[0]).toBe('$schema');
        expect(data.$schema).toBe(`${'../'.repeat(file.split('/').length)}public/schema/${file.split('/')[0]}.json`);
        expect(text.endsWith('}\n')).toBe(true);
      } else {
        expect(text).toMatch(/^---\ntitle: /);
        expect(text.split('\n---\n\n')[1].trim().length).toBeGreaterThan(0);
      }
      const { problems } = validateContent(dir);
      expect(formatProblems(problems)).toBe(formatProblems([]));
    },
  );

  it('refuses to overwrite an existing file, and leaves it as it was', () => {
    const { content, run } = fresh();
    const path = join(content, 'decisions/rs-2023-11-08-194.json');
    const before = readFileSync(path, 'utf8');
    const result = run([
      'beslut',
      '--body',
      'regionstyrelsen',
      '--date',
      '2023-11-08',
      '--paragraph',
      '194',
      '--title',
      'Annat',
      '--summary',
      'Annat.',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('id (--id): det finns redan en fil med id "rs-2023-11-08-194"');
    expect(result.stderr).toContain('rs-2023-11-08-194.json. Inget skrivs över');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('refuses an id that exists in another subfolder of the collection', () => {
    const { content, run } = fresh();
    mkdirSync(join(content, 'uppdrag/annan-plan'), { recursive: true });
    writeFileSync(join(content, 'uppdrag/annan-plan/ny-plan-for-lokaler.mdx'), '---\ntitle: x\n---\n\nx\n');
    const result = run(newUppdrag({ title: 'Ny plan för lokaler', strategy: 'ekonomi-i-balans', description: 'x' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('uppdrag/annan-plan/ny-plan-for-lokaler.mdx');
  });

  it('lists every problem of the new entry with its flag, and writes nothing', () => {
    const { content, run } = fresh();
    const result = run([
      'nyckeltal',
      '--title',
      'Nytt mått',
      '--plan',
      'rs-plan-och-budget-2024',
      '--strategy',
      'god-och-nara-vard',
      '--term',
      'mellan',
      '--description',
      'x',
      '--unit',
      '%',
      '--direction',
      'upp',
      '--target',
      '2024=mycket',
      '--source',
      'x',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'term (--term): värdet "mellan" är inte tillåtet. Tillåtna värden: kortsiktig, langsiktig',
    );
    expect(result.stderr).toContain('direction (--direction):');
    expect(result.stderr).toContain('targets[0].value (--target): "mycket" är inte ett tal');
    expect(result.stderr).toContain('inget skrevs');
    expect(() => readFileSync(join(content, 'nyckeltal/rs-plan-och-budget-2024/nytt-matt.json'))).toThrow();
  });

  it('reports a reference that does not resolve, as npm run check would', () => {
    const { run } = fresh();
    const result = run([
      'beslut',
      '--body',
      'kommunstyrelsen',
      '--date',
      '2024-09-10',
      '--paragraph',
      '1',
      '--title',
      'x',
      '--summary',
      'x',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('body (--body): hittar inget organ med id "kommunstyrelsen"');
  });

  it('is a usage error (exit 2) to leave out required flags outside a terminal, or to use unknown ones', () => {
    const { run } = fresh();
    const missing = run(['beslut', '--title', 'x']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('det saknas --body');
    expect(missing.stderr).toContain('npm run new -- --help');
    expect(run(['beslut', '--tittel', 'x']).stderr).toContain('okänd flagga --tittel');
    expect(run(['protokoll']).status).toBe(2);
    expect(run([]).status).toBe(2);
    expect(run(['beslut', '--term', 'kortsiktig']).stderr).toContain('flaggan --term gäller inte beslut');
  });

  it('asks for what is missing, and asks again for an answer that does not pass', () => {
    const { content, run } = fresh();
    const answers = [
      'regionstyrelsen',
      '2024-10-01',
      'tolv',
      '',
      'Beslut om lokaler',
      'Regionstyrelsen beslutade om lokaler.',
      '',
      '',
      '12',
    ];
    const result = run(['beslut', '--interactive'], `${answers.join('\n')}\n`);
    expect(result.stdout).toContain('Organet som beslutade');
    expect(result.stdout).toContain('Välj bland: regionala-utvecklingsnamnden (Regionala utvecklingsnämnden)');
    expect(result.stderr).toContain('paragraph (--paragraph): ska vara ett tal, men är texten "tolv"');
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(content, 'decisions/rs-2024-10-01-12.json'), 'utf8'))).toMatchObject({
      paragraph: 12,
      dnr: null,
    });
  });

  it("explains itself, and each kind's flags, with --help", () => {
    const general = runScript('new.ts', ['--help']);
    expect(general.status).toBe(0);
    expect(general.stdout).toContain('Användning: npm run new -- <slag>');
    const decision = runScript('new.ts', ['beslut', '--help']);
    expect(decision.stdout).toContain('--paragraph');
    expect(decision.stdout).toContain('(krävs)');
  });
});
