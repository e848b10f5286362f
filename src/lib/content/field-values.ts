/**
 * What staff type into a number or date field, read by the same rules wherever it is typed:
 * in the browser editor, at the command line and in an import. One reader of numbers
 * (`parseSwedishNumber`) and the schemas' own date checks, with Swedish messages that say
 * what to write instead.
 */
import { isoDate, numberProblem, partialDate } from '../../schemas/common.ts';
import { formatNumber } from '../core/format.ts';
import { parseSwedishNumber } from '../core/numbers.ts';
import { swedishErrors } from './zod-messages.ts';

export type FieldReading<T> = { value: T } | { error: string };

/**
 * A number field's text: `82,5`, `82.5`, `1 234,5` are 82.5 and 1234.5; an empty field is
 * `null` (not measurable) or nothing; text, `1.234,5` and `1,234` are refused with why.
 */
export function readNumberField(text: string, { integer = false } = {}): FieldReading<number | undefined> {
  const parsed = parseSwedishNumber(text);
  if (parsed.kind === 'empty') return { value: undefined };
  if (parsed.kind === 'error') return { error: parsed.message };
  if (integer && !Number.isInteger(parsed.value)) return { error: `"${text.trim()}" ska vara ett heltal, utan decimaler` };
  const problem = numberProblem(parsed.value);
  return problem ? { error: `"${text.trim()}" ${problem}` } : { value: parsed.value };
}

/** A stored number as staff write it: 82.5 → `82,5`, 1234.5 → `1 234,5` (every decimal kept). */
export function numberFieldText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, 15).replace('\u2212', '-') : '';
}

/**
 * A date field's text, checked by the schemas' own rule: `2024-02-30` is refused. `partial`
 * also allows a month alone (`2024-02`), for a decision whose day the sources do not give.
 */
export function readDateField(text: string, { partial = false } = {}): FieldReading<string | undefined> {
  const value = text.trim();
  if (value === '') return { value: undefined };
  const result = (partial ? partialDate : isoDate).safeParse(value, { error: swedishErrors });
  if (result.success) return { value };
  const form = partial ? 'ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM när dagen inte är känd' : 'ÅÅÅÅ-MM-DD';
  return { error: `"${value}" ${result.error.issues[0].message}: skriv ett datum som finns, som ${form}` };
}
