/** Test helpers: the bundled content, and copies of it with a fixture laid over. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateContent } from '#lib/content/validate.ts';

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
