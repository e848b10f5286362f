/** `npm run check` and `npm run build` stop on the same problems, each with file and field. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';
import { LIVE_CONTENT } from '../helpers/live-content.ts';

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check', () => {
  it('exits 0 on the live content', () => {
    const { status, output } = run(['scripts/check.ts', '--content', LIVE_CONTENT]);
    expect(output).toMatch(/Innehållet är giltigt: \d+ poster/);
    expect(status).toBe(0);
  });

  it('exits 1 and lists every problem with file and field', () => {
    const dir = contentWithFixture('wrong-uppdrag-status', 'dangling-reference');
    const { status, output } = run(['scripts/check.ts', '--content', join(dir, 'content')]);
    expect(status).toBe(1);
    expect(output).toContain('heltid-som-norm.mdx\n  - statuses[0].status: "klart" är ingen status för uppdrag');
    expect(output).toContain('serviceniva-helpdesk.json\n  - strategy: hittar ingen strategi med id "digitalisering"');
  });

  it('explains itself with --help', () => {
    const { status, output } = run(['scripts/check.ts', '--help']);
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
