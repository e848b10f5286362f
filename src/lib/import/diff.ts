/**
 * The dry run's report: per file, what an import would add or change, field by field,
 * in words a staff member can check against the export before anything is written.
 */
import { moreProblems, SHOWN_PROBLEMS } from '#lib/core/problems.ts';
import type { ImportPlan, ImportProblem } from './period-results.ts';
import { fieldChanges, type StoredResult } from './result-list.ts';

function show(value: unknown): string {
  return JSON.stringify(value);
}

function describeNew(result: StoredResult): string {
  return Object.entries(result)
    .filter(([key]) => key !== 'period')
    .map(([key, value]) => `${key} ${show(value)}`)
    .join(', ');
}

/** The dry-run diff of a planned import, and a summary line. */
export function formatImportPlan(plan: ImportPlan, period: string): string {
  const blocks: string[] = [];
  for (const change of plan.changes.filter((c) => c.kind !== 'unchanged')) {
    const lines =
      change.kind === 'new'
        ? [`  + nytt resultat för ${period}: ${describeNew(change.after)}`]
        : [
            `  ~ ändrat resultat för ${period}:`,
            ...fieldChanges(change.before, change.after).map((line) => `      ${line}`),
          ];
    lines.push(...change.notes.map((note) => `      (${note})`));
    blocks.push(`${change.file} (${change.where})\n${lines.join('\n')}`);
  }
  const unchanged = plan.changes.filter((c) => c.kind === 'unchanged');
  const count = (kind: string) => plan.changes.filter((c) => c.kind === kind).length;
  const summary = [
    `${count('new')} nya`,
    `${count('changed')} ändrade`,
    `${unchanged.length} oförändrade`,
    ...(plan.skipped.length ? [`${plan.skipped.length} rader hoppades över`] : []),
  ].join(', ');
  const parts = [
    ...blocks,
    ...(unchanged.length ? [`Oförändrade: ${unchanged.map((c) => `${c.id} (${c.where})`).join(', ')}`] : []),
    ...(plan.skipped.length
      ? [`Hoppades över:\n${plan.skipped.map((s) => `  ${s.where}: ${s.reason}`).join('\n')}`]
      : []),
    `Sammanfattning: ${summary}.`,
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Problems by row and column, in row order, each with its fix. */
export function formatImportProblems(file: string, problems: readonly ImportProblem[]): string {
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => {
    const place = [p.where, p.column ? `kolumn "${p.column}"` : ''].filter(Boolean).join(', ');
    return `  - ${place ? `${place}: ` : ''}${p.message}`;
  });
  const count = problems.length === 1 ? '1 fel' : `${problems.length} fel`;
  const more = moreProblems(problems.length);
  return `${file} har ${count}:\n${[...lines, ...(more ? [more] : [])].join('\n')}\n`;
}
