/**
 * The browser editor (/admin/, Decap CMS with Insyn's widgets, format and preview) against its
 * local backend on a copy of the content: a staff member changes an uppdrag's status text for
 * a period, adds a nyckeltal's result typed the Swedish way (88,5) and creates a decision;
 * then `npm run check` passes, `git diff` shows exactly those lines, the new decision is byte
 * for byte what `npm run new beslut` writes, and the built pages show them. Wrong values (a
 * missing title, an impossible date, an ambiguous number) are refused and nothing is saved;
 * an unchanged entry cannot be saved, and one changed and changed back leaves git clean; a
 * decision of a body added in the same session gets the command line's id; pickers offer
 * only the plan's periods and name bodies and plans; folded rows, lists and their groups
 * name periods, statuses, plans and units; lists filter by plan and unit; the text toolbar
 * offers only what the site accepts; and the previews show words, not ids.
 * Screenshots of the steps go to docs/bilder/ for the authoring guide.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { TEST_BUILD_ENV } from '../helpers/built-site.ts';
import { runScript } from '../helpers/cli.ts';
import { FROZEN_CONTENT, ROOT } from '../helpers/content.ts';
import { entryJson } from '#lib/content/content-writer.ts';
import { type EditorSession, openEditor } from '../helpers/editor.ts';
import { git } from '../helpers/git.ts';

const SHOTS = join(ROOT, 'docs/bilder');
const UPPDRAG = 'content/uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx';
const NYCKELTAL = 'content/nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json';
const STATUS_TEXT =
  'Andelen heltidsanställda har ökat något sedan årsskiftet; arbetet fortsätter i alla förvaltningar.';
const RESULT = {
  period: 'per-augusti-2024',
  value: 88.5,
  status: 'helt-uppfyllt',
  comment: 'Fler samtal besvarades inom fem minuter under sommaren.',
};
const DECISION_FILE = 'content/decisions/rs-2024-09-10-142.json';
const DECISION = {
  title: 'Prov på beslut från redigeraren',
  date: '2024-09-10',
  paragraph: 142,
  dnr: 'RS/777/2024',
  summary: 'Regionstyrelsen beslutade att pröva att publicera i webbläsaren.',
};

const PLAN_TITLE = 'Regionstyrelsens plan och budget 2024';
const NEW_BODY_FILE = 'content/bodies/halso-och-sjukvardsnamnden.json';
const NEW_BODY = {
  name: 'Hälso- och sjukvårdsnämnden',
  shortName: 'HSN',
  description: 'Nämnden ansvarar för hälso- och sjukvården i regionen.',
};
const NEW_DECISION_FILE = 'content/decisions/hsn-2024-10-01-12.json';
const NEW_DECISION = {
  title: 'Prov på beslut av ett nytt organ',
  date: '2024-10-01',
  paragraph: 12,
  dnr: 'HSN/12/2024',
  summary: 'Nämnden beslutade att pröva redigeraren.',
};

let editor: EditorSession;
const shot = async (name: string) => {
  if (process.env.INSYN_EDITOR_SHOTS) await editor.page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

/** Saves the open entry at once (simple publishing: the local backend writes the file), and waits for the file. */
async function publish(file: string) {
  const { page } = editor;
  const before = changed(file);
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByText('Publicera nu').click();
  await expect.poll(() => changed(file), { timeout: 30_000 }).not.toBe(before);
}

/** The file's text in the editor's repository, or '' while it does not exist. */
function changed(file: string): string {
  try {
    return readFileSync(join(editor.repo, file), 'utf8');
  } catch {
    return '';
  }
}

/** The texts of a select or relation field's options, read from its open menu. */
async function optionsOf(id: string): Promise<string[]> {
  await editor.page.locator(`[id="${id}"]`).click();
  const options = editor.page.getByRole('option');
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  await editor.page.keyboard.press('Escape');
  return texts;
}

