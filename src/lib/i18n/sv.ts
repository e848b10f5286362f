/**
 * The interface in Swedish: every word the site itself says, grouped by where it is said
 * (the frame, each page or family of pages, the components, the charts). Texts with a count
 * or a name in them are small functions. Words for the content model (statuses, kinds)
 * live in `#lib/core/labels.ts`; the content's own words come from content/.
 */

import { capitalize, genitive } from '#lib/core/format.ts';
import type { KindWords } from '#lib/core/organisation-words.ts';
import type { TermGroup } from '#lib/core/glossary.ts';

const site = {
  /** Before the date on a printout, filled in when the page is printed. */
  printed: 'utskriven',
  name: 'Insyn',
  /** The default description of a page: whose follow-up the site is. */
  description: (owner: string) => `${genitive(owner)} öppna uppföljning av planer, uppdrag och nyckeltal.`,
  skipLink: 'Hoppa till innehållet',
  /** The start page's step in the breadcrumbs. */
  home: 'Start',
  navLabel: 'Huvudmeny',
  /** The disclosure that holds the navigation and search on a phone. */
  menu: 'Meny',
  /** The search link beside the menu on a phone, in the header that stays on screen. */
  searchLink: 'Sök',
  /** At the end of a long page, back to its start. */
  toTop: 'Till toppen',
  /** The name of the example notice's region, under the header. */
  exampleRegion: 'Om exemplen',
  breadcrumbLabel: 'Du är här',
  footerLabel: 'Om webbplatsen',
};

/** The open data's title: in the catalogue, the downloads and the readme of each zip file. */
const DATASET_TITLE = 'Insyn: planer, uppdrag och nyckeltal';

/** The glossary's groups of terms; each id is the anchor of its entry on /om/begrepp/, the same in every language. */
const GLOSSARY_GROUPS: TermGroup[] = [
  {
    id: 'status',
    title: 'Status för uppdrag och nyckeltal',
    intro:
      'Vid varje uppföljning, som tertialrapporten per april, bedömer den enhet som ansvarar för uppdraget eller nyckeltalet hur det går, och skriver en kommentar som förklarar bedömningen. Bedömningarna samlas i en rapport till regionstyrelsen.',
    terms: [
      {
        id: 'helt-uppfyllt',
        term: 'Helt uppfyllt',
        definition: 'Uppdraget är genomfört, eller nyckeltalet har nått sitt målvärde vid uppföljningen.',
      },
      {
        id: 'delvis-uppfyllt',
        term: 'Delvis uppfyllt',
        definition:
          'Arbetet pågår eller en del är gjord, men uppdraget är inte genomfört fullt ut; för ett nyckeltal: värdet är på väg mot målvärdet men har inte nått det.',
      },
      {
        id: 'ej-uppfyllt',
        term: 'Ej uppfyllt',
        definition: 'Uppdraget eller nyckeltalet når inte det som planen kräver vid uppföljningen.',
      },
      {
        id: 'gar-ej-att-mata',
        term: 'Går ej att mäta',
        definition:
          'Nyckeltalet kan inte mätas ännu vid uppföljningen, till exempel för att uppgifterna kommer först vid årets slut. Det är inget misslyckande och visas aldrig som noll.',
      },
    ],
  },
  {
    id: 'plan',
    title: 'Planer och mått',
    terms: [
      {
        id: 'uppdrag',
        term: 'Uppdrag',
        definition:
          'Något som en plan säger att styrelsen eller en nämnd ska göra under året. Äldre planer kallade motsvarande mål för resultatmål.',
      },
      {
        id: 'nyckeltal',
        term: 'Nyckeltal',
        definition:
          'Ett mått som visar hur det går, med ett målvärde att jämföra med. Äldre planer kallade motsvarande mått för mätetal.',
      },
      {
        id: 'kortsiktigt',
        term: 'Kortsiktigt nyckeltal',
        definition: 'Ett nyckeltal i årets plan för styrelsen eller en nämnd, som följs upp under året.',
      },
      {
        id: 'langsiktigt',
        term: 'Långsiktigt nyckeltal',
        definition:
          'Ett nyckeltal i regionplanen, som regionfullmäktige antar för tre år, som visar hur ett område utvecklas över flera år. Ofta statistik från Kolada.',
      },
      {
        id: 'malvarde',
        term: 'Målvärde',
        definition: 'Det värde som planen vill att nyckeltalet ska nå ett visst år.',
      },
      {
        id: 'utfall',
        term: 'Utfall',
        definition: 'Nyckeltalets faktiska värde vid en uppföljning.',
      },
      {
        id: 'aktivitet',
        term: 'Aktivitet',
        definition:
          'Det som verksamheten gör för att genomföra ett uppdrag eller nå ett nyckeltal. En aktivitet är planerad, pågående enligt plan, försenad eller genomförd.',
      },
      {
        id: 'tertialrapport',
        term: 'Tertialrapport, delårsrapport och årsredovisning',
        definition:
          'Uppföljningarna under året: läget per april (tertialrapport), per augusti (delårsrapport) och för hela året (årsredovisning).',
      },
    ],
  },
  {
    id: 'pengar',
    title: 'Pengar och statistik',
    terms: [
      { id: 'mnkr', term: 'mnkr', expansion: 'miljoner kronor', definition: 'Miljoner kronor.' },
      {
        id: 'kr-inv',
        term: 'kr/inv',
        expansion: 'kronor per invånare',
        definition: 'Kronor per invånare: kostnaden delad med antalet invånare i regionen den 31 december.',
      },
      {
        id: 'lopande-priser',
        term: 'Löpande priser',
        definition:
          'Kronor som de var värda det året, utan justering för att priserna stiger. Ett värde från 2010 och ett från 2023 är därför inte direkt jämförbara.',
      },
      {
        id: 'nettokostnad',
        term: 'Nettokostnad',
        definition: 'Kostnaderna minus intäkterna, som avgifter och ersättningar.',
      },
      {
        id: 'median',
        term: 'Median och spridning',
        definition:
          'När regionerna jämförs är medianen det mittersta värdet av de 21 regionernas, och spridningen går från den lägsta regionen till den högsta.',
      },
      {
        id: 'kolada',
        term: 'Kolada',
        definition:
          'Den nationella databasen med nyckeltal för kommuner och regioner, som drivs av RKA (Rådet för främjande av kommunala analyser).',
      },
    ],
  },
  {
    id: 'beslut',
    title: 'Beslut och organ',
    terms: [
      {
        id: 'diarienummer',
        term: 'Diarienummer',
        definition:
          'Ärendets nummer i diariet, som RS/595/2023: organet, löpnumret och året. Ett ärende kan ha flera beslut och dokument.',
      },
      {
        id: 'paragraf',
        term: '§ (paragraf)',
        definition:
          'Beslutets nummer i sammanträdets protokoll. Ett beslut känns igen på organ, datum och paragraf, som RS 2023-11-08 § 194.',
      },
    ],
  },
];

/**
 * The glossary's definitions that name the organisation's kind: for a kommun, kommunstyrelsen and
 * kommunerna instead of regionstyrelsen and regionerna.
 */
const GLOSSARY_IN_KIND: Record<string, (w: KindWords) => string> = {
  langsiktigt: (w) =>
    `Ett nyckeltal i den plan som ${w.council} antar för flera år, som visar hur ett område utvecklas över flera år. Ofta statistik från Kolada.`,
  'kr-inv': (w) => `Kronor per invånare: kostnaden delad med antalet invånare i ${w.the} den 31 december.`,
  median: (w) =>
    `När ${w.peers} jämförs är medianen det mittersta värdet av alla ${w.peers}s, och spridningen går från den lägsta till den högsta.`,
};

