/**
 * Publishing as staff do, for the scenario tests: a temporary git repository holding the frozen copy
 * of the bundled content (test/fixtures/bundled/), the documented commands run on it (`npm run import`, `new`,
 * `kolada`), each step committed, then one build of the result.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Catalog } from '#lib/core/catalog.ts';
import { entries } from '#lib/core/catalog.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { astroBuildOrThrow } from './astro-build.ts';
import { TEST_BUILD_ENV } from './built-site.ts';
import { runScript } from './cli.ts';
import { FROZEN_CONTENT } from './content.ts';
import { commitAll, newRepo } from './git.ts';

/** A repository with the frozen copy of the bundled content committed once, as the content repository staff clone. */
export function contentRepository(date: string): { dir: string; content: string } {
  const dir = newRepo();
  cpSync(FROZEN_CONTENT, join(dir, 'content'), { recursive: true });
  commitAll(dir, 'DEV-SUBJECT: seed content', date);
  return { dir, content: join(dir, 'content') };
}

/** Runs a staff command on the repository's content; fails the test with its output when it fails. */
export function publish(content: string, script: string, args: string[]): string {
  const run = runScript(script, [...args, '--content', content]);
  expect(run.status, `${script} ${args.join(' ')}\n${run.output}`).toBe(0);
  return run.output;
}

/** The content as validated now: what the scenario's expectations are derived from. */
export function catalogIn(dir: string): Catalog {
  const { problems, catalog } = validateContent(dir);
  expect(problems).toEqual([]);
  return catalog;
}

const STATUS_WORDS = ['Helt uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt'];

/** A cell for Swedish Excel: quoted when it holds a semicolon, a quote or a line break. */
const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A planning-system export for one period of a plan, as Swedish Excel saves it (UTF-8 with
 * BOM, semicolons, decimal comma, CRLF), with the columns of scripts/mappings/stratsys.json
 * and no id: every row is matched by its title. Statuses go round helt, delvis, ej; a
 * nyckeltal that could not be measured stays so, with an empty value; values are last
 * period's plus a tenth, or a fixed number for an item with none.
 */
export function planningExport(catalog: Catalog, plan: string, periodWord: string): string {
  const header = ['Insyn-id', 'Namn', 'Nodtyp', 'Period', 'Status', 'Utfall', 'Kommentar'];
  const rows: string[][] = [];
  const uppdrag = entries(catalog, 'uppdrag').filter((u) => u.data.plan.id === plan);
  const nyckeltal = entries(catalog, 'nyckeltal').filter(
    (n) => n.data.plan.id === plan && n.data.term === 'kortsiktig',
  );
  uppdrag.forEach((u, i) =>
    rows.push([
      '',
      u.data.title,
      'Uppdrag',
      periodWord,
      STATUS_WORDS[i % 3],
      '',
      `Läget ${periodWord}; arbetet pågår.`,
    ]),
  );
  nyckeltal.forEach((n, i) => {
    const last = n.data.results.at(-1);
    if (last?.status === 'gar-ej-att-mata') {
      rows.push(['', n.data.title, 'Indikator', periodWord, 'Går ej att mäta', '', 'Kan inte mätas ännu.']);
      return;
    }
    const value = typeof last?.value === 'number' ? Math.round(last.value * 11) / 10 : 12.5;
    const shown = String(value).replace('.', ',');
    rows.push(['', n.data.title, 'Indikator', periodWord, STATUS_WORDS[(i + 1) % 3], shown, `Utfallet är ${shown}.`]);
  });
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Adds `continues` to a new entry's file, as staff do by hand: JSON or MDX frontmatter. */
export function setContinues(file: string, from: string): void {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const data = JSON.parse(text);
    writeFileSync(file, `${JSON.stringify({ ...data, continues: from }, null, 2)}\n`);
  } else {
    writeFileSync(file, text.replace(/^(---\r?\n)/, `$1continues: ${from}\n`));
  }
}

/** Builds the repository's content once, with the test addresses, into `<dir>/dist`. */
export function buildContent(dir: string): string {
  const dist = join(dir, 'dist');
  astroBuildOrThrow(dist, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: join(dir, 'content') });
  return dist;
}
