/**
 * Insyn's own field widgets: numbers as Swedish staff write them and dates that exist, read
 * by the same pure functions as the command line and the import (src/lib/content/field-values.ts).
 */
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { numberFieldText, readDateField, readNumberField } from '#lib/content/field-values.ts';
import { textFieldControl } from './text-field.ts';

type Field = CmsWidgetControlProps['field'];

/** `nullable: true` fields (a result that cannot be measured) are null when left empty. */
const emptyValue = (field: Field) => (field.get('nullable') === true ? null : undefined);

export const SwedishNumberControl = textFieldControl<number | null>({
  read: (text, field) => readNumberField(text, { integer: field.get('value_type') === 'int' }),
  show: numberFieldText,
  empty: emptyValue,
  inputMode: 'decimal',
});

export const DateControl = textFieldControl<string>({
  read: (text, field) => readDateField(text, { partial: field.get('partial') === true }),
  show: (value) => (typeof value === 'string' ? value : ''),
  empty: () => undefined,
  inputMode: 'numeric',
});
