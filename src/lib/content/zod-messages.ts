/**
 * Swedish, actionable wording for zod's generic issues. Field-specific messages are
 * written in the schemas themselves; this covers what every field shares.
 */
import type { z } from 'astro/zod';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  boolean: 'true eller false',
  array: 'en lista [ … ]',
  object: 'ett objekt { … }',
  null: 'null',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  // YAML reads an unquoted 2024-05-07 as a date, not as the text the schemas expect.
  if (value instanceof Date) return `ett datum utan citattecken: skriv '${value.toISOString().slice(0, 10)}' med citattecken`;
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'string') return `texten ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `talet ${value}`;
  if (typeof value === 'object') return 'ett objekt';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

export const swedishErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'saknas: fältet är obligatoriskt';
      return `ska vara ${TYPE_WORDS[issue.expected] ?? issue.expected}, men är ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `okänt fält ${issue.keys.map((k) => `"${k}"`).join(', ')}: kontrollera stavningen eller ta bort det`;
    case 'invalid_value':
      if (issue.input === undefined)
        return `saknas: fältet är obligatoriskt. Tillåtna värden: ${issue.values.map(String).join(', ')}`;
      return `värdet ${JSON.stringify(issue.input)} är inte tillåtet. Tillåtna värden: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `ska ha minst ${issue.minimum} värden` : `ska vara minst ${issue.minimum}`;
    case 'too_big':
      return `ska vara högst ${issue.maximum}`;
    case 'invalid_union':
      return 'har fel form';
    case 'invalid_format':
      return issue.format === 'url'
        ? 'ska vara en webbadress som börjar med https://'
        : `har fel form: ${describe(issue.input)} passar inte (kontrollera stavningen mot exemplen i docs/publicera.md)`;
    case 'not_multiple_of':
      return `ska vara en multipel av ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'har ett fältnamn som inte är tillåtet';
    case 'invalid_element':
      return 'har ett värde som inte är tillåtet';
    default:
      // Zod's own words are English: a Swedish fallback, for any issue a schema gave no message.
      return 'har ett värde som inte är tillåtet';
  }
};
