/** Test helpers: the bundled content, and copies of it with a fixture laid over. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateContent } from '../../src/data/content-files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/invalid');

/** A fresh project-like folder with the bundled content and, over it, the fixtures' files. */
export function contentWithFixture(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-fixture-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const fixture of fixtures) {
    cpSync(join(FIXTURES, fixture, 'content'), join(dir, 'content'), { recursive: true });
  }
  return dir;
}

export function validateBundled() {
  return validateContent(ROOT);
}
