/**
 * `npm run ny-organisation`: a new region's or kommun's content folder from three answers,
 * which `npm run check` accepts, and refusals that write nothing.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'insyn-ny-')), 'content');

describe('npm run ny-organisation', () => {
  it('writes a kommun’s configuration and an empty content folder that the check accepts', () => {
    const content = fresh();
    const made = runScript('ny-organisation.ts', [
      '--name',
      'Östersunds kommun',
      '--kolada',
      '2380',
      '--site',
      'https://insyn.ostersund.example',
      '--county',
      'Jämtlands län',
      '--content',
      content,
    ]);
    expect(made.status, made.output).toBe(0);
    const config = JSON.parse(readFileSync(join(content, 'insyn.json'), 'utf8'));
    expect(config).toMatchObject({
      organisation: 'ostersunds-kommun',
      kind: 'kommun',
      kolada: { id: '2380', county: { id: '0023', name: 'Jämtlands län' } },
      site: 'https://insyn.ostersund.example/',
    });
    expect(JSON.parse(readFileSync(join(content, 'bodies/kommunstyrelsen.json'), 'utf8')).name).toBe('Kommunstyrelsen');
    const check = runScript('check.ts', ['--content', content]);
    expect(check.status, check.output).toBe(0);
  });

  it('refuses wrong answers all at once and writes nothing', () => {
    const content = fresh();
    const made = runScript('ny-organisation.ts', [
      '--name',
      'Region X',
      '--kolada',
      '23',
      '--site',
      'x',
      '--content',
      content,
    ]);
    expect(made.status).toBe(1);
    expect(made.output).toMatch(/kolada\.id: ska vara ett område i Kolada/);
    expect(made.output).toMatch(/site: ska vara en webbadress/);
    expect(existsSync(content)).toBe(false);
  });

  it('never overwrites a folder that has a configuration, and asks for what is missing', () => {
    const again = runScript('ny-organisation.ts', [
      '--name',
      'A',
      '--kolada',
      '0001',
      '--site',
      'https://a.example/',
      '--content',
      'content',
    ]);
    expect(again.status).toBe(2);
    expect(again.output).toMatch(/insyn\.json finns redan/);
    const missing = runScript('ny-organisation.ts', ['--name', 'A', '--content', fresh()]);
    expect(missing.status).toBe(2);
    expect(missing.output).toMatch(/ange --kolada/);
  });
});
