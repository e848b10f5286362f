/**
 * The browser editor (/admin/, Decap CMS) against its local backend on a copy of the content:
 * a staff member changes an uppdrag's status text for a period, adds a nyckeltal's result
 * and creates a decision; then `npm run check` passes, `git diff` shows exactly those
 * changes and the built pages show them. A wrong value is refused by the editor (a decision
 * without its title) or named by the check (text typed into a result's number field, which
 * Decap saves as a result without its value). Screenshots of the steps go to docs/bilder/ for the authoring guide.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { TEST_BUILD_ENV } from '../helpers/built-site.ts';
import { runScript } from '../helpers/cli.ts';
import { ROOT } from '../helpers/content.ts';
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
const DECISION_FILE = 'content/decisions/prov-pa-beslut-fran-redigeraren.json';
const DECISION = {
  title: 'Prov på beslut från redigeraren',
  date: '2024-09-10',
  paragraph: 142,
  dnr: 'RS/777/2024',
  summary: 'Regionstyrelsen beslutade att pröva att publicera i webbläsaren.',
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

/** Chooses an option of a select or relation field (react-select): opens its menu and clicks the option. */
async function choose(id: string, option: string) {
  await editor.page.locator(`[id="${id}"]`).click();
  await editor.page.getByRole('option', { name: option, exact: false }).first().click();
}

