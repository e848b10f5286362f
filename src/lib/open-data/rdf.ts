/**
 * A small RDF graph and its two serialisations: RDF/XML, which Sweden's data portal
 * harvests, and JSON-LD for everyone else. Both are written from the same nodes, so they
 * state the same triples. Every node has an IRI (the portal does not accept blank nodes
 * for catalogues, datasets, distributions, publishers or contacts).
 */
import { isKeyOf } from '#lib/core/guards.ts';
import { escapeXml } from '#lib/core/xml.ts';

export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcatap: 'http://data.europa.eu/r5r/',
} as const;

type Prefix = keyof typeof PREFIXES;
/** A prefixed name, as `dct:title`. */
export type QName = `${Prefix}:${string}`;

export type Term = { iri: string } | { value: string; lang?: string; datatype?: QName };

export interface RdfNode {
  id: string;
  type: QName;
  /** Further classes of the node, beside `type`. */
  also?: QName[];
  properties: [QName, Term][];
}

/** The node's properties with its further classes first, as `rdf:type` statements. */
const allProperties = (node: RdfNode): [QName, Term][] => [
  ...(node.also ?? []).map((type): [QName, Term] => ['rdf:type', { iri: expand(type) }]),
  ...node.properties,
];

export const iri = (value: string): Term => ({ iri: value });
export const sv = (value: string): Term => ({ value, lang: 'sv' });
export const xsdDate = (date: Date | string): Term => ({
  value: typeof date === 'string' ? date : date.toISOString().slice(0, 10),
  datatype: 'xsd:date',
});

export function expand(name: QName): string {
  const [prefix, local] = name.split(':');
  if (!isKeyOf(PREFIXES, prefix)) throw new Error(`${name}: okänt prefix`);
  return `${PREFIXES[prefix]}${local}`;
}

/** RDF/XML with one element per node, in the given order. */
export function toRdfXml(nodes: readonly RdfNode[]): string {
  const namespaces = Object.entries(PREFIXES)
    .map(([prefix, uri]) => `\n  xmlns:${prefix}="${uri}"`)
    .join('');
  const body = nodes.map((node) => {
    const properties = allProperties(node).map(([name, term]) => {
      if ('iri' in term) return `    <${name} rdf:resource="${escapeXml(term.iri)}"/>`;
      const lang = term.lang ? ` xml:lang="${term.lang}"` : '';
      const datatype = term.datatype ? ` rdf:datatype="${expand(term.datatype)}"` : '';
      return `    <${name}${lang}${datatype}>${escapeXml(term.value)}</${name}>`;
    });
    return `  <${node.type} rdf:about="${escapeXml(node.id)}">\n${properties.join('\n')}\n  </${node.type}>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF${namespaces}>\n${body.join('\n')}\n</rdf:RDF>\n`;
}

/** JSON-LD with the prefixes as its context and one object per node in `@graph`. */
export function toJsonLd(nodes: readonly RdfNode[]): string {
  const graph = nodes.map((node) => {
    const values = new Map<QName, unknown[]>();
    for (const [name, term] of node.properties) {
      const value =
        'iri' in term
          ? { '@id': term.iri }
          : {
              '@value': term.value,
              ...(term.lang ? { '@language': term.lang } : {}),
              ...(term.datatype ? { '@type': term.datatype } : {}),
            };
      values.set(name, [...(values.get(name) ?? []), value]);
    }
    return {
      '@id': node.id,
      '@type': node.also ? [node.type, ...node.also] : node.type,
      ...Object.fromEntries(values),
    };
  });
  return `${JSON.stringify({ '@context': PREFIXES, '@graph': graph }, null, 2)}\n`;
}
