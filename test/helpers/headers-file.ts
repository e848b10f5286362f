/**
 * The `_headers` file that Netlify and Cloudflare Pages read (`public/_headers`, copied into
 * the build): a path pattern on its own line, then indented `Name: value` lines. Read here
 * so the tests can check what it says and the test server can send it like those hosts do.
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** `! Name` lines (Cloudflare Pages): headers of earlier matching rules this rule drops. */
  detached: string[];
}

/** The rules of a `_headers` file, in order; throws on a line that is neither. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detached: [] });
      return;
    }
    const detach = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detach && rules.length > 0) {
      rules.at(-1)!.detached.push(detach[1]);
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!match || rules.length === 0)
      throw new Error(`_headers rad ${index + 1}: "${line}" är varken en sökväg eller "Namn: värde" under en sökväg`);
    rules.at(-1)!.headers.push([match[1], match[2]]);
  });
  return rules;
}

/** Whether a pattern (`/*`, `/pagefind/*`, `/sok/`) matches a request path; `*` matches anything. */
export function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host sends for a path: every matching rule's, in file order, less what a later rule detaches. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  let headers: [string, string][] = [];
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    const dropped = rule.detached.map((name) => name.toLowerCase());
    headers = [...headers.filter(([name]) => !dropped.includes(name.toLowerCase())), ...rule.headers];
  }
  return headers;
}
