/**
 * The interface in British English, for international visitors and researchers: the same
 * texts as `./sv.ts`, key for key, in plain public-sector English. Swedish terms stay only
 * where a reader needs them to find the region's own documents (diarienummer, Kolada).
 * Numbers and dates in the texts are written the en-GB way (`1,234.5`, `7 May 2024`).
 * Addresses are the Swedish pages' addresses under `/en`.
 */

import type { KindWords } from '#lib/core/organisation-words.ts';
import { capitalizeEn, formatNumberEn, possessiveEn } from './format-en.ts';
import type { TermGroup } from '#lib/core/glossary.ts';
import type { Messages } from './sv.ts';

/** A count in running text: `1,234`. */
const n = (count: number) => formatNumberEn(count, 0);

/** The glossary's groups of terms, with the same ids (anchors on /en/om/begrepp/) as the Swedish ones. */
const GLOSSARY_GROUPS: TermGroup[] = [
  {
    id: 'status',
    title: 'Status of assignments and key indicators',
    intro:
      'At each follow-up, such as the four-monthly report as of April, the unit responsible for the assignment or key indicator assesses how it is going, and writes a comment explaining the assessment. The assessments are collected in a report to the Regional Executive Board.',
    terms: [
      {
        id: 'helt-uppfyllt',
        term: 'Fully achieved',
        definition:
          'The assignment has been carried out, or the key indicator has reached its target value at the follow-up.',
      },
      {
        id: 'delvis-uppfyllt',
        term: 'Partly achieved',
        definition:
          'Work is under way or part of it is done, but the assignment has not been carried out in full; for a key indicator: the value is moving towards the target value but has not reached it.',
      },
      {
        id: 'ej-uppfyllt',
        term: 'Not achieved',
        definition: 'The assignment or key indicator does not reach what the plan requires at the follow-up.',
      },
      {
        id: 'gar-ej-att-mata',
        term: 'Not measurable',
        definition:
          'The key indicator cannot be measured yet at the follow-up, for example because the data only comes at the end of the year. It is not a failure and is never shown as zero.',
      },
    ],
  },
  {
    id: 'plan',
    title: 'Plans and measures',
    terms: [
      {
        id: 'uppdrag',
        term: 'Assignment (uppdrag)',
        definition:
          'Something that a plan says the executive board or a committee is to do during the year. Older plans called such goals performance goals.',
      },
      {
        id: 'nyckeltal',
        term: 'Key indicator (nyckeltal)',
        definition:
          'A measure that shows how things are going, with a target value to compare with. Older plans simply called them measures.',
      },
      {
        id: 'kortsiktigt',
        term: 'Short-term key indicator',
        definition:
          "A key indicator in the year's plan for the executive board or a committee, followed up during the year.",
      },
      {
        id: 'langsiktigt',
        term: 'Long-term key indicator',
        definition:
          'A key indicator in the regional plan, which the Regional Council adopts for three years, showing how an area develops over several years. Often statistics from Kolada.',
      },
      {
        id: 'malvarde',
        term: 'Target value',
        definition: 'The value that the plan wants the key indicator to reach in a given year.',
      },
      {
        id: 'utfall',
        term: 'Result',
        definition: "The key indicator's actual value at a follow-up.",
      },
      {
        id: 'aktivitet',
        term: 'Activity',
        definition:
          'What the organisation does to carry out an assignment or reach a key indicator. An activity is planned, ongoing as planned, delayed or completed.',
      },
      {
        id: 'tertialrapport',
        term: 'Four-monthly report, interim report and annual report',
        definition:
          'The follow-ups during the year: the position as of April (four-monthly report, tertialrapport), as of August (interim report) and for the whole year (annual report).',
      },
    ],
  },
  {
    id: 'pengar',
    title: 'Money and statistics',
    terms: [
      { id: 'mnkr', term: 'mnkr', expansion: 'million kronor', definition: 'Million Swedish kronor.' },
      {
        id: 'kr-inv',
        term: 'kr/inv',
        expansion: 'kronor per inhabitant',
        definition:
          'Kronor per inhabitant: the cost divided by the number of inhabitants of the region on 31 December.',
      },
      {
        id: 'lopande-priser',
        term: 'Current prices',
        definition:
          'Kronor as they were worth that year, without adjusting for rising prices. A value from 2010 and one from 2023 are therefore not directly comparable.',
      },
      {
        id: 'nettokostnad',
        term: 'Net cost',
        definition: 'The costs minus the income, such as fees and reimbursements.',
      },
      {
        id: 'median',
        term: 'Median and spread',
        definition:
          "When the regions are compared, the median is the middle value of the 21 regions' values, and the spread goes from the lowest region to the highest.",
      },
      {
        id: 'kolada',
        term: 'Kolada',
        definition:
          'The national database of key indicators for municipalities and regions, run by RKA (the Council for the Promotion of Municipal Analyses).',
      },
    ],
  },
  {
    id: 'beslut',
    title: 'Decisions and bodies',
    terms: [
      {
        id: 'diarienummer',
        term: 'Reference number (diarienummer)',
        definition:
          "The case's number in the register, such as RS/595/2023: the body, the serial number and the year. A case can have several decisions and documents.",
      },
      {
        id: 'paragraf',
        term: '§ (paragraph)',
        definition:
          "The decision's number in the minutes of the meeting. A decision is identified by body, date and paragraph, such as RS 2023-11-08 § 194.",
      },
    ],
  },
];

const site = {
  printed: 'printed',
  name: 'Insyn',
  description: (owner: string) => `${possessiveEn(owner)} open follow-up of plans, assignments and key indicators.`,
  skipLink: 'Skip to main content',
  home: 'Home',
  navLabel: 'Main menu',
  menu: 'Menu',
  searchLink: 'Search',
  toTop: 'Back to top',
  exampleRegion: 'About the examples',
  breadcrumbLabel: 'You are here',
  footerLabel: 'About this website',
};

