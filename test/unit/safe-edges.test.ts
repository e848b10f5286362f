/**
 * Input at the edges that reads well but cannot be right: every case is refused with its
 * Swedish message (the content cases are fixtures under test/fixtures/invalid/, the
 * commands are tested in test/build/safe-edges-commands.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { duplicateJsonKeys, readJson } from '#lib/core/json-text.ts';
import { notUtf8Message } from '#lib/core/utf8.ts';
import { controlCharacterFields } from '#lib/core/control-characters.ts';
import { parseSwedishNumber } from '#lib/core/numbers.ts';
import { formatProblems, type Problem } from '#lib/core/problems.ts';
import { parseMdx } from '#lib/content/frontmatter.ts';
import { formatImportProblems } from '#lib/import/diff.ts';
import { nextPageFile, parseKoladaPage, seriesFromPages } from '#lib/import/kolada.ts';
import { parseMapping, statusFor } from '#lib/import/mapping.ts';
import { readAnyTable, readTable } from '#lib/import/table.ts';
import { planImport } from '#lib/import/period-results.ts';
import { linkUrlProblem, mdxSubsetIssues } from '#lib/content/mdx-subset.ts';
import ExcelJS from 'exceljs';
import { collections, DATE_YEARS, httpsUrl } from '../../src/schemas/index.ts';
import { swedishErrors } from '#lib/content/zod-messages.ts';
import { z } from 'astro/zod';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../src/data/content-files.ts';
import { contentWithFixture } from '../helpers/content.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const MAPPING = { columns: { id: 'Id', status: 'Status', value: 'Utfall', comment: 'Kommentar' } };

describe('JSON read by staff commands and the check', () => {
  it('refuses a key written twice in one object, naming the key and its line', () => {
    const text = '{\n  "a": 1,\n  "b": {"a": 2, "c": [ {"c": 1}, {"c": 2} ]},\n  "a": 3\n}';
    expect(duplicateJsonKeys(text)).toEqual([{ key: 'a', line: 4 }]);
    expect(readJson(text).error).toContain('har fält som står två gånger i samma objekt: "a" (rad 4)');
    // The same key in sibling objects and a key-like text inside a value are fine.
    expect(readJson('{"x": ["\\"a\\": 1", {"a": 1}, {"a": 2}]}').error).toBeUndefined();
  });

  it('says why JSON is invalid in Swedish, with line and column', () => {
    expect(readJson('{"a": ').error).toMatch(/^är inte giltig JSON \(rad 1, tecken 7\): filen tar slut/);
    expect(readJson('{"a": 1').error).toMatch(/^är inte giltig JSON \(rad 1, tecken 8\): ett kommatecken eller }/);
    expect(readJson('{\n  "a": 1,\n}').error).toMatch(/\(rad 3, tecken 1\).*kommatecken för mycket/);
    for (const text of ['{"a": 1', '{"a" 1}', '[1 2]', '{"a": tru}', '{}x', '"ab', '{"a": 1e}'])
      expect(readJson(text).error).not.toMatch(/Unexpected|Expected|JSON input|position/);
  });
});

describe('exports', () => {
  it('refuses control characters, naming row and column', () => {
    const { problems } = readTable(bytes('Id;Status;Kommentar\nfrisktal;Grå;Bra\u0007\nx;Grå;\u001b[2J\n'));
    expect(problems).toEqual([
      expect.stringMatching(/^rad 2, kolumn "Kommentar": innehåller ett osynligt styrtecken \(U\+0007\)/),
      expect.stringMatching(/^rad 3, kolumn "Kommentar": innehåller ett osynligt styrtecken \(U\+001B\)/),
    ]);
    const json = readTable(bytes(JSON.stringify({ header: ['Id'], values: [['a\u0000']] })));
    expect(json.problems).toEqual([expect.stringMatching(/^values\[0\], kolumn "Id": innehåller/)]);
  });

  it('refuses true and false in any column of a JSON table', () => {
    const { problems } = readTable(
      bytes(JSON.stringify({ header: ['Id', 'Kommentar'], values: [['frisktal', false]] })),
    );
    expect(problems).toEqual([expect.stringContaining('values[0], kolumn "Kommentar": är false (sant eller falskt)')]);
  });

  it('refuses true and false in a workbook cell (SANT, FALSKT), naming its row in Excel', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Id', 'Utfall', 'Kommentar']);
    sheet.addRow(['frisktal', 4, false]);
    const { problems } = await readAnyTable(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(problems).toEqual([
      'rad 2, kolumn "Kommentar": är false (sant eller falskt), men kolumnerna har text eller tal: skriv texten eller talet, eller en tom cell för ett tomt värde',
    ]);
  });

  it('refuses an export whose every row is skipped: it holds no result for the period', () => {
    const { table } = readTable(bytes('Id;Status;Utfall;Kommentar\nserviceniva-helpdesk;;;\nfrisktal;;;\n'));
    const { mapping } = parseMapping(JSON.stringify({ ...MAPPING, skipUnfilled: true }));
    const plan = planImport({
      table: table!,
      mapping: mapping!,
      period: 'per-augusti-2024',
      files: [],
      replace: false,
    });
    expect(plan.problems).toEqual([
      {
        where: '',
        message:
          'exporten har inga rader med resultat för per-augusti-2024: alla 2 rader hoppades över (inte ifylld (status, utfall och kommentar är tomma)). Fyll i resultaten, eller exportera rätt period',
      },
    ]);
    expect(plan.updates).toEqual([]);
  });

  it('refuses a key written twice in a JSON export', () => {
    const { problems } = readTable(bytes('{"header": ["Id"], "values": [], "values": [["x"]]}'));
    expect(problems).toEqual([expect.stringContaining('"values" (rad 1)')]);
  });

  it('names a JSON export that is not a table instead of reading it as CSV', () => {
    expect(readTable(bytes('[["Id"], ["x"]]')).problems).toEqual([
      expect.stringMatching(/^är JSON, men en lista \[ … \] och inte en tabell/),
    ]);
    expect(readTable(bytes('null')).problems).toEqual([expect.stringMatching(/^är JSON, men bara null/)]);
  });

  it("reads Excel's sep= line as the separator, keeping the file's line numbers", () => {
    const { table } = readTable(bytes('sep=;\r\nId;Kommentar\r\nfrisktal;Bra, riktigt bra\r\n'));
    expect(table?.header).toEqual(['Id', 'Kommentar']);
    expect(table?.rows).toEqual([{ where: 'rad 3', cells: { Id: 'frisktal', Kommentar: 'Bra, riktigt bra' } }]);
  });

  it('gives UTF-16 without a byte order mark the same message as other files that are not UTF-8', () => {
    const utf16 = new Uint8Array(Buffer.from('Id;Status\r\nfrisktal;Grå\r\n', 'utf16le'));
    const withBom = new Uint8Array([0xff, 0xfe, ...utf16]);
    expect(readTable(utf16).problems).toEqual(readTable(withBom).problems);
    expect(readTable(utf16).problems[0]).toMatch(/^är inte sparad som UTF-8/);
    // A content file in UTF-16 is wrong from its first line, though that line alone looks like UTF-8.
    const entry = new Uint8Array(Buffer.from('{\n  "title": "Rätt"\n}\n', 'utf16le'));
    expect(notUtf8Message(entry)).toMatch(/^filen är inte sparad som UTF-8 \(första felet på rad 1\)/);
  });

  it('reads numbers within what a number can mean: −0 is 0, no more than 15 digits, nothing huge', () => {
    expect(parseSwedishNumber('-0')).toEqual({ kind: 'number', value: 0 });
    expect(Object.is((parseSwedishNumber('−0') as { value: number }).value, 0)).toBe(true);
    expect(parseSwedishNumber('9'.repeat(400))).toEqual({
      kind: 'error',
      message: expect.stringContaining('är för stort för att vara ett rimligt värde'),
    });
    expect(parseSwedishNumber(1.2345678901234568e29)).toMatchObject({ kind: 'error' });
    expect(parseSwedishNumber(12.345678901234567)).toEqual({
      kind: 'error',
      message: expect.stringContaining('har fler än 15 värdesiffror'),
    });
    expect(parseSwedishNumber('1 234,5')).toEqual({ kind: 'number', value: 1234.5 });
  });

  it('caps a list of problems at 50, counting the rest', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ where: `rad ${i + 2}`, message: 'har 3 fält' }));
    const text = formatImportProblems('export.csv', many);
    expect(text.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(50);
    expect(text).toContain('export.csv har 50000 fel:');
    expect(text).toContain('  … och 49950 till');
    const problems: Problem[] = many.map((p) => ({ file: `content/x/${p.where}.json`, field: '', message: 'fel' }));
    const report = formatProblems(problems);
    expect(report).toContain('Innehållet har 50000 fel i 50000 filer:');
    expect(report.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(50);
    expect(report).toContain('… och 49950 till');
  });
});

describe('mappings', () => {
  const problemsOf = (mapping: object) => parseMapping(JSON.stringify(mapping)).problems;

  it('refuses one column feeding two fields', () => {
    expect(problemsOf({ columns: { id: 'Id', status: 'Status', comment: 'status' } })).toEqual([
      {
        field: 'columns.comment',
        message: expect.stringContaining('är samma kolumn "status" som columns.status'),
      },
    ]);
  });

  it('refuses two spellings of one word with different meanings, and accepts them when they agree', () => {
    expect(problemsOf({ ...MAPPING, statuses: { Gul: 'delvis-uppfyllt', gul: 'ej-uppfyllt' } })).toEqual([
      { field: 'statuses.gul', message: expect.stringContaining('"gul" och "Gul" är samma ord') },
    ]);
    expect(problemsOf({ ...MAPPING, statuses: { Gul: 'delvis-uppfyllt', GUL: 'delvis-uppfyllt' } })).toEqual([]);
  });

  it('refuses a key written twice, where the last one would win', () => {
    const text =
      '{"columns": {"id": "Id", "status": "S", "comment": "K"}, "statuses": {"Gul": "delvis-uppfyllt", "Gul": "ej-uppfyllt"}}';
    expect(parseMapping(text).problems).toEqual([{ field: '', message: expect.stringContaining('"Gul" (rad 1)') }]);
  });

  it('refuses a control character in any word of the mapping, naming the field', () => {
    expect(problemsOf({ ...MAPPING, statuses: { 'Gr\u001bn': 'helt-uppfyllt' } })).toEqual([
      { field: 'statuses.Gr\u001bn', message: expect.stringContaining('osynligt styrtecken (U+001B)') },
    ]);
  });

  it('refuses a redefinition of a built-in word, and keeps the built-in meaning', () => {
    expect(problemsOf({ ...MAPPING, statuses: { 'helt  Uppfyllt': 'ej-uppfyllt' } })).toEqual([
      {
        field: 'statuses.helt  Uppfyllt',
        message: expect.stringContaining('betyder alltid helt-uppfyllt och kan inte göras om till ej-uppfyllt'),
      },
    ]);
    const { mapping } = parseMapping(JSON.stringify({ ...MAPPING, statuses: { 'Helt uppfyllt': 'helt-uppfyllt' } }));
    expect(mapping && statusFor(mapping, 'helt uppfyllt')).toBe('helt-uppfyllt');
  });
});

describe('Kolada answers', () => {
  const row = (period: number, value: number | null) => ({
    kpi: 'N70060',
    municipality: '0023',
    period,
    values: [{ gender: 'T', value }],
  });

  it('reads page numbers of saved answers only as digits', () => {
    expect(nextPageFile('https://api.kolada.se/v3/data?page=2', '/svar/n.json')).toEqual({
      file: '/svar/n.page-2.json',
    });
    expect(nextPageFile('https://api.kolada.se/v3/data?page=../../../outside', '/svar/n.json').problem).toContain(
      'en sida anges bara med siffror',
    );
  });

  it('refuses a value no number can mean, and years after the answer was retrieved', () => {
    const huge = parseKoladaPage(JSON.stringify({ values: [row(2020, 1.7e308)] }));
    expect(huge.problems.join()).toContain('är inget rimligt tal');
    const { page } = parseKoladaPage(JSON.stringify({ values: [row(2024, 1), row(2100, 2)] }));
    const fetched = seriesFromPages([page!], { kpi: 'N70060', areas: ['0023'], gender: 'T', retrieved: '2025-03-01' });
    expect(fetched.problems).toEqual([
      expect.stringContaining('Kolada-svaret har år utanför 1990–2025 (efter hämtningsdatumet 2025-03-01): 2100'),
    ]);
    const negativeZero = parseKoladaPage(
      JSON.stringify({ values: [row(2024, -0)] }).replace('"value":0', '"value":-0'),
    );
    expect(Object.is(negativeZero.page?.values[0].values[0].value, 0)).toBe(true);
  });
});

describe('content', () => {
  it('refuses addresses with user information or without https, with a message that says so', () => {
    const message = (value: string) => httpsUrl.safeParse(value).error?.issues.map((i) => i.message);
    expect(message('https://www.regionjh.se/')).toBeUndefined();
    expect(message('https://regionjh.se@evil.example/')).toEqual([
      expect.stringContaining('utan namn eller lösenord före @'),
    ]);
    expect(message('http://www.regionjh.se/')).toEqual(['ska vara en webbadress som börjar med https://']);
  });

  it('says in Swedish which element of a text is not closed right', () => {
    const messages = (text: string) => mdxSubsetIssues(text).map((issue) => issue.message);
    expect(messages('Se <abbr title="Region">RJH.\n\nMer.')).toEqual([
      'ett HTML-element stängs inte rätt: varje <namn> ska ha en </namn>, i samma stycke. <abbr> stängs aldrig: skriv </abbr> före slutet av stycket',
    ]);
    expect(messages('> <abbr>\nlazy</abbr>')[0]).toContain('före slutet av citatet');
    expect(messages('Text </abbr> slut.')[0]).toContain('</abbr> stänger ett element som aldrig öppnades');
    expect(messages('<abbr>a <b>b</abbr></b>')[0]).toContain('</abbr> kommer innan <b> har stängts');
    expect(messages('- <abbr>\n  x\ny</abbr>')[0]).toContain('</abbr> står inte i samma stycke som sitt <abbr>');
    for (const text of ['Se <abbr>RJH.', 'Text </abbr> slut.', '<abbr>a <b>b</abbr></b>', '- <abbr>\n  x\ny</abbr>'])
      expect(messages(text).join()).not.toMatch(/Expected|Unexpected|closing tag/);
  });

  it('refuses a link in a text with a name before @, which only disguises where it leads', () => {
    expect(linkUrlProblem('https://www.kommunen.se@example.org/')).toContain('har ett namn före @');
    expect(linkUrlProblem('http://user:pass@example.org/')).toContain('har ett namn före @');
    expect(linkUrlProblem('https://www.kommunen.se/@nyheter')).toBeUndefined();
    expect(linkUrlProblem('mailto:registrator@kommunen.se')).toBeUndefined();
  });

  it('refuses titles of characters that are drawn as nothing, and says a missing choice is missing', () => {
    const title = (value: string) =>
      collections.decisions.schema.safeParse(
        { body: 'regionstyrelsen', date: '2024-01-23', paragraph: 1, dnr: null, title: value, summary: 'Beslutet.' },
        { error: swedishErrors },
      ).error?.issues[0].message;
    for (const invisible of ['\u3164', '\u2800\u2800', '\ufe0f', '\u115f\u1160'])
      expect(title(invisible), JSON.stringify(invisible)).toContain('har inga synliga tecken');
    expect(title('Beslut \u3164')).toBeUndefined();
    const missing = collections.nyckeltal.schema.safeParse({}, { error: swedishErrors }).error!.issues;
    expect(missing.find((issue) => issue.path[0] === 'term')?.message).toBe(
      'saknas: fältet är obligatoriskt. Tillåtna värden: kortsiktig, langsiktig',
    );
    for (const issue of missing) expect(issue.message).not.toContain('undefined');
  });

  it('bounds values by the range a nyckeltal declares for its unit, else percentages by −100 to 1000', () => {
    const dir = contentWithFixture();
    const data = JSON.parse(
      readFileSync(join(dir, 'content/nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json'), 'utf8'),
    );
    const issues = (changes: object) =>
      collections.nyckeltal.schema
        .safeParse({ ...data, ...changes }, { error: swedishErrors })
        .error?.issues.map((issue) => issue.message);
    const result = (value: number) => [{ ...data.results[0], value }];
    expect(issues({ results: result(120) })).toBeUndefined();
    expect(issues({ results: result(120), range: { min: 0, max: 100 } })).toEqual([
      '120 % ligger utanför nyckeltalets range (0 till 100): kontrollera värdet, eller range',
    ]);
    expect(issues({ results: result(5000), unit: 'dagar' })).toBeUndefined();
    expect(issues({ results: result(5000), unit: 'dagar', range: { min: 0, max: 366 } })).toEqual([
      expect.stringContaining('5000 dagar ligger utanför nyckeltalets range (0 till 366)'),
    ]);
    expect(issues({ range: { min: 10, max: 0 } })).toEqual(['ska vara större än min']);
  });

  it('refuses dates before 1990 and more than two years ahead', () => {
    const decision = (date: string) =>
      collections.decisions.schema.safeParse(
        { body: 'regionstyrelsen', date, paragraph: 1, dnr: null, title: 'Ett beslut', summary: 'Beslutet.' },
        { error: swedishErrors },
      );
    expect(decision(`${DATE_YEARS.max}-12-31`).success).toBe(true);
    expect(decision(`${DATE_YEARS.max + 1}-01-01`).error?.issues[0].message).toContain('ligger utanför 1990–');
    expect(decision('1989-12').error?.issues[0].message).toContain('ligger utanför 1990–');
  });

  it('finds control characters in any text or key of an entry', () => {
    expect(controlCharacterFields({ a: ['ok', { b: 'x\u001b' }], 'c\u0000': 1, d: 'tab\tand\nline' })).toEqual([
      { field: 'a[1].b', code: 'U+001B' },
      { field: 'c\u0000', code: 'U+0000' },
    ]);
  });

  it('reads a frontmatter whose --- lines end in spaces, and points at a closing line with more on it', () => {
    expect(parseMdx('--- \ntitle: A\n---  \n\nText.\n')).toMatchObject({ data: { title: 'A' }, text: '\nText.\n' });
    expect(parseMdx('---\ntitle: A\n--- slut\n\nText.\n').error).toContain(
      'frontmatterns avslutande rad (rad 3) ska vara bara tre bindestreck',
    );
    expect(parseMdx('---\ntitle: A\n\nText.\n').error).toContain('frontmattern som börjar på rad 1 avslutas aldrig');
    expect(parseMdx('---\ntitle: "A\nplan: x\n---\n\nText.\n').error).toBe(
      'frontmattern är inte giltig YAML (rad 4, frontmatterns avslutande ---): ett citattecken " öppnas men stängs aldrig',
    );
    expect(parseMdx('---\ntitle: A\n  plan: x\n---\n\nText.\n').error).not.toMatch(/[a-z]+ of a mapping/);
  });

  it('gives zod issues without a message of their own a Swedish one', () => {
    const issues = z
      .object({ a: z.string().regex(/^x$/), b: z.number().multipleOf(5), c: z.email() })
      .safeParse({ a: 'y', b: 7, c: 'nej' }, { error: swedishErrors }).error!.issues;
    for (const issue of issues) expect(issue.message).not.toMatch(/Invalid|must|expected/i);
  });

  it('warns about more than 1 MB of text in one field, without refusing it', () => {
    const dir = contentWithFixture();
    const folder = join(dir, 'content/decisions');
    const name = readdirSync(folder).find((file) => file.endsWith('.json'))!;
    const data = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    writeFileSync(join(folder, name), JSON.stringify({ ...data, summary: 'Långt. '.repeat(200_000) }));
    const { problems, warnings } = validateContent(dir);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: `content/decisions/${name}`,
        field: 'summary',
        message: expect.stringContaining('är 1,6 MB text, mer än 1 MB i ett fält'),
      },
    ]);
  });
});
