/** `npm run kolada`: saved answers with pages, the live API (served locally here), and its failures. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '#lib/core/problems.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { runScript, runScriptAsync } from '../helpers/cli.ts';
import { newTestIndicator } from '../helpers/commands.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';

const FIXTURES = join(ROOT, 'test/fixtures/kolada');
const ITEM = 'nyckeltal/regionplan-2024-2026/testindikator.json';

/** A copy of the content with a new långsiktigt nyckeltal made by `npm run new`. */
function withNewIndicator(kolada?: string) {
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const made = runScript('new.ts', [
    ...newTestIndicator({ title: 'Testindikator', ...(kolada ? { kolada } : { source: 'Ej hämtad än' }) }),
    '--content',
    content,
  ]);
  expect(made.status).toBe(0);
  const run = (args: string[]) => runScript('kolada.ts', [...args, '--content', content]);
  const item = () => JSON.parse(readFileSync(join(content, ITEM), 'utf8'));
  return { dir, content, run, item };
}

describe('npm run kolada', () => {
  it('follows next_url to the saved next page, skips isdeleted, keeps null, and credits Kolada', () => {
    const { dir, run, item } = withNewIndicator('N99001');
    const args = [
      'testindikator',
      '--file',
      join(FIXTURES, 'paged/n99001.json'),
      '--area',
      '0023,0000',
      '--retrieved',
      '2025-01-10',
    ];
    const dry = run(args);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('(Kolada N99001, totalt, 2 sidor)');
    expect(dry.stdout).toContain('2 rader markerade isdeleted i Kolada lämnades ute');
    expect(item().series).toEqual([]);
    const written = run([...args, '--write']);
    expect(written.status).toBe(0);
    expect(item().series).toEqual([
      {
        area: '0023',
        name: 'Region Jämtland Härjedalen',
        values: [
          { year: 2020, value: 10.5 },
          { year: 2021, value: null },
          { year: 2022, value: 12.25 },
        ],
      },
      {
        area: '0000',
        name: 'Riket',
        values: [
          { year: 2020, value: 9.5 },
          { year: 2021, value: 10 },
        ],
      },
    ]);
    expect(item().source).toEqual({
      name: 'Kolada',
      url: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N99001',
      kolada: 'N99001',
      retrieved: '2025-01-10',
    });
    expect(formatProblems(validateContent(dir).problems)).toBe(formatProblems([]));
  });

  it('takes women or men with --gender as a series of its own beside the total', () => {
    const { run, item } = withNewIndicator('N99001');
    run([
      'testindikator',
      '--file',
      join(FIXTURES, 'paged/n99001.json'),
      '--area',
      '0023',
      '--retrieved',
      '2025-01-10',
      '--write',
    ]);
    const women = run([
      'testindikator',
      '--file',
      join(FIXTURES, 'paged/n99001.json'),
      '--area',
      '0023',
      '--gender',
      'K',
      '--retrieved',
      '2025-01-10',
      '--write',
    ]);
    expect(women.status).toBe(0);
    expect(
      item().series.map((s: { name: string; values: { value: number }[] }) => [s.name, s.values.map((v) => v.value)]),
    ).toEqual([
      ['Region Jämtland Härjedalen', [10.5, null, 12.25]],
      ['Region Jämtland Härjedalen, kvinnor', [11, null, 13]],
    ]);
  });

  it('refuses an answer without the chosen gender, naming the ones it has', () => {
    const { run, item } = withNewIndicator();
    const result = run([
      'testindikator',
      '--kpi',
      'N99002',
      '--file',
      join(FIXTURES, 'gender-split/n99002.json'),
      '--area',
      '0023',
      '--retrieved',
      '2025-01-10',
      '--write',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'inga värden för T (totalt), bara för K (kvinnor), M (män): välj något av dem med --gender',
    );
    expect(item().series).toEqual([]);
  });

  it('follows a relative next_url, and stops on a next_url that loops', () => {
    const { run } = withNewIndicator('N99001');
    const relative = run([
      'testindikator',
      '--file',
      join(FIXTURES, 'relative/first.json'),
      '--area',
      '0023',
      '--retrieved',
      '2025-01-10',
    ]);
    expect(relative.stdout).toContain('nya år 2023: 14, 2024: 15.5');
    const loop = run([
      'testindikator',
      '--file',
      join(FIXTURES, 'loop/a.json'),
      '--area',
      '0023',
      '--retrieved',
      '2025-01-10',
    ]);
    expect(loop.status).toBe(1);
    expect(loop.stderr).toContain('next_url leder tillbaka till en sida som redan lästs');
  });

  it('says plainly when Kolada cannot be reached, exits 1 and writes nothing', async () => {
    const { run, item } = withNewIndicator('N99001');
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    await new Promise((done) => server.close(done));
    const result = run(['testindikator', '--area', '0023', '--api', `http://127.0.0.1:${port}/v3`, '--write']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `Kunde inte hämta http://127.0.0.1:${port}/v3/data/kpi/N99001/municipality/0023 (ECONNREFUSED)`,
    );
    expect(result.stderr).toContain('--file <fil> --retrieved');
    expect(item().series).toEqual([]);
  });

  it('reads the live API page by page when there is a network (a local server stands in for Kolada)', async () => {
    const { content, item } = withNewIndicator('N99001');
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url!);
      const [, query] = request.url!.split('?');
      const file = query === 'page=2' ? 'paged/n99001.page-2.json' : 'paged/n99001.json';
      const page = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
      page.next_url =
        page.next_url &&
        `http://127.0.0.1:${(server.address() as AddressInfo).port}${request.url!.split('?')[0]}?page=2`;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(page));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const result = await runScriptAsync('kolada.ts', [
      'testindikator',
      '--area',
      '0023',
      '--api',
      `http://127.0.0.1:${port}/v3/`,
      '--content',
      content,
      '--write',
    ]);
    server.close();
    expect(result.output).toContain('2 sidor');
    expect(result.status).toBe(0);
    expect(requests).toEqual(['/v3/data/kpi/N99001/municipality/0023', '/v3/data/kpi/N99001/municipality/0023?page=2']);
    expect(item().series[0].values).toEqual([
      { year: 2020, value: 10.5 },
      { year: 2021, value: null },
      { year: 2022, value: 12.25 },
    ]);
    expect(item().source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a kortsiktigt nyckeltal, and usage mistakes with exit 2', () => {
    const { run } = withNewIndicator('N99001');
    const short = run([
      'serviceniva-helpdesk',
      '--kpi',
      'N99001',
      '--area',
      '0023',
      '--file',
      join(FIXTURES, 'paged/n99001.json'),
      '--retrieved',
      '2025-01-10',
    ]);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('Kolada-serier hör till långsiktiga nyckeltal');
    expect(run(['finns-inte']).status).toBe(2);
    expect(run(['testindikator', '--file', join(FIXTURES, 'paged/n99001.json'), '--area', '0023']).stderr).toContain(
      'ange när filen hämtades från Kolada med --retrieved',
    );
    expect(run(['testindikator', '--area', '23']).stderr).toContain('"23" är inget Kolada-område');
    expect(run(['testindikator', '--area', '0023', '--gender', 'X']).status).toBe(2);
    expect(run(['testindikator', '--kpi', 'N70060', '--area', '0023']).stderr).toContain(
      'nyckeltalet hämtar från N99001',
    );
    expect(
      run([
        'testindikator',
        '--area',
        '2380',
        '--file',
        join(FIXTURES, 'paged/n99001.json'),
        '--retrieved',
        '2025-01-10',
      ]).stderr,
    ).toContain('--area-name 2380="Namn"');
    expect(runScript('kolada.ts', ['--help']).stdout).toContain('Användning: npm run kolada -- <nyckeltal-id>');
  });

  it('finds nothing to change when all regions are imported again with --all-regions from the saved answers', () => {
    const dir = contentWithFixture();
    const regioner = join(ROOT, 'test/fixtures/sources/kolada/regioner');
    const result = runScript('kolada.ts', [
      'nettokostnad-primarvard',
      '--all-regions',
      '--file',
      join(regioner, 'data-n71007.json'),
      '--municipalities',
      join(regioner, 'municipality.json'),
      '--retrieved',
      '2024-08',
      '--content',
      join(dir, 'content'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0023 Region Jämtland Härjedalen: 21 år oförändrade');
    expect(result.stdout).toContain('0000 Riket: 20 år oförändrade');
    expect(result.stdout).toContain('0001 Region Stockholm: 21 år oförändrade');
    expect(result.stdout).toContain('Inget att skriva');
    const withoutNames = runScript('kolada.ts', [
      'nettokostnad-primarvard',
      '--all-regions',
      '--file',
      join(regioner, 'data-n71007.json'),
      '--retrieved',
      '2024-08',
      '--content',
      join(dir, 'content'),
    ]);
    expect(withoutNames.status).toBe(2);
    expect(withoutNames.stderr).toContain('--municipalities');
  });
});