/** The id of the last input labelled `label` (a new list item's field is the last). */
async function fieldId(label: string): Promise<string> {
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
    await page.getByRole('button', { name: /Add utfall/i }).click();
    await choose(await fieldId('Uppföljningstillfället som utfallet gäller'), RESULT.period);
    await page.locator(`[id="${await fieldId('Utfallet, eller null')}"]`).fill(String(RESULT.value));
    await choose(await fieldId('Hur utfallet står sig mot målvärdet'), 'Helt uppfyllt');
    await page.locator(`[id="${await fieldId('Analys eller kommentar till utfallet')}"]`).fill(RESULT.comment);
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
    const status = git(repo, ['status', '--porcelain', '--untracked-files=all']).trimEnd().split('\n').sort();
    expect(status).toEqual([` M ${NYCKELTAL}`, ` M ${UPPDRAG}`, `?? ${DECISION_FILE}`]);
    const before = (file: string) => git(repo, ['show', `HEAD:${file}`]);

    // The uppdrag: only the period's status text changed, in the frontmatter; the text under it is the same.
    const [, oldFront, oldMdxText] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(before(UPPDRAG))!;
    const [, newFront, newMdxText] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(changed(UPPDRAG))!;
    const expected = yaml.load(oldFront) as { statuses: { text: string }[] };
    expected.statuses[0].text = STATUS_TEXT;
    expect(yaml.load(newFront)).toEqual(expected);
    expect(newMdxText.trim()).toBe(oldMdxText.trim());

    // The nyckeltal: one result more and nothing else.
    const oldJson = JSON.parse(before(NYCKELTAL));
    const newText = changed(NYCKELTAL);
    expect(JSON.parse(newText)).toEqual({ ...oldJson, results: [...oldJson.results, RESULT] });
    // Decap writes an edited JSON file's keys in its own order (not the file's or the schema's):
    // the same data, but more changed lines in git. docs/publicera.md says so.
    expect(Object.keys(JSON.parse(newText)).sort()).toEqual(Object.keys(oldJson).sort());
    expect(Object.keys(JSON.parse(newText).results.at(-1))).toEqual(['period', 'value', 'status', 'comment']);

    // The decision: a new file named from its title, with $schema first and the schema's key order.
    const decision = JSON.parse(changed(DECISION_FILE));
    expect(decision).toEqual({ $schema: '../../public/schema/decisions.json', body: 'regionstyrelsen', ...DECISION });
    expect(Object.keys(decision)).toEqual(['$schema', 'body', 'date', 'paragraph', 'dnr', 'title', 'summary']);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results/editor-diff.txt'), `${git(repo, ['diff'])}\n${changed(DECISION_FILE)}`);

    const check = runScript('check.ts', ['--content', join(repo, 'content')]);
    expect(check.status, check.output).toBe(0);
    expect(editor.problems).toEqual([]);

    const out = join(repo, 'dist');
    const build = astroBuild(out, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: join(repo, 'content') });
    expect(build.status, build.output).toBe(0);
    const built = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    expect(built('uppdrag/heltid-som-norm')).toContain(STATUS_TEXT);
    expect(built('nyckeltal/serviceniva-helpdesk')).toContain(RESULT.comment);
    expect(built('beslut/prov-pa-beslut-fran-redigeraren')).toContain(DECISION.title);
  }, 300_000);

  it('refuses a decision without a title; a result typed as text is saved without its value and the check names it', async () => {
    const { page, repo } = editor;
    // Start from what the first test left: its changes are committed in the copy, so the
    // working tree is clean and anything this test writes shows in `git status`.
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'Efter det första provet'], '2025-01-02T12:00:00Z');
    const status = () => git(repo, ['status', '--porcelain', '--untracked-files=all']).trimEnd();

    // A new decision with every required field but its title: the editor names the field,
    // refuses to publish and writes nothing.
    await editor.open('#/collections/decisions/new');
    await choose(await fieldId('Organet som fattade beslutet'), 'Regionstyrelsen');
    await page.locator(`[id="${await fieldId('Sammanträdets datum')}"]`).fill(DECISION.date);
    await page.locator(`[id="${await fieldId('Paragrafen i protokollet')}"]`).fill(String(DECISION.paragraph + 1));
    await page.locator(`[id="${await fieldId('Vad som beslutades')}"]`).fill(DECISION.summary);
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByText('Publicera nu').click();
    await page.getByText('Ärendets rubrik som i protokollet är obligatoriskt.').waitFor();
    await page.getByText('du har missat ett obligatoriskt fält').waitFor();
    expect(status()).toBe('');

    // Text typed into a result's number field: the browser's number input keeps no number,
    // and Decap saves the result without its value (it does not refuse); the check names it.
    await editor.open('#/collections/nyckeltal/entries/rs-plan-och-budget-2024/serviceniva-helpdesk');
    await page.locator('label', { hasText: 'Utfall och status per uppföljningstillfälle' }).waitFor();
    await page.getByRole('button', { name: /Add utfall/i }).click();
    const wrong = { period: 'helar-2024', status: 'helt-uppfyllt', comment: 'Åttioåtta procent av samtalen.' };
    await choose(await fieldId('Uppföljningstillfället som utfallet gäller'), wrong.period);
    const value = page.locator(`[id="${await fieldId('Utfallet, eller null')}"]`);
    await value.click();
    await page.keyboard.type('åttioåtta procent');
    expect(await value.inputValue()).toBe('');
    await choose(await fieldId('Hur utfallet står sig mot målvärdet'), 'Helt uppfyllt');
    await page.locator(`[id="${await fieldId('Analys eller kommentar till utfallet')}"]`).fill(wrong.comment);
    await publish(NYCKELTAL);

    expect(status()).toBe(` M ${NYCKELTAL}`);
    const text = changed(NYCKELTAL);
    const results = JSON.parse(text).results as unknown[];
    expect(results.at(-1)).toEqual(wrong);
    // The saved item's `{`: where the check points for a field that is missing from it.
    const item = text.lastIndexOf('{', text.indexOf(`"period": "${wrong.period}"`));
    const lines = text.slice(0, item).split('\n');

    const check = runScript('check.ts', ['--content', join(repo, 'content'), '--format', 'json']);
    expect(check.status, check.output).toBe(1);
    const report = JSON.parse(check.stdout);
    expect(report.problems).toEqual([
      {
        file: expect.stringMatching(new RegExp(`${NYCKELTAL.replaceAll('.', '\\.')}$`)),
        line: lines.length,
        column: lines.at(-1)!.length + 1,
        field: `results[${results.length - 1}].value`,
        message: 'ska vara ett tal',
      },
    ]);
  }, 300_000);
});
