/**
 * The DCAT-AP-SE catalogue parses as RDF in both serialisations, states the same triples in
 * both, has what the data portal requires, and points at exactly the published files.
 */
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { buildDataFiles } from '#lib/open-data/data-files.ts';
import { CATALOG_RDF_PATH, dcatJsonLd, dcatRdfXml } from '#lib/open-data/dcat.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';

const SITE = new URL('https://insyn.example/');
const catalog = sampleCatalog();
const files = buildDataFiles(catalog, SITE, SAMPLE_CONFIG);
const input = {
  catalog,
  files,
  site: SITE,
  changed: () => new Date('2024-05-07T12:00:00Z'),
  added: () => new Date('2024-05-01T12:00:00Z'),
  email: 'insyn@region.example',
  config: SAMPLE_CONFIG,
};

interface Triple {
  s: string;
  p: string;
  o: string;
}
const key = (t: Triple) => `${t.s} ${t.p} ${t.o}`;

function fromRdfXml(xml: string): Promise<Triple[]> {
  return new Promise((resolve, reject) => {
    const triples: Triple[] = [];
    const parser = new RdfXmlParser({ baseIRI: SITE.href });
    parser.on('data', (q) =>
      triples.push({
        s: q.subject.termType === 'BlankNode' ? '_:' : q.subject.value,
        p: q.predicate.value,
        o:
          q.object.termType === 'Literal'
            ? `"${q.object.value}"@${q.object.language}^^${q.object.datatype.value}`
            : q.object.value,
      }),
    );
    parser.on('error', reject);
    parser.on('end', () => resolve(triples));
    parser.write(xml);
    parser.end();
  });
}