/** Chooses an option of a select or relation field (react-select): opens its menu and clicks the option. */
async function choose(id: string, option: string) {
  await editor.page.locator(`[id="${id}"]`).click();
  await editor.page.getByRole('option', { name: option, exact: false }).first().click();
}

/** Folds every list and group of fields in the form, so that each row shows only its heading. */
async function foldAll() {
  const fold = editor.page.getByRole('button', { name: 'Dölj', exact: true });
  for (let i = 0; i < 20 && (await fold.count()) > 0; i += 1) await fold.first().click();
}

/** The id of the last input labelled `label` (a new list item's field is the last). */
async function fieldId(label: string | RegExp): Promise<string> {
  const labels = editor.page.locator('label', { hasText: label });
  return (await labels.last().getAttribute('for'))!;
}

describe('the browser editor on its local backend', () => {
  beforeAll(async () => {
    if (process.env.INSYN_EDITOR_SHOTS) mkdirSync(SHOTS, { recursive: true });
    editor = await openEditor();
  }, 240_000);
  afterAll(async () => {
    await editor?.page.screenshot({ path: '/tmp/insyn-editor-last.png' }).catch(() => {});
    await editor?.close();
  });

  /** The working tree's changes in the editor's repository, one `git status` line each. */
  const status = () => git(editor.repo, ['status', '--porcelain', '--untracked-files=all']).trimEnd();

  it('edits a status text, adds a result and creates a decision; the check passes and git shows just that', async () => {
    const { page } = editor;
    await editor.open('#/collections/uppdrag');
    await shot('redigeraren-uppdrag');

    await editor.open('#/collections/uppdrag/entries/rs-plan-och-budget-2024/heltid-som-norm');
    await page.locator(`[id="${await fieldId('Återrapporteringen som förklarar statusen')}"]`).fill(STATUS_TEXT);
    await shot('redigeraren-status');
    await publish(UPPDRAG);

    await editor.open('#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk');
    const results = page.locator('label', { hasText: 'Utfall och status per uppföljningstillfälle' });
    await results.waitFor();
    await page.getByRole('button', { name: 'Lägg till utfall' }).click();
    await choose(await fieldId('Uppföljningstillfället som utfallet gäller'), 'Per augusti 2024');
    // Typed as staff write it: a decimal comma.
    await page.locator(`[id="${await fieldId(/^Utfallet( \(frivillig\))?$/)}"]`).fill('88,5');
    await choose(await fieldId('Hur utfallet står sig mot målvärdet'), 'Helt uppfyllt');
    await page.locator(`[id="${await fieldId('Analys eller kommentar till utfallet')}"]`).fill(RESULT.comment);
    // The result is newer than the example note that calls the results examples: the preview asks.
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByText('Stämmer exempelnoten fortfarande?').waitFor();
    await preview.getByText(/Utfallet för per augusti 2024 är nyare än exempelnoten/).waitFor();
    await shot('redigeraren-utfall');
    await publish(NYCKELTAL);

    await editor.open('#/collections/decisions/new');
    await choose(await fieldId('Organet som fattade beslutet'), 'Regionstyrelsen');
    await page.locator(`[id="${await fieldId('Sammanträdets datum')}"]`).fill(DECISION.date);
    await page.locator(`[id="${await fieldId('Paragrafen i protokollet')}"]`).fill(String(DECISION.paragraph));
    await page.locator(`[id="${await fieldId('Ärendets diarienummer')}"]`).fill(DECISION.dnr);
    await page.locator(`[id="${await fieldId('Ärendets rubrik som i protokollet')}"]`).fill(DECISION.title);
    await page.locator(`[id="${await fieldId('Vad som beslutades')}"]`).fill(DECISION.summary);
    await shot('redigeraren-beslut');
    await publish(DECISION_FILE);

    const repo = editor.repo;
    expect(status().split('\n').sort()).toEqual([` M ${NYCKELTAL}`, ` M ${UPPDRAG}`, `?? ${DECISION_FILE}`]);
    const before = (file: string) => git(repo, ['show', `HEAD:${file}`]);

    // The uppdrag: one line changed, the period's status text; every other byte is the same.
    expect(git(repo, ['diff', '--numstat', UPPDRAG]).split('\t').slice(0, 2)).toEqual(['1', '1']);
    expect(changed(UPPDRAG)).toContain(STATUS_TEXT);

    // The nyckeltal: one result more, 88,5 stored as 88.5, written as the commands write it.
    const oldJson = JSON.parse(before(NYCKELTAL));
    expect(changed(NYCKELTAL)).toBe(entryJson('nyckeltal', { ...oldJson, results: [...oldJson.results, RESULT] }));

    // The decision: named rs-2024-09-10-142 and byte for byte what npm run new beslut writes.
    const cli = mkdtempSync(join(tmpdir(), 'insyn-cli-'));
    cpSync(FROZEN_CONTENT, join(cli, 'content'), { recursive: true });
    const made = runScript('new.ts', [
      'beslut',
      ...['--content', join(cli, 'content'), '--body', 'regionstyrelsen', '--date', DECISION.date],
      ...['--paragraph', String(DECISION.paragraph), '--dnr', DECISION.dnr, '--title', DECISION.title],
      ...['--summary', DECISION.summary],
    ]);
    expect(made.status, made.output).toBe(0);
    expect(changed(DECISION_FILE)).toBe(readFileSync(join(cli, DECISION_FILE), 'utf8'));
    rmSync(cli, { recursive: true, force: true });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results/editor-diff.txt'), `${git(repo, ['diff'])}\n${changed(DECISION_FILE)}`);

    // The check passes, and warns that the example note may need to change.
    const check = runScript('check.ts', ['--content', join(repo, 'content')]);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/results\[1\]: utfallet för per augusti 2024 är nyare än exempelnoten/);
    expect(editor.problems).toEqual([]);

    const out = join(repo, 'dist');
    const build = astroBuild(out, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: join(repo, 'content') });
    expect(build.status, build.output).toBe(0);
    const built = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    expect(built('uppdrag/heltid-som-norm')).toContain(STATUS_TEXT);
    expect(built('nyckeltal/serviceniva-helpdesk')).toContain(RESULT.comment);
    expect(built('beslut/rs-2024-09-10-142')).toContain(DECISION.title);
  }, 300_000);

  it('refuses a missing title, an impossible date and an ambiguous number, and saves nothing', async () => {
    const { page, repo } = editor;
    // Start from what the first test left: its changes are committed in the copy, so the
    // working tree is clean and anything this test writes shows in `git status`.
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'Efter det första provet'], '2025-01-02T12:00:00Z');

    // A new decision without its title and with a date that does not exist: the editor names
    // both fields, refuses to publish and writes nothing.
    await editor.open('#/collections/decisions/new');
    await choose(await fieldId('Organet som fattade beslutet'), 'Regionstyrelsen');
    await page.locator(`[id="${await fieldId('Sammanträdets datum')}"]`).fill('2024-02-30');
    await page.locator(`[id="${await fieldId('Paragrafen i protokollet')}"]`).fill(String(DECISION.paragraph + 1));
    await page.locator(`[id="${await fieldId('Vad som beslutades')}"]`).fill(DECISION.summary);
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByText('Publicera nu').click();
    await page.getByText('Ärendets rubrik som i protokollet är obligatoriskt.').waitFor();
    await page.getByText(/Sammanträdets datum: "2024-02-30" är inget riktigt datum/).waitFor();
    await shot('redigeraren-fel-datum');
    expect(status()).toBe('');

    // A number written with points between thousands: refused with how to write it, not saved.
    await editor.open('#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk');
    await page.locator('label', { hasText: 'Utfall och status per uppföljningstillfälle' }).waitFor();
    await page.getByRole('button', { name: 'Lägg till utfall' }).click();
    await choose(await fieldId('Uppföljningstillfället som utfallet gäller'), 'Helår 2024');
    await page.locator(`[id="${await fieldId(/^Utfallet( \(frivillig\))?$/)}"]`).fill('1.234,5');
    await choose(await fieldId('Hur utfallet står sig mot målvärdet'), 'Helt uppfyllt');
    await page.locator(`[id="${await fieldId('Analys eller kommentar till utfallet')}"]`).fill('Fel skrivet tal.');
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByText('Publicera nu').click();
    await page.getByText(/Utfallet: "1\.234,5" har punkt mellan tusental/).waitFor();
    expect(status()).toBe('');
  }, 300_000);

  it('writes an entry changed and changed back byte for byte as it was: git shows no change', async () => {
    const { page } = editor;
    // An entry opened and left as it is cannot be saved at all: Decap shows it as published
    // and offers no button that writes it (only "Duplicera"). The nearest a staff member can
    // come to saving it unchanged is to change it, save, change it back and save again.
    await editor.open('#/collections/uppdrag/entries/rs-plan-och-budget-2024/heltid-som-norm');
    await page.getByText('Publicerad', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Publicera', exact: true }).count()).toBe(0);
    expect(await page.getByText('Publicera nu').count()).toBe(0);
    for (const [address, file, label] of [
      [
        '#/collections/uppdrag/entries/rs-plan-och-budget-2024/heltid-som-norm',
        UPPDRAG,
        'Uppdraget som det står i planen',
      ],
      ['#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk', NYCKELTAL, 'Nyckeltalets namn'],
    ] as const) {
      // Each save writes the whole entry: the second one must give the file back as it was.
      await editor.open(address);
      const was = await page.locator(`[id="${await fieldId(label)}"]`).inputValue();
      await page.locator(`[id="${await fieldId(label)}"]`).fill(`${was} (prov)`);
      await publish(file);
      await editor.open(address);
      await page.locator(`[id="${await fieldId(label)}"]`).fill(was);
      await publish(file);
    }
    expect(status()).toBe('');
  }, 300_000);

  it('names periods and decisions in its pickers, never by their ids', async () => {
    const { page } = editor;
    await editor.open('#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk');
    await page.getByRole('button', { name: 'Lägg till utfall' }).click();
    const periods = await optionsOf(await fieldId('Uppföljningstillfället som utfallet gäller'));
    // Only the plan's periods (per-april-2024, per-augusti-2024, helar-2024), by name, the newest first.
    expect(periods).toEqual(['Helår 2024', 'Per augusti 2024', 'Per april 2024']);

    await editor.open('#/collections/plans/entries/rs-plan-och-budget-2024');
    const decisions = await optionsOf(await fieldId(/^Beslutet( \(frivillig\))?$/));
    expect(decisions.length).toBeGreaterThan(2);
    for (const text of decisions) expect(text).toMatch(/^\d{4}-\d{2}(-\d{2})? \S.* § \d+: \S/);
    // The body by its short name as citations give it (RS), never its id (regionstyrelsen).
    expect(decisions.some((text) => / RS § /.test(text))).toBe(true);
    const dates = decisions.map((text) => text.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const text of [...periods, ...decisions]) expect(text).not.toMatch(/\b(per-|helar-|rs-\d)|regionstyrelsen/);

    // An uppdrag's title recurs from plan to plan: each choice names its plan, and they go by name.
    await editor.open('#/collections/uppdrag/entries/rs-plan-och-budget-2024/heltid-som-norm');
    const earlier = await optionsOf(await fieldId('Samma uppdrag i en tidigare plan'));
    expect(earlier.length).toBeGreaterThan(2);
    for (const text of earlier) expect(text).toMatch(new RegExp(` – ${PLAN_TITLE}$`));
    expect(earlier).toEqual([...earlier].sort((a, b) => a.localeCompare(b, 'sv')));
  }, 300_000);

  it('heads folded rows by period and status or value in words, never by ids', async () => {
    const { page } = editor;
    await editor.open('#/collections/uppdrag/entries/rs-plan-och-budget-2024/heltid-som-norm');
    await foldAll();
    await page.getByText('Per april 2024 – Delvis uppfyllt', { exact: true }).waitFor();
    await editor.open('#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk');
    await foldAll();
    // The result the first test added (88,5) and the one the file had.
    await page.getByText('Per augusti 2024 – 88,5', { exact: true }).waitFor();
    await page.getByText('Per april 2024 – 86', { exact: true }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/per-(april|augusti)-2024|helt-uppfyllt|\bNo [a-z]/);
  }, 300_000);

  it('lists entries by name, plan and latest status, and groups them by plan, unit and status', async () => {
    const { page } = editor;
    await editor.open('#/collections/activities');
    await page.getByText(`Aktiviteter i ${PLAN_TITLE}`).first().waitFor();
    expect(await page.locator('main, body').first().innerText()).not.toMatch(/rs-plan-och-budget-2024/);

    // A period by its name, newest first; a decision as it is cited.
    await editor.open('#/collections/periods');
    await page.getByText('Per augusti 2024', { exact: true }).first().waitFor();
    await editor.open('#/collections/decisions');
    await page
      .getByText(/^RS 2023-11-08 § 194: /)
      .first()
      .waitFor();

    await editor.open('#/collections/uppdrag');
    await page
      .getByText(`Öka andelen medarbetare som arbetar heltid – ${PLAN_TITLE} – Delvis uppfyllt (per april 2024)`)
      .first()
      .waitFor();
    // The menu stays open while a grouping is chosen (Decap's own choice).
    await page.getByText('Gruppera efter', { exact: true }).click();
    for (const [group, heading] of [
      ['Plan', `Plan – ${PLAN_TITLE}`],
      ['Enhet', 'Enhet – HR-avdelningen'],
      ['Senaste status', 'Senaste status – Delvis uppfyllt'],
    ]) {
      await page.getByRole('menuitem', { name: group, exact: true }).click();
      await page.getByText(heading, { exact: true }).first().waitFor();
    }
    await page.keyboard.press('Escape');
    const list = await page.locator('main, body').first().innerText();
    expect(list).not.toMatch(/rs-plan-och-budget-2024|hr-avdelningen|delvis-uppfyllt|undefined|null/);
    await page.getByText('Sortera efter', { exact: true }).click();
    await page.getByRole('menuitem', { name: /^Namn/ }).first().waitFor();
    await page.keyboard.press('Escape');
  }, 300_000);

  it('gives a decision of a body added in the same session the id the command line gives', async () => {
    const { page, repo } = editor;
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'Före det nya organet'], '2025-01-03T12:00:00Z');
    await editor.open('#/collections/bodies/new');
    await page.locator(`[id="${await fieldId('Organets namn')}"]`).fill(NEW_BODY.name);
    await page.locator(`[id="${await fieldId('Förkortning som används')}"]`).fill(NEW_BODY.shortName);
    await choose(await fieldId('Fullmäktige, styrelse eller nämnd'), 'Nämnd');
    await choose(await fieldId('Organisationen som organet hör till'), 'Region Jämtland Härjedalen');
    await page.locator(`[id="${await fieldId('Vad organet ansvarar för')}"]`).fill(NEW_BODY.description);
    await publish(NEW_BODY_FILE);

    await editor.open('#/collections/decisions/new');
    await choose(await fieldId('Organet som fattade beslutet'), NEW_BODY.name);
    await page.locator(`[id="${await fieldId('Sammanträdets datum')}"]`).fill(NEW_DECISION.date);
    await page.locator(`[id="${await fieldId('Paragrafen i protokollet')}"]`).fill(String(NEW_DECISION.paragraph));
    await page.locator(`[id="${await fieldId('Ärendets diarienummer')}"]`).fill(NEW_DECISION.dnr);
    await page.locator(`[id="${await fieldId('Ärendets rubrik som i protokollet')}"]`).fill(NEW_DECISION.title);
    await page.locator(`[id="${await fieldId('Vad som beslutades')}"]`).fill(NEW_DECISION.summary);
    // The site was built without the body: its short name comes from the picker, as it was saved.
    await publish(NEW_DECISION_FILE);

    const cli = mkdtempSync(join(tmpdir(), 'insyn-cli-'));
    cpSync(join(repo, 'content'), join(cli, 'content'), { recursive: true });
    rmSync(join(cli, NEW_DECISION_FILE));
    const made = runScript('new.ts', [
      'beslut',
      ...['--content', join(cli, 'content'), '--body', 'halso-och-sjukvardsnamnden', '--date', NEW_DECISION.date],
      ...['--paragraph', String(NEW_DECISION.paragraph), '--dnr', NEW_DECISION.dnr, '--title', NEW_DECISION.title],
      ...['--summary', NEW_DECISION.summary],
    ]);
    expect(made.status, made.output).toBe(0);
    expect(changed(NEW_DECISION_FILE)).toBe(readFileSync(join(cli, NEW_DECISION_FILE), 'utf8'));
    rmSync(cli, { recursive: true, force: true });
    expect(status().split('\n').sort()).toEqual([`?? ${NEW_BODY_FILE}`, `?? ${NEW_DECISION_FILE}`]);
  }, 300_000);

  it('asks for the plan before it offers periods in a new uppdrag', async () => {
    const { page } = editor;
    await editor.open('#/collections/uppdrag/new');
    await page.getByRole('button', { name: 'Lägg till status' }).click();
    await page.getByText('Välj först planen ovanför').first().waitFor();
  }, 300_000);

  it('filters the lists by plan and by unit, and names no plan by its id', async () => {
    const { page } = editor;
    await editor.open('#/collections/uppdrag');
    const list = await page.locator('main, body').first().innerText();
    expect(list).not.toMatch(/rs-plan-och-budget-2024/);
    await page
      .getByText(/^Filtrera/)
      .first()
      .click();
    await page
      .getByText(/^Plan: /)
      .first()
      .waitFor();
    await page
      .getByText(/^Enhet: /)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
  }, 300_000);

  it('gives the text a toolbar of only what the site accepts', async () => {
    const { page } = editor;
    await editor.open('#/collections/uppdrag/entries/rs-plan-och-budget-2024/heltid-som-norm');
    await page.locator('button[title="Fetstil"]').first().waitFor();
    for (const title of ['Kursiv', 'Länk', 'Rubriker', 'Citat', 'Punktlista', 'Numrerad lista'])
      expect(await page.locator(`button[title="${title}"]`).count(), title).toBeGreaterThan(0);
    for (const title of ['Kod', 'Lägg till komponent', 'Strikethrough'])
      expect(await page.locator(`button[title="${title}"]`).count(), title).toBe(0);
  }, 300_000);

  it('previews a decision with the body’s name and the date in words, not ids', async () => {
    await editor.open('#/collections/decisions/entries/rs-2023-11-08-194');
    const preview = editor.page.locator('iframe').first().contentFrame();
    await preview.getByText('Regionstyrelsen').first().waitFor();
    const text = await preview.locator('body').innerText();
    expect(text).toContain('8 november 2023');
    expect(text).toContain('§ 194');
    expect(text).not.toMatch(/regionstyrelsen|null/);
  }, 300_000);

  it('previews a nyckeltal with the site’s status words and values, not its ids', async () => {
    await editor.open('#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk');
    const preview = editor.page.locator('iframe').first().contentFrame();
    await preview.getByText('Helt uppfyllt').first().waitFor();
    await preview.getByText('April 2024').first().waitFor();
    const text = await preview.locator('body').innerText();
    expect(text).not.toMatch(/helt-uppfyllt|per-april-2024/);
    expect(text).toMatch(/86\s%/);
    await shot('redigeraren-forhandsvisning');
  }, 300_000);
});
