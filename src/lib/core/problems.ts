/** A problem in the content, named so that a staff member can find and fix it. */
export interface Problem {
  /** Path from the project root, as `content/uppdrag/it-sakerhet.mdx`. */
  file: string;
  /** Field path inside the entry, as `statuses[0].status`; empty for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it, in Swedish. */
  message: string;
}

/** `['statuses', 0, 'status']` → `statuses[0].status` */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** How many problems a list for people shows: the rest is counted, so 50,000 rows with one mistake stay readable. */
export const SHOWN_PROBLEMS = 50;

/** The line that stands for the problems not shown, or nothing when all are. */
export function moreProblems(total: number): string {
  return total > SHOWN_PROBLEMS ? `  … och ${total - SHOWN_PROBLEMS} till` : '';
}

/** All problems, grouped by file, in a stable order, as the check and the build print them (the first 50). */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file));
  for (const problem of sorted.slice(0, SHOWN_PROBLEMS)) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const blocks = [...byFile].map(
    ([file, list]) => `${file}\n${list.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`,
  );
  const count = problems.length === 1 ? '1 fel' : `${problems.length} fel`;
  const files = new Set(problems.map((p) => p.file)).size;
  const more = moreProblems(problems.length);
  return `Innehållet har ${count} i ${files} ${files === 1 ? 'fil' : 'filer'}:\n\n${blocks.join('\n\n')}\n${more ? `\n${more}\n` : ''}`;
}

/** Entries that share a key: each file of a group is told where the others are. */
export function duplicates<T extends { filePath: string }>(
  items: T[],
  key: (item: T) => string | undefined,
  what: string,
): Problem[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return [...groups].flatMap(([value, group]) =>
    group.length < 2
      ? []
      : group.map((item) => ({
          file: item.filePath,
          field: '',
          message: `${what} ${value} finns också i ${group
            .filter((other) => other !== item)
            .map((other) => other.filePath)
            .join(', ')}: ta bort den ena filen eller ändra den`,
        })),
  );
}

/** A problem with the line and column of its field in the file (1-based). */
export interface PlacedProblem extends Problem {
  line: number;
  column: number;
}

/** GitHub's workflow-command escaping: `%`, CR and LF in a message; `:` and `,` too in a property. */
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * The problems as GitHub Actions annotations, one `::error` line each, so a pull request
 * shows every problem on the line of the field it names.
 */
export function formatGithub(problems: readonly PlacedProblem[]): string {
  return problems
    .map((p) => {
      const properties = [
        `file=${escapeProperty(p.file)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `title=${escapeProperty(p.field ? `Fel i ${p.field}` : 'Fel i filen')}`,
      ].join(',');
      return `::error ${properties}::${escapeData(p.field ? `${p.field}: ${p.message}` : p.message)}\n`;
    })
    .join('');
}

/** The problems as data: `{ "count", "problems": [{ file, line, column, field, message }] }`. */
export function formatJson(problems: readonly PlacedProblem[], entries: number): string {
  const list = problems.map(({ file, line, column, field, message }) => ({ file, line, column, field, message }));
  return `${JSON.stringify({ valid: problems.length === 0, entries, count: problems.length, problems: list }, null, 2)}\n`;
}
