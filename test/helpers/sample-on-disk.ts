/**
 * The sample site (sample-site.ts) written to a fresh folder the way the staff commands
 * write files, for tests that run a command on content they know every value of.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { entryJson, entryMdx } from '#lib/content/content-writer.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { SAMPLE_FILES, SAMPLE_TEXTS } from './sample-site.ts';
import { SAMPLE_CONFIG_INPUT } from './configuration.ts';

/** A project-like folder with `content/` holding the sample site; returns the folder. */
export function sampleContentDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-sample-'));
  for (const [collection, entries] of Object.entries(SAMPLE_FILES) as [CollectionName, Record<string, object>][]) {
    for (const [id, data] of Object.entries(entries)) {
      const mdx = collections[collection].format === 'mdx';
      const path = join(dir, 'content', collection, `${id}.${mdx ? 'mdx' : 'json'}`);
      mkdirSync(dirname(path), { recursive: true });
      const texts: Record<string, string> = SAMPLE_TEXTS;
      writeFileSync(
        path,
        mdx
          ? entryMdx(collection, { ...data }, texts[`${collection}/${id}`] ?? 'Text.')
          : entryJson(collection, { ...data }),
      );
    }
  }
  writeFileSync(join(dir, 'content', 'insyn.json'), `${JSON.stringify(SAMPLE_CONFIG_INPUT, null, 2)}\n`);
  return dir;
}
