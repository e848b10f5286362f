/**
 * The whole publishing path on a copy of the content: create an uppdrag, import a period's
 * results, fetch Kolada values, check, build, and find what was published on the built pages.
 * Assertions look for the texts and statuses written, not for how a page formats numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { runScript } from '../helpers/cli.ts';
import { newTestIndicator, newUppdrag } from '../helpers/commands.ts';
import { publish } from '../helpers/publishing.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
const HELPDESK_COMMENT = 'Helpdesk har haft fler samtal under sommaren och besvarar något färre inom fem minuter.';
const HELTID_TEXT = 'Andelen heltidsanställda har ökat till målnivån under våren.';

/** The part of a page around a text: where a status written with it must show. */
function around(html: string, text: string, reach = 2000): string {
  const at = html.indexOf(text);
  expect(at, `"${text}" finns på sidan`).toBeGreaterThanOrEqual(0);
  return html.slice(Math.max(0, at - reach), at + text.length + reach);
}

describe('publishing round trip: new, import and kolada, then check and build', () => {
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  let check = '';
  let build: { status: number | null; output: string } = { status: null, output: '' };

  beforeAll(() => {
    publish(
      content,
      'new.ts',
      newUppdrag({
        title: 'Utveckla uppföljningen på webben',
        strategy: 'ekonomi-i-balans',
        description: 'Uppföljningen av planen ska finnas öppet på regionens webbplats.',
      }),
    );
    publish(content, 'import.ts', [
      join(FIXTURES, 'import/stratsys-per-augusti-2024.json'),
      '--mapping',
      join(ROOT, 'scripts/mappings/stratsys.json'),
      '--period',
      'per-augusti-2024',
      '--write',
    ]);
    publish(content, 'new.ts', newTestIndicator({ kolada: 'N99001' }));
    publish(content, 'kolada.ts', [
      'testindikator-fran-kolada',
      '--file',
      join(FIXTURES, 'kolada/paged/n99001.json'),
      '--area',
      '0023,0000',
      '--retrieved',
      '2025-01-10',
      '--write',
    ]);
    const checked = runScript('check.ts', ['--content', content]);
    check = checked.output;
    build = astroBuild(dist, { INSYN_CONTENT_DIR: content });
  }, 300_000);

  it('passes the check and builds', () => {
    expect(check).toMatch(/Innehållet är giltigt: \d+ poster/);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it("shows the imported comment and status on the nyckeltal's page", () => {
    const near = around(page('nyckeltal/serviceniva-helpdesk'), HELPDESK_COMMENT);
    expect(near).toMatch(/delvis-uppfyllt|delvis uppfyllt/i);
    expect(near).toMatch(/per-augusti-2024|per augusti 2024/i);
  });

  it('shows "går ej att mäta" as its own state for the imported unmeasurable nyckeltal', () => {
    const near = around(
      page('nyckeltal/frisktal'),
      'Frisktalet kan mätas först när årets sjukfrånvarostatistik är klar.',
    );
    expect(near).toMatch(/gar-ej-att-mata|går ej att mäta/i);
  });

  it("shows the imported status text on the uppdrag's page, whose description is untouched", () => {
    const html = page('uppdrag/heltid-som-norm');
    expect(around(html, HELTID_TEXT)).toMatch(/helt-uppfyllt|helt uppfyllt/i);
    expect(html).toContain('Heltid ska vara norm.');
  });

  it('publishes the new uppdrag and the Kolada-fed nyckeltal with its source', () => {
    const uppdrag = page('uppdrag/utveckla-uppfoljningen-pa-webben');
    expect(uppdrag).toContain('Utveckla uppföljningen på webben');
    expect(uppdrag).toContain('Uppföljningen av planen ska finnas öppet på regionens webbplats.');
    const kolada = page('nyckeltal/testindikator-fran-kolada');
    expect(kolada).toContain('Testindikator från Kolada');
    expect(kolada).toContain('Kolada');
    expect(kolada).toMatch(/Region Jämtland Härjedalen/);
  });
});
