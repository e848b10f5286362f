/**
 * Test helpers: the frozen copy of the bundled content (test/fixtures/bundled/), and copies
 * of it with a fixture laid over. Tests own what this copy holds; staff publishing in the
 * live `content/` never changes it (the invariant tests that read `content/` use
 * `live-content.ts`).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SourceFile } from '#lib/content/content-files.ts';
import { validateContent } from '../../src/data/content-files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/invalid');
/** Content that must pass the check and build: the cases that look dangerous but are allowed. */
export const VALID_FIXTURES = join(ROOT, 'test/fixtures/valid');
/** A project-like folder whose `content/` is the bundled content frozen (its README says when). */
export const FROZEN = join(ROOT, 'test/fixtures/bundled');
export const FROZEN_CONTENT = join(FROZEN, 'content');

/** A fresh project-like folder with the frozen content and, over it, the fixtures' files. */
export function contentWithFixture(...fixtures: string[]): string {
  return contentWithFixturesFrom(FIXTURES, fixtures);
}

/** Like `contentWithFixture`, with fixtures from another folder of fixtures. */
export function contentWithFixturesFrom(folder: string, fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-fixture-'));
  cpSync(FROZEN_CONTENT, join(dir, 'content'), { recursive: true });
  for (const fixture of fixtures) {
    cpSync(join(folder, fixture, 'content'), join(dir, 'content'), { recursive: true });
  }
  return dir;
}

/** The frozen content, validated: its catalog is what tests of its build derive from. */
export function validateFrozen() {
  return validateContent(FROZEN);
}

type PeriodItem = { period?: unknown };
const keep = (period: string) => (item: PeriodItem) => item.period !== period;

/** Source files with every uppdrag status and nyckeltal result for `period` taken out. */
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
