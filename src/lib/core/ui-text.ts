/**
 * The site's own words, the ones every page shares: frame, navigation, markers and chart
 * texts. Words for the content model (statuses, kinds) live in `labels.ts`.
 */

export const SITE = {
  /** Before the date on a printout, filled in when the page is printed. */
  printed: 'utskriven',
  name: 'Insyn',
  owner: 'Region Jämtland Härjedalen',
  description: 'Region Jämtland Härjedalens öppna uppföljning av planer, uppdrag och nyckeltal.',
  skipLink: 'Hoppa till innehållet',
  navLabel: 'Huvudmeny',
  /** The disclosure that holds the navigation and search on a phone. */
  menu: 'Meny',
  breadcrumbLabel: 'Du är här',
  footerLabel: 'Om webbplatsen',
};

/** Main navigation, in the order shown. */
export const NAV = [
  { href: '/planer/', label: 'Planer' },
  { href: '/uppdrag/', label: 'Uppdrag' },
  { href: '/nyckeltal/', label: 'Nyckeltal' },
  { href: '/rapporter/', label: 'Rapporter' },
  { href: '/beslut/', label: 'Beslut' },
  { href: '/dokument/', label: 'Dokument' },
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
  { href: '/om/begrepp/', label: 'Begrepp' },
  { href: '/om/exempel/', label: 'Vilka delar är exempel?' },
  { href: '/oppna-data/', label: 'Öppna data' },
  { href: '/senaste-andringar/', label: 'Senaste ändringar' },
];

/** Marker on entries whose details are not in the source documents. */
export const EXAMPLE = {
  label: 'Exempel',
  /** The quiet mark beside an entry in a list; its meaning is said above the list. */
  mark: 'exempel',
  /** Hidden text after the small marker in lists, so it is not read as a bare word. */
  listHint: 'innehåller exempel, uppgifter som inte finns i regionens dokument',
  /** Above a list where some entries are examples. */
  listSome: 'Poster märkta exempel innehåller påhittade uppgifter som inte finns i regionens dokument.',
  /** Above a list where every entry is an example. */
  listAll: 'Alla poster i listan innehåller exempel: påhittade uppgifter som inte finns i regionens dokument.',
  more: 'Vilka delar är exempel?',
  /** The summary of a plan's folded note on what in it is illustrative. */
  planFold: 'vad i planen som är påhittat',
  /** The page that says which parts of the site are examples. */
  href: '/om/exempel/',
  /** The notice on every page, in the manner of GOV.UK's phase banner. */
  banner:
    'Delar av innehållet är exempel: påhittade värden och texter som visar hur uppföljningen kommer att se ut. Siffror och beslut från regionens dokument är riktiga.',
  bannerLink: 'Se vilka delar som är exempel',
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
  /** Above the source of a downloaded drawing whose values are made up. */
  exampleBanner: 'EXEMPEL – påhittade värden',
  /** Under a chart of made-up values on a page: what that means for whoever copies them. */
  exampleNote:
    'Värdena visar hur uppföljningen kommer att se ut och finns inte i regionens dokument. Citera dem inte som fakta.',
  /** Last column of every chart CSV: ja when the row's values are examples. */
  exampleColumn: 'exempel',
};

/** Linking to and citing a chart or an item. */
export const CITE = {
  link: 'Kopiera länk',
  how: 'Så citerar du',
};

/** Atom feeds offered on the pages they apply to. */
export const FEEDS = {
  follow: 'Följ med i en flödesläsare',
  site: { href: '/flode.xml', label: 'nya rapporter och beslut (Atom-flöde)' },
  plan: 'nya rapporter och beslut om planen (Atom-flöde)',
};

export const DATE_NOT_IN_SOURCES = 'Datum saknas i källan';
/** The value of a fact (as Datum or Diarienummer) that the source does not give. */
export const MISSING_IN_SOURCE = 'Saknas i källan';