export const sv = {
  site,

  /** The frame around every page (src/layouts/Base.astro). */
  frame: {
    feedTitle: (name: string) => `${name}: rapporter och beslut`,
    changesFeedTitle: (name: string) => `${name}: senaste ändringar`,
    publishedBy: (name: string, owner: string) =>
      `${name} publiceras av ${owner}. Webbplatsen sparar inget i din webbläsare och hämtar inget från andra webbplatser.`,
  },

  /** Main navigation, in the order shown. */
  nav: [
    { href: '/planer/', label: 'Planer' },
    { href: '/uppdrag/', label: 'Uppdrag' },
    { href: '/nyckeltal/', label: 'Nyckeltal' },
    { href: '/rapporter/', label: 'Rapporter' },
    { href: '/beslut/', label: 'Beslut' },
    { href: '/dokument/', label: 'Dokument' },
  ],

  search: {
    action: '/sok/',
    label: 'Sök på webbplatsen',
    hint: 'Ord eller diarienummer',
    button: 'Sök',
    /** After the hint: an example of a diarienummer. */
    hintExample: 'till exempel RS/595/2023',
  },

  footerLinks: [
    { href: '/om/', label: 'Om webbplatsen' },
    { href: '/tillganglighet/', label: 'Tillgänglighetsredogörelse' },
    { href: '/om/begrepp/', label: 'Begrepp' },
    { href: '/om/exempel/', label: 'Vilka delar är exempel?' },
    { href: '/oppna-data/', label: 'Öppna data' },
    { href: '/senaste-andringar/', label: 'Senaste ändringar' },
    { href: '/lattlast/', label: 'Lättläst' },
  ],

  /**
   * The easy-to-read page (/lattlast/), after Myndigheten för tillgängliga medier's guidance:
   * short sentences, common words, one thought per sentence. Each list is one sentence per line.
   */
  easyRead: {
    title: 'Lättläst',
    heading: 'Insyn på lättläst svenska',
    description: (owner: string) => `Lättläst text om Insyn och om hur det går för ${genitive(owner)} plan.`,
    /** The link from the start page. */
    startLink: 'Läs om Insyn på lättläst svenska',
    whatHeading: 'Vad är Insyn?',
    what: (owner: string) => [
      'Insyn är en webbplats.',
      `${owner} har gjort webbplatsen.`,
      'Här kan du se vad politikerna har bestämt.',
      'Du kan också se hur det har gått.',
    ],
    planHeading: 'Vad är en plan?',
    plan: (words: KindWords) => [
      `Politikerna bestämmer vad ${words.the} ska göra.`,
      'De skriver det i en plan.',
      'I planen finns uppdrag.',
      'Ett uppdrag är något som ska göras.',
      'I planen finns också nyckeltal.',
      'Ett nyckeltal är en siffra.',
      'Siffran visar hur det går.',
    ],
    howHeading: 'Hur gick det?',
    notYet: 'Ingen plan har följts upp än.',
    followedUp: (plan: string, period: string) => [
      `Den senaste uppföljningen gäller planen ${plan}.`,
      `Den visar hur det var ${period}.`,
    ],
    uppdragTotal: (count: number) => `Planen har ${count} uppdrag.`,
    uppdrag: {
      'helt-uppfyllt': (count: number) => `${count} ${count === 1 ? 'uppdrag är klart' : 'uppdrag är klara'}.`,
      'delvis-uppfyllt': (count: number) =>
        `${count} ${count === 1 ? 'uppdrag är klart' : 'uppdrag är klara'} till en del.`,
      'ej-uppfyllt': (count: number) => `${count} ${count === 1 ? 'uppdrag är inte klart' : 'uppdrag är inte klara'}.`,
      'gar-ej-att-mata': (count: number) => `${count} uppdrag gick inte att följa upp.`,
    },
    nyckeltalTotal: (count: number) => `Planen har ${count} nyckeltal.`,
    /** When none of the plan's uppdrag and nyckeltal is on the site: the report tells how it went. */
    noItems: ['Uppdragen och nyckeltalen finns inte här än.', 'Rapporten berättar hur det gick.'],
    nyckeltal: {
      'helt-uppfyllt': (count: number) => `${count} nyckeltal nådde målet.`,
      'delvis-uppfyllt': (count: number) => `${count} nyckeltal nådde en del av målet.`,
      'ej-uppfyllt': (count: number) => `${count} nyckeltal nådde inte målet.`,
      'gar-ej-att-mata': (count: number) => `${count} nyckeltal gick inte att mäta.`,
    },
    unreported: (count: number) => `${count} har ingen uppföljning än.`,
    report: 'Du kan läsa hela rapporten:',
    moreHeading: 'Vill du veta mer?',
    more: 'Det finns mer att läsa på webbplatsen.',
    notEasy: 'Den texten är inte lättläst.',
    plans: 'Alla planer finns på sidan',
    plansLink: 'Planer',
    search: 'Du kan söka efter ord på sidan',
    searchLink: 'Sök',
    ask: 'Du kan också fråga oss.',
    askLink: 'Så kontaktar du oss',
  },

  /** The interface's own language: the header's switch and, on English pages, the content's language. */
  interfaceLanguage: {
    /** The switch to this page in the other interface language, named in that language. */
    switchTo: 'English',
    /** Near the top of every page whose interface is not Swedish: the content stays Swedish. */
    contentInSwedish: 'Innehållet (planer, uppdrag, nyckeltal, rapporter och beslut) är på svenska.',
  },

  /** The footer's list of information pages in other languages (content/sidor/). */
  languages: {
    label: 'Språk',
    /** After a page's own title, in Swedish: "(sydsamiska)". */
    name: (language: string) => `(${language})`,
    /** Under an information page, in Swedish: who translated it and when. */
    translatedBy: (translator: string, date?: string) => `Översättning: ${translator}${date ? `, ${date}` : ''}.`,
    /** Under an information page, in Swedish: the page's language. */
    pageIn: (language: string) => `Sidan är på ${language}.`,
  },

  /** Marker on entries whose details are not in the source documents. */
  example: {
    label: 'Exempel',
    /** The quiet mark beside an entry in a list; its meaning is said above the list. */
    mark: 'exempel',
    /** Hidden text after the small marker in lists, so it is not read as a bare word. */
    listHint: (w: KindWords) => `innehåller exempel, uppgifter som inte finns i ${w.theirs} dokument`,
    /** Above a list where some entries are examples. */
    listSome: (w: KindWords) =>
      `Poster märkta exempel innehåller påhittade uppgifter som inte finns i ${w.theirs} dokument.`,
    /** Above a list where every entry is an example. */
    listAll: (w: KindWords) =>
      `Alla poster i listan innehåller exempel: påhittade uppgifter som inte finns i ${w.theirs} dokument.`,
    more: 'Vilka delar är exempel?',
    /** The one line of an entry's example box; the entry's own text folds beneath it. */
    entrySummary: 'Delar av posten är påhittade. Visa vad som är exempel och vad som kommer från källorna',
    /** The summary of a plan's folded note on what in it is illustrative. */
    planFold: 'vad i planen som är påhittat',
    /** The page that says which parts of the site are examples. */
    href: '/om/exempel/',
    /** The notice on every page, in the manner of GOV.UK's phase banner. */
    /** One line on a phone: which kinds of thing are real and which are invented. */
    banner: 'Beslut, dokument och antal är riktiga. Det som är märkt exempel är påhittat.',
    /** Folded under the banner: what is real. */
    bannerReal: (w: KindWords) =>
      `Riktiga: beslut, diarienummer och dokument, antalet uppdrag, nyckeltal och aktiviteter, antalet per status i rapporterna, ${w.theirs} ekonomiska resultat och Koladas statistik.`,
    /** Folded under the banner: what is invented. */
    bannerInvented: (w: KindWords) =>
      `Påhittade (exempel): de enskilda uppdragens och nyckeltalens texter, status, utfall och målvärden, och de uppföljningar som ännu inte finns i ${w.theirs} dokument. Varje sådant värde är märkt exempel där det står.`,
    bannerLink: 'Se vilka delar som är exempel och var de riktiga uppgifterna kommer ifrån',
  },

  /** A plan's badge: its body's newest plan or an earlier one. */
  planBadge: {
    earlier: 'Tidigare plan',
    current: 'Senaste plan',
  },

  chart: {
    download: 'Ladda ner',
    csv: 'tabellen som CSV',
    svg: 'diagrammet som SVG',
    notMeasurable: 'går ej att mäta',
    target: 'Målvärde',
    /** Written on the chart beside the target's line: "Mål 95 %". */
    targetShort: 'Mål',
    showTable: 'Visa tabell',
    /** How long the folded table is, after "Visa tabell". */
    rows: (count: number) => `${count} ${count === 1 ? 'rad' : 'rader'}`,
    source: 'Källa',
    /** Above the source of a downloaded drawing whose values are made up. */
    exampleBanner: 'EXEMPEL – påhittade värden',
    /** Under a chart of made-up values on a page: what that means for whoever copies them. */
    exampleNote: (w: KindWords) =>
      `Värdena visar hur uppföljningen kommer att se ut och finns inte i ${w.theirs} dokument. Citera dem inte som fakta.`,
    /** Last column of every chart CSV: ja when the row's values are examples. */
    exampleColumn: 'exempel',
    /** Last column of a chart CSV whose chart names its source: the source, on every row. */
    sourceColumn: 'källa',
  },

  /** A chart shown alone, framed on another site, and the code that frames it. */
  embed: {
    /** The embed page's title: the chart's, and what the page is. */
    pageTitle: (title: string) => `${title} – diagram att bädda in`,
    /** The frame's accessible name in the code other sites copy. */
    frameTitle: (title: string) => `Diagram: ${title}`,
    /** Under the framed chart: back to the page that explains it. */
    back: (site: string) => `Se diagrammet med förklaring på ${site}`,
    heading: 'Bädda in diagrammet',
    help: 'Kopiera koden och klistra in den på din webbplats. Diagrammet visas med tabell, källa och en länk hit.',
    codeLabel: 'Kod att kopiera',
  },

  /** Linking to and citing a chart or an item. */
  cite: {
    link: 'Kopiera länk',
    how: 'Så citerar du',
    /** Said (and shown) once a copy is made, or when the browser refused it. */
    copiedLink: 'Länken är kopierad.',
    copyCitation: 'Kopiera källhänvisning',
    copiedCitation: 'Källhänvisningen är kopierad.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    /** Before the day the cited content last changed: the entry's own, or the whole site's. */
    changed: { entry: 'Innehållet senast ändrat', site: 'Webbplatsens innehåll senast ändrat' },
    /** Before the press contact, beside the citation a journalist copies. */
    press: 'Frågor från journalister:',
    /** The day the cited figures were reported. */
    reported: (day: string) => `Rapporterat ${day}`,
  },

  /** Atom feeds offered on the pages they apply to. */
  feeds: {
    follow: 'Följ med i en flödesläsare',
    site: { href: '/flode.xml', label: 'nya rapporter och beslut (Atom-flöde)' },
    plan: 'nya rapporter och beslut om planen (Atom-flöde)',
    /** A feed opened in a browser, shown as a page by the feed stylesheet. */
    page: {
      kind: 'Det här är ett flöde',
      titleSuffix: 'flöde att prenumerera på',
      whatHeading: 'Vad är ett flöde?',
      what: 'Ett flöde (Atom) är en lista över det som publiceras här, som en flödesläsare hämtar åt dig. Du får veta när något nytt kommer, utan att besöka webbplatsen. Flödet innehåller inga personuppgifter om dig.',
      howHeading: 'Så prenumererar du',
      copy: 'Kopiera flödets adress:',
      paste: 'Klistra in adressen i din flödesläsare, till exempel Feedly, Inoreader eller Thunderbird.',
      mail: 'Vill du hellre få nyheterna som e-post? E-postprogrammen Outlook och Thunderbird kan prenumerera på flöden: lägg till adressen som ett RSS-flöde, så kommer varje nyhet som ett meddelande.',
      latestHeading: 'Senast publicerat',
      none: 'Inget är publicerat i flödet ännu.',
      back: 'Till webbplatsen',
    },
  },

  /** What the sources do not give. */
  source: {
    dateMissing: 'Datum saknas i källan',
    /** The value of a fact (as Datum or Diarienummer) that the source does not give. */
    missing: 'Saknas i källan',
  },

  /**
   * Content history: an entry's change history, the frozen versions of pages under /arkiv/,
   * the recent changes and items followed across years (src/lib/history/). The notes that
   * say what a change did are Swedish grammar, in `#lib/history/history-text.ts`.
   */
  history: {
    /** What a change did to an entry, when it has no notes of its own. */
    kinds: {
      added: 'Tillagd',
      modified: 'Ändrad',
      deleted: 'Borttagen',
      renamed: 'Nytt id',
    },
    text: {
      heading: 'Ändringshistorik',
      lastChanged: 'Senast ändrad',
      source:
        'Historiken kommer från versionshanteringen (git) som innehållet publiceras genom. Varje ändring visas med datum och vad som ändrades.',
      unavailable:
        'Ändringshistoriken är inte tillgänglig i den här versionen av webbplatsen: den byggdes utan innehållets fullständiga versionshistorik, så inga ändringsdatum kan visas.',
      noChanges: 'Posten har inga publicerade ändringar i versionshistoriken ännu.',
      showChange: 'Visa ändring',
      /** The folded list's summary: the list grows with every publication, so it is closed at first. */
      allChanges: (count: number) => (count === 1 ? 'Visa ändringen' : `Visa alla ${count} ändringar`),
    },
    /** The frozen versions of pages under /arkiv/ (src/lib/history/archive.ts) and how they are cited. */
    archive: {
      /** At the top of a frozen page, before the link to the live page. */
      notice: (day: string) => `Så här såg sidan ut den ${day}.`,
      newer: 'Det finns en nyare version.',
      /** Under the notice: the page shows other entries as of its day, but its links lead to today's pages. */
      links: 'Länkarna leder till sidorna som de ser ut i dag.',
      /** In the citation: the version cited, by the day it stood for. */
      version: (day: string) => `Version från ${day}`,
      /** In the change history: the earlier versions, each a page of its own. */
      earlier: 'Tidigare versioner',
      earlierIntro:
        'Varje tidigare version av sidan finns kvar med sitt datum, så att en hänvisning till den visar samma siffror även när sidan ändras.',
      /** Under the list on the live page: what happens to the version shown now. */
      keptLater: 'När sidan ändras finns den här versionen kvar under Tidigare versioner, med sitt datum.',
      /** The version a frozen page shows, in the list of versions. */
      thisVersion: '(den här versionen)',
      latest: 'Nyaste versionen',
    },
    recent: {
      title: 'Senaste ändringar',
      description:
        'De senaste ändringarna av innehållet på Insyn: uppdrag, nyckeltal, planer, rapporter, beslut och dokument.',
      intro:
        'Ändringar av innehållet på webbplatsen, de senaste först. Varje posts sida visar hela dess ändringshistorik.',
      /** How much of the history the list shows, said plainly. */
      scope: (shown: number, total: number) =>
        shown === total
          ? `Listan visar alla ${total} ändringar av innehållet.`
          : `Listan visar de ${shown} senaste av sammanlagt ${total} ändringar av innehållet.`,
      feed: 'Följ ändringarna med ett flöde (Atom)',
      changedEntries: 'Ändrade poster',
      more: (count: number) => `och ${count} ${count === 1 ? 'post' : 'poster'} till`,
      gone: 'finns inte längre på webbplatsen',
      sharedChange: (note: string, count: number) => `${note} för ${count} poster`,
      changedCount: (count: number) => `${count} ${count === 1 ? 'post' : 'poster'} ändrade`,
      feedSubtitle: (name: string) => `Ändringar av innehållet på Insyn, ${genitive(name)} öppna uppföljning.`,
    },
    lineage: {
      label: 'Över åren',
      intro: (noun: string) => `Samma ${noun} i flera års planer, från det äldsta till det senaste:`,
    },
  },

  /**
   * What the charts say (src/lib/charts/): titles, summaries and the columns of their tables.
   * A chart's downloads (CSV, SVG) and embed page are shared files, drawn from the Swedish texts.
   */
  charts: {
    status: {
      status: 'Status',
      /** What a column says when its group has no such status at all (not a count of zero). */
      notInGroup: 'gäller inte',
      reportTitle: (kinds: string[], when: string) => `${capitalize(kinds.join(' och '))} per status, ${when}`,
      /** `Per april 2024 var 2 av 38 uppdrag helt uppfyllda …`: the period, and the counts in words. */
      summary: (when: string, counts: string) => `${capitalize(when)} var ${counts}.`,
      reportCaption: (when: string, report: string) => `Antal per status ${when}, enligt ${report}`,
      planTitle: (nouns: string) => `${capitalize(nouns)} per status och uppföljning`,
      planCaption: (nouns: string, plan: string) => `${capitalize(nouns)} i ${plan} per status och uppföljning`,
      /** After the summary: the periods the plan follows up that have no report yet. */
      pending: (periods: string) => ` Insyn har ingen rapport ${periods}.`,
      activitiesTitle: 'Aktiviteter per status',
      activitiesCaption: 'Antal aktiviteter per status och uppföljning',
    },
    /** The counts in words, as the reports put them: "2 av 38 uppdrag helt uppfyllda, …". */
    counts: {
      /** After the first count: of how many. */
      of: (total: string) => ` av ${total}`,
      unreported: (count: string) => `${count} utan rapporterad status`,
    },
    nyckeltal: {
      resultCaption: (title: string, plans: string | undefined) =>
        `${title}: utfall, målvärde och status per uppföljning${plans ? `, i ${plans}` : ''}`,
      period: 'Period',
      plan: 'Plan',
      result: 'Utfall',
      target: 'Målvärde',
      status: 'Status',
      /** A column's heading with the unit of its values: `Utfall (%)`. */
      withUnit: (label: string, unit: string) => `${label} (${unit})`,
      noTarget: 'inget målvärde',
      resultTitle: 'Utfall mot målvärde',
      linesTitle: 'Utfall och målvärde per uppföljning',
      linesAcrossPlans: 'Utfall och målvärde per uppföljning, genom åren',
      seriesTitle: (names: string, w: KindWords | undefined) =>
        `${names} per år${w ? `, jämfört med alla ${w.many}` : ''}`,
      /** One series's latest value in the summary: `3 580 kr/inv för Riket (2022)`. */
      latestValue: (value: string, name: string, year: number) => `${value} för ${name} (${year})`,
      seriesSummary: (latest: readonly string[], hasTargets: boolean, rankText: string) =>
        `Senaste värdena är ${latest.join(' och ')}${hasTargets ? '' : '; planen anger inget målvärde'}.${rankText}`,
      seriesCaption: (
        title: string,
        unit: string,
        kronor: boolean,
        compared: { count: number; w: KindWords } | undefined,
      ) =>
        `${title} per år (${unit}${kronor ? ', löpande priser' : ''})${compared ? `, med median, lägsta och högsta värde bland ${compared.count} ${compared.w.many}` : ''}`,
      year: 'År',
      missing: 'uppgift saknas',
      lowest: (w: KindWords, unit: string) => `Lägsta ${w.one} (${unit})`,
      highest: (w: KindWords, unit: string) => `Högsta ${w.one} (${unit})`,
      /** Which place is 1, in the table's column heading. */
      place: (direction: 'lower' | 'higher') => `Plats (${direction === 'lower' ? '1 = lägst' : '1 = högst'})`,
      placeIn: (county: string) => `Plats i ${county}`,
      placeOf: (place: number, of: number) => `${place} av ${of}`,
      /**
       * How a place reads: "Plats 14 av 21 bland regionerna 2022, där plats 1 har lägst värde."
       * A kommun's adds its place in the county: "… bland kommunerna 2022 och plats 3 av 8 i Västernorrlands län, …".
       */
      rank: (
        rank: { place: number; of: number; year: number },
        direction: 'lower' | 'higher',
        w: KindWords,
        inCounty: { place: number; of: number; name: string } | undefined,
      ) =>
        `Plats ${rank.place} av ${rank.of} bland ${w.peers} ${rank.year}${inCounty ? ` och plats ${inCounty.place} av ${inCounty.of} i ${inCounty.name}` : ''}, där plats 1 har ${direction === 'lower' ? 'lägst' : 'högst'} värde.`,
    },
    /** The words of the comparison with all regions or kommuner. */
    comparison: {
      median: (w: KindWords) => `Median för ${w.peers}`,
      /** Short enough for the legend of a 300-unit drawing (about 30 characters of chart text). */
      band: (count: number, w: KindWords) => `Lägsta–högsta av ${count} ${w.many}`,
    },
  },

  /** A nyckeltal's latest result against its target, and what its source gives (src/lib/views/nyckeltal-view.ts). */
  nyckeltalView: {
    equal: 'lika med målvärdet',
    /** A difference in percent is in percentage points. */
    points: (amount: string) => `${amount} procentenheter`,
    distance: (amount: string, above: boolean) => `${amount} ${above ? 'över' : 'under'} målvärdet`,
    target: (year: number, value: string) => `Målvärdet för ${year} är ${value}`,
    noTarget: (year: number) => `Planen anger inget målvärde för ${year}`,
    notMeasurable: (when: string, target: string) => `Nyckeltalet gick inte att mäta ${when}. ${target}.`,
    result: (when: string, value: string, target: string, distance: string | undefined) =>
      `Utfallet ${when} var ${value}. ${target}${distance ? `, så utfallet är ${distance}` : ''}.`,
    /** After the source's name: when its values were fetched. */
    retrieved: (day: string) => `, hämtat ${day}`,
    /** After the source: which of its values are examples. */
    examples: (part: 'results' | 'series') => `${part === 'series' ? 'Värdena' : 'Målvärde och utfall'}: exempel.`,
  },

  /** A plan's own count of what it holds, and how its items are followed (src/lib/views/plan-view.ts). */
  planView: {
    /** After the count of uppdrag: where they come from, as `(20 från regionplanen och 18 egna)`. */
    origin: (fromRegionplan: number, own: number) => ` (${fromRegionplan} från regionplanen och ${own} egna)`,
    /** Beside a nyckeltal with no status that is followed with statistics. */
    followedBy: (source: string) => `Följs med statistik från ${source}`,
  },

  /** The plans, documents and reports filed under the same case as a decision (src/lib/views/decisions-view.ts). */
  cases: {
    plans: 'Planer i ärendet',
    documents: 'Dokument i ärendet',
    reports: 'Rapporter i ärendet',
  },

  /** What changed between two reports of a plan, in a sentence (src/lib/views/period-diff.ts). */
  periodDiff: {
    /** Each way a status can change, after a count: "1 fått bättre status". */
    changes: {
      battre: 'fått bättre status',
      samre: 'fått sämre status',
      'ej-jamforbar': 'gått till eller från ”går ej att mäta”',
      ny: 'fått en status som saknades i förra rapporten',
      utgar: 'inte fått någon status den här gången',
    },
    none: (many: string) => `Planen har inga ${many} här.`,
    same: (count: string) => `${count} har samma status som i förra rapporten`,
    never: (count: string) => `${count} saknar status i båda rapporterna`,
    /** Nothing changed: "Alla 5 uppdrag har samma status …", or with one item "1 uppdrag har …". */
    allSame: (of: string, single: boolean) => `${single ? of : `Alla ${of}`} har samma status som i förra rapporten.`,
    noneChanged: (of: string, rest: string) => `Inget av ${of} har ändrat status: ${rest}.`,
    changed: (of: string, parts: string) => `Av ${of} har ${parts}.`,
  },

  /**
   * The words the site uses that a visitor may not know, explained once (src/lib/core/glossary.ts):
   * the page /om/begrepp/ lists them, and pages link to or abbreviate them in place.
   */
  glossary: {
    groups: GLOSSARY_GROUPS,
    /** The link, on a page that shows status words, to what they mean. */
    statusHelp: 'Vad betyder statusarna?',
    /** The status group's intro, naming whom the follow-ups report to. */
    statusIntro: (w: KindWords) =>
      `Vid varje uppföljning (per april, per augusti och för helåret) bedömer den enhet som ansvarar för uppdraget eller nyckeltalet hur det går, och skriver en kommentar som förklarar bedömningen. Bedömningarna samlas i en rapport till ${w.board}.`,
    /**
     * The definitions that name the organisation's kind: for a kommun, kommunstyrelsen and
     * kommunerna instead of regionstyrelsen and regionerna.
     */
    inKind: GLOSSARY_IN_KIND,
    /** What fullmäktige and styrelse are, after their names, in the organisation's words. */
    council: (words: KindWords) => `${words.theirs} högsta beslutande organ, valt av invånarna.`,
    board: (words: KindWords) => `leder och samordnar ${words.theirs} verksamhet och ekonomi.`,
  },

  /**
   * What the open-data page says about the data, and what the data files say about themselves
   * with the same words (src/lib/open-data/): the files are shared, so they use the Swedish.
   */
  dataFiles: {
    /** What the open-data page says about each download's size and how much it holds: `12 rader, 3 kB`. */
    facts: {
      rows: { one: 'rad', many: 'rader' },
      records: { one: 'post', many: 'poster' },
      bytes: (count: string) => `${count} byte`,
      kilobytes: (count: string) => `${count} kB`,
    },
    /** Some entries fill gaps in the sources with examples: whoever reuses the data must be able to tell. */
    illustrativeNote:
      'Poster som har fältet illustrative är helt eller delvis exempel: texten i fältet säger vad som är exempel och vad som kommer från källorna. Varje post i JSON-filerna och varje rad i CSV-filerna har fältet example, som är true när posten eller raden innehåller exempel. För ett nyckeltal med fältet exampleFields gäller det bara de fälten och deras rader.',
    koladaCredit:
      'Årsvärdena i nyckeltalens serier (fältet series, filen nyckeltal-series.csv) för nyckeltal med Kolada som källa kommer från Kolada, den nationella databasen för kommuner och regioner som drivs av RKA. Ange "Källa: Kolada" när du visar dem oförändrade.',
    /** How often the data changes: with the follow-ups, three times a year, and when plans and decisions are added. */
    updateFrequency: 'När en ny uppföljning, plan eller ett nytt beslut publiceras.',
    /** What the columns that the exports add, beside the schema fields, hold. */
    addedColumns: {
      id: 'Postens id: filnamnet utan filändelse. Andra poster hänvisar till posten med detta id.',
      url: 'Postens sida på Insyn.',
      plan: 'Planen som posten hör till (samma som postens fält plan).',
      example:
        'true när raden innehåller exempel, alltså påhittade värden eller texter som inte finns i regionens dokument; false när allt på raden har en källa. Fältet illustrative säger vad som är exempel. I JSON-filerna har varje post samma fält, example.',
      recordKey: (collection: string, many: string) =>
        `Id för posten i ${many.toLowerCase()} (${collection}.csv) som raden hör till.`,
      text: (what: string) => `${what[0].toUpperCase()}${what.slice(1)}, som Markdown-text.`,
    },
    /** The `example` field of every JSON record, as its JSON Schema and the open-data page describe it. */
    exampleField:
      'true när posten innehåller exempel, alltså påhittade värden eller texter som inte finns i regionens dokument; false när allt i posten har en källa. Fältet illustrative säger vad som är exempel. CSV-filerna har samma uppgift i kolumnen example på varje rad.',
    /** The open-data page's table of each collection's fields (src/lib/open-data/open-data-docs.ts). */
    docs: {
      types: {
        text: 'text',
        number: 'tal',
        integer: 'heltal',
        date: 'datum, ÅÅÅÅ-MM-DD',
        'partial-date': 'datum, ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM när bara månaden är känd',
        url: 'webbadress',
        enum: 'ett av värdena nedan',
        ref: 'id',
        object: 'grupp av fält',
        list: 'lista',
        records: 'lista med poster',
      },
      /** A reference's type: `id i Planer (plans)`. */
      ref: (many: string, collection: string) => `id i ${many} (${collection})`,
      list: (item: string) => `lista med ${item}`,
      nullable: (type: string) => `${type}, eller null`,
      /** A list of records, exported as its own CSV file. */
      ownFile: (records: string, file: string) => `${records} (egen CSV-fil: ${file})`,
      boolean: 'true eller false',
      /** What one row of a CSV table is. */
      rowPerEntry: (many: string) => `en rad per post i ${many.toLowerCase()}`,
      rowPerNested: (list: string, nested: string) => `en rad per värde i ${list}[].${nested}`,
      rowPerValue: (list: string) => `en rad per värde i listan ${list}`,
      /** What an MDX text holds, when its collection does not name it. */
      text: 'texten',
    },
  },

  /** The search page's filters and the words its script writes (src/client/search.ts gets them from the page). */
  searchPage: {
    /** The filters, by the key used in the index and in the page's URL (`/sok/?typ=Beslut`). */
    filters: {
      typ: 'Typ',
      organ: 'Organ',
      plan: 'Plan',
      ar: 'År',
      status: 'Senaste status',
      strategi: 'Strategi',
    },
    /** Sort orders, by the value used in the URL (`sortering=nyast`); relevance is the default. */
    sorts: {
      relevans: 'Bäst träff först',
      nyast: 'Nyast först',
      aldst: 'Äldst först',
    },
    withoutExamples: 'Visa inte exempel',
    withoutExamplesHint: 'Bara uppgifter ur organisationens egna dokument, inga påhittade exempel.',
    /** What the script says: `{count}`, `{query}`, `{found}`, `{years}`, `{shown}` are filled in (search-status.ts). */
    script: {
      failed: 'Sökningen kunde inte köras. Ladda om sidan och försök igen, eller bläddra bland listorna nedan.',
      empty: 'Skriv ett sökord eller välj ett filter.',
      /** How many were found, without a full stop (`search-status.ts` finishes the sentence). */
      none: 'Inga träffar för {query}',
      one: '1 träff för {query}',
      many: '{count} träffar för {query}',
      noneFiltered: 'Inga träffar med de valda filtren',
      oneFiltered: '1 träff med de valda filtren',
      manyFiltered: '{count} träffar med de valda filtren',
      /** After "Inga träffar för …". */
      tryOther: 'Pröva ett annat ord, en kortare form av ordet eller färre filter.',
      /** While the older years are still loading: the newest years' hits, `{found}` one of the counts above. */
      fromYears: '{found} från {years}.',
      searchingOlder: 'Söker i äldre år …',
      olderFailed: 'Äldre år kunde inte sökas just nu. Sök igen för att försöka på nytt.',
      more: 'Visa fler träffar',
      /** After "Visa fler träffar", in brackets. */
      shown: '{shown} av {count} visas',
    },
    /** In the index's records: an example entry's mark and the first line of its searchable text. */
    records: {
      example: 'Exempel',
      exampleLine: 'Exempel: posten innehåller påhittade uppgifter (exempel).',
    },
  },

  components: {
    changeList: { noStatus: 'Ingen status', to: 'till' },
    contactList: {
      until: (w: KindWords) => `Till dess når du ${w.the} via`,
      website: (name: string) => `${name}s webbplats`,
    },
    /** The originals of a decision or a document, linked where the content gives their addresses. */
    sourceLinks: {
      heading: 'Originalhandlingar',
      intro: (owner: string) => `Handlingarna som ${owner} har publicerat:`,
      protocol: 'Protokollet från sammanträdet',
      case: (w: KindWords) => `Ärendet i ${w.theirs} diarium`,
      original: 'Originalfilen',
    },
    decisionCite: {
      dnr: (dnr: string) => `dnr ${dnr}`,
      dnrMissing: 'dnr saknas i källan',
    },
    decisionRegister: {
      filterLabel: 'Filtrera besluten',
      /** The filter's choice of every body or every year. */
      all: 'Alla',
      body: 'Organ',
      year: 'År',
      caption: (count: number) => `${count} beslut, det senaste först`,
      date: 'Datum',
      title: 'Rubrik',
      dnr: 'Diarienummer',
      dnrMissing: 'saknas i källan',
      /** Instead of an empty table, before the first decision is published. */
      none: 'Inga beslut är publicerade än.',
    },
    itemLinks: {
      decisions: 'Beslut',
      noDecision: 'Inget beslut är kopplat direkt till posten. Se besluten om planen.',
      documents: 'Dokument',
      reports: 'Rapporter',
    },
    itemPlace: { plan: 'Plan', strategy: 'Strategi' },
    itemsPerPlan: {
      filter: 'Filtrera per status och strategi på',
      planPage: 'planens sida',
      /** The plans no longer in use, listed by name: each lists its items on its own page. */
      older: {
        heading: 'Äldre planer',
        intro: 'Äldre planers listor finns på planernas egna sidor, där de kan filtreras.',
      },
    },
    periodStatuses: { until: 'till och med' },
    planFilter: {
      summary: 'Filtrera: välj status eller strategi',
      label: (words: string) => `Filtrera ${words}`,
      status: 'Senaste status',
      strategy: 'Strategi',
      all: 'Alla',
    },
    planLineage: {
      newest: (body: string) => `${body}s senaste plan är`,
      /** The body's name is lowercased inside the Swedish sentence: `Alla regionfullmäktiges planer`. */
      all: (body: string) => `Alla ${body.toLowerCase()}s planer, den senaste först:`,
    },
    statusTag: { none: 'Ingen status rapporterad' },
    transitionTable: { from: 'Från', to: 'Till', change: 'Förändring', count: 'Antal', unchanged: 'Oförändrad' },
  },
  pages: {
    activities: {
      kind: 'Aktiviteter',
      lead: (uppdrag: string, nyckeltal: string) =>
        `Verksamheten bryter ner planens ${uppdrag} och ${nyckeltal} i aktiviteter.`,
      activity: { one: 'aktivitet', many: 'aktiviteter' },
      stated: (count: string, w: KindWords) => ` Enligt ${w.theirs} dokument finns ${count}.`,
      leadEnd: 'De enskilda aktiviteterna publiceras inte här, bara hur många som har varje status.',
      plan: 'Plan',
      units: 'Enheter',
      source: 'Källa',
      noCounts: 'Inga antal är rapporterade ännu.',
    },
    decision: {
      kind: 'Beslut',
      body: 'Organ',
      meeting: 'Sammanträde',
      paragraph: 'Paragraf',
      dnr: 'Diarienummer',
      wording: 'Beslutet',
      wordingSource: 'Källa:',
      noWording: 'Källan återger inte beslutets ordalydelse. Sammanfattningen ovan är skriven för Insyn.',
      plans: 'Planer',
      roles: (roles: string) => `(${roles} genom beslutet)`,
      uppdrag: 'Uppdrag som bygger på beslutet',
      nyckeltal: 'Nyckeltal som bygger på beslutet',
      reports: 'Rapporter som hänvisar till beslutet',
      documents: 'Dokument som hänvisar till beslutet',
      sameCase: (dnr: string | null | undefined) => `Fler beslut i ärende ${dnr}`,
    },
    document: {
      type: 'Typ',
      dnr: 'Diarienummer',
      date: 'Datum',
      from: 'Från',
      author: 'Handläggare',
      signedBy: 'Undertecknat av',
      sourceNote: 'Om texten:',
      decisions: 'Beslut som dokumentet gäller eller hänvisar till',
      plans: 'Planer',
      reports: 'Rapporter',
      items: 'Uppdrag och nyckeltal som hänvisar till dokumentet',
      text: 'Dokumentets text',
    },
    unit: {
      kind: 'Enhet',
      organisation: 'Organisation',
      partOf: 'Ingår i',
      units: 'Enheter inom',
      responsible: 'Ansvarar för',
      noItems: 'Enheten står inte som ansvarig för något uppdrag eller nyckeltal här.',
      activities: 'Aktiviteter',
      documents: 'Dokument från enheten',
    },
    body: {
      shortName: 'Förkortning',
      organisation: 'Organisation',
      plans: 'Planer',
      noPlans: 'Inga planer från organet finns här.',
      decisions: 'Beslut',
      noDecisions: 'Inga beslut av organet finns här.',
    },
    organisation: {
      kind: 'Organisation',
      website: 'Webbplats',
      koladaId: 'Id i Kolada',
      bodies: 'Politiska organ',
      noBodies: 'Inga organ finns här.',
      units: 'Enheter',
      noUnits: 'Inga enheter finns här.',
      documents: 'Dokument',
    },
    period: {
      kind: 'Uppföljningsperiod',
      lead: (date: string) => `Perioden omfattar tiden till och med ${date}.`,
      plans: (period: string) => `Planer som följs upp ${period}`,
      noPlans: 'Ingen plan här följs upp den här perioden.',
      noFollowUp: 'Insyn har ingen rapport om den här uppföljningen.',
      /** A plan with reports on the period but no status of its own items here: the reports say how it went. */
      inReports: 'Läget står i rapporterna nedan.',
      reports: 'Rapporter',
      noReports: 'Ingen rapport om perioden finns här ännu.',
    },
    strategy: {
      kind: (order: number, plan: string | undefined) => `Strategi ${order} i ${plan}`,
      noItems: 'Inga uppdrag eller nyckeltal hör till strategin här.',
      inPlan: 'Strategin i planen',
    },
    uppdrag: {
      kind: (noun: string, plan: string) => `${noun} i ${plan}`,
      latest: (period: string) => `Senaste status, ${period}`,
      noFollowUp: 'Ingen rapport här ännu',
      description: 'Beskrivning',
      origin: 'Ursprung',
      unit: 'Ansvarig enhet',
      statuses: 'Status per uppföljning',
      notFollowedUp: (noun: string) => `${noun} har inte följts upp ännu.`,
    },
    nyckeltal: {
      kind: (noun: string, plan: string) => `${noun} i ${plan}`,
      latestResult: 'Senaste utfall',
      latestValues: 'Senaste värden',
      noResult: 'Nyckeltalet har inget rapporterat utfall i planens uppföljning ännu.',
      latestSeries: 'Senaste värden i statistiken:',
      seriesValue: (value: string, name: string, year: number) => `${value} för ${name} (${year})`,
      allRegions: (many: string, year: number) => `Alla ${many} ${year}`,
      rank: (lowest: boolean, many: string) =>
        `Plats 1 har ${lowest ? 'lägst' : 'högst'} värde. Alla ${many}s värden för alla år finns i`,
      amongThe: 'bland de',
      openData: 'öppna data',
      allRegionsCaption: (count: number, many: string, year: number) => `alla ${count} ${many} ${year}`,
      inCountyCaption: (count: number, county: string, year: number) => `de ${count} kommunerna i ${county} ${year}`,
      currentPricesSuffix: ', löpande priser',
      place: 'Plats',
      /** The column naming each region or kommun. */
      peer: (one: string) => `${one[0].toUpperCase()}${one.slice(1)}`,
      value: 'Värde',
      statuses: 'Status per uppföljning',
      until: 'till och med',
      about: 'Om nyckeltalet',
      nameIn: (source: string) => `Namn i ${source}`,
      definitionIn: (source: string) => `Definition i ${source}`,
      unit: 'Enhet',
      currentPrices: 'löpande priser',
      direction: 'Riktning',
      otherTargets: 'Övriga målvärden',
      targets: 'Målvärden',
      noTarget: 'Planen anger inget målvärde',
      responsibleUnit: 'Ansvarig enhet',
      source: 'Källa',
    },
    plan: {
      itemWords: (uppdrag: string, nyckeltal: string) => `${uppdrag} och ${nyckeltal}`,
      situation: 'Läget',
      situationAt: (period: string) => `Läget ${period}`,
      noFollowUp: 'Insyn har ingen rapport om uppföljningen av planen.',
      source: 'Källa:',
      perStrategy: (items: string) => `${items} per strategi`,
      /** The jump links to each strategy's items: the list's name, and each link with its count. */
      jumpLabel: 'Gå till en strategi:',
      jumpLink: (strategy: string, count: number) => `${strategy} (${count})`,
      statusAt: (period: string) => `, med status ${period} om inget annat står`,
      more: 'Mer om planen',
      charts: 'Diagram per uppföljning',
      moves: 'Hur statusarna har ändrats',
      noStatus: (items: string) => `Ingen status är rapporterad för planens ${items} ännu.`,
      oneFollowUp: (items: string) =>
        `Bara en uppföljning är rapporterad hittills, så det finns ingen förändring att visa än. När nästa uppföljning rapporteras visas här hur många ${items} som har gått från en status till en annan.`,
      fromTo: (from: string, to: string) => `Från ${from} till ${to}`,
      moveCaption: (noun: string, from: string, to: string) => `${noun}: från ${from} till ${to}`,
      facts: 'Fakta och beslut om planen',
      according: 'Enligt',
      contains: (parts: string) => `innehåller planen ${parts}.`,
      itemsMissing: (items: string) => `De enskilda ${items} saknas i källorna och visas därför inte här.`,
      decidedBy: 'Beslutas av',
      valid: 'Gäller',
      dnr: 'Diarienummer',
      parent: 'Bygger på',
      children: 'Planer som bygger på den',
      followUp: 'Uppföljning',
      noFollowUpPlan: 'Uppföljningsplanen saknas i källorna',
      decisions: 'Beslut om planen',
      noDecisions: 'Besluten om planen saknas i källorna.',
      reports: 'Rapporter',
      andDocuments: (documents: string, count: string) => ` och ${documents} (${count})`,
      noReports: 'Ingen rapport om planen finns här.',
      activities: 'Aktiviteter per status',
      activitiesLead: (items: string) => `Verksamheten bryter ner ${items} i aktiviteter.`,
      aboutActivities: 'Om aktiviteterna',
    },
    report: {
      plan: 'Plan',
      period: 'Redovisar läget',
      until: 'till och med',
      date: 'Datum',
      dnr: 'Diarienummer',
      situation: 'Läget enligt rapporten',
      noItems: (uppdrag: string, nyckeltal: string) => `Inga ${uppdrag} eller ${nyckeltal} ur planen finns här.`,
      changes: 'Förändringar sedan förra rapporten',
      comparedWith: 'Jämfört med',
      previousPeriod: (period: string) => `som redovisade läget ${period}.`,
      noPrevious:
        'Det finns ingen tidigare rapport för planen som redovisar en tidigare period, så det finns inget att jämföra med.',
      samePeriod: (period: string) => `Samma period (${period}) redovisas också i`,
      sameStatuses: '. Statusarna gäller perioden och är därför desamma.',
      and: ' och ',
      perStatus: (nouns: string, period: string) => `${nouns} ${period}, per status`,
      decisions: 'Beslut',
      documents: 'Dokument',
    },
    /** The list pages of each collection. */
    lists: {
      activities: {
        title: 'Aktiviteter',
        lead: 'Verksamheten bryter ner uppdrag och nyckeltal i aktiviteter. Här finns hur många aktiviteter som har varje status.',
      },
      decisions: {
        title: 'Beslut',
        leadCitation: 'Ett beslut anges med organ, sammanträdets datum och paragraf, som',
        exampleCitation: 'RS 2023-11-08 § 194',
        leadCase: '. Ett ärende har ett diarienummer, som',
        exampleDnr: 'RS/595/2023',
        leadCaseEnd: ', och kan rymma flera beslut, planer, dokument och rapporter.',
        cases: 'Ärenden per diarienummer',
        casesIntro: 'Allt som hör till samma ärende: beslut, planer, dokument och rapporter.',
        casesLabel: 'Ärenden',
        noDnr: 'Utan diarienummer',
        case: (dnr: string) => `Ärende ${dnr}`,
        caseWithoutDnr: 'Beslut där källan inte anger diarienummer',
        noDecisions: 'Inga beslut i ärendet finns här, bara det som listas nedan.',
      },
      decisionsSelection: {
        /** A body's name inside the title's sentence, lowercased in Swedish: `Beslut: regionstyrelsen och år 2024`. */
        body: (name: string) => name.toLowerCase(),
        year: (year: string) => `år ${year}`,
        title: (criteria: string) => `Beslut: ${criteria}`,
        crumb: 'Beslut',
        lead: (criteria: string) => `Besluten som gäller ${criteria}, det senaste först.`,
        all: 'Visa alla beslut',
      },
      documents: {
        title: 'Dokument',
        lead: 'Tjänsteskrivelser, rapporter och planer i fulltext, det senaste först.',
        meta: (kind: string, date: string, dnr: string) => `${kind}, ${date}, dnr ${dnr}`,
      },
      units: {
        title: 'Enheter',
        lead: 'Förvaltningens enheter som ansvarar för uppdrag och nyckeltal och som tar fram rapporterna.',
        within: (parent: string) => `inom ${parent}`,
      },
      nyckeltal: {
        title: 'Nyckeltal',
        lead: (w: KindWords) => `Nyckeltalen visar hur ${w.the} mäter sina resultat:`,
        shortTerm: 'kortsiktiga nyckeltal',
        shortTermEnd: 'med målvärden för året och',
        longTerm: 'långsiktiga nyckeltal',
        longTermEnd: ', ofta med statistik från Kolada.',
        none: 'Inga nyckeltal är publicerade här än.',
      },
      bodies: {
        title: 'Organ',
        lead: 'De politiska organ som beslutar om planerna: fullmäktige, styrelsen och nämnderna.',
      },
      organisations: { title: 'Organisation' },
      periods: {
        title: 'Uppföljningsperioder',
        lead: 'Tillfällena då planerna följs upp.',
        /** After the lead, while any period is an example. */
        examples:
          'Regionens dokument nämner tertialrapporten per april och årsbokslutet; tillfällen märkta exempel finns inte i dokumenten.',
        until: (date: string) => `till och med ${date}`,
      },
      plans: {
        title: 'Planer',
        lead: (w: KindWords) =>
          `${capitalize(w.council)} antar en plan för flera år. ${capitalize(w.board)} och nämnderna antar varje år en egen plan med de uppdrag de har fått och egna nyckeltal. Varje plan följs upp i rapporter under året.`,
        current: 'Senaste planerna',
        earlier: 'Tidigare planer',
      },
      planSelection: {
        status: (status: string) => `senaste status ${status}`,
        strategy: (strategy: string) => `strategin ${strategy}`,
        title: (items: string, criteria: string) => `${items} med ${criteria}`,
        kind: (plan: string) => `Urval ur ${plan}`,
        showing: (shown: string, total: string, items: string) => `Visar ${shown} av ${total} ${items} i planen.`,
        all: (items: string) => `Visa alla ${items}`,
        heading: 'Urvalet',
      },
      reports: {
        title: 'Rapporter',
        lead: 'Planerna följs upp i tertialrapporter (per april), delårsrapporter (per augusti), årsredovisningen (helår) och särskilda uppföljningar. Varje rapport visar läget då och vad som har ändrats sedan förra rapporten.',
        meta: (kind: string, period: string, date: string, dnr: string) =>
          `${kind}, läget ${period}, ${date}, dnr ${dnr}`,
      },
      strategies: {
        title: 'Strategier',
        lead: 'Regionplanens strategier. Uppdrag och nyckeltal i varje plan hör till en strategi.',
        none: 'Inga strategier är publicerade här än.',
      },
      uppdrag: {
        title: 'Uppdrag',
        lead: (w: KindWords) =>
          `Uppdragen är det som ${w.board} och nämnderna ska göra under året, i varje plan med senaste rapporterade status.`,
        none: 'Inga uppdrag är publicerade här än.',
      },
    },
    notFound: {
      title: 'Sidan finns inte',
      lead: 'Vi hittar ingen sida på den adressen. Kanske är adressen felstavad, eller så har sidan flyttats.',
      searchLabel: 'Sök efter ord eller diarienummer',
      orStart: 'Eller börja från:',
      home: 'Startsidan',
      plans: 'Planer',
      decisions: 'Beslut',
      reports: 'Rapporter',
    },
    glossary: {
      title: 'Begrepp',
      about: 'Om webbplatsen',
      lead: 'Ord och förkortningar som webbplatsen använder, förklarade med vanliga ord.',
    },
    start: {
      title: 'Start',
      heading: (w: KindWords) => `Så går det för ${w.theirs} planer`,
      followedUp: (date: string) => `Uppföljt per ${date} · publicerat`,
      next: (period: string) => ` · nästa uppföljning: ${period}`,
      /** When the next follow-up is past the day its report was expected. */
      overdue: (period: string) => `Nästa uppföljning, ${period}, har inte publicerats här.`,
      economyHeading: 'Regionens ekonomi',
      economy: (month: string, result: string, against: string) =>
        `Till och med ${month} var regionens ackumulerade resultat ${result} mnkr, ${against} mnkr sämre än budget.`,
      examples: 'Uppdragens och nyckeltalens egna uppgifter är exempel; antalen per status är riktiga.',
      ofNyckeltal: (total: number, noun: string) => `av ${total} ${noun} var`,
      ofUppdrag: (total: number, noun: string) => `Av ${total} ${noun} var`,
      and: ' och ',
      seeAll: (uppdrag: string, nyckeltal: string) => `Se alla ${uppdrag} och ${nyckeltal} i planen`,
      /** Instead of seeAll when none of the plan's items is published here. */
      seePlan: 'Läs om planen',
      source: 'Källa:',
      lead: (name: string, owner: string, w: KindWords) =>
        `${name} visar vad politikerna i ${owner} har beslutat att göra, hur ${w.the} mäter sina resultat och hur det har gått, rapport för rapport, med besluten och dokumenten bakom.`,
      uppdrag: 'Uppdrag',
      uppdragIs: 'är det som styrelsen och nämnderna ska göra.',
      nyckeltal: 'Nyckeltal',
      nyckeltalIs: (w: KindWords) => `är de mått ${w.the} följer, med målvärden.`,
      otherPlans: 'Andra uppföljda planer',
      latestFollowUp: 'Senaste uppföljning:',
      notFollowedUp: 'Planer som inte har följts upp ännu',
      notFollowedUpIntro:
        'De här planerna har ingen rapporterad uppföljning, så det finns inga resultat att visa för dem än.',
      find: 'Hitta',
      searchLabel: 'Sök efter ord eller diarienummer',
      waysIn: {
        plans: 'Planer',
        plansText: 'Alla planer, gällande och tidigare, med uppdrag och nyckeltal per strategi.',
        reports: 'Rapporter',
        reportsText: 'Läget vid varje uppföljning och vad som har ändrats sedan förra.',
        decisions: 'Beslut',
        decisionsText: 'Besluten som ett register: datum, organ, paragraf och diarienummer.',
        openData: 'Öppna data',
        openDataText: 'Allt innehåll som filer att ladda ner och använda fritt.',
      },
    },
    about: {
      title: 'Om webbplatsen',
      lead: (name: string, owner: string, w: KindWords) =>
        `${name} är ${genitive(owner)} öppna uppföljning av sina planer. Här kan alla se vad politikerna har beslutat att göra, hur ${w.the} mäter sina resultat och hur det har gått, med besluten och dokumenten bakom.`,
      who: 'Vem står bakom?',
      publishedBy: 'Webbplatsen ges ut av',
      /** After the organisation's name: why the site exists, the configuration's `purpose` when it gives one. */
      why: (purpose?: string) =>
        `. ${purpose ?? 'Den finns för att medarbetare, förtroendevalda och invånare ska kunna se de senast rapporterade resultaten för alla uppdrag och nyckeltal.'}`,
      numbers: 'Varifrån kommer siffrorna?',
      sources: (w: KindWords) =>
        `Planer, beslut, rapporter och dokument kommer från ${w.theirs} egna dokument. Varje uppdrag och nyckeltal visar vilken plan och vilket beslut det hör till, och varje siffra visar sin källa. Långsiktiga nyckeltal kan ha statistik från Kolada, den svenska databasen för nyckeltal om kommuner och regioner. Där står det`,
      sourcesQuote: 'Källa: Kolada',
      sourcesEnd: 'med en länk.',
      examples:
        'En del uppgifter om enskilda uppdrag och nyckeltal saknas ännu i de dokument som webbplatsen bygger på. Där har vi lagt in exempel för att visa hur sidorna fungerar. Sådana poster är märkta',
      examplesMore:
        ', och på postens sida står vad som är exempel och vad som kommer från källorna. Antalen per status i rapporterna stämmer med källorna.',
      andComma: ', och',
      /** Instead of the paragraph on examples, when no entry is one. */
      noExamples: 'Webbplatsen har inga exempel: allt som visas kommer från källorna. Läs om',
      words: 'vad orden på webbplatsen betyder',
      dates: 'Datum',
      datesText: 'Datum skrivs som i källan. När källan bara anger månaden, som',
      datesQuote: 'februari 2024',
      datesEnd: ', visar vi bara månaden. När en rapports datum inte finns i källorna står det så.',
      use: 'Använda innehållet',
      useText:
        'Varje sida har en fast adress som du kan länka till och citera. Varje diagram har sina siffror i en tabell bredvid, och du kan ladda ner siffrorna som CSV-fil och diagrammet som SVG-bild. Allt innehåll finns också som',
      openData: 'öppna data',
      cookies: 'Kakor och personuppgifter',
      sheets: 'För redaktörer: rapportmallar',
      sheetsText:
        'Den som rapporterar uppföljningen kan hämta en rapportmall i Excel för en hel period: alla uppdrag och nyckeltal i planen, med förra periodens status och utfall. Publiceringsguiden säger hur den fylls i och lämnas in.',
      /** After the plan's title and the period's name. */
      sheetRole: { current: 'senast rapporterad', next: 'nästa period' },
      excel: 'Excel',
      cookiesText:
        'Webbplatsen använder inga kakor och sparar inget i din webbläsare. Den hämtar inga typsnitt, skript eller bilder från andra webbplatser och mäter inte hur du använder den.',
      press: 'För journalister',
      pressText:
        'Varje ändring av innehållet visas med datum och med värdet före och efter, på postens sida och på sidan',
      pressFeed:
        'som också finns som flöde. Beslut och dokument länkar till originalhandlingarna när adresserna är kända.',
      pressContact: 'Frågor från press och media:',
      contact: 'Kontakt',
      contactText: 'Frågor om innehållet och synpunkter på siffrorna tar vi emot här:',
      accessibility: 'Tillgänglighet',
      readThe: 'Läs',
      statement: 'tillgänglighetsredogörelsen',
      statementEnd: 'om hur tillgänglig webbplatsen är och hur du rapporterar brister.',
    },
    accessibility: {
      title: 'Tillgänglighetsredogörelse',
      lead: (owner: string, name: string) =>
        `${owner} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur ${name} uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem till oss så att vi kan åtgärda dem.`,
      howAccessible: 'Hur tillgänglig är webbplatsen?',
      howAccessibleText: (organisation: string) =>
        `Vi har byggt webbplatsen för att uppfylla WCAG 2.1 på nivå AA, men den har ännu inte granskats av någon utanför ${organisation} och inte testats med hjälpmedel. Vi känner till några brister, som beskrivs under`,
      notAccessible: 'Innehåll som inte är tillgängligt',
      whatYouCanDo: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      whatYouCanDoText:
        'Alla siffror i diagrammen finns också i en tabell bredvid diagrammet och som CSV-fil att ladda ner. Om du behöver innehåll i ett annat format kan du kontakta oss:',
      report: 'Rapportera brister i webbplatsens tillgänglighet',
      reportText:
        'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte är beskrivna på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta oss på adressen eller numret ovan och berätta vilken sida det gäller, så att vi får veta att problemet finns.',
      supervision: 'Tillsyn',
      supervisionText:
        'Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du',
      supervisionLink: 'anmäla bristande tillgänglighet till Digg',
      technical: 'Teknisk information om webbplatsens tillgänglighet',
      technicalText: 'Den här webbplatsen är',
      /** How far the site complies, as the configuration states it (`accessibility.compliance`). */
      compliance: { helt: 'helt förenlig', delvis: 'delvis förenlig', inte: 'inte förenlig' },
      technicalEnd:
        'med lagen om tillgänglighet till digital offentlig service, på grund av de brister och den ofullständiga testning som beskrivs nedan.',
      nonCompliance: 'Bristande förenlighet med lagkraven',
      shortcomings: (w: KindWords) => [
        'Diagrammen skalas efter skärmens bredd. På en mycket smal skärm blir texten i diagrammen något mindre än den övriga texten. Samma siffror finns i tabellen bredvid varje diagram, där texten följer dina inställningar.',
        `Dokumenten återges som text från ${w.theirs} egna dokument. Ett dokument som slutar mitt i en mening i källan återges så, och det står på dokumentets sida.`,
        'Länken till Kolada för statistiken leder till Koladas programmeringsgränssnitt, som visar data i maskinläsbar form och inte som en läsbar sida.',
      ],
      tested: 'Hur vi testat webbplatsen',
      selfAssessment:
        'Vi har gjort en självskattning (intern testning) av webbplatsen. Den senaste bedömningen gjordes',
      notAssessed: 'Webbplatsen har inte bedömts ännu.',
      automatic: 'Det här testas automatiskt varje gång webbplatsen byggs:',
      automaticChecks: [
        'att varje sida har svenska som språk, en huvudrubrik, landmärken för sidhuvud, navigering, huvudinnehåll och sidfot och en länk för att hoppa till innehållet,',
        'att rubriknivåerna inte hoppar över någon nivå och att inga id-värden upprepas på en sida,',
        'att alla interna länkar och länkar till avsnitt fungerar,',
        'att varje diagram är en bild med namn och beskrivning och har en tabell med samma siffror bredvid sig,',
        'att status alltid visas med ord och form, inte bara med färg,',
        'att webbplatsen inte hämtar något från andra webbplatser och inte kör några skript för diagrammen.',
      ],
      reviewed:
        'Dessutom har vi granskat skärmbilder av sidorna i 320 pixlars bredd, på datorskärm, i läget för tvingade färger (som Windows läge för hög kontrast) och i utskriftsläge. Färgerna är valda för en kontrast på minst 4,5:1 för text.',
      notTested: 'Vi har',
      not: 'inte',
      notTestedEnd:
        'testat webbplatsen med skärmläsare, förstoringsprogram eller röststyrning, inte gjort användartester med personer med funktionsnedsättning och inte låtit någon extern part granska den. Det ska göras innan vi bedömer webbplatsen som helt förenlig med lagen.',
      updated: (date: string) => `Redogörelsen uppdaterades senast ${date}.`,
    },
    examples: {
      title: 'Vilka delar är exempel?',
      about: 'Om webbplatsen',
      lead: (w: KindWords) =>
        `Webbplatsen bygger på ${w.theirs} egna dokument. Där dokumenten inte ger alla uppgifter har vi fyllt i exempel, för att visa hur uppföljningen kommer att se ut. Exemplen är påhittade och ska inte citeras som fakta.`,
      fromDocuments: (w: KindWords) => `Det här kommer från ${w.theirs} dokument`,
      fromDocumentsList: [
        'Planernas namn, diarienummer och besluten som fastställde och reviderade dem, när dokumenten anger dem.',
        'Antalen: 38 uppdrag (30 från regionplanen och 8 egna), 23 kortsiktiga nyckeltal och 231 aktiviteter i regionstyrelsens plan för 2024, och antalet per status per april 2024.',
        'Regionens ekonomiska resultat: −471 mnkr till och med november 2023, 492 mnkr sämre än budget.',
        'De fyra dokumenten, som återges i sin helhet.',
        'Årsvärdena för de långsiktiga nyckeltalen, som kommer oförändrade från Kolada.',
      ],
      /** Beside each item of fromDocumentsList, in the same order: where it comes from. */
      fromDocumentsSources: [
        'Tjänsteskrivelserna 4 december 2019 (RS/654/2019), 4 oktober 2021 (RS/101/2015), 17 januari 2024 och 7 maj 2024 (RS/595/2023)',
        'Uppföljning av regionstyrelsens plan och budget 2024, 7 maj 2024 (RS/595/2023), som återger Tertialrapport per april 2024 (RS/99/2024)',
        'Revidering av Regionstyrelsens plan och budget 2024, tjänsteskrivelse 17 januari 2024 (RS/595/2023)',
        'Regionens tjänsteskrivelser, som ovan',
        'Kolada, den svenska databasen för nyckeltal om kommuner och regioner',
      ],
      factColumn: 'Uppgift',
      sourceColumn: 'Källa',
      collectionColumn: 'Samling',
      examplesColumn: 'Poster med exempel',
      whatColumn: 'Vad som är påhittat',
      /** Summary of the folded list of entries that share one text on what is invented. */
      entriesFold: (count: number) => (count === 1 ? '1 post' : `${count} poster`),
      examples: 'Det här är exempel',
      examplesText:
        'Varje post nedan har en egen text om vad som är exempel och vad som kommer från dokumenten. Samma text står på postens sida. I listorna på webbplatsen är sådana poster märkta',
      examplesFiles: '. I de nedladdningsbara filerna har varje rad fältet',
      examplesCharts: ', och diagram med påhittade värden säger',
      examplesWords: '. Ord som används på webbplatsen förklaras på sidan',
      glossary: 'Begrepp',
      count: (shown: number, total: number) => `${shown} av ${total}`,
      /** Instead of the lead and the table, when no entry is an example. */
      none: 'Webbplatsen har inga exempel: allt som visas kommer från källorna, och varje sida och fil säger vilken källa.',
    },
    search: {
      title: 'Sök',
      intro:
        'Sök bland uppdrag, nyckeltal, planer, rapporter, beslut och dokument. Du kan söka på ord, siffror, diarienummer och paragrafer i beslut.',
      label: 'Sökord',
      hint: 'Till exempel styrmodellen, 471, RS/595/2023 eller § 194.',
      button: 'Sök',
      filters: 'Avgränsa och ordna',
      filtersLegend: 'Avgränsa och ordna träffarna',
      all: 'Alla',
      order: 'Ordning',
      noScript:
        'Sökningen behöver JavaScript, och det är avstängt eller stöds inte i din webbläsare. Du kan hitta samma innehåll genom att bläddra i listorna nedan. Med webbläsarens egen sökfunktion (Ctrl+F eller Cmd+F) kan du sedan söka på en listsida.',
      results: 'Träffar',
      more: 'Visa fler träffar',
      browse: 'Bläddra i stället',
    },
    openData: {
      title: 'Öppna data',
      description: 'Ladda ner Insyns uppgifter om planer, uppdrag och nyckeltal som CSV och JSON, fritt att använda.',
      intro:
        'Allt som Insyn visar kan du ladda ner och använda fritt: planer, uppdrag med status vid varje uppföljning, nyckeltal med målvärden och utfall, antal aktiviteter, rapporter, beslut och dokument. Filerna byggs från samma granskade innehåll som sidorna, varje gång webbplatsen uppdateras.',
      licence: 'Licens:',
      licenceText: (publisher: string) =>
        `Du behöver inte fråga eller ange källa, men vi uppskattar om du anger ${publisher} som källa.`,
      example: 'Exempel:',
      kolada: 'Kolada:',
      updated: 'Uppdateras:',
      stable: 'Adresserna är stabila:',
      stableText: 'en fil byter inte adress, och ett id byter inte betydelse.',
      all: 'Ladda ner allt',
      perCollection: 'Filer per samling',
      perCollectionText: 'Varje slags uppgift har en JSON-fil,',
      collectionPath: '/data/<samling>.json',
      perCollectionEnd:
        ', och en eller flera CSV-filer. Listor av poster, som ett uppdrags status vid varje uppföljning, har en egen CSV-fil med en rad per värde, så att varje tabell går att öppna i Excel.',
      fieldsOf: (collection: string) => `Fälten i ${collection}`,
      perPlan: 'Filer per plan',
      perPlanText: 'Samma filer finns för varje plan för sig under',
      planPath: '/data/plans/<plan>/',
      perPlanEnd:
        ', med planen, dess strategier, uppföljningstillfällen, uppdrag, nyckeltal, aktiviteter och rapporter, och de beslut och dokument som de hänvisar till. Organ, enheter och organisationer finns bara i filerna för hela webbplatsen.',
      allFiles: (count: number, plan: string) => `Alla ${count} filer för ${plan}`,
      format: 'Format',
      csv: 'CSV',
      csvIntro: 'CSV-filerna är gjorda för att öppnas med ett dubbelklick i Excel med svenska inställningar:',
      csvEncoding: 'Teckenkodningen är UTF-8 med byte order mark (BOM), så att å, ä och ö blir rätt.',
      csvSeparator: 'Fälten skiljs åt med semikolon',
      csvDecimal: 'och decimaltal skrivs med decimalkomma',
      csvDecimalEnd: 'utan tusentalsavgränsare, som svensk Excel väntar sig.',
      csvQuotes:
        'Fält som innehåller semikolon, citattecken eller radbrytningar står inom citattecken, och citattecken i texten dubbleras, enligt RFC 4180. Raderna slutar med CRLF.',
      csvHeader:
        'Första raden är kolumnernas namn. De är samma som fältens namn i JSON; fält inuti ett annat fält heter som',
      csvDates: 'Datum skrivs',
      datePattern: 'ÅÅÅÅ-MM-DD',
      csvMonths: '. När källan bara anger månaden står',
      monthPattern: 'ÅÅÅÅ-MM',
      csvMonthsEnd: ': vi hittar aldrig på en dag.',
      csvEmpty: 'En tom cell betyder att värdet saknas: det är null i JSON eller inte angivet i källan.',
      csvList: 'Flera värden i samma cell, som flera beslut, skiljs åt med',
      csvListEnd: 'med ett mellanslag på var sida.',
      csvRefs: 'Hänvisningar till andra poster är deras id, som står i kolumnen',
      csvRefsEnd: 'i den andra samlingens fil.',
      excel: 'Excel tar bort inledande nollor i id som Koladas',
      excelImport:
        'om du öppnar filen med dubbelklick. Vill du behålla dem, importera filen med Data › Från text/CSV och ange kolumnen som text. I R läser du filerna med',
      excelPython: ', i Python med',
      json: 'JSON',
      jsonNumbers: 'UTF-8. Tal är tal, inte text, och ett värde som saknas är',
      jsonRecords: 'Varje post har samma fält som innehållsfilerna (se',
      jsonSchema: 'JSON Schema',
      jsonRecordsMore: '), med hänvisningar som id, och dessutom',
      jsonFirst: 'först,',
      jsonExample: 'när posten innehåller exempel) och',
      jsonUrl: ', postens sida på Insyn, sist. Ett valfritt fält som inte är angivet finns inte med i posten.',
      jsonFile: 'Varje fil börjar med licens, utgivare och en länk hit; posterna står under',
      jsonOrUnder: ', eller under',
      jsonAll: 'i filerna med allt.',
      addedColumns: 'Kolumner som bara finns i filerna',
      addedColumnsText: 'Utöver fälten nedan har filerna några kolumner som talar om vilken post en rad hör till:',
      fields: 'Alla fält',
      fieldsText:
        'Beskrivningarna kommer direkt från innehållets schema, samma regler som kontrollerar varje fil innan den publiceras.',
      files: 'Filer:',
      schemaFiles: '. Schema för innehållsfilerna:',
      schemaRecords: ', för posterna i JSON-filen:',
      type: 'Typ:',
      always: 'Finns alltid.',
      optional: 'Kan saknas.',
      inCsv: 'I CSV: kolumnen',
      inTable: (table: string) => `i ${table}.`,
      schemaText:
        'Varje samling har ett JSON Schema som beskriver fälten och reglerna för dem. Redaktörerna får förslag och felmarkeringar i sin editor medan de skriver.',
      recordSchema: 'Posterna i JSON-filerna under',
      recordSchemaFields: 'har ett eget schema med samma fält och de fält som bara finns i filerna:',
      and: 'och',
      recordSchemaLink: '. Varje JSON-fil länkar till det under',
      recordSchemaValidate: ', och utvecklare kan validera filerna mot det.',
      inOpenData: (collection: string) => `${collection} i öppna data`,
      crossFileRules:
        'En del regler kan inget JSON Schema se, eftersom de gäller flera filer: att ett id finns, att ett id eller ett beslut bara finns en gång och att ett utfall gäller en period som planen följer upp. Dem kontrollerar webbplatsen när den byggs.',
      feeds: 'Flöden',
      feedsText: 'Nya rapporter och beslut finns som Atom-flöden som du kan följa i en flödesläsare:',
      feedsSite: 'för hela webbplatsen, och ett flöde per plan:',
      atom: 'Atom kräver en fullständig tidpunkt för varje post, men källorna anger ibland bara månaden för ett beslut och ibland inget datum alls för en rapport. Därför är',
      atomPublished: 'tidpunkten då posten publicerades på Insyn. Beslutets eller rapportens eget datum står i',
      atomPrecision: 'med den precision som källan ger:',
      atomOr: ', eller',
      atomMonth: 'när bara månaden är känd. Saknar källan datum finns inget',
      catalogue: 'Katalog för Sveriges dataportal',
      catalogueIntro:
        'Datamängderna beskrivs enligt DCAT-AP-SE, så att Sveriges dataportal kan hämta (skörda) beskrivningen:',
      rdf: 'RDF/XML, formatet som dataportalen skördar.',
      jsonLd: 'samma katalog som JSON-LD.',
      catalogueText:
        'Katalogen har en datamängd med allt och en per plan, var och en med en JSON-, en CSV- och en zip-distribution. Den anger',
      catalogueFacts: (licence: string, w: KindWords) =>
        `som utgivare, licensen ${licence}, hur ofta uppgifterna uppdateras och när de senast ändrades. Katalogens adress är också dess identitet, så ${w.theirs} huvudkatalog kan ta med den som en delkatalog (`,
    },
  },
};

