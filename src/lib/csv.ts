/**
 * CSV the way Swedish Excel opens it without an import dialog: UTF-8 with a byte order
 * mark, semicolons between fields, decimal comma, CRLF line ends and RFC 4180 quoting.
 * Dates stay ISO (`2024-04-30`); numbers carry every decimal the source gave.
 */
import type { ChartTable } from './charts.ts';

const BOM = '\ufeff';

/** Quotes a field when it holds a separator, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** `-471.5` → `-471,5`: no grouping, a comma for decimals, a plain hyphen-minus. */
export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (cells: readonly (string | number | null)[]) =>
    cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? csvNumber(cell) : csvField(cell))).join(';');
  return BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}

/** A chart's table as CSV: the same columns and numbers, empty where the table says why not. */
export function tableToCsv(table: ChartTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
  );
}