async function fromJsonLd(text: string): Promise<Triple[]> {
  const quads = (await jsonld.toRDF(JSON.parse(text))) as unknown as {
    subject: { termType: string; value: string };
    predicate: { value: string };
    object: { termType: string; value: string; language?: string; datatype?: { value: string } };
  }[];
  return quads.map((q) => ({
    s: q.subject.termType === 'BlankNode' ? '_:' : q.subject.value,
    p: q.predicate.value,
    o:
      q.object.termType === 'Literal'
        ? `"${q.object.value}"@${q.object.language ?? ''}^^${q.object.datatype!.value}`
        : q.object.value,
  }));
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe('the DCAT-AP-SE catalogue', async () => {
  const rdf = await fromRdfXml(dcatRdfXml(input));
  const ld = await fromJsonLd(dcatJsonLd(input));
  const ofType = (type: string) => rdf.filter((t) => t.p === RDF_TYPE && t.o === type).map((t) => t.s);
  const values = (subject: string, predicate: string) =>
    rdf.filter((t) => t.s === subject && t.p === predicate).map((t) => t.o);

  it('parses as RDF/XML and as JSON-LD into the same triples', () => {
    expect(rdf.length).toBeGreaterThan(100);
    expect(new Set(rdf.map(key))).toEqual(new Set(ld.map(key)));
  });

  it('uses absolute IRIs and no blank nodes, as the portal requires', () => {
    for (const triple of rdf) expect(triple.s).toMatch(/^https?:\/\//);
    const objects = rdf.map((t) => t.o).filter((o) => !o.startsWith('"'));
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) expect(object).toMatch(/^(https?|mailto):/);
  });

  it('has one catalogue, at the address it is published at, listing every dataset', () => {
    expect(ofType(`${DCAT}Catalog`)).toEqual([new URL(CATALOG_RDF_PATH, SITE).href]);
    const catalogue = ofType(`${DCAT}Catalog`)[0];
    for (const predicate of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`])
      expect(values(catalogue, predicate)).toHaveLength(1);
    expect(values(catalogue, `${DCAT}dataset`).sort()).toEqual(ofType(`${DCAT}Dataset`).sort());
  });

  it('describes the whole dataset and one per plan, each with what DCAT-AP-SE asks for', () => {
    const datasets = ofType(`${DCAT}Dataset`);
    expect(datasets).toHaveLength(1 + entries(catalog, 'plans').length);
    for (const dataset of datasets) {
      for (const predicate of [
        `${DCT}title`,
        `${DCT}description`,
        `${DCT}publisher`,
        `${DCAT}contactPoint`,
        `${DCT}accrualPeriodicity`,
        `${DCT}modified`,
      ]) {
        expect(values(dataset, predicate), `${dataset} ${predicate}`).toHaveLength(1);
      }
      expect(values(dataset, `${DCAT}keyword`).length).toBeGreaterThan(3);
      expect(values(dataset, `${DCAT}distribution`).length).toBeGreaterThan(3);
      expect(values(dataset, `${DCT}modified`)[0]).toBe('"2024-05-07"@^^http://www.w3.org/2001/XMLSchema#date');
      expect(values(dataset, `${DCT}issued`)[0]).toBe('"2024-05-01"@^^http://www.w3.org/2001/XMLSchema#date');
      expect(values(dataset, `${DCT}accrualPeriodicity`)).toEqual([
        'http://publications.europa.eu/resource/authority/frequency/IRREG',
      ]);
      expect(values(dataset, `${DCT}spatial`)).toEqual(['http://data.europa.eu/nuts/code/SE322']);
    }
    const publisher = values(datasets[0], `${DCT}publisher`)[0];
    expect(values(publisher, 'http://xmlns.com/foaf/0.1/name')[0]).toContain(SAMPLE_CONFIG.name);
    const contact = values(datasets[0], `${DCAT}contactPoint`)[0];
    expect(contact).not.toBe(publisher);
    expect(values(contact, 'http://www.w3.org/2006/vcard/ns#fn')).toHaveLength(1);
    expect(values(contact, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual(['mailto:insyn@region.example']);
    expect(() => dcatRdfXml({ ...input, email: undefined })).toThrow(/e-postadress/);
  });

  it('gives every file its own distribution, with a licence, a format, a media type and its one address', () => {
    const distributions = ofType(`${DCAT}Distribution`);
    const downloads = distributions.map((d) => {
      expect(values(d, `${DCT}license`)).toEqual(['http://creativecommons.org/publicdomain/zero/1.0/']);
      expect(values(d, `${DCT}format`)).toHaveLength(1);
      expect(values(d, `${DCT}title`)).toHaveLength(1);
      expect(values(d, `${DCT}description`)).toHaveLength(1);
      expect(values(d, `${DCAT}mediaType`)[0]).toMatch(/^http:\/\/www\.iana\.org\/assignments\/media-types\//);
      expect(values(d, `${DCAT}accessURL`)).toHaveLength(1);
      expect(values(d, `${DCAT}downloadURL`)).toHaveLength(1);
      return values(d, `${DCAT}downloadURL`)[0];
    });
    // Every CSV and zip file, and each dataset's JSON bundle; the per-collection JSON files are in the bundle.
    // Every file under /data/, each collection's JSON included.
    const expected = files.map((f) => new URL(f.path, SITE).href);
    expect(downloads.sort()).toEqual(expected.sort());
  });

  it('says in the title of a plan’s dataset when it holds examples', () => {
    const title = (id: string) =>
      values(
        ofType(`${DCAT}Dataset`).find((d) => d.endsWith(`#plan-${id}`))!,
        `${DCT}title`,
      )[0];
    // The sample plan holds illustrative items; the 2020 plan holds nothing that is an example.
    expect(title(SAMPLE_PLAN)).toContain('(innehåller exempel)');
    expect(title('rs-verksamhetsplan-2020')).not.toContain('exempel');
  });

  it("states each plan's years as its temporal coverage", () => {
    const plan = catalog.plans.get('regionplan-2024')!;
    const dataset = ofType(`${DCAT}Dataset`).find((d) => d.endsWith('#plan-regionplan-2024'))!;
    const period = values(dataset, `${DCT}temporal`)[0];
    expect(values(period, `${DCAT}startDate`)[0]).toContain(`"${plan.data.startYear}-01-01"`);
    expect(values(period, `${DCAT}endDate`)[0]).toContain(`"${plan.data.endYear}-12-31"`);
  });
});
