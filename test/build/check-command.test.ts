/** `npm run check` and `npm run build` stop on the same problems, each with file and field. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { runScript } from '../helpers/cli.ts';
import { contentWithFixture } from '../helpers/content.ts';
import { LIVE_CONTENT } from '../helpers/live-content.ts';

const run = (args: string[]) => runScript('check.ts', args);

describe('npm run check', () => {
  it('exits 0 on the live content', () => {
    const { status, output } = run(['--content', LIVE_CONTENT]);
    expect(output).toMatch(/Innehållet är giltigt: \d+ poster/);
    expect(status).toBe(0);
  });

  it('exits 1 and lists every problem with file and field', () => {
    const dir = contentWithFixture('wrong-uppdrag-status', 'dangling-reference');
    const { status, output } = run(['--content', join(dir, 'content')]);
    expect(status).toBe(1);
    expect(output).toContain('heltid-som-norm.mdx\n  - statuses[0].status: "klart" är ingen status för uppdrag');
    expect(output).toContain('serviceniva-helpdesk.json\n  - strategy: hittar ingen strategi med id "digitalisering"');
  });

  it('run by a test without --content, finds no content rather than the live one', () => {
    const { status, output } = run([]);
    expect(status).not.toBe(0);
    expect(output).toContain('ingen-content-angiven');
  });

  it('explains itself with --help', () => {
    const { status, output } = run(['--help']);
    expect(status).toBe(0);
    expect(output).toContain('Användning: npm run check');
  });
});

describe('npm run build', () => {
  it('fails on the same problems as the check, before any page is written', () => {
    const dir = contentWithFixture('wrong-uppdrag-status', 'dangling-reference');
    const { status, output } = astroBuild(join(dir, 'dist'), { INSYN_CONTENT_DIR: join(dir, 'content') });
    expect(status).not.toBe(0);
    expect(output).toContain('statuses[0].status: "klart" är ingen status för uppdrag');
    expect(output).toContain('strategy: hittar ingen strategi med id "digitalisering"');
  }, 60_000);
});
