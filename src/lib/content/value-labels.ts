/**
 * The Swedish words for the values of the schemas' enumerations, one table per vocabulary:
 * what the editor's selects and the open-data page's field tables show beside each value.
 */
import {
  ACTIVITY_LABELS,
  BODY_KIND_LABELS,
  DECISION_ROLE_LABELS,
  DIRECTION_LABELS,
  DOCUMENT_KIND_LABELS,
  GENDER_LABELS,
  ORIGIN_LABELS,
  PERIOD_KIND_LABELS,
  PLAN_KIND_LABELS,
  REPORT_KIND_LABELS,
  STATUS_LABELS,
  TERM_LABELS,
  VOCABULARY_LABELS,
} from '#lib/core/labels.ts';

const LABEL_SETS: readonly Readonly<Record<string, string>>[] = [
  STATUS_LABELS,
  ACTIVITY_LABELS,
  PLAN_KIND_LABELS,
  PERIOD_KIND_LABELS,
  REPORT_KIND_LABELS,
  DOCUMENT_KIND_LABELS,
  BODY_KIND_LABELS,
  DECISION_ROLE_LABELS,
  ORIGIN_LABELS,
  TERM_LABELS,
  DIRECTION_LABELS,
  GENDER_LABELS,
  Object.fromEntries(
    Object.entries(VOCABULARY_LABELS).map(([key, v]) => [key, `${v.uppdrag.many} och ${v.nyckeltal.many}`]),
  ),
];

/**
 * The smallest label set that names all the given values (uppdrag statuses are three of
 * the four nyckeltal statuses), so that a value is named in its own vocabulary's words:
 * `regionplan` is "Regionplan" as a kind of plan and "Från regionplanen" as an origin.
 */
export function labelsFor(keys: readonly string[]): Readonly<Record<string, string>> | undefined {
  return LABEL_SETS.filter((set) => keys.every((key) => key in set)).sort(
    (a, b) => Object.keys(a).length - Object.keys(b).length,
  )[0];
}
