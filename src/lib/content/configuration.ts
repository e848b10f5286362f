/**
 * Reads the organisation's configuration (`content/insyn.json`) from its text, and checks
 * it against the content: every problem in Swedish, with the field and what to do, all at
 * once. The file system is read by `src/data/configuration.ts`.
 */
import { CONFIGURATION_FILE, type Configuration, configurationSchema } from '../../schemas/configuration.ts';
import type { Catalog } from '#lib/core/catalog.ts';
import { fieldPath, type Problem } from '#lib/core/problems.ts';
import { parseJson } from './content-files.ts';
import { swedishErrors } from './zod-messages.ts';

export { CONFIGURATION_FILE, type Configuration };

/** What the configuration is missing when the file is not there at all. */
export const missingConfiguration = (file: string): Problem => ({
  file,
  field: '',
  message: `saknas: varje innehållsmapp har ${CONFIGURATION_FILE} med organisationens namn, Kolada-id och webbadress. Skapa den med npm run ny-organisation`,
});

/** Parses the configuration's text; `file` names it in problems. */
export function parseConfiguration(text: string, file: string): { config?: Configuration; problems: Problem[] } {
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  if (json.error) return { problems: [{ file, field: '', message: json.error }] };
  // The editor's `$schema` key is not part of the configuration.
  const data =
    json.data && typeof json.data === 'object' && '$schema' in json.data
      ? Object.fromEntries(Object.entries(json.data).filter(([key]) => key !== '$schema'))
      : json.data;
  const result = configurationSchema.safeParse(data, { error: swedishErrors });
  if (!result.success)
    return {
      problems: result.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  return { config: result.data, problems: [] };
}

/** The configuration against the content: its organisation entry exists and agrees on the name and the Kolada id. */
export function configurationProblems(config: Configuration, catalog: Catalog, file: string): Problem[] {
  const entry = catalog.organisations.get(config.organisation.id);
  if (!entry)
    return [
      {
        file,
        field: 'organisation',
        message: `"${config.organisation.id}" finns inte i content/organisations/: skapa ${config.organisation.id}.json där, eller rätta id:t`,
      },
    ];
  const problems: Problem[] = [];
  if (entry.data.name !== config.name)
    problems.push({
      file,
      field: 'name',
      message: `"${config.name}" skiljer sig från namnet i content/organisations/${entry.id}.json ("${entry.data.name}"): skriv samma namn i båda`,
    });
  if (entry.data.koladaId !== undefined && entry.data.koladaId !== config.kolada.id)
    problems.push({
      file,
      field: 'kolada.id',
      message: `${config.kolada.id} skiljer sig från koladaId i content/organisations/${entry.id}.json (${entry.data.koladaId}): skriv samma id i båda`,
    });
  return problems;
}
