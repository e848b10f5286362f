/**
 * Every word users read about the content model, in Swedish, in one place: statuses,
 * kinds and collection names. Code keeps the English/ASCII keys from `src/schemas/`.
 */
import type { ActivityStatus, CollectionName, NyckeltalStatus } from '../../schemas/index.ts';
import type { BODY_KINDS } from '../../schemas/organisation.ts';
import type { DECISION_ROLES, PERIOD_KINDS, PLAN_KINDS, VOCABULARIES } from '../../schemas/plan.ts';
import type { REPORT_KINDS } from '../../schemas/report.ts';
import type { DOCUMENT_KINDS } from '../../schemas/document.ts';
import type { DIRECTIONS, ORIGINS, TERMS } from '../../schemas/item.ts';

export const STATUS_LABELS: Record<NyckeltalStatus, string> = {
  'helt-uppfyllt': 'Helt uppfyllt',
  'delvis-uppfyllt': 'Delvis uppfyllt',
  'ej-uppfyllt': 'Ej uppfyllt',
  'gar-ej-att-mata': 'Går ej att mäta',
};

export const ACTIVITY_LABELS: Record<ActivityStatus, string> = {
  planerad: 'Planerad',
  pagaende: 'Pågående enligt plan',
  forsenad: 'Försenad',
  genomford: 'Genomförd',
};

export const COLLECTION_LABELS: Record<CollectionName, { one: string; many: string }> = {
  organisations: { one: 'Organisation', many: 'Organisationer' },
  bodies: { one: 'Organ', many: 'Organ' },
  units: { one: 'Enhet', many: 'Enheter' },
  plans: { one: 'Plan', many: 'Planer' },
  strategies: { one: 'Strategi', many: 'Strategier' },
  periods: { one: 'Uppföljningsperiod', many: 'Uppföljningsperioder' },
  uppdrag: { one: 'Uppdrag', many: 'Uppdrag' },
  nyckeltal: { one: 'Nyckeltal', many: 'Nyckeltal' },
  activities: { one: 'Aktiviteter', many: 'Aktiviteter' },
  reports: { one: 'Rapport', many: 'Rapporter' },
  decisions: { one: 'Beslut', many: 'Beslut' },
  documents: { one: 'Dokument', many: 'Dokument' },
};

/** What a plan calls its items: the 2020 model said resultatmål and mätetal. */
export const VOCABULARY_LABELS: Record<
  (typeof VOCABULARIES)[number],
  { uppdrag: { one: string; many: string }; nyckeltal: { one: string; many: string } }
> = {
  'uppdrag-nyckeltal': {
    uppdrag: { one: 'uppdrag', many: 'uppdrag' },
    nyckeltal: { one: 'nyckeltal', many: 'nyckeltal' },
  },
  'resultatmal-matetal': {
    uppdrag: { one: 'resultatmål', many: 'resultatmål' },
    nyckeltal: { one: 'mätetal', many: 'mätetal' },
  },
};

export const PLAN_KIND_LABELS: Record<(typeof PLAN_KINDS)[number], string> = {
  regionplan: 'Regionplan',
  'plan-och-budget': 'Plan och budget',
  verksamhetsplan: 'Verksamhetsplan',
};

export const PERIOD_KIND_LABELS: Record<(typeof PERIOD_KINDS)[number], string> = {
  april: 'per april',
  augusti: 'per augusti',
  helar: 'helår',
};

export const REPORT_KIND_LABELS: Record<(typeof REPORT_KINDS)[number], string> = {
  tertialrapport: 'Tertialrapport',
  delarsrapport: 'Delårsrapport',
  arsredovisning: 'Årsredovisning',
  uppfoljning: 'Uppföljning',
};

export const DOCUMENT_KIND_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  tjansteskrivelse: 'Tjänsteskrivelse',
  rapport: 'Rapport',
  plan: 'Plan',
  protokoll: 'Protokoll',
};

export const BODY_KIND_LABELS: Record<(typeof BODY_KINDS)[number], string> = {
  fullmaktige: 'Fullmäktige',
  styrelse: 'Styrelse',
  namnd: 'Nämnd',
};

export const DECISION_ROLE_LABELS: Record<(typeof DECISION_ROLES)[number], string> = {
  faststalld: 'Fastställd',
  reviderad: 'Reviderad',
};

export const ORIGIN_LABELS: Record<(typeof ORIGINS)[number], string> = {
  regionplan: 'Från regionplanen',
  egen: 'Eget uppdrag',
};

export const TERM_LABELS: Record<(typeof TERMS)[number], string> = {
  kortsiktig: 'Kortsiktigt nyckeltal',
  langsiktig: 'Långsiktigt nyckeltal',
};

export const DIRECTION_LABELS: Record<(typeof DIRECTIONS)[number], string> = {
  higher: 'Högre värde är bättre',
  lower: 'Lägre värde är bättre',
};

/** Kolada's split by gender, as a series names it (`K`, `M`). */
export const GENDER_LABELS: Record<'K' | 'M', string> = { K: 'Kvinnor', M: 'Män' };

/** Status words after a count, in the singular and plural: "1 ej uppfyllt", "2 helt uppfyllda". */
export const STATUS_COUNT_LABELS: Record<NyckeltalStatus, { one: string; many: string }> = {
  'helt-uppfyllt': { one: 'helt uppfyllt', many: 'helt uppfyllda' },
  'delvis-uppfyllt': { one: 'delvis uppfyllt', many: 'delvis uppfyllda' },
  'ej-uppfyllt': { one: 'ej uppfyllt', many: 'ej uppfyllda' },
  'gar-ej-att-mata': { one: 'går ej att mäta', many: 'går ej att mäta' },
};

export const ACTIVITY_COUNT_LABELS: Record<ActivityStatus, { one: string; many: string }> = {
  planerad: { one: 'planerad', many: 'planerade' },
  pagaende: { one: 'pågående enligt plan', many: 'pågående enligt plan' },
  forsenad: { one: 'försenad', many: 'försenade' },
  genomford: { one: 'genomförd', many: 'genomförda' },
};

/** How an item's status moved between two reports; see `src/lib/views/period-diff.ts`. */
export const CHANGE_LABELS: Record<'battre' | 'samre' | 'ej-jamforbar' | 'ny' | 'utgar', string> = {
  battre: 'Bättre',
  samre: 'Sämre',
  'ej-jamforbar': 'Ändrad mätbarhet',
  ny: 'Ny status',
  utgar: 'Ingen ny status',
};

/** Items that have no status for a period that has been followed up. */
export const UNREPORTED_LABEL = 'Utan rapporterad status';
