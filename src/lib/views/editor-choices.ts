/**
 * How the editor's pickers name periods and decisions: a period by its name as the pages
 * give it (Per augusti 2024), a decision as it is cited (date, the body's short name, § and
 * title); both newest first, and a period only among the periods of the entry's plan.
 */
import { capitalize } from '#lib/core/format.ts';
import { periodName } from '#lib/core/titles.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { bodyNames, periodData } from './editor-preview.ts';

/** One choice of a relation picker: the entry's id, its label and its data as the editor loaded it. */
export interface Choice {
  value: string;
  label: string;
  data: unknown;
}

/** What the labels need besides the choices: the bodies' short names and plans' titles by id, and the plan's periods. */
export interface ChoiceContext {
  bodyNames?: ReadonlyMap<string, string>;
  /** Plans' titles by id: an uppdrag, nyckeltal or strategy is named with its plan's. */
  planTitles?: ReadonlyMap<string, string>;
  /** The ids of the periods of the entry's plan: the only periods offered, when given. */
  planPeriods?: readonly string[];
}

/** A body's short name (RS) as citations give it, or its name when the sources give none, from its data. */
export function bodyShortName(data: unknown): string | undefined {
  return bodyNames(data)?.cited;
}

/** The ids of the periods a plan follows up, from its data. */
export function planPeriodIds(data: unknown): string[] {
  const { periods } = recordOrEmpty(data);
  return Array.isArray(periods) ? periods.filter((p): p is string => typeof p === 'string') : [];
}

function periodLabel(choice: Choice): string {
  const period = periodData(choice.data);
  return period ? capitalize(periodName(period)) : (textOf(recordOrEmpty(choice.data).endDate) ?? choice.label);
}

function decisionLabel(choice: Choice, bodyNames: ReadonlyMap<string, string>): string {
  const { date, body, paragraph, title } = recordOrEmpty(choice.data);
  const bodyId = textOf(body) ?? '';
  return [
    textOf(date),
    bodyNames.get(bodyId) ?? '',
    typeof paragraph === 'number' ? `§ ${paragraph}:` : '',
    textOf(title),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Collections whose entries repeat their titles from plan to plan: their choices name the plan too. */
export const OF_PLAN = ['uppdrag', 'nyckeltal', 'strategies'];

/** "Öka andelen … – Regionstyrelsens plan och budget 2024": the same title in two plans told apart. */
function ofPlanLabel(choice: Choice, planTitles: ReadonlyMap<string, string>): string {
  const plan = planTitles.get(textOf(recordOrEmpty(choice.data).plan) ?? '');
  return plan ? `${choice.label} – ${plan}` : choice.label;
}

/** The date a choice is ordered by: a period's last day, a decision's date. */
function dateOf(choice: Choice): string {
  const { endDate, date } = recordOrEmpty(choice.data);
  return textOf(endDate) ?? textOf(date) ?? '';
}

/**
 * A picker's choices named for staff and newest first (those without a date by name);
 * periods only the plan's, when the context names them.
 */
export function namedChoices<C extends Choice>(
  collection: string,
  choices: readonly C[],
  context: ChoiceContext = {},
): C[] {
  const { planPeriods, bodyNames = new Map(), planTitles = new Map() } = context;
  const offered =
    collection === 'periods' && planPeriods ? choices.filter((c) => planPeriods.includes(c.value)) : choices;
  return offered
    .map((choice) => ({
      ...choice,
      label:
        collection === 'periods'
          ? periodLabel(choice)
          : collection === 'decisions'
            ? decisionLabel(choice, bodyNames)
            : OF_PLAN.includes(collection)
              ? ofPlanLabel(choice, planTitles)
              : choice.label,
    }))
    .sort((a, b) =>
      OF_PLAN.includes(collection)
        ? a.label.localeCompare(b.label, 'sv')
        : dateOf(b).localeCompare(dateOf(a)) || b.label.localeCompare(a.label, 'sv'),
    );
}
