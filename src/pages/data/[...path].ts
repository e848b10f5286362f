/**
 * Every file under /data/: the downloads (src/lib/open-data/data-files.ts) and the DCAT-AP-SE
 * catalogue that describes them (src/lib/open-data/dcat.ts), built from the same catalog as the pages.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { getDataFiles } from '../../data/data-files.ts';
import { MEDIA_TYPES } from '#lib/open-data/data-files.ts';
import { catalogueEmail } from '#lib/core/contact.ts';
import { CATALOG_JSONLD_PATH, CATALOG_RDF_PATH, dcatJsonLd, dcatRdfXml } from '#lib/open-data/dcat.ts';
import { getEntryDates } from '../../data/history.ts';

export const getStaticPaths = (async () => {
  const { catalog, config } = await getCatalog();
  const site = new URL(import.meta.env.SITE);
  const files = await getDataFiles(site);
  const datesOf = await getEntryDates();
  const dcat = {
    catalog,
    files,
    site,
    changed: (collection: string, id: string) => datesOf(collection, id)?.changed,
    added: (collection: string, id: string) => datesOf(collection, id)?.added,
    email: catalogueEmail(config.contacts),
    config,
  };
  const all = [
    ...files.map((file) => ({
      path: file.path,
      body: file.body,
      type: `${MEDIA_TYPES[file.format]}${file.format === 'zip' ? '' : '; charset=utf-8'}`,
    })),
    { path: CATALOG_RDF_PATH, body: dcatRdfXml(dcat), type: 'application/rdf+xml; charset=utf-8' },
    { path: CATALOG_JSONLD_PATH, body: dcatJsonLd(dcat), type: 'application/ld+json; charset=utf-8' },
  ];
  return all.map(({ path, body, type }) => ({ params: { path: path.slice('/data/'.length) }, props: { body, type } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { body, type } = props;
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });
};
