/**
 * What staff type into the browser editor's number and date fields is read by the same rules
 * as the command line's: the editor's widgets refuse exactly what `npm run check` refuses
 * (a value stored as typed), and accept 82,5 and 1 234,5 as the numbers they are.
 */
import { Map } from 'immutable';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/data/content-files.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { numberFieldText, readDateField, readNumberField } from '#lib/content/field-values.ts';
import { DateControl, SwedishNumberControl } from '../../src/admin/widgets.ts';
import { FROZEN_CONTENT, ROOT } from '../helpers/content.ts';

const { files } = readContentFiles(FROZEN_CONTENT, ROOT);
const NYCKELTAL = 'serviceniva-helpdesk';
const DECISION = files.find((f) => f.collection === 'decisions')!.id;

/** The editor's validation of a field holding `text`, as Decap runs it before a save. */
function editorRefuses(control: typeof SwedishNumberControl, field: Record<string, unknown>, text: string): unknown {
  const widget = new control({
    value: undefined,
    field: Map(field),
    onChange: () => {},
    forID: 'f',
    classNameWrapper: '',
    setActiveStyle: () => {},
    setInactiveStyle: () => {},
  });
  widget.state = { text };
  const result = widget.isValid();
  return result === true ? undefined : result.error.message;
}

/** `npm run check`'s problems when a file holds `value` in the given place. */
function checkProblems(
  collection: 'nyckeltal' | 'decisions',
  id: string,
  change: (data: Record<string, unknown>) => void,
) {
  const changed = files.map((file) => {
    if (file.collection !== collection || file.id !== id) return file;
    const data = structuredClone(file.data) as Record<string, unknown>;
    change(data);
    return { ...file, data };
  });
  return validateFiles(changed).problems.filter((p) => p.file.includes(id));
}

describe('a number field', () => {
  it.each([
    ['82,5', 82.5],
    ['82.5', 82.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['−3', -3],
  ])('reads %j as %d and shows it back the Swedish way', (text, value) => {
    expect(readNumberField(text)).toEqual({ value });
    expect(readNumberField(numberFieldText(value))).toEqual({ value });
  });

  it('shows 82.5 as 82,5', () => {
    expect(numberFieldText(82.5)).toBe('82,5');
  });

  it.each(['1.234,5', '1,234', 'åttioåtta', '82,5 %'])('refuses %j in the editor and in npm run check alike', (bad) => {
    const message = editorRefuses(SwedishNumberControl, { label: 'Utfallet', name: 'value' }, bad);
    expect(message).toMatch(/^Utfallet: ".+" .+: .+/);
    const problems = checkProblems('nyckeltal', NYCKELTAL, (data) => {
      (data.results as Record<string, unknown>[])[0].value = bad;
    });
    expect(problems.map((p) => p.field)).toContain('results[0].value');
  });
});

describe('a date field', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '24-02-01'])(
    'refuses %j in the editor and in npm run check alike',
    (bad) => {
      const message = editorRefuses(DateControl, { label: 'Sammanträdets datum', name: 'date' }, bad);
      expect(message).toMatch(/^Sammanträdets datum: ".+"/);
      const problems = checkProblems('decisions', DECISION, (data) => {
        data.date = bad;
      });
      expect(problems.map((p) => p.field)).toContain('date');
    },
  );

  it('accepts a date that exists, and a month alone where the field allows it', () => {
    expect(readDateField('2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(readDateField('2024-02')).toHaveProperty('error');
    expect(readDateField('2024-02', { partial: true })).toEqual({ value: '2024-02' });
  });
});
