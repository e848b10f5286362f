/** html-validate over built pages, with the project's configuration (`.htmlvalidate.mjs`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

export const htmlValidator = () => new HtmlValidate({ ...config, root: true });

/** One line per html-validate error on the given pages (site paths under `dist`). */
export async function htmlErrors(dist: string, pages: readonly string[]): Promise<string[]> {
  const validator = htmlValidator();
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages)
        errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  return errors;
}
