/** Test helpers: the bundled content, and copies of it with a fixture laid over. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SourceFile } from '#lib/content/content-files.ts';
import { setFrontmatterList } from '#lib/content/content-writer.ts';
import { parseMdx } from '#lib/content/frontmatter.ts';
import { validateContent } from '../../src/data/content-files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/invalid');
/** Content that must pass the check and build: the cases that look dangerous but are allowed. */
export const VALID_FIXTURES = join(ROOT, 'test/fixtures/valid');

/** A fresh project-like folder with the bundled content and, over it, the fixtures' files. */
export function contentWithFixture(...fixtures: string[]): string {
  return contentWithFixturesFrom(FIXTURES, fixtures);
}

/** Like `contentWithFixture`, with fixtures from another folder of fixtures. */
export function contentWithFixturesFrom(folder: string, fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-fixture-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const fixture of fixtures) {
    cpSync(join(folder, fixture, 'content'), join(dir, 'content'), { recursive: true });
  }
  return dir;
}

export function validateBundled() {
  return validateContent(ROOT);
}

type PeriodItem = { period?: unknown };
const keep = (period: string) => (item: PeriodItem) => item.period !== period;

/**
 * The bundled content as it was before a period was published: a copy with every uppdrag
 * status and nyckeltal result for `period` taken out. Tests of importing that period then
 * hold whatever periods content/ has been given since.
 */
export function contentBeforePeriod(period: string): string {
  const dir = contentWithFixture();
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) =>
      statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)],
    );
  for (const file of walk(join(dir, 'content/nyckeltal'))) {
    if (!file.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(data.results) || data.results.every(keep(period))) continue;
    writeFileSync(file, `${JSON.stringify({ ...data, results: data.results.filter(keep(period)) }, null, 2)}\n`);
  }
  for (const file of walk(join(dir, 'content/uppdrag'))) {
    if (!file.endsWith('.mdx')) continue;
    const text = readFileSync(file, 'utf8');
    const statuses = (parseMdx(text).data as { statuses?: PeriodItem[] } | undefined)?.statuses;
    if (!Array.isArray(statuses) || statuses.every(keep(period))) continue;
    writeFileSync(file, setFrontmatterList(text, 'uppdrag', 'statuses', statuses.filter(keep(period))));
  }
  return dir;
}

/** Source files with every status and result for `period` taken out (see `contentBeforePeriod`). */
export function filesBeforePeriod(files: SourceFile[], period: string): SourceFile[] {
  return files.map((file) => {
    const data = file.data as { statuses?: PeriodItem[]; results?: PeriodItem[] };
    if (file.collection === 'uppdrag' && Array.isArray(data.statuses))
      return { ...file, data: { ...data, statuses: data.statuses.filter(keep(period)) } };
    if (file.collection === 'nyckeltal' && Array.isArray(data.results))
      return { ...file, data: { ...data, results: data.results.filter(keep(period)) } };
    return file;
  });
}
