/**
 * Numbers as Swedish staff and exports write them: decimal comma (`12,5`), spaces between
 * thousands (`1 234`, also no-break and thin spaces), the minus sign `−`. Read explicitly,
 * never with `Number()`, which would turn `"12,5"` into NaN and `""` into 0.
 */
import { numberProblem } from '../../schemas/common.ts';

/** One cell of an imported table, as a spreadsheet or JSON export gives it. */
export type Cell = string | number | boolean | null;

export type ParsedNumber = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'error'; message: string };

const SPACES = /[ \u00a0\u202f\u2009]/g;

/** Reads one cell as a number; an empty cell is `empty`, never zero. −0 is 0, and an implausible number is an error. */
export function parseSwedishNumber(cell: Cell | undefined): ParsedNumber {
  const parsed = readNumber(cell);
  if (parsed.kind !== 'number') return parsed;
  const problem = numberProblem(parsed.value);
  if (problem) return { kind: 'error', message: `${JSON.stringify(cell)} ${problem}` };
  return { kind: 'number', value: parsed.value + 0 };
}

function readNumber(cell: Cell | undefined): ParsedNumber {
  if (cell === null || cell === undefined) return { kind: 'empty' };
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'error', message: `${cell} är inget tal` };
  }
  if (typeof cell === 'boolean') return { kind: 'error', message: `${cell} är inget tal: skriv utfallet som ett tal` };
  const text = cell.trim().replace(/^\u2212/, '-');
  if (text === '') return { kind: 'empty' };
  const grouped = /^[+-]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?$/;
  const plain = /^[+-]?\d+(?:,\d+)?$/;
  if (/^[+-]?\d{1,3},\d{3}$/.test(text)) {
    // A comma before three digits is a decimal comma in Swedish, but a thousands separator in English exports.
    return {
      kind: 'error',
      message: `"${cell}" kan betyda både ${text} och ${text.replace(',', '')}: skriv tusental med mellanslag, som ${text.replace(',', ' ')}, eller med en nolla sist om du menar decimaler, som ${text}0`,
    };
  }
  if (/^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/.test(text)) {
    // `1.234,5` is how German or Danish write 1234,5: a point between thousands is not Swedish.
    return {
      kind: 'error',
      message: `"${cell}" har punkt mellan tusental: skriv det med mellanslag, som ${text.replaceAll('.', ' ')}`,
    };
  }
  if (grouped.test(text) || plain.test(text)) {
    return { kind: 'number', value: Number(text.replace(SPACES, '').replace(',', '.')) };
  }
  if (/^[+-]?\d+\.\d+$/.test(text)) {
    // A point is a decimal point in machine exports, but "1.234" could be a thousand.
    if (/^[+-]?\d{1,3}\.\d{3}$/.test(text)) {
      return {
        kind: 'error',
        message: `"${cell}" kan betyda både ${text.replace('.', ',')} och ${text.replace('.', '')}: skriv talet med decimalkomma, som ${text.replace('.', ',')}, eller utan punkt`,
      };
    }
    return { kind: 'number', value: Number(text) };
  }
  return {
    kind: 'error',
    message: `"${cell}" är inte ett tal: skriv bara siffror med decimalkomma (12,5) och gärna mellanslag mellan tusental (1 234), utan enhet eller text`,
  };
}