export const en: Messages = {
  site,

  frame: {
    feedTitle: (name: string) => `${name}: reports and decisions`,
    changesFeedTitle: (name: string) => `${name}: latest changes`,
    publishedBy: (name: string, owner: string) =>
      `${name} is published by ${owner}. This website stores nothing in your browser and loads nothing from other websites.`,
  },

  nav: [
    { href: '/en/planer/', label: 'Plans' },
    { href: '/en/uppdrag/', label: 'Assignments' },
    { href: '/en/nyckeltal/', label: 'Key indicators' },
    { href: '/en/rapporter/', label: 'Reports' },
    { href: '/en/beslut/', label: 'Decisions' },
    { href: '/en/dokument/', label: 'Documents' },
  ],

  search: {
    action: '/en/sok/',
    label: 'Search this website',
    hint: 'Words or a reference number',
    button: 'Search',
    hintExample: 'for example RS/595/2023',
  },

  footerLinks: [
    { href: '/en/om/', label: 'About this website' },
    { href: '/en/tillganglighet/', label: 'Accessibility statement' },
    { href: '/en/om/begrepp/', label: 'Glossary' },
    { href: '/en/om/exempel/', label: 'Which parts are examples?' },
    { href: '/en/oppna-data/', label: 'Open data' },
    { href: '/en/senaste-andringar/', label: 'Latest changes' },
    { href: '/en/lattlast/', label: 'Easy read' },
  ],

  easyRead: {
    title: 'Easy read',
    heading: 'Insyn in easy English',
    description: (owner: string) => `Easy-to-read text about Insyn and about how ${possessiveEn(owner)} plan is going.`,
    startLink: 'Read about Insyn in easy English',
    whatHeading: 'What is Insyn?',
    what: (owner: string) => [
      'Insyn is a website.',
      `${owner} made the website.`,
      'Here you can see what the politicians have decided.',
      'You can also see how it went.',
    ],
    planHeading: 'What is a plan?',
    plan: (words: KindWords) => [
      `The politicians decide what ${words.the} will do.`,
      'They write it in a plan.',
      'The plan has assignments.',
      'An assignment is something that must be done.',
      'The plan also has key indicators.',
      'A key indicator is a number.',
      'The number shows how things are going.',
    ],
    howHeading: 'How did it go?',
    notYet: 'No plan has been followed up yet.',
    followedUp: (plan: string, period: string) => [
      `The latest follow-up is about the plan ${plan}.`,
      `It shows how things were ${period}.`,
    ],
    uppdragTotal: (count: number) => `The plan has ${n(count)} ${count === 1 ? 'assignment' : 'assignments'}.`,
    uppdrag: {
      'helt-uppfyllt': (count: number) => `${n(count)} ${count === 1 ? 'assignment is done' : 'assignments are done'}.`,
      'delvis-uppfyllt': (count: number) =>
        `${n(count)} ${count === 1 ? 'assignment is partly done' : 'assignments are partly done'}.`,
      'ej-uppfyllt': (count: number) =>
        `${n(count)} ${count === 1 ? 'assignment is not done' : 'assignments are not done'}.`,
      'gar-ej-att-mata': (count: number) =>
        `${n(count)} ${count === 1 ? 'assignment' : 'assignments'} could not be followed up.`,
    },
    nyckeltalTotal: (count: number) => `The plan has ${n(count)} ${count === 1 ? 'key indicator' : 'key indicators'}.`,
    noItems: ['The assignments and key indicators are not here yet.', 'The report says how it went.'],
    nyckeltal: {
      'helt-uppfyllt': (count: number) =>
        `${n(count)} ${count === 1 ? 'key indicator' : 'key indicators'} reached the target.`,
      'delvis-uppfyllt': (count: number) =>
        `${n(count)} ${count === 1 ? 'key indicator' : 'key indicators'} reached part of the target.`,
      'ej-uppfyllt': (count: number) =>
        `${n(count)} ${count === 1 ? 'key indicator' : 'key indicators'} did not reach the target.`,
      'gar-ej-att-mata': (count: number) =>
        `${n(count)} ${count === 1 ? 'key indicator' : 'key indicators'} could not be measured.`,
    },
    unreported: (count: number) => `${n(count)} ${count === 1 ? 'has' : 'have'} not been followed up yet.`,
    report: 'You can read the whole report:',
    moreHeading: 'Do you want to know more?',
    more: 'There is more to read on the website.',
    notEasy: 'That text is not easy to read, and most of it is in Swedish.',
    plans: 'All plans are on the page',
    plansLink: 'Plans',
    search: 'You can search for words on the page',
    searchLink: 'Search',
    ask: 'You can also ask us.',
    askLink: 'How to contact us',
  },

  interfaceLanguage: {
    switchTo: 'Svenska',
    contentInSwedish: 'The content (plans, assignments, key indicators, reports and decisions) is in Swedish.',
  },

  languages: {
    label: 'Languages',
    name: (language: string) => `(${language})`,
    translatedBy: (translator: string, date?: string) => `Translation: ${translator}${date ? `, ${date}` : ''}.`,
    pageIn: (language: string) => `This page is in ${language}.`,
  },

  example: {
    label: 'Example',
    mark: 'example',
    listHint: (w: KindWords) => `contains examples, details that are not in ${w.theirs} documents`,
    listSome: (w: KindWords) => `Entries marked example contain made-up details that are not in ${w.theirs} documents.`,
    listAll: (w: KindWords) =>
      `Every entry in this list contains examples: made-up details that are not in ${w.theirs} documents.`,
    more: 'Which parts are examples?',
    entrySummary: 'Parts of this entry are made up. Show what is an example and what comes from the sources',
    planFold: 'what in the plan is made up',
    href: '/en/om/exempel/',
    banner: 'Decisions, documents and counts are real. Anything marked example is made up.',
    bannerReal: (w: KindWords) =>
      `Real: decisions, reference numbers and documents, the number of assignments, key indicators and activities, the counts per status in the reports, ${w.theirs} financial results and the statistics from Kolada.`,
    bannerInvented: (w: KindWords) =>
      `Made up (examples): the texts, statuses, results and target values of the individual assignments and key indicators, and the follow-ups that are not yet in ${w.theirs} documents. Every such value is marked example where it appears.`,
    bannerLink: 'See which parts are examples and where the real details come from',
  },

  planBadge: {
    earlier: 'Earlier plan',
    current: 'Latest plan',
  },

  chart: {
    download: 'Download',
    csv: 'the table as CSV',
    svg: 'the chart as SVG',
    notMeasurable: 'not measurable',
    target: 'Target value',
    targetShort: 'Target',
    showTable: 'Show table',
    rows: (count: number) => `${n(count)} ${count === 1 ? 'row' : 'rows'}`,
    source: 'Source',
    exampleBanner: 'EXAMPLE – made-up values',
    exampleNote: (w: KindWords) =>
      `The values show what the follow-up will look like and are not in ${w.theirs} documents. Do not quote them as facts.`,
    exampleColumn: 'example',
    sourceColumn: 'source',
  },

  embed: {
    pageTitle: (title: string) => `${title} – chart to embed`,
    frameTitle: (title: string) => `Chart: ${title}`,
    back: (site: string) => `See the chart with its explanation on ${site}`,
    heading: 'Embed the chart',
    help: 'Copy the code and paste it into your website. The chart is shown in Swedish, with its table, its source and a link back to the Swedish page.',
    codeLabel: 'Code to copy',
  },

  cite: {
    link: 'Copy link',
    how: 'How to cite',
    copiedLink: 'The link has been copied.',
    copyCitation: 'Copy citation',
    copiedCitation: 'The citation has been copied.',
    copyFailed: 'Copying did not work. Select the text and copy it yourself.',
    changed: { entry: 'Content last changed', site: 'Website content last changed' },
    press: 'Questions from journalists:',
    reported: (day: string) => `Reported ${day}`,
  },

  feeds: {
    follow: 'Follow in a feed reader',
    site: { href: '/flode.xml', label: 'new reports and decisions (Atom feed, in Swedish)' },
    plan: 'new reports and decisions on the plan (Atom feed, in Swedish)',
    page: {
      kind: 'This is a feed',
      titleSuffix: 'feed to subscribe to',
      whatHeading: 'What is a feed?',
      what: 'A feed (Atom) is a list of what is published here, which a feed reader fetches for you. You find out when something new arrives without visiting the website. The feed contains no personal data about you.',
      howHeading: 'How to subscribe',
      copy: "Copy the feed's address:",
      paste: 'Paste the address into your feed reader, for example Feedly, Inoreader or Thunderbird.',
      mail: 'Would you rather get the news by email? The email programs Outlook and Thunderbird can subscribe to feeds: add the address as an RSS feed, and each news item arrives as a message.',
      latestHeading: 'Latest published',
      none: 'Nothing has been published in the feed yet.',
      back: 'To the website',
    },
  },

  source: {
    dateMissing: 'Date not given in the source',
    missing: 'Not given in the source',
  },

  history: {
    kinds: {
      added: 'Added',
      modified: 'Changed',
      deleted: 'Removed',
      renamed: 'New id',
    },
    text: {
      heading: 'Change history',
      lastChanged: 'Last changed',
      source:
        'The history comes from the version control (git) through which the content is published. Each change is shown with its date and what changed. The notes on each change are in Swedish.',
      unavailable:
        "The change history is not available in this version of the website: it was built without the content's full version history, so no dates of change can be shown.",
      noChanges: 'This entry has no published changes in the version history yet.',
      showChange: 'Show change',
      allChanges: (count: number) => (count === 1 ? 'Show the change' : `Show all ${n(count)} changes`),
    },
    archive: {
      notice: (day: string) => `This is how the page looked on ${day}.`,
      newer: 'There is a newer version.',
      links: 'What the page shows about other entries, and its links to them, are as they are today.',
      version: (day: string) => `Version of ${day}`,
      earlier: 'Earlier versions',
      earlierIntro:
        'Each earlier version of the page is kept with its date, so that a reference to it shows the same figures even when the page changes.',
      keptLater: 'When the page changes, this version is kept under Earlier versions, with its date.',
      thisVersion: '(this version)',
      latest: 'Latest version',
    },
    recent: {
      title: 'Latest changes',
      description:
        'The latest changes to the content of Insyn: assignments, key indicators, plans, reports, decisions and documents.',
      intro:
        "Changes to the content of the website, newest first. Each entry's page shows its whole change history. What each change did is said in Swedish.",
      scope: (shown: number, total: number) =>
        shown === total
          ? `The list shows all ${n(total)} changes to the content.`
          : `The list shows the latest ${n(shown)} of ${n(total)} changes to the content.`,
      feed: 'Follow the changes with a feed (Atom, in Swedish)',
      changedEntries: 'Changed entries',
      more: (count: number) => `and ${n(count)} more ${count === 1 ? 'entry' : 'entries'}`,
      gone: 'no longer on the website',
      sharedChange: (note: string, count: number) => `${note} for ${n(count)} entries`,
      changedCount: (count: number) => `${n(count)} ${count === 1 ? 'entry' : 'entries'} changed`,
      feedSubtitle: (name: string) => `Changes to the content of Insyn, ${possessiveEn(name)} open follow-up.`,
    },
    lineage: {
      label: 'Over the years',
      intro: (noun: string) => `The same ${noun} in several years' plans, from the oldest to the latest:`,
    },
  },

  charts: {
    status: {
      status: 'Status',
      notInGroup: 'does not apply',
      reportTitle: (kinds: string[], when: string) => `${capitalizeEn(kinds.join(' and '))} by status, ${when}`,
      summary: (when: string, counts: string) => `${capitalizeEn(when)}: ${counts}.`,
      reportCaption: (when: string, report: string) => `Number by status ${when}, according to ${report}`,
      planTitle: (nouns: string) => `${capitalizeEn(nouns)} by status and follow-up`,
      planCaption: (nouns: string, plan: string) => `${capitalizeEn(nouns)} in ${plan} by status and follow-up`,
      pending: (periods: string) => ` Insyn has no report ${periods}.`,
      activitiesTitle: 'Activities by status',
      activitiesCaption: 'Number of activities by status and follow-up',
    },
    counts: {
      of: (total: string) => ` of ${total}`,
      unreported: (count: string) => `${count} without a reported status`,
    },
    nyckeltal: {
      resultCaption: (title: string, plans: string | undefined) =>
        `${title}: result, target value and status at each follow-up${plans ? `, in ${plans}` : ''}`,
      period: 'Period',
      plan: 'Plan',
      result: 'Result',
      target: 'Target value',
      status: 'Status',
      withUnit: (label: string, unit: string) => `${label} (${unit})`,
      noTarget: 'no target value',
      resultTitle: 'Result against target value',
      linesTitle: 'Result and target value at each follow-up',
      linesAcrossPlans: 'Result and target value at each follow-up, over the years',
      seriesTitle: (names: string, w: KindWords | undefined) =>
        `${names} by year${w ? `, compared with all ${w.many}` : ''}`,
      latestValue: (value: string, name: string, year: number) => `${value} for ${name} (${year})`,
      seriesSummary: (latest: readonly string[], hasTargets: boolean, rankText: string) =>
        `The latest values are ${latest.join(' and ')}${hasTargets ? '' : '; the plan gives no target value'}.${rankText}`,
      seriesCaption: (
        title: string,
        unit: string,
        kronor: boolean,
        compared: { count: number; w: KindWords } | undefined,
      ) =>
        `${title} by year (${unit}${kronor ? ', current prices' : ''})${compared ? `, with the median, lowest and highest value among ${n(compared.count)} ${compared.w.many}` : ''}`,
      year: 'Year',
      missing: 'no data',
      lowest: (w: KindWords, unit: string) => `Lowest ${w.one} (${unit})`,
      highest: (w: KindWords, unit: string) => `Highest ${w.one} (${unit})`,
      place: (direction: 'lower' | 'higher') => `Rank (${direction === 'lower' ? '1 = lowest' : '1 = highest'})`,
      placeIn: (county: string) => `Rank in ${county}`,
      placeOf: (place: number, of: number) => `${place} of ${of}`,
      rank: (
        rank: { place: number; of: number; year: number },
        direction: 'lower' | 'higher',
        w: KindWords,
        inCounty: { place: number; of: number; name: string } | undefined,
      ) =>
        `Rank ${rank.place} of ${rank.of} among ${w.peers} in ${rank.year}${inCounty ? ` and rank ${inCounty.place} of ${inCounty.of} in ${inCounty.name}` : ''}, where rank 1 has the ${direction === 'lower' ? 'lowest' : 'highest'} value.`,
    },
    comparison: {
      median: (w: KindWords) => `Median of ${w.peers}`,
      band: (count: number, w: KindWords) => `Lowest–highest of ${n(count)} ${w.many}`,
    },
  },

  nyckeltalView: {
    equal: 'equal to the target value',
    points: (amount: string) => `${amount} percentage points`,
    distance: (amount: string, above: boolean) => `${amount} ${above ? 'above' : 'below'} the target value`,
    target: (year: number, value: string) => `The target value for ${year} is ${value}`,
    noTarget: (year: number) => `The plan gives no target value for ${year}`,
    notMeasurable: (when: string, target: string) => `The key indicator could not be measured ${when}. ${target}.`,
    result: (when: string, value: string, target: string, distance: string | undefined) =>
      `The result ${when} was ${value}. ${target}${distance ? `, so the result is ${distance}` : ''}.`,
    retrieved: (day: string) => `, retrieved ${day}`,
    examples: (part: 'results' | 'series') =>
      `${part === 'series' ? 'The values' : 'Target value and result'}: examples.`,
  },

  planView: {
    origin: (fromRegionplan: number, own: number) =>
      ` (${n(fromRegionplan)} from the regional plan and ${n(own)} of its own)`,
    followedBy: (source: string) => `Followed with statistics from ${source}`,
  },

  cases: {
    plans: 'Plans in the case',
    documents: 'Documents in the case',
    reports: 'Reports in the case',
  },

  periodDiff: {
    changes: {
      battre: 'got a better status',
      samre: 'got a worse status',
      'ej-jamforbar': 'moved to or from “not measurable”',
      ny: 'got a status that was missing in the previous report',
      utgar: 'got no status this time',
    },
    none: (many: string) => `The plan has no ${many} here.`,
    same: (count: string) => `${count} have the same status as in the previous report`,
    never: (count: string) => `${count} have no status in either report`,
    allSame: (of: string, single: boolean) =>
      single
        ? `${of} has the same status as in the previous report.`
        : `All ${of} have the same status as in the previous report.`,
    noneChanged: (of: string, rest: string) => `None of the ${of} changed status: ${rest}.`,
    changed: (of: string, parts: string) => `Of ${of}, ${parts}.`,
  },

  glossary: {
    groups: GLOSSARY_GROUPS,
    statusHelp: 'What do the statuses mean?',
    statusIntro: (w: KindWords) =>
      `At each follow-up (as of April, as of August and for the full year), the unit responsible for the assignment or key indicator assesses how it is going, and writes a comment explaining the assessment. The assessments are collected in a report to ${w.board}.`,
    inKind: {
      langsiktigt: (w: KindWords) =>
        `A key indicator in the plan that ${w.council} adopts for several years, which shows how an area develops over several years. Often statistics from Kolada.`,
      'kr-inv': (w: KindWords) =>
        `Kronor per inhabitant: the cost divided by the number of inhabitants of ${w.the} on 31 December.`,
      median: (w: KindWords) =>
        `When ${w.peers} are compared, the median is the middle value of all ${w.peers}, and the spread goes from the lowest to the highest.`,
    },
    council: (w: KindWords) => `${w.theirs} highest decision-making body, elected by the residents.`,
    board: (w: KindWords) => `leads and coordinates ${w.theirs} operations and finances.`,
  },

  dataFiles: {
    facts: {
      rows: { one: 'row', many: 'rows' },
      records: { one: 'record', many: 'records' },
      bytes: (count: string) => `${count} bytes`,
      kilobytes: (count: string) => `${count} kB`,
    },
    illustrativeNote:
      'Entries with the field illustrative are wholly or partly examples: the text in the field says what is an example and what comes from the sources. Every entry in the JSON files and every row in the CSV files has the field example, which is true when the entry or row contains examples. For a key indicator with the field exampleFields, this applies only to those fields and their rows.',
    koladaCredit:
      'The yearly values in the key indicators\' series (the field series, the file nyckeltal-series.csv) for key indicators with Kolada as their source come from Kolada, the national database for municipalities and regions run by RKA. Write "Source: Kolada" when you show them unchanged.',
    updateFrequency: 'When a new follow-up, plan or decision is published.',
    addedColumns: {
      id: "The entry's id: the file name without its extension. Other entries refer to the entry by this id.",
      url: "The entry's page on Insyn.",
      plan: "The plan the entry belongs to (the same as the entry's field plan).",
      example:
        "true when the row contains examples, that is, made-up values or texts that are not in the region's documents; false when everything on the row has a source. The field illustrative says what is an example. In the JSON files every entry has the same field, example.",
      recordKey: (collection: string, many: string) =>
        `The id of the entry in ${many.toLowerCase()} (${collection}.csv) that the row belongs to.`,
      /** The Swedish name of the text is the schema's: said generally here. */
      text: () => "The entry's text, as Markdown.",
    },
    exampleField:
      "true when the entry contains examples, that is, made-up values or texts that are not in the region's documents; false when everything in the entry has a source. The field illustrative says what is an example. The CSV files have the same information in the column example on every row.",
    docs: {
      types: {
        text: 'text',
        number: 'number',
        integer: 'whole number',
        date: 'date, YYYY-MM-DD',
        'partial-date': 'date, YYYY-MM-DD, or YYYY-MM when only the month is known',
        url: 'web address',
        enum: 'one of the values below',
        ref: 'id',
        object: 'group of fields',
        list: 'list',
        records: 'list of records',
      },
      ref: (many: string, collection: string) => `id in ${many} (${collection})`,
      list: (item: string) => `list of ${item}`,
      nullable: (type: string) => `${type}, or null`,
      ownFile: (records: string, file: string) => `${records} (own CSV file: ${file})`,
      boolean: 'true or false',
      rowPerEntry: (many: string) => `one row per entry in ${many.toLowerCase()}`,
      rowPerNested: (list: string, nested: string) => `one row per value in ${list}[].${nested}`,
      rowPerValue: (list: string) => `one row per value in the list ${list}`,
      text: 'the text',
    },
  },

  searchPage: {
    filters: {
      typ: 'Type',
      organ: 'Body',
      plan: 'Plan',
      ar: 'Year',
      status: 'Latest status',
      strategi: 'Strategy',
    },
    sorts: {
      relevans: 'Best match first',
      nyast: 'Newest first',
      aldst: 'Oldest first',
    },
    withoutExamples: 'Hide examples',
    withoutExamplesHint: "Only details from the organisation's own documents, no made-up examples.",
    script: {
      failed: 'The search could not be run. Reload the page and try again, or browse the lists below.',
      empty: 'Type a search word or choose a filter.',
      none: 'No results for {query}',
      one: '1 result for {query}',
      many: '{count} results for {query}',
      noneFiltered: 'No results with the chosen filters',
      oneFiltered: '1 result with the chosen filters',
      manyFiltered: '{count} results with the chosen filters',
      tryOther: 'Try another word, a shorter form of the word or fewer filters.',
      fromYears: '{found} from {years}.',
      searchingOlder: 'Searching earlier years …',
      olderFailed: 'Earlier years could not be searched just now. Search again to try once more.',
      more: 'Show more results',
      shown: '{shown} of {count} shown',
    },
    records: {
      example: 'Example',
      exampleLine: 'Example: the entry contains made-up details (example).',
    },
  },

  components: {
    changeList: { noStatus: 'No status', to: 'to' },
    contactList: {
      until: (w: KindWords) => `Until then you can reach ${w.the} through`,
      website: (name: string) => `${possessiveEn(name)} website`,
    },
    sourceLinks: {
      heading: 'Original documents',
      intro: (owner: string) => `The documents that ${owner} has published (in Swedish):`,
      protocol: 'The minutes of the meeting',
      case: (w: KindWords) => `The case in ${w.theirs} register`,
      original: 'The original file',
    },
    decisionCite: {
      dnr: (dnr: string) => `ref. ${dnr}`,
      dnrMissing: 'reference number not given in the source',
    },
    decisionRegister: {
      filterLabel: 'Filter the decisions',
      all: 'All',
      body: 'Body',
      year: 'Year',
      caption: (count: number) => `${n(count)} ${count === 1 ? 'decision' : 'decisions'}, the latest first`,
      date: 'Date',
      title: 'Title',
      dnr: 'Reference number',
      dnrMissing: 'not given in the source',
      none: 'No decisions have been published yet.',
    },
    itemLinks: {
      decisions: 'Decisions',
      noDecision: 'No decision is linked directly to this entry. See the decisions on the plan.',
      documents: 'Documents',
      reports: 'Reports',
    },
    itemPlace: { plan: 'Plan', strategy: 'Strategy' },
    itemsPerPlan: {
      filter: 'Filter by status and strategy on',
      planPage: "the plan's page",
      older: {
        heading: 'Older plans',
        intro: "The lists of older plans are on each plan's own page, where they can be filtered.",
      },
    },
    periodStatuses: { until: 'up to and including' },
    planFilter: {
      summary: 'Filter: choose a status or strategy',
      label: (words: string) => `Filter ${words}`,
      status: 'Latest status',
      strategy: 'Strategy',
      all: 'All',
    },
    planLineage: {
      newest: (body: string) => `The latest plan of ${body} is`,
      all: (body: string) => `All plans of ${body}, the latest first:`,
    },
    statusTag: { none: 'No status reported' },
    transitionTable: { from: 'From', to: 'To', change: 'Change', count: 'Number', unchanged: 'Unchanged' },
  },
  pages: {
    activities: {
      kind: 'Activities',
      lead: (uppdrag: string, nyckeltal: string) =>
        `The organisation breaks the plan's ${uppdrag} and ${nyckeltal} down into activities.`,
      activity: { one: 'activity', many: 'activities' },
      stated: (count: string, w: KindWords) => ` According to ${w.theirs} documents there are ${count}.`,
      leadEnd: 'The individual activities are not published here, only how many have each status.',
      plan: 'Plan',
      units: 'Units',
      source: 'Source',
      noCounts: 'No counts have been reported yet.',
    },
    decision: {
      kind: 'Decision',
      body: 'Body',
      meeting: 'Meeting',
      paragraph: 'Paragraph',
      dnr: 'Reference number (diarienummer)',
      wording: 'The decision',
      wordingSource: 'Source:',
      noWording: "The source does not give the decision's exact wording. The summary above was written for Insyn.",
      plans: 'Plans',
      roles: (roles: string) => `(${roles} by the decision)`,
      uppdrag: 'Assignments based on the decision',
      nyckeltal: 'Key indicators based on the decision',
      reports: 'Reports that refer to the decision',
      documents: 'Documents that refer to the decision',
      sameCase: (dnr: string | null | undefined) => `More decisions in case ${dnr}`,
    },
    document: {
      type: 'Type',
      dnr: 'Reference number (diarienummer)',
      date: 'Date',
      from: 'From',
      author: 'Case officer',
      signedBy: 'Signed by',
      sourceNote: 'About the text:',
      decisions: 'Decisions that the document concerns or refers to',
      plans: 'Plans',
      reports: 'Reports',
      items: 'Assignments and key indicators that refer to the document',
      text: "The document's text (in Swedish)",
    },
    unit: {
      kind: 'Unit',
      organisation: 'Organisation',
      partOf: 'Part of',
      units: 'Units within',
      responsible: 'Responsible for',
      noItems: 'The unit is not named as responsible for any assignment or key indicator here.',
      activities: 'Activities',
      documents: 'Documents from the unit',
    },
    body: {
      shortName: 'Abbreviation',
      organisation: 'Organisation',
      plans: 'Plans',
      noPlans: 'There are no plans from this body here.',
      decisions: 'Decisions',
      noDecisions: 'There are no decisions by this body here.',
    },
    organisation: {
      kind: 'Organisation',
      website: 'Website',
      koladaId: 'Id in Kolada',
      bodies: 'Political bodies',
      noBodies: 'There are no bodies here.',
      units: 'Units',
      noUnits: 'There are no units here.',
      documents: 'Documents',
    },
    period: {
      kind: 'Follow-up period',
      lead: (date: string) => `The period covers the time up to and including ${date}.`,
      plans: (period: string) => `Plans followed up ${period}`,
      noPlans: 'No plan here is followed up in this period.',
      noFollowUp: 'Insyn has no report on this follow-up.',
      inReports: 'The position is given in the reports below.',
      reports: 'Reports',
      noReports: 'There is no report on the period here yet.',
    },
    strategy: {
      kind: (order: number, plan: string | undefined) => `Strategy ${n(order)} in ${plan}`,
      noItems: 'No assignments or key indicators belong to this strategy here.',
      inPlan: 'The strategy in the plan',
    },
    uppdrag: {
      kind: (noun: string, plan: string) => `${noun} in ${plan}`,
      latest: (period: string) => `Latest status, ${period}`,
      noFollowUp: 'No report here yet',
      description: 'Description',
      origin: 'Origin',
      unit: 'Responsible unit',
      statuses: 'Status at each follow-up',
      notFollowedUp: (noun: string) => `This ${noun.toLowerCase()} has not been followed up yet.`,
    },
    nyckeltal: {
      kind: (noun: string, plan: string) => `${noun} in ${plan}`,
      latestResult: 'Latest result',
      latestValues: 'Latest values',
      noResult: "The key indicator has no reported result in the plan's follow-up yet.",
      latestSeries: 'Latest values in the statistics:',
      seriesValue: (value: string, name: string, year: number) => `${value} for ${name} (${year})`,
      allRegions: (many: string, year: number) => `All ${many}, ${year}`,
      rank: (lowest: boolean, many: string) =>
        `Rank 1 has the ${lowest ? 'lowest' : 'highest'} value. The values of all ${many} for every year are in`,
      amongThe: 'among the',
      openData: 'open data',
      allRegionsCaption: (count: number, many: string, year: number) => `all ${n(count)} ${many}, ${year}`,
      inCountyCaption: (count: number, county: string, year: number) =>
        `the ${n(count)} municipalities in ${county}, ${year}`,
      currentPricesSuffix: ', current prices',
      place: 'Rank',
      peer: (one: string) => capitalizeEn(one),
      value: 'Value',
      statuses: 'Status at each follow-up',
      until: 'up to and including',
      about: 'About the key indicator',
      nameIn: (source: string) => `Name in ${source}`,
      definitionIn: (source: string) => `Definition in ${source}`,
      unit: 'Unit',
      currentPrices: 'current prices',
      direction: 'Direction',
      otherTargets: 'Other target values',
      targets: 'Target values',
      noTarget: 'The plan gives no target value',
      responsibleUnit: 'Responsible unit',
      source: 'Source',
    },
    plan: {
      itemWords: (uppdrag: string, nyckeltal: string) => `${uppdrag} and ${nyckeltal}`,
      situation: 'Position',
      situationAt: (period: string) => `Position ${period}`,
      noFollowUp: 'Insyn has no report on the follow-up of the plan.',
      source: 'Source:',
      perStrategy: (items: string) => `${items} by strategy`,
      jumpLabel: 'Go to a strategy:',
      jumpLink: (strategy: string, count: number) => `${strategy} (${n(count)})`,
      statusAt: (period: string) => `, with their status ${period} unless stated otherwise`,
      more: 'More about the plan',
      charts: 'Charts per follow-up',
      moves: 'How the statuses have changed',
      noStatus: (items: string) => `No status has been reported for the plan's ${items} yet.`,
      oneFollowUp: (items: string) =>
        `Only one follow-up has been reported so far, so there is no change to show yet. When the next follow-up is reported, this shows how many ${items} have moved from one status to another.`,
      fromTo: (from: string, to: string) => `From ${from} to ${to}`,
      moveCaption: (noun: string, from: string, to: string) => `${noun}: from ${from} to ${to}`,
      facts: 'Facts and decisions about the plan',
      according: 'According to',
      contains: (parts: string) => `the plan contains ${parts}.`,
      itemsMissing: (items: string) =>
        `The individual ${items} are missing from the sources and are therefore not shown here.`,
      decidedBy: 'Decided by',
      valid: 'Valid for',
      dnr: 'Reference number (diarienummer)',
      parent: 'Based on',
      children: 'Plans based on it',
      followUp: 'Follow-up',
      noFollowUpPlan: 'The follow-up schedule is missing from the sources',
      decisions: 'Decisions on the plan',
      noDecisions: 'The decisions on the plan are missing from the sources.',
      reports: 'Reports',
      andDocuments: (documents: string, count: string) => ` and ${documents} (${count})`,
      noReports: 'There is no report on the plan here.',
      activities: 'Activities by status',
      activitiesLead: (items: string) => `The organisation breaks ${items} down into activities.`,
      aboutActivities: 'About the activities',
    },
    report: {
      plan: 'Plan',
      period: 'Reports the position',
      until: 'up to and including',
      date: 'Date',
      dnr: 'Reference number (diarienummer)',
      situation: 'The position according to the report',
      noItems: (uppdrag: string, nyckeltal: string) => `No ${uppdrag} or ${nyckeltal} from the plan are here.`,
      changes: 'Changes since the previous report',
      comparedWith: 'Compared with',
      previousPeriod: (period: string) => `which reported the position ${period}.`,
      noPrevious:
        'There is no earlier report for the plan covering an earlier period, so there is nothing to compare with.',
      samePeriod: (period: string) => `The same period (${period}) is also reported in`,
      sameStatuses: '. The statuses apply to the period and are therefore the same.',
      and: ' and ',
      perStatus: (nouns: string, period: string) => `${nouns} ${period}, by status`,
      decisions: 'Decisions',
      documents: 'Documents',
    },
    lists: {
      activities: {
        title: 'Activities',
        lead: 'The organisation breaks assignments and key indicators down into activities. This page shows how many activities have each status.',
      },
      decisions: {
        title: 'Decisions',
        leadCitation: "A decision is cited by the body, the meeting's date and the paragraph, as in",
        exampleCitation: 'RS 2023-11-08 § 194',
        leadCase: '. A case has a reference number (diarienummer), such as',
        exampleDnr: 'RS/595/2023',
        leadCaseEnd: ', and can hold several decisions, plans, documents and reports.',
        cases: 'Cases by reference number',
        casesIntro: 'Everything that belongs to the same case: decisions, plans, documents and reports.',
        casesLabel: 'Cases',
        noDnr: 'Without reference number',
        case: (dnr: string) => `Case ${dnr}`,
        caseWithoutDnr: 'Decisions for which the source gives no reference number',
        noDecisions: 'There are no decisions in this case here, only what is listed below.',
      },
      decisionsSelection: {
        body: (name: string) => name,
        year: (year: string) => `year ${year}`,
        title: (criteria: string) => `Decisions: ${criteria}`,
        crumb: 'Decisions',
        lead: (criteria: string) => `The decisions for ${criteria}, the latest first.`,
        all: 'Show all decisions',
      },
      documents: {
        title: 'Documents',
        lead: "Officer's reports, reports and plans in full text (in Swedish), the latest first.",
        meta: (kind: string, date: string, dnr: string) => `${kind}, ${date}, ref. ${dnr}`,
      },
      units: {
        title: 'Units',
        lead: 'The units of the administration that are responsible for assignments and key indicators and that produce the reports.',
        within: (parent: string) => `within ${parent}`,
      },
      nyckeltal: {
        title: 'Key indicators',
        lead: (w: KindWords) => `The key indicators show how ${w.the} measures its results:`,
        shortTerm: 'short-term key indicators',
        shortTermEnd: 'with target values for the year, and',
        longTerm: 'long-term key indicators',
        longTermEnd: ', often with statistics from Kolada.',
        none: 'No key indicators have been published here yet.',
      },
      bodies: {
        title: 'Bodies',
        lead: 'The political bodies that decide on the plans: the council, the executive board and the committees.',
      },
      organisations: { title: 'Organisations' },
      periods: {
        title: 'Follow-up periods',
        lead: 'The points at which the plans are followed up.',
        examples:
          "The region's documents mention the four-monthly report for January to April and the year-end accounts; points marked example are not in the documents.",
        until: (date: string) => `up to and including ${date}`,
      },
      plans: {
        title: 'Plans',
        lead: (w: KindWords) =>
          `${capitalizeEn(w.council)} adopts a plan covering several years. ${capitalizeEn(w.board)} and the committees each adopt a plan of their own every year, with the assignments they have been given and key indicators of their own. Each plan is followed up in reports during the year.`,
        current: 'Latest plans',
        earlier: 'Earlier plans',
      },
      planSelection: {
        status: (status: string) => `latest status ${status}`,
        strategy: (strategy: string) => `the strategy ${strategy}`,
        title: (items: string, criteria: string) => `${items} with ${criteria}`,
        kind: (plan: string) => `Selection from ${plan}`,
        showing: (shown: string, total: string, items: string) => `Showing ${shown} of ${total} ${items} in the plan.`,
        all: (items: string) => `Show all ${items}`,
        heading: 'The selection',
      },
      reports: {
        title: 'Reports',
        lead: 'The plans are followed up in four-monthly reports (January to April), interim reports (January to August), the annual report (full year) and special follow-ups. Each report shows the position at the time and what has changed since the previous report.',
        meta: (kind: string, period: string, date: string, dnr: string) =>
          `${kind}, position ${period}, ${date}, ref. ${dnr}`,
      },
      strategies: {
        title: 'Strategies',
        lead: "The regional plan's strategies. The assignments and key indicators in each plan belong to a strategy.",
        none: 'No strategies have been published here yet.',
      },
      uppdrag: {
        title: 'Assignments',
        lead: (w: KindWords) =>
          `The assignments are what ${w.board} and the committees are to do during the year, in each plan with the latest reported status.`,
        none: 'No assignments have been published here yet.',
      },
    },
    notFound: {
      title: 'Page not found',
      lead: 'We cannot find a page at that address. The address may be misspelt, or the page may have moved.',
      searchLabel: 'Search for words or a reference number',
      orStart: 'Or start from:',
      home: 'Home page',
      plans: 'Plans',
      decisions: 'Decisions',
      reports: 'Reports',
    },
    glossary: {
      title: 'Glossary',
      about: 'About this website',
      lead: 'Words and abbreviations used on this website, explained in everyday language.',
    },
    start: {
      title: 'Home',
      heading: (w: KindWords) => `How ${w.theirs} plans are going`,
      followedUp: (date: string) => `Followed up as of ${date} · published`,
      next: (period: string) => ` · next follow-up: ${period}`,
      overdue: (period: string) => `The next follow-up, ${period}, has not been published here.`,
      economyHeading: "The region's finances",
      economy: (month: string, result: string, against: string) =>
        `Up to and including ${month}, the region's accumulated result was SEK ${result} million, SEK ${against} million worse than budgeted.`,
      examples: "The assignments' and key indicators' own details are examples; the counts per status are real.",
      ofNyckeltal: (total: number, noun: string) => `${n(total)} ${noun}, of which`,
      ofUppdrag: (total: number, noun: string) => `Of the ${n(total)} ${noun}:`,
      and: ' and ',
      seeAll: (uppdrag: string, nyckeltal: string) => `See all ${uppdrag} and ${nyckeltal} in the plan`,
      seePlan: 'Read about the plan',
      source: 'Source:',
      lead: (name: string, owner: string, w: KindWords) =>
        `${name} shows what the politicians in ${owner} have decided to do, how ${w.the} measures its results and how things have gone, report by report, with the decisions and documents behind them.`,
      uppdrag: 'Assignments',
      uppdragIs: 'are what the executive board and the committees are to do.',
      nyckeltal: 'Key indicators',
      nyckeltalIs: (w: KindWords) => `are the measures ${w.the} follows, with target values.`,
      otherPlans: 'Other plans followed up',
      latestFollowUp: 'Latest follow-up:',
      notFollowedUp: 'Plans not yet followed up',
      notFollowedUpIntro: 'These plans have no reported follow-up, so there are no results to show for them yet.',
      find: 'Find',
      searchLabel: 'Search for words or a reference number',
      waysIn: {
        plans: 'Plans',
        plansText: 'All plans, current and earlier, with assignments and key indicators by strategy.',
        reports: 'Reports',
        reportsText: 'The position at each follow-up and what has changed since the previous one.',
        decisions: 'Decisions',
        decisionsText: 'The decisions as a register: date, body, paragraph and reference number.',
        openData: 'Open data',
        openDataText: 'All content as files to download and use freely.',
      },
    },
    about: {
      title: 'About this website',
      lead: (name: string, owner: string, w: KindWords) =>
        `${name} is ${possessiveEn(owner)} open follow-up of its plans. Here anyone can see what the politicians have decided to do, how ${w.the} measures its results and how things have gone, with the decisions and documents behind them.`,
      who: 'Who is behind it?',
      publishedBy: 'The website is published by',
      why: (purpose?: string) =>
        `. ${purpose ?? 'It exists so that staff, elected members and residents can see the latest reported results for all assignments and key indicators.'}`,
      numbers: 'Where do the figures come from?',
      sources: (w: KindWords) =>
        `Plans, decisions, reports and documents come from ${w.theirs} own documents. Every assignment and key indicator shows which plan and which decision it belongs to, and every figure shows its source. Long-term key indicators can have statistics from Kolada, the Swedish database of key indicators for municipalities and regions. There it says`,
      sourcesQuote: 'Source: Kolada',
      sourcesEnd: 'with a link.',
      examples:
        'Some details about individual assignments and key indicators are not yet in the documents the website is based on. There we have added examples to show how the pages work. Such entries are marked',
      examplesMore:
        ", and the entry's page says what is an example and what comes from the sources. The counts per status in the reports match the sources.",
      andComma: ', and',
      noExamples: 'The website has no examples: everything shown comes from the sources. Read about',
      words: 'what the words on the website mean',
      dates: 'Dates',
      datesText: 'Dates are written as in the source. When the source gives only the month, such as',
      datesQuote: 'February 2024',
      datesEnd: ', we show only the month. When the sources do not give the date of a report, we say so.',
      use: 'Using the content',
      useText:
        'Every page has a fixed address that you can link to and cite. Every chart has its figures in a table beside it, and you can download the figures as a CSV file and the chart as an SVG image. All content is also available as',
      openData: 'open data',
      cookies: 'Cookies and personal data',
      sheets: 'For editors: report sheets',
      sheetsText:
        "Staff who report on the plan can download a report sheet in Excel for a whole period: every assignment and key indicator of the plan, with the previous period's status and result. The sheets are in Swedish.",
      sheetRole: { current: 'latest reported', next: 'next period' },
      excel: 'Excel',
      cookiesText:
        'The website uses no cookies and stores nothing in your browser. It loads no fonts, scripts or images from other websites and does not measure how you use it.',
      press: 'For journalists',
      pressText:
        "Every change to the content is shown with its date and with the value before and after, on the entry's page and on the page",
      pressFeed:
        'which is also available as a feed. Decisions and documents link to the original documents when their addresses are known.',
      pressContact: 'Questions from the press and media:',
      contact: 'Contact',
      contactText: 'We welcome questions about the content and comments on the figures here:',
      accessibility: 'Accessibility',
      readThe: 'Read the',
      statement: 'accessibility statement',
      statementEnd: 'on how accessible the website is and how to report problems.',
    },
    accessibility: {
      title: 'Accessibility statement',
      lead: (owner: string, name: string) =>
        `${owner} is responsible for this website. We want as many people as possible to be able to use it. This statement describes how ${name} complies with the Swedish Act on accessibility to digital public services, the known shortcomings, and how you can report problems to us so that we can fix them.`,
      howAccessible: 'How accessible is the website?',
      howAccessibleText: (organisation: string) =>
        `We have built the website to meet WCAG 2.1 at level AA, but it has not yet been reviewed by anyone outside ${organisation} and has not been tested with assistive technology. We know of some shortcomings, which are described under`,
      notAccessible: 'Content that is not accessible',
      whatYouCanDo: 'What can you do if you cannot use parts of the website?',
      whatYouCanDoText:
        'All figures in the charts are also in a table beside the chart and in a CSV file to download. If you need content in another format, you can contact us:',
      report: "Report shortcomings in the website's accessibility",
      reportText:
        "We are always working to improve the website's accessibility. If you find problems that are not described on this page, or if you think we do not meet the requirements of the law, contact us at the address or number above and tell us which page it concerns, so that we know about the problem.",
      supervision: 'Enforcement',
      supervisionText:
        'The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can',
      supervisionLink: 'report a lack of accessibility to Digg',
      technical: "Technical information about the website's accessibility",
      technicalText: 'This website is',
      compliance: { helt: 'fully compliant', delvis: 'partially compliant', inte: 'not compliant' },
      technicalEnd:
        'with the Act on accessibility to digital public services, because of the shortcomings and the incomplete testing described below.',
      nonCompliance: 'Non-compliance with the legal requirements',
      shortcomings: (w: KindWords) => [
        'The charts scale with the width of the screen. On a very narrow screen the text in the charts becomes slightly smaller than the rest of the text. The same figures are in the table beside each chart, where the text follows your settings.',
        `The documents are reproduced as text from ${w.theirs} own documents. A document that ends mid-sentence in the source is reproduced that way, and its page says so.`,
        "The link to Kolada for the statistics leads to Kolada's programming interface, which shows data in machine-readable form rather than as a readable page.",
      ],
      tested: 'How we tested the website',
      selfAssessment:
        'We have carried out a self-assessment (internal testing) of the website. The latest assessment was made on',
      notAssessed: 'The website has not been assessed yet.',
      automatic: 'The following is tested automatically every time the website is built:',
      automaticChecks: [
        'that every page has a language, a main heading, landmarks for the header, navigation, main content and footer, and a link to skip to the content,',
        'that heading levels do not skip a level and that no id values are repeated on a page,',
        'that all internal links and links to sections work,',
        'that every chart is an image with a name and a description and has a table with the same figures beside it,',
        'that a status is always shown with a word and a shape, not only with colour,',
        'that the website loads nothing from other websites and runs no scripts for the charts.',
      ],
      reviewed:
        'We have also reviewed screenshots of the pages at 320 pixels wide, on a desktop screen, in forced colours mode (such as Windows high contrast mode) and in print mode. The colours are chosen for a contrast of at least 4.5:1 for text.',
      notTested: 'We have',
      not: 'not',
      notTestedEnd:
        'tested the website with screen readers, magnification software or voice control, carried out user tests with people with disabilities, or had it reviewed by an external party. That must be done before we assess the website as fully compliant with the law.',
      updated: (date: string) => `This statement was last updated on ${date}.`,
    },
    examples: {
      title: 'Which parts are examples?',
      about: 'About this website',
      lead: (w: KindWords) =>
        `The website is based on ${w.theirs} own documents. Where the documents do not give every detail, we have filled in examples to show what the follow-up will look like. The examples are made up and must not be quoted as facts.`,
      fromDocuments: (w: KindWords) => `This comes from ${w.theirs} documents`,
      fromDocumentsList: [
        'The names and reference numbers of the plans, and the decisions that adopted and revised them, where the documents give them.',
        "The counts: 38 assignments (30 from the regional plan and 8 of the board's own), 23 short-term key indicators and 231 activities in the Regional Executive Board's plan for 2024, and the number per status as of April 2024.",
        "The region's financial result: SEK −471 million up to and including November 2023, SEK 492 million worse than budgeted.",
        'The four documents, reproduced in full.',
        'The annual values of the long-term key indicators, taken unchanged from Kolada.',
      ],
      fromDocumentsSources: [
        "Officer's reports of 4 December 2019 (RS/654/2019), 4 October 2021 (RS/101/2015), 17 January 2024 and 7 May 2024 (RS/595/2023)",
        "Follow-up of the Regional Executive Board's plan and budget 2024, 7 May 2024 (RS/595/2023), which reproduces the four-monthly report as of April 2024 (RS/99/2024)",
        "Revision of the Regional Executive Board's plan and budget 2024, officer's report of 17 January 2024 (RS/595/2023)",
        "The officer's reports listed above",
        'Kolada, the Swedish database of key indicators for municipalities and regions',
      ],
      factColumn: 'Fact',
      sourceColumn: 'Source',
      collectionColumn: 'Collection',
      examplesColumn: 'Entries with examples',
      whatColumn: 'What is made up',
      entriesFold: (count: number) => (count === 1 ? '1 entry' : `${n(count)} entries`),
      examples: 'These are examples',
      examplesText:
        "Each entry below has its own text on what is an example and what comes from the documents. The same text is on the entry's page. In the lists on the website such entries are marked",
      examplesFiles: '. In the downloadable files every row has the field',
      examplesCharts: ', and charts with made-up values say',
      examplesWords: '. Words used on the website are explained on the page',
      glossary: 'Glossary',
      count: (shown: number, total: number) => `${n(shown)} of ${n(total)}`,
      none: 'The website has no examples: everything shown comes from the sources, and every page and file says which source.',
    },
    search: {
      title: 'Search',
      intro:
        'Search among assignments, key indicators, plans, reports, decisions and documents. You can search for words, figures, reference numbers and the paragraphs of decisions. Most of the content is in Swedish.',
      label: 'Search terms',
      hint: 'For example styrmodellen (the governance model), 471, RS/595/2023 or § 194.',
      button: 'Search',
      filters: 'Narrow down and sort',
      filtersLegend: 'Narrow down and sort the results',
      all: 'All',
      order: 'Order',
      noScript:
        "Search needs JavaScript, which is turned off or not supported in your browser. You can find the same content by browsing the lists below. Then use your browser's own search (Ctrl+F or Cmd+F) to search within a list page.",
      results: 'Results',
      more: 'Show more results',
      browse: 'Browse instead',
    },
    openData: {
      title: 'Open data',
      description: "Download Insyn's data on plans, assignments and key indicators as CSV and JSON, free to use.",
      intro:
        'Everything Insyn shows can be downloaded and used freely: plans, assignments with their status at each follow-up, key indicators with target values and results, the number of activities, reports, decisions and documents. The files are built from the same reviewed content as the pages, every time the website is updated.',
      licence: 'Licence:',
      licenceText: (publisher: string) =>
        `You do not need to ask or credit the source, but we appreciate it if you name ${publisher} as the source.`,
      example: 'Example:',
      kolada: 'Kolada:',
      updated: 'Updated:',
      stable: 'The addresses are stable:',
      stableText: 'a file does not change its address, and an id does not change its meaning.',
      all: 'Download everything',
      perCollection: 'Files per collection',
      perCollectionText: 'Each kind of record has a JSON file,',
      collectionPath: '/data/<collection>.json',
      perCollectionEnd:
        ", and one or more CSV files. Lists within a record, such as an assignment's status at each follow-up, have a CSV file of their own with one row per value, so that every table can be opened in Excel.",
      fieldsOf: (collection: string) => `The fields in ${collection}`,
      perPlan: 'Files per plan',
      perPlanText: 'The same files are available for each plan separately under',
      planPath: '/data/plans/<plan>/',
      perPlanEnd:
        ', with the plan, its strategies, follow-up points, assignments, key indicators, activities and reports, and the decisions and documents they refer to. Bodies, units and organisations are only in the files for the whole website.',
      allFiles: (count: number, plan: string) => `All ${n(count)} files for ${plan}`,
      format: 'Format',
      csv: 'CSV',
      csvIntro: 'The CSV files are made to open with a double click in Excel with Swedish settings:',
      csvEncoding:
        'The character encoding is UTF-8 with a byte order mark (BOM), so that Swedish letters come out right.',
      csvSeparator: 'Fields are separated by semicolons',
      csvDecimal: 'and decimal numbers are written with a decimal comma',
      csvDecimalEnd: 'without thousands separators, as Excel with Swedish settings expects.',
      csvQuotes:
        'Fields that contain semicolons, quotation marks or line breaks are enclosed in quotation marks, and quotation marks in the text are doubled, as in RFC 4180. Lines end with CRLF.',
      csvHeader:
        'The first row holds the column names. They are the same as the field names in JSON; a field inside another field is named as in',
      csvDates: 'Dates are written',
      datePattern: 'YYYY-MM-DD',
      csvMonths: '. When the source gives only the month, the date is written',
      monthPattern: 'YYYY-MM',
      csvMonthsEnd: ': we never invent a day.',
      csvEmpty: 'An empty cell means that the value is missing: it is null in JSON or not given in the source.',
      csvList: 'Several values in one cell, such as several decisions, are separated by',
      csvListEnd: 'with a space on each side.',
      csvRefs: 'References to other records are their ids, which are in the column',
      csvRefsEnd: "in the other collection's file.",
      excel: "Excel removes leading zeros from ids such as Kolada's",
      excelImport:
        'if you open the file with a double click. To keep them, import the file with Data › From Text/CSV and set the column as text. In R, read the files with',
      excelPython: ', in Python with',
      json: 'JSON',
      jsonNumbers: 'UTF-8. Numbers are numbers, not text, and a missing value is',
      jsonRecords: 'Each record has the same fields as the content files (see',
      jsonSchema: 'JSON Schema',
      jsonRecordsMore: '), with references as ids, and in addition',
      jsonFirst: 'first,',
      jsonExample: 'when the record contains examples) and',
      jsonUrl: ", the record's page on Insyn, last. An optional field that is not given is left out of the record.",
      jsonFile: 'Each file starts with the licence, the publisher and a link here; the records are under',
      jsonOrUnder: ', or under',
      jsonAll: 'in the files with everything.',
      addedColumns: 'Columns only in the files',
      addedColumnsText:
        'Besides the fields below, the files have a few columns that tell which record a row belongs to:',
      fields: 'All fields',
      fieldsText:
        "The descriptions come straight from the content's schema, the same rules that check every file before it is published.",
      files: 'Files:',
      schemaFiles: '. Schema for the content files:',
      schemaRecords: ', for the records in the JSON file:',
      type: 'Type:',
      always: 'Always present.',
      optional: 'May be missing.',
      inCsv: 'In CSV: the column',
      inTable: (table: string) => `in ${table}.`,
      schemaText:
        'Each collection has a JSON Schema that describes its fields and their rules. Editors get suggestions and error marks in their editor while they write.',
      recordSchema: 'The records in the JSON files under',
      recordSchemaFields: 'have a schema of their own with the same fields and the fields that are only in the files:',
      and: 'and',
      recordSchemaLink: '. Each JSON file links to it under',
      recordSchemaValidate: ', and developers can validate the files against it.',
      inOpenData: (collection: string) => `${collection} in open data`,
      crossFileRules:
        'Some rules cannot be seen by any JSON Schema, because they span several files: that an id exists, that an id or a decision occurs only once, and that a result applies to a period the plan follows up. The website checks these when it is built.',
      feeds: 'Feeds',
      feedsText: 'New reports and decisions are available as Atom feeds that you can follow in a feed reader:',
      feedsSite: 'for the whole website, and one feed per plan:',
      atom: 'Atom requires a full timestamp for every entry, but the sources sometimes give only the month of a decision and sometimes no date at all for a report. That is why',
      atomPublished: "are the time the entry was published on Insyn. The decision's or report's own date is in",
      atomPrecision: 'with the precision the source gives:',
      atomOr: ', or',
      atomMonth: 'when only the month is known. If the source has no date, there is no',
      catalogue: "Catalogue for Sweden's data portal",
      catalogueIntro:
        "The datasets are described according to DCAT-AP-SE, so that Sweden's data portal can fetch (harvest) the description:",
      rdf: 'RDF/XML, the format the data portal harvests.',
      jsonLd: 'the same catalogue as JSON-LD.',
      catalogueText:
        'The catalogue has one dataset with everything and one per plan, each with a JSON, a CSV and a zip distribution. It gives',
      catalogueFacts: (licence: string, w: KindWords) =>
        `as the publisher, the licence ${licence}, how often the data is updated and when it last changed. The catalogue's address is also its identity, so ${w.theirs} main catalogue can include it as a sub-catalogue (`,
    },
  },
};
