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

/** All problems, grouped by file, in a stable order, as the check and the build print them. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of [...problems].sort((a, b) => a.file.localeCompare(b.file))) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const blocks = [...byFile].map(
    ([file, list]) => `${file}\n${list.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`,
  );
  const count = problems.length === 1 ? '1 fel' : `${problems.length} fel`;
  return `Innehållet har ${count} i ${byFile.size} ${byFile.size === 1 ? 'fil' : 'filer'}:\n\n${blocks.join('\n\n')}\n`;
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
