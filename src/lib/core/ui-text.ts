/**
 * The site's own words, the ones every page shares: frame, navigation, markers and chart
 * texts. Words for the content model (statuses, kinds) live in `labels.ts`.
 */

export const SITE = {
  name: 'Insyn',
  owner: 'Region Jämtland Härjedalen',
  description: 'Region Jämtland Härjedalens öppna uppföljning av planer, uppdrag och nyckeltal.',
  skipLink: 'Hoppa till innehållet',
  navLabel: 'Huvudmeny',
  breadcrumbLabel: 'Du är här',
  footerLabel: 'Om webbplatsen',
};

/** Main navigation, in the order shown. */
export const NAV = [
  { href: '/planer/', label: 'Planer' },
  { href: '/rapporter/', label: 'Rapporter' },
  { href: '/beslut/', label: 'Beslut' },
  { href: '/dokument/', label: 'Dokument' },
  { href: '/nyckeltal/', label: 'Nyckeltal' },
];

export const SEARCH = {
  action: '/sok/',
  label: 'Sök på webbplatsen',
  hint: 'Ord eller diarienummer',
  button: 'Sök',
};

export const FOOTER_LINKS = [
  { href: '/om/', label: 'Om webbplatsen' },
  { href: '/tillganglighet/', label: 'Tillgänglighetsredogörelse' },
  { href: '/oppna-data/', label: 'Öppna data' },
  { href: '/senaste-andringar/', label: 'Senaste ändringar' },
];

/** Marker on entries whose details are not in the source documents. */
export const EXAMPLE = {
  label: 'Exempel',
  /** Hidden text after the small marker in lists, so it is not read as a bare word. */
  listHint: 'innehåller exempel som inte finns i underlagen',
};

export const EARLIER_PLAN = 'Tidigare plan';
export const CURRENT_PLAN = 'Senaste plan';

export const CHART = {
  download: 'Ladda ner',
  csv: 'tabellen som CSV',
  svg: 'diagrammet som SVG',
  notMeasurable: 'går ej att mäta',
  target: 'Målvärde',
  /** Written on the chart beside the target's line: "Mål 95 %". */
  targetShort: 'Mål',
  showTable: 'Visa tabell',
  source: 'Källa',
};

/** Linking to and citing a chart or an item. */
export const CITE = {
  link: 'Kopiera länk',
  how: 'Så citerar du',
};

export const DATE_NOT_IN_SOURCES = 'Datum finns inte i underlagen';