/**
 * The words of the files every reader shares, in Swedish only: the downloads' titles and
 * readme, the DCAT-AP-SE catalogue, the JSON Schemas of the exports and the Atom feeds
 * (src/lib/open-data/). The English pages link to the same files.
 */
export const sharedFiles = {
  datasetTitle: DATASET_TITLE,
  catalogTitle: (publisher: string) => `Öppna data från Insyn, ${publisher}`,
  datasetDescription: (publisher: string, w: KindWords) =>
    `Vad ${genitive(publisher)} politiska organ har beslutat att göra (uppdrag), hur ${w.the} mäter sina resultat (nyckeltal med målvärden) och hur det har gått vid varje uppföljning, med besluten, dokumenten och rapporterna bakom. Samma uppgifter som webbplatsen Insyn visar.`,
  planDatasetTitle: (planTitle: string) => `${planTitle}: uppdrag och nyckeltal`,
  planDatasetDescription: (planTitle: string) =>
    `Uppdrag med status per uppföljning, nyckeltal med målvärden och utfall, antal aktiviteter per status, rapporter, beslut och dokument för ${planTitle}.`,
  keywords: (kind: string, publisher: string) => [
    'uppföljning',
    `${kind}plan`,
    'uppdrag',
    'nyckeltal',
    'målvärden',
    'tertialrapport',
    'beslut',
    publisher,
  ],
  /** What the JSON Schema of the exported records says about itself. */
  exportSchemaTitle: (title: string) => `${title} i öppna data`,
  exportSchemaDescription: (collection: string, many: string, contentSchema: string) =>
    `En post i ${many.toLowerCase()} som öppna data (/data/${collection}.json och filerna med allt): samma fält som innehållsfilerna (${contentSchema}), med hänvisningar som id, och dessutom id, example och url som exporten lägger till.`,
  fileTitles: {
    wholeJson: 'Allt på en gång, som JSON',
    wholeZip: 'Allt på en gång: alla CSV-filer och JSON-filen i en zip-fil',
    planJson: (planTitle: string) => `Allt om ${planTitle}, som JSON`,
    planZip: (planTitle: string) => `Allt om ${planTitle}: CSV-filerna och JSON-filen i en zip-fil`,
    collectionJson: (many: string) => `${many}, som JSON`,
    mainCsv: (many: string) => `${many}, en rad per post`,
    listCsv: (many: string, listDescription: string) =>
      `${many}: ${listDescription[0].toLowerCase()}${listDescription.slice(1).replace(/\.$/, '')}`,
    catalogRdf: 'Katalog över datamängderna i DCAT-AP-SE, som RDF/XML',
    catalogJsonLd: 'Katalog över datamängderna i DCAT-AP-SE, som JSON-LD',
  },
  /** A short note put in each zip file. */
  zipReadme: (documentation: string, publisher: string, licence: { name: string; uri: string }, credit: string) =>
    `${DATASET_TITLE}\r\n\r\nUtgivare: ${publisher}\r\nLicens: ${licence.name}, ${licence.uri}\r\n${credit}\r\n\r\nVarje fil och fält beskrivs på ${documentation}\r\n`,
  feeds: {
    siteTitle: 'Insyn: nya rapporter och beslut',
    siteSubtitle: (publisher: string) =>
      `Uppföljningar och beslut om ${genitive(publisher)} planer, uppdrag och nyckeltal.`,
    planTitle: (planTitle: string) => `${planTitle}: nya rapporter och beslut`,
    planSubtitle: (planTitle: string) => `Uppföljningar av ${planTitle} och besluten bakom den.`,
    /** Added to a feed's subtitle when the build had no history: its dates are then the content's own. */
    noHistory:
      'Ändringshistoriken är inte tillgänglig i den här versionen av webbplatsen, så datumen är rapporternas och beslutens egna datum, inte när de publicerades.',
  },
  /** The DCAT-AP-SE catalogue's own words (src/lib/open-data/dcat.ts). */
  dcat: {
    catalogDescription: (updated: string, illustrative: string) =>
      `Datamängderna som webbplatsen Insyn publicerar. Uppdateras ${updated[0].toLowerCase()}${updated.slice(1)} ${illustrative}`,
    distributions: {
      json: 'JSON med tal som tal och null där värde saknas. Varje post har fältet example, som är true när posten innehåller exempel.',
      csv: 'CSV för Excel: UTF-8, semikolon och decimalkomma. Kolumnen example är true på rader som innehåller exempel.',
      zip: 'Zip-fil med CSV-filerna och JSON-filen.',
    },
    theme: 'Regeringen och den offentliga sektorn',
    themes: 'Datateman',
    publisherTypes: { region: 'Regional myndighet', kommun: 'Lokal myndighet' },
    /** Said in the title of a dataset that holds examples, so the portal's lists say so too. */
    exampleTitleSuffix: ' (innehåller exempel)',
  },
};

/** Widens each text to `string` (functions keep their parameters), so another language's catalogue can say anything. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** The shape of every language's catalogue: `export const en: Messages = { ... }` fails to type-check when a text is missing. */
export type Messages = Widen<typeof sv>;
