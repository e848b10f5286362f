/**
 * A real result added under an example note written for an earlier period: `npm run check`
 * warns (the note may need to change) but does not refuse, and the editor asks the same.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/data/content-files.ts';
import { notePeriod } from '#lib/content/example-notes.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { FROZEN_CONTENT, ROOT } from '../helpers/content.ts';

const { files } = readContentFiles(FROZEN_CONTENT, ROOT);

describe('an example note and the results under it', () => {
  it('finds the latest period a note names', () => {
    const periods = [
      { kind: 'april', year: 2024 },
      { kind: 'augusti', year: 2024 },
      { kind: 'helar', year: 2024 },
    ] as const;
    expect(notePeriod('Status per april 2024 är exempel.', periods)).toEqual({ kind: 'april', year: 2024 });
    expect(notePeriod('Per april 2024 och helåret 2024.', periods)).toEqual({ kind: 'helar', year: 2024 });
    expect(notePeriod('Ingen period nämns.', periods)).toBeUndefined();
  });

  it('warns, without an error, when a result is newer than the note that calls the results examples', () => {
    const before = validateFiles(files);
    expect(before.warnings.filter((w) => w.file.includes('serviceniva-helpdesk'))).toEqual([]);
    const added = files.map((file) => {
      if (file.id !== 'serviceniva-helpdesk') return file;
      const data = structuredClone(file.data) as { results: unknown[] };
      data.results.push({
        period: 'per-augusti-2024',
        value: 88.5,
        status: 'helt-uppfyllt',
        comment: 'Riktigt utfall.',
      });
      return { ...file, data };
    });
    const after = validateFiles(added);
    expect(after.problems).toEqual(before.problems);
    const warnings = after.warnings.filter((w) => w.file.includes('serviceniva-helpdesk'));
    expect(warnings).toEqual([
      {
        file: expect.stringContaining('serviceniva-helpdesk.json'),
        field: 'results[1]',
        message: expect.stringMatching(
          /^utfallet för per augusti 2024 är nyare än exempelnoten .* ta bort results ur exampleFields$/,
        ),
      },
    ]);
  });
});
