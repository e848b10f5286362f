/**
 * The published data catalogue passes the official DCAT-AP 3.0.1 SHACL shapes (copied into
 * test/fixtures/dcat-ap-3.0.1/ from SEMIC's release), the full shapes and the class ranges,
 * without the EU vocabularies loaded: the catalogue types the terms it uses itself.
 */
import { join } from 'node:path';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';

const SHAPES = join(import.meta.dirname, '../fixtures/dcat-ap-3.0.1');
const VCARD = 'http://www.w3.org/2006/vcard/ns#';

async function load(file: string) {
  return rdf.dataset().import(rdf.fromFile(file));
}

/** Each result as one readable line: severity, focus node, path and message. */
async function violations(shapesFile: string, data: Awaited<ReturnType<typeof load>>) {
  const shapes = await load(join(SHAPES, shapesFile));
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
  return report.results.map(
    (r) =>
      `${r.severity?.value.split('#')[1]} ${r.focusNode?.value} ${r.path?.value ?? ''} ${r.message.map((m) => m.value).join(' ')}`,
  );
}

describe('the data catalogue against DCAT-AP 3.0.1', async () => {
  const data = await load(join(builtSite(), 'data/katalog.rdf'));

  it('has no violation of the full shapes (dcat-ap-SHACL.ttl)', { timeout: 60_000 }, async () => {
    expect(data.size).toBeGreaterThan(500);
    expect(await violations('dcat-ap-SHACL.ttl', data)).toEqual([]);
  });

  it('has no violation of the class ranges (range.ttl)', { timeout: 60_000 }, async () => {
    expect(await violations('range.ttl', data)).toEqual([]);
  });

  it('gives the recommended properties DCAT-AP asks of catalogues, datasets and distributions', async () => {
    const missing = (await violations('shapes_recommended.ttl', data)).filter(
      // What remains is for the place itself (its bounding box and centre) and the licence's type, both optional.
      (line) => !/(bbox|centroid|\/terms\/type) /.test(line),
    );
    expect(missing).toEqual([]);
  });

  it('has a contact point with an e-mail address, as DCAT-AP-SE requires', () => {
    const emails = [...data.match(null, rdf.namedNode(`${VCARD}hasEmail`), null)].map((q) => q.object.value);
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) expect(email).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
  });
});
