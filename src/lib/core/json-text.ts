/**
 * JSON as staff files hold it (content, exports, mappings, Kolada answers): read with a
 * Swedish reason and the line and column when it is not valid, and refused when a key
 * stands twice in one object, where `JSON.parse` would silently keep the last value.
 */

export type JsonRead = { data: unknown; error?: undefined } | { data?: undefined; error: string };

/** V8's reasons, in the words a staff member can act on; the first that matches wins. */
const REASONS: [RegExp, string][] = [
  [/Unexpected end of JSON input/, 'filen tar slut mitt i ett värde: en avslutande }, ] eller " saknas'],
  [
    /Expected (double-quoted )?property name/,
    'här ska ett fältnamn inom "citattecken" stå, eller }: står det ett kommatecken för mycket före?',
  ],
  [/Expected ',' or '}' after property value/, 'ett kommatecken eller } saknas efter ett värde'],
  [/Expected ',' or ']' after array element/, 'ett kommatecken eller ] saknas efter ett värde i en lista'],
  [/Expected ':' after property name/, 'ett kolon : saknas efter ett fältnamn'],
  [
    /Bad control character in string literal/,
    'en text har en radbrytning eller ett styrtecken inuti: skriv radbrytningar som \\n',
  ],
  [/Unterminated string/, 'en text saknar sitt avslutande citattecken "'],
  [/Bad (escaped character|Unicode escape)/, 'en text har ett ogiltigt tecken efter \\'],
  [/Unexpected non-whitespace character after JSON/, 'det står något efter JSON-värdets slut'],
  [/No number after minus sign|Exponent part is missing|Unterminated fractional number/, 'ett tal är ofullständigt'],
  [/Unexpected token/, 'ett oväntat tecken: texter ska stå inom "citattecken" och fält skiljas åt med kommatecken'],
  [/Expected/, 'ett tecken saknas här: kontrollera kommatecken, citattecken och klamrar'],
];

function place(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `rad ${before.length}, tecken ${before[before.length - 1].length + 1}`;
}

/** Why `JSON.parse` refused `text`, in Swedish, with where. */
export function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /Unexpected end/.test(message) ? text.length : undefined;
  const reason =
    REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'kontrollera kommatecken, citattecken och klamrar';
  return `är inte giltig JSON${offset === undefined ? '' : ` (${place(text, offset)})`}: ${reason}`;
}

/** Keys that stand twice in the same object of valid JSON `text`, with the line of the second. */
export function duplicateJsonKeys(text: string): { key: string; line: number }[] {
  const found: { key: string; line: number }[] = [];
  // One entry per open object (its keys so far) or array (null).
  const open: (Set<string> | null)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '{') open.push(new Set());
    else if (char === '[') open.push(null);
    else if (char === '}' || char === ']') open.pop();
    else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const literal = text.slice(i, end + 1);
      i = end;
      let next = end + 1;
      while (next < text.length && /\s/.test(text[next])) next++;
      const keys = open.at(-1);
      if (text[next] !== ':' || !keys) continue;
      const key = JSON.parse(literal) as string;
      if (keys.has(key)) found.push({ key, line });
      keys.add(key);
    }
  }
  return found;
}

/** Parses JSON text (a byte order mark is fine); an error names the place and the fix, in Swedish. */
export function readJson(text: string): JsonRead {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { error: jsonErrorMessage(error, source) };
  }
  const twice = duplicateJsonKeys(source);
  if (twice.length) {
    return {
      error: `har fält som står två gånger i samma objekt: ${twice.map(({ key, line }) => `"${key}" (rad ${line})`).join(', ')}. Bara det sista värdet skulle gälla: ta bort det ena`,
    };
  }
  return { data };
}
