/**
 * The content model's words in English: the counterparts of `#lib/core/labels.ts`, with the
 * same names and types, for the English interface. Code keeps the schemas' ASCII keys.
 */
import type * as sv from '#lib/core/labels.ts';

export const STATUS_LABELS: typeof sv.STATUS_LABELS = {
  'helt-uppfyllt': 'Fully achieved',
  'delvis-uppfyllt': 'Partly achieved',
  'ej-uppfyllt': 'Not achieved',
  'gar-ej-att-mata': 'Not measurable',
};

export const ACTIVITY_LABELS: typeof sv.ACTIVITY_LABELS = {
  planerad: 'Planned',
  pagaende: 'In progress as planned',
  forsenad: 'Delayed',
  genomford: 'Completed',
};

export const COLLECTION_LABELS: typeof sv.COLLECTION_LABELS = {
  organisations: { one: 'Organisation', many: 'Organisations' },
  bodies: { one: 'Body', many: 'Bodies' },
  units: { one: 'Unit', many: 'Units' },
  plans: { one: 'Plan', many: 'Plans' },
  strategies: { one: 'Strategy', many: 'Strategies' },
  periods: { one: 'Follow-up period', many: 'Follow-up periods' },
  uppdrag: { one: 'Assignment', many: 'Assignments' },
  nyckeltal: { one: 'Key indicator', many: 'Key indicators' },
  activities: { one: 'Activities', many: 'Activities' },
  reports: { one: 'Report', many: 'Reports' },
  decisions: { one: 'Decision', many: 'Decisions' },
  documents: { one: 'Document', many: 'Documents' },
};

/** What a plan calls its items: the 2020 model spoke of performance goals and measures. */
export const VOCABULARY_LABELS: typeof sv.VOCABULARY_LABELS = {
  'uppdrag-nyckeltal': {
    uppdrag: { one: 'assignment', many: 'assignments' },
    nyckeltal: { one: 'key indicator', many: 'key indicators' },
  },
  'resultatmal-matetal': {
    uppdrag: { one: 'performance goal', many: 'performance goals' },
    nyckeltal: { one: 'measure', many: 'measures' },
  },
};

export const PLAN_KIND_LABELS: typeof sv.PLAN_KIND_LABELS = {
  regionplan: 'Regional plan',
  'plan-och-budget': 'Plan and budget',
  verksamhetsplan: 'Operational plan',
};

export const PERIOD_KIND_LABELS: typeof sv.PERIOD_KIND_LABELS = {
  april: 'as of April',
  augusti: 'as of August',
  helar: 'full year',
};

export const REPORT_KIND_LABELS: typeof sv.REPORT_KIND_LABELS = {
  tertialrapport: 'Four-monthly report',
  delarsrapport: 'Interim report',
  arsredovisning: 'Annual report',
  uppfoljning: 'Follow-up',
};

export const DOCUMENT_KIND_LABELS: typeof sv.DOCUMENT_KIND_LABELS = {
  tjansteskrivelse: "Officer's report",
  rapport: 'Report',
  plan: 'Plan',
  protokoll: 'Minutes',
};

export const BODY_KIND_LABELS: typeof sv.BODY_KIND_LABELS = {
  fullmaktige: 'Council',
  styrelse: 'Executive board',
  namnd: 'Committee',
};

export const DECISION_ROLE_LABELS: typeof sv.DECISION_ROLE_LABELS = {
  faststalld: 'Adopted',
  reviderad: 'Revised',
};

export const ORIGIN_LABELS: typeof sv.ORIGIN_LABELS = {
  regionplan: 'From the regional plan',
  egen: 'Own assignment',
};

export const TERM_LABELS: typeof sv.TERM_LABELS = {
  kortsiktig: 'Short-term key indicator',
  langsiktig: 'Long-term key indicator',
};

export const DIRECTION_LABELS: typeof sv.DIRECTION_LABELS = {
  higher: 'A higher value is better',
  lower: 'A lower value is better',
};

export const GENDER_LABELS: typeof sv.GENDER_LABELS = { K: 'Women', M: 'Men' };

/** Status words after a count: "1 not achieved", "2 fully achieved". */
export const STATUS_COUNT_LABELS: typeof sv.STATUS_COUNT_LABELS = {
  'helt-uppfyllt': { one: 'fully achieved', many: 'fully achieved' },
  'delvis-uppfyllt': { one: 'partly achieved', many: 'partly achieved' },
  'ej-uppfyllt': { one: 'not achieved', many: 'not achieved' },
  'gar-ej-att-mata': { one: 'not measurable', many: 'not measurable' },
};

export const ACTIVITY_COUNT_LABELS: typeof sv.ACTIVITY_COUNT_LABELS = {
  planerad: { one: 'planned', many: 'planned' },
  pagaende: { one: 'in progress as planned', many: 'in progress as planned' },
  forsenad: { one: 'delayed', many: 'delayed' },
  genomford: { one: 'completed', many: 'completed' },
};

/** How an item's status moved between two reports; see `src/lib/views/period-diff.ts`. */
export const CHANGE_LABELS: typeof sv.CHANGE_LABELS = {
  battre: 'Better',
  samre: 'Worse',
  'ej-jamforbar': 'Measurability changed',
  ny: 'New status',
  utgar: 'No new status',
};

/** Items that have no status for a period that has been followed up. */
export const UNREPORTED_LABEL: string = 'No reported status';
