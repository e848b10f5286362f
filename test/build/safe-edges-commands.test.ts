/**
 * The staff commands and the build at the edges: links out of the content folder, answers
 * that lead to other servers or folders, meaningless exports, and two writers at once.
 * Every refusal is asserted with its Swedish message and an unchanged content folder.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { runScript, runScriptAsync, startScript } from '../helpers/cli.ts';
import { asFlags, newDocument, newTestIndicator } from '../helpers/commands.ts';
import { contentWithFixture, contentWithFixturesFrom, ROOT, VALID_FIXTURES } from '../helpers/content.ts';
import { catalogIn, planningExport } from '../helpers/publishing.ts';

const IMPORTS = join(ROOT, 'test/fixtures/import');
const KOLADA = join(ROOT, 'test/fixtures/kolada');
const STRATSYS = join(ROOT, 'scripts/mappings/stratsys.json');
/** Text that must never appear in any output: it stands for a credential on the build machine. */
const SECRET = 'root:x:0:0 HEMLIG-NYCKEL-4711';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every file's text under a folder (links not followed), to prove that a command wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink()) files.set(relative(dir, path), '(länk)');
      else if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** The links `contentWithLinksOut` makes, from the content folder. */
const LINKS_OUT = ['decisions/rs-2030-01-01-1.json', 'decisions/extern', 'insyn.json', 'sok/sokord.json'];

/**
 * A copy of the content with a file and a folder of secrets outside it, linked from inside,
 * and the configuration and search words linked to a JSON file whose keys are the secret
 * (read, they would be named as unknown fields).
 */
function contentWithLinksOut() {
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const outside = join(dir, 'host-files');
  mkdirSync(join(outside, 'folder'), { recursive: true });
  writeFileSync(join(outside, 'passwd'), `${SECRET}\n`);
  writeFileSync(join(outside, 'credentials.json'), JSON.stringify({ [SECRET]: SECRET }));
  writeFileSync(join(outside, 'folder', 'rs-2030-01-02-1.json'), JSON.stringify({ summary: SECRET }));
  symlinkSync(join(outside, 'passwd'), join(content, 'decisions', 'rs-2030-01-01-1.json'));
  symlinkSync(join(outside, 'folder'), join(content, 'decisions', 'extern'));
  for (const file of ['insyn.json', 'sok/sokord.json']) {
    rmSync(join(content, file));
    symlinkSync(join(outside, 'credentials.json'), join(content, file));
  }
  return { dir, content };
}

describe('links out of the content folder', () => {
  const LINK_MESSAGE = 'är en genväg (symbolisk länk) till något utanför innehållsmappen, och läses inte';

  it('are refused by the check and every command, naming the link and never its target', () => {
    const { dir, content } = contentWithLinksOut();
    const before = snapshot(content);
    const runs = {
      check: runScript('check.ts', ['--content', content]),
      import: runScript('import.ts', [
        join(IMPORTS, 'per-augusti-2024.csv'),
        '--mapping',
        join(IMPORTS, 'per-augusti-2024.mapping.json'),
        '--period',
        'per-augusti-2024',
        '--write',
        '--content',
        content,
      ]),
      new: runScript('new.ts', [...newDocument(), '--text', 'Text.', '--content', content]),
      kolada: runScript('kolada.ts', ['nettokostnad-primarvard', '--content', content]),
      rapportmall: runScript('rapportmall.ts', [
        '--plan',
        'rs-plan-och-budget-2024',
        '--period',
        'per-augusti-2024',
        '--out',
        join(dir, 'rapportmall.xlsx'),
        '--content',
        content,
      ]),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(run.status, `${name}: ${run.output}`).toBe(1);
      // The check lists problems under their file, the commands one line per link.
      for (const link of LINKS_OUT)
        expect(run.output, name).toMatch(new RegExp(`${escape(link)}(: |\\n  - )${escape(LINK_MESSAGE)}`));
      expect(run.output, name).not.toContain('HEMLIG');
      expect(run.output, name).not.toContain('root:x');
    }
    expect(existsSync(join(dir, 'rapportmall.xlsx'))).toBe(false);
    expect(snapshot(content)).toEqual(before);
  });

  it('are refused by ny-organisation in the folder it would write, which stays as it was', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'ny');
    const outside = join(dir, 'host-folder');
    mkdirSync(content);
    mkdirSync(outside);
    symlinkSync(outside, join(content, 'decisions'));
    const run = runScript('ny-organisation.ts', [
      '--name',
      'Region Test',
      '--kolada',
      '0023',
      '--site',
      'https://insyn.test.example/',
      '--content',
      content,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ny/decisions: ${LINK_MESSAGE}`);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(content)).toEqual(['decisions']);
  });

  it('stop the build, and the target appears nowhere in its output', () => {
    const { dir, content } = contentWithLinksOut();
    const build = astroBuild(join(dir, 'dist'), { INSYN_CONTENT_DIR: content });
    expect(build.status).not.toBe(0);
    for (const link of LINKS_OUT) expect(build.output).toContain(`${link}\n  - ${LINK_MESSAGE}`);
    expect(build.output).not.toContain('HEMLIG');
    const built = existsSync(join(dir, 'dist')) ? readdirSync(join(dir, 'dist'), { recursive: true }) : [];
    for (const file of built.map(String)) {
      const path = join(dir, 'dist', file);
      if (statSync(path).isFile()) expect(readFileSync(path, 'latin1'), file).not.toContain('HEMLIG');
    }
  });

  it('is refused in the inbox, which keeps its files', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const inbox = join(dir, 'inkorg');
    mkdirSync(inbox);
    writeFileSync(join(dir, 'secret.csv'), `Id;Status;Utfall;Kommentar\n${SECRET};Grön;1;x\n`);
    symlinkSync(join(dir, 'secret.csv'), join(inbox, 'per-augusti-2024.csv'));
    const before = snapshot(content);
    const run = runScript('inbox.ts', ['--inbox', inbox, '--content', content]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('per-augusti-2024.csv är en genväg (symbolisk länk) till något utanför inkorgen');
    expect(run.output).not.toContain('HEMLIG');
    expect(readdirSync(inbox)).toEqual(['per-augusti-2024.csv']);
    expect(snapshot(content)).toEqual(before);
  });
});

/** A copy of the content with a new långsiktigt nyckeltal for Kolada tests, and `run` for `npm run kolada`. */
function withIndicator() {
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const made = runScript('new.ts', [
    ...newTestIndicator({ title: 'Testindikator', kolada: 'N99001' }),
    '--content',
    content,
  ]);
  expect(made.status).toBe(0);
  return { dir, content };
}

/**
 * A local server standing in for Kolada: `answer` gives each request's page, or `{ redirect }`
 * to send the request on with 302; it records every request.
 */
async function fakeKolada(answer: (request: IncomingMessage, port: number) => object) {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.url!);
    const page = answer(request, (server.address() as AddressInfo).port);
    if ('redirect' in page) {
      response.writeHead(302, { location: String(page.redirect) });
      response.end();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(page));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { requests, port: (server.address() as AddressInfo).port, close: () => server.close() };
}

const koladaPage = (nextUrl: string | null) => ({
  values: [{ kpi: 'N99001', municipality: '0023', period: 2020, values: [{ gender: 'T', value: 10.5 }] }],
  next_url: nextUrl,
});

describe('npm run kolada at the edges', () => {
  it('follows next_url only on the first request’s server, refusing another without asking it', async () => {
    const second = await fakeKolada(() => koladaPage(null));
    for (const elsewhere of [
      'http://169.254.169.254/latest/meta-data/?page=2',
      'https://127.0.0.1/v3/x?page=2',
      `http://127.0.0.1:${second.port}/v3/data/kpi/N99001/municipality/0023?page=2`,
    ]) {
      const { content } = withIndicator();
      const before = snapshot(content);
      const kolada = await fakeKolada(() => koladaPage(elsewhere));
      const api = `http://127.0.0.1:${kolada.port}/v3`;
      const run = await runScriptAsync('kolada.ts', [
        'testindikator',
        '--area',
        '0023',
        '--api',
        api,
        '--content',
        content,
        '--write',
      ]);
      kolada.close();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        `Kolada-svaret pekar på nästa sida hos en annan server (next_url ${elsewhere}), och den hämtas inte`,
      );
      expect(kolada.requests).toEqual(['/v3/data/kpi/N99001/municipality/0023']);
      expect(snapshot(content)).toEqual(before);
    }
    second.close();
    expect(second.requests).toEqual([]);
  });

  it('follows a redirect only on the same server, and asks no second host', async () => {
    const second = await fakeKolada(() => koladaPage(null));
    const kolada = await fakeKolada((request) =>
      request.url!.startsWith('/v3/flyttad')
        ? { redirect: `http://127.0.0.1:${second.port}/v3/data/kpi/N99001/municipality/0023` }
        : request.url!.startsWith('/v3/data')
          ? { redirect: '/v3/flyttad/data' }
          : {},
    );
    const { content } = withIndicator();
    const before = snapshot(content);
    const run = await runScriptAsync('kolada.ts', [
      'testindikator',
      '--area',
      '0023',
      '--api',
      `http://127.0.0.1:${kolada.port}/v3`,
      '--content',
      content,
      '--write',
    ]);
    kolada.close();
    second.close();
    expect(run.status).toBe(1);
    // The redirect on the same server is followed; the one to another server is not.
    expect(kolada.requests).toEqual(['/v3/data/kpi/N99001/municipality/0023', '/v3/flyttad/data']);
    expect(second.requests).toEqual([]);
    expect(run.stderr).toContain(
      `Kolada svarade på http://127.0.0.1:${kolada.port}/v3/flyttad/data med en hänvisning till http://127.0.0.1:${second.port}/v3/data/kpi/N99001/municipality/0023, en annan server, och den hämtas inte`,
    );
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses an --api address with a name before @ or that is no web address, asking nothing', () => {
    const { content } = withIndicator();
    const before = snapshot(content);
    for (const api of ['https://namn:losen@api.kolada.se/v3', 'file:///etc/passwd', 'api.kolada.se/v3']) {
      const run = runScript('kolada.ts', ['testindikator', '--area', '0023', '--api', api, '--content', content]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `--api ska vara en adress som börjar med https:// (eller http:// för en spegling), utan namn eller lösenord före @, inte "${api}"`,
      );
    }
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses years after the date the answer was retrieved', () => {
    const { dir, content } = withIndicator();
    const answer = join(dir, 'n99001.json');
    writeFileSync(
      answer,
      JSON.stringify({
        ...koladaPage(null),
        values: [...koladaPage(null).values, { ...koladaPage(null).values[0], period: 2026 }],
      }),
    );
    const before = snapshot(content);
    const run = runScript('kolada.ts', [
      'testindikator',
      '--area',
      '0023',
      '--file',
      answer,
      '--retrieved',
      '2025-01-10',
      '--write',
      '--content',
      content,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Kolada-svaret har år utanför 1990–2025 (efter hämtningsdatumet 2025-01-10): 2026');
    expect(snapshot(content)).toEqual(before);
  });

  it('says that an answer has more than 200 pages, not that a page was fetched already', async () => {
    const { content } = withIndicator();
    const kolada = await fakeKolada((request, port) => {
      const page = Number(/page=(\d+)/.exec(request.url!)?.[1] ?? 1);
      return koladaPage(`http://127.0.0.1:${port}/v3/data/kpi/N99001/municipality/0023?page=${page + 1}`);
    });
    const run = await runScriptAsync('kolada.ts', [
      'testindikator',
      '--area',
      '0023',
      '--api',
      `http://127.0.0.1:${kolada.port}/v3`,
      '--content',
      content,
    ]);
    kolada.close();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Kolada-svaret har fler än 200 sidor');
    expect(run.stderr).not.toContain('redan hämtats');
    expect(kolada.requests).toHaveLength(200);
  });

  it('reads a saved page only by a page number of digits, never a path out of the folder', () => {
    const { dir, content } = withIndicator();
    const answers = join(dir, 'svar');
    mkdirSync(join(answers, 'x.page-..'), { recursive: true });
    const first = JSON.parse(readFileSync(join(KOLADA, 'paged/n99001.json'), 'utf8'));
    first.next_url = 'https://api.kolada.se/v3/data/kpi/N99001/municipality/0023?page=../../../outside';
    writeFileSync(join(answers, 'n99001.json'), JSON.stringify(first));
    writeFileSync(join(dir, 'outside.json'), JSON.stringify({ values: [], note: SECRET }));
    const before = snapshot(content);
    const args = [
      'testindikator',
      '--area',
      '0023',
      '--file',
      join(answers, 'n99001.json'),
      '--retrieved',
      '2025-01-10',
    ];
    const run = runScript('kolada.ts', [...args, '--write', '--content', content]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('har page=../../../outside, men en sida anges bara med siffror');
    expect(run.output).not.toContain('HEMLIG');
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a saved next page that is a link out of the answers folder', () => {
    const { dir, content } = withIndicator();
    const answers = join(dir, 'svar');
    mkdirSync(answers);
    writeFileSync(join(answers, 'n99001.json'), readFileSync(join(KOLADA, 'paged/n99001.json')));
    writeFileSync(join(dir, 'secret.json'), JSON.stringify({ note: SECRET }));
    symlinkSync(join(dir, 'secret.json'), join(answers, 'n99001.page-2.json'));
    const before = snapshot(content);
    const run = runScript('kolada.ts', [
      'testindikator',
      '--area',
      '0023',
      '--file',
      join(answers, 'n99001.json'),
      '--retrieved',
      '2025-01-10',
      '--write',
      '--content',
      content,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'n99001.page-2.json är en genväg (symbolisk länk) till något utanför mappen med svarsfilerna',
    );
    expect(run.output).not.toContain('HEMLIG');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('npm run import and inbox at the edges', () => {
  const importArgs = (file: string, content: string, ...flags: string[]) => [
    file,
    '--mapping',
    join(IMPORTS, 'per-augusti-2024.mapping.json'),
    '--period',
    'per-augusti-2024',
    '--content',
    content,
    ...flags,
  ];

  it('refuses control characters in an export, by row and column', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'Id;Status;Utfall;Kommentar\nserviceniva-helpdesk;Gul;78,5;Bra\u0007\u001b[2J\n');
    const before = snapshot(content);
    const run = runScript('import.ts', importArgs(file, content, '--write'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('rad 2, kolumn "Kommentar": innehåller ett osynligt styrtecken (U+0007)');
    expect(snapshot(content)).toEqual(before);
  });

  it('caps the list of problems at 50, with how many more there are', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const file = join(dir, 'export.csv');
    writeFileSync(file, `Id;Status;Utfall;Kommentar\n${'x;Gul;1\n'.repeat(5000)}`);
    const run = runScript('import.ts', importArgs(file, content));
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(50);
    expect(run.stderr).toContain('  … och 4950 till');
  });

  it('refuses an export without data rows, and the inbox keeps the file', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const inbox = join(dir, 'inkorg');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'per-augusti-2024.csv'), 'Insyn-id;Namn;Nodtyp;Period;Status;Utfall;Kommentar\n;;;;;;\n');
    const before = snapshot(content);
    const run = runScript('inbox.ts', ['--inbox', inbox, '--content', content]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('exporten har inga rader med värden, bara rubrikraden');
    expect(readdirSync(inbox)).toEqual(['per-augusti-2024.csv']);
    expect(snapshot(content)).toEqual(before);
  });

  const COLUMNS = { id: 'Id', status: 'Status', value: 'Utfall', comment: 'Kommentar' };
  const HEADER = 'Id;Status;Utfall;Kommentar\n';
  const ROW = 'serviceniva-helpdesk;Delvis uppfyllt;78,5;Bra\n';

  /** Exports and mappings that read well but mean nothing, each with the Swedish reason it is refused for. */
  const refused: { name: string; export?: string | Uint8Array; file?: string; mapping?: string; message: string }[] = [
    {
      name: 'a key twice in a JSON export',
      export:
        '{"header": ["Id", "Status", "Utfall", "Kommentar"], "values": [], "values": [["serviceniva-helpdesk", "Gul", 1, "x"]]}',
      file: 'export.json',
      message: 'har fält som står två gånger i samma objekt: "values" (rad 1)',
    },
    {
      name: 'a key twice in a mapping',
      mapping: `{"columns": ${JSON.stringify(COLUMNS)}, "statuses": {"Gul": "delvis-uppfyllt", "Gul": "ej-uppfyllt"}}`,
      message: 'har fält som står två gånger i samma objekt: "Gul" (rad 1)',
    },
    {
      name: 'two spellings of one word with different meanings',
      mapping: JSON.stringify({ columns: COLUMNS, statuses: { Gul: 'delvis-uppfyllt', GUL: 'ej-uppfyllt' } }),
      message: 'statuses.GUL: "GUL" och "Gul" är samma ord (stora och små bokstäver räknas lika) men betyder olika',
    },
    {
      name: 'a built-in word redefined',
      mapping: JSON.stringify({ columns: COLUMNS, statuses: { 'helt uppfyllt': 'ej-uppfyllt' } }),
      message: '"helt uppfyllt" betyder alltid helt-uppfyllt och kan inte göras om till ej-uppfyllt',
    },
    {
      name: 'a control character in a mapping',
      mapping: JSON.stringify({ columns: COLUMNS, statuses: { 'Gr\u0007n': 'helt-uppfyllt' } }),
      message: 'innehåller ett osynligt styrtecken (U+0007)',
    },
    {
      name: 'an export in UTF-16',
      export: new Uint8Array([0xff, 0xfe, ...Buffer.from(`${HEADER}${ROW}`, 'utf16le')]),
      message: 'är inte sparad som UTF-8, så å, ä och ö skulle bli fel',
    },
    {
      name: 'a JSON export that is no table',
      export: JSON.stringify([['Id'], ['serviceniva-helpdesk']]),
      file: 'export.json',
      message: 'är JSON, men en lista [ … ] och inte en tabell',
    },
    {
      name: 'a percentage out of bounds',
      export: `${HEADER}serviceniva-helpdesk;Delvis uppfyllt;5 000;Bra\n`,
      message: 'value: 5000 % ligger utanför det rimliga för en andel i procent (-100 till 1000)',
    },
    {
      name: 'a number with more than 15 significant digits',
      export: `${HEADER}serviceniva-helpdesk;Delvis uppfyllt;78,1234567890123456;Bra\n`,
      message: 'har fler än 15 värdesiffror',
    },
  ];

  it.each(refused)('refuses $name, writing nothing', (edge) => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const file = join(dir, edge.file ?? 'export.csv');
    writeFileSync(file, edge.export ?? `${HEADER}${ROW}`);
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, edge.mapping ?? JSON.stringify({ columns: COLUMNS }));
    const before = snapshot(content);
    const run = runScript('import.ts', [
      file,
      '--mapping',
      mapping,
      '--period',
      'per-augusti-2024',
      '--write',
      '--content',
      content,
    ]);
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain(edge.message);
    expect(run.stderr).toContain('Inget skrevs.');
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses true or false in a workbook cell, writing nothing', async () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Id', 'Status', 'Utfall', 'Kommentar']);
    sheet.addRow(['serviceniva-helpdesk', 'Gul', 78.5, true]);
    const file = join(dir, 'export.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const before = snapshot(content);
    const run = runScript('import.ts', importArgs(file, content, '--write'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'rad 2, kolumn "Kommentar": är true (sant eller falskt), men kolumnerna har text eller tal',
    );
    expect(snapshot(content)).toEqual(before);
  });

  it("reads Excel's sep=; line as the separator, not as the header", () => {
    const dir = contentWithFixture();
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'sep=;\r\nId;Status;Utfall;Kommentar\r\nserviceniva-helpdesk;Gul;78,5;Bra, riktigt bra\r\n');
    const run = runScript('import.ts', importArgs(file, join(dir, 'content')));
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('(rad 3)');
    expect(run.stdout).toContain('comment "Bra, riktigt bra"');
  });

  it('refuses a report sheet nobody filled in, and the inbox keeps it', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const inbox = join(dir, 'inkorg');
    mkdirSync(inbox);
    const made = runScript('rapportmall.ts', [
      '--plan',
      'rs-plan-och-budget-2025',
      '--period',
      'per-augusti-2025',
      '--out',
      join(inbox, 'per-augusti-2025.xlsx'),
      '--content',
      content,
    ]);
    expect(made.status, made.output).toBe(0);
    const before = snapshot(content);
    const run = runScript('inbox.ts', ['--inbox', inbox, '--content', content]);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'exporten har inga rader med resultat för per-augusti-2025: alla 2 rader hoppades över',
    );
    expect(readdirSync(inbox)).toEqual(['per-augusti-2025.xlsx']);
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a mapping that gives one column to two fields', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ columns: { id: 'Id', status: 'Kommentar', value: 'Utfall', comment: 'Kommentar' } }),
    );
    const before = snapshot(content);
    const run = runScript('import.ts', [
      join(IMPORTS, 'per-augusti-2024.csv'),
      '--mapping',
      mapping,
      '--period',
      'per-augusti-2024',
      '--write',
      '--content',
      content,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('columns.comment: är samma kolumn "Kommentar" som columns.status');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('one writer at a time', () => {
  it('two imports of different periods started together both land', async () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const catalog = catalogIn(dir);
    // A plan with two periods, whichever the content has by now.
    const plan = entries(catalog, 'plans').find((p) => p.data.periods.length >= 2)!;
    const periods = plan.data.periods.slice(0, 2).map((p) => p.id);
    const files = periods.map((period) => {
      const file = join(dir, `${period}.csv`);
      writeFileSync(file, planningExport(catalog, plan.id, period));
      return file;
    });
    const runs = await Promise.all(
      periods.map((period, i) =>
        runScriptAsync('import.ts', [
          files[i],
          '--mapping',
          STRATSYS,
          '--period',
          period,
          '--replace',
          '--write',
          '--content',
          content,
        ]),
      ),
    );
    for (const run of runs) expect(run.status, run.output).toBe(0);
    const after = catalogIn(dir);
    const uppdrag = entries(after, 'uppdrag').filter((u) => u.data.plan.id === plan.id);
    expect(uppdrag.length).toBeGreaterThan(0);
    for (const u of uppdrag)
      for (const period of periods)
        expect(u.data.statuses.find((s) => s.period.id === period)?.text, `${u.id} ${period}`).toBe(
          `Läget ${period}; arbetet pågår.`,
        );
    expect(existsSync(join(dir, '.content.insyn-lock'))).toBe(false);
  });

  it('says in Swedish who holds the lock when the wait is too long, writing nothing', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    writeFileSync(join(dir, '.content.insyn-lock'), `${process.pid}\n`);
    const before = snapshot(content);
    const args = [
      join(IMPORTS, 'per-augusti-2024.csv'),
      '--mapping',
      join(IMPORTS, 'per-augusti-2024.mapping.json'),
      '--period',
      'per-augusti-2024',
      '--write',
      '--content',
      content,
    ];
    const run = runScript('import.ts', args, { env: { INSYN_LOCK_WAIT_SECONDS: '1' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`En annan körning (process ${process.pid}) skriver i`);
    expect(run.stderr).toContain('Inget skrevs.');
    expect(snapshot(content)).toEqual(before);
  });

  it('releases the lock when a writer is stopped with Ctrl-C', async () => {
    const { dir, content } = withIndicator();
    // A Kolada that never answers: the command waits, holding the lock, until it is stopped.
    const silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const api = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v3`;
    const child = startScript('kolada.ts', [
      'testindikator',
      '--area',
      '0023',
      '--api',
      api,
      '--write',
      '--content',
      content,
    ]);
    const lock = join(dir, '.content.insyn-lock');
    while (!existsSync(lock)) await new Promise((done) => setTimeout(done, 50));
    const ended = new Promise<number | null>((done) => child.on('close', done));
    child.kill('SIGINT');
    expect(await ended).toBe(130);
    silent.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('new, waiting for the lock, checks its entry again against what the other writer wrote', async () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const lock = join(dir, '.content.insyn-lock');
    writeFileSync(lock, `${process.pid}\n`);
    const decision = {
      body: 'regionstyrelsen',
      date: '2024-03-05',
      paragraph: '40',
      dnr: 'RS/1/2024',
      title: 'Ett nytt beslut',
      summary: 'Beslutet.',
    };
    const child = startScript('new.ts', ['beslut', ...asFlags(decision), '--content', content]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const ended = new Promise<number | null>((done) => child.on('close', done));
    while (!stderr.includes('Väntar:')) await new Promise((done) => setTimeout(done, 50));
    // Meanwhile the other writer records the same meeting's paragraph under another name.
    const other = { ...decision, paragraph: 40, title: 'Samma beslut', $schema: undefined };
    writeFileSync(join(content, 'decisions/rs-2024-03-05-40-kopia.json'), JSON.stringify(other));
    rmSync(lock);
    expect(await ended).toBe(1);
    expect(stderr).toContain('Medan kommandot väntade skrev en annan körning i');
    expect(stderr).toContain('beslutet regionstyrelsen 2024-03-05 § 40 finns också i');
    expect(existsSync(join(content, 'decisions/rs-2024-03-05-40.json'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    writeFileSync(join(dir, '.content.insyn-lock'), '2147483646\n');
    const run = runScript('new.ts', [...newDocument(), '--text', 'Text.', '--content', content], {
      env: { INSYN_LOCK_WAIT_SECONDS: '1' },
    });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(join(dir, '.content.insyn-lock'))).toBe(false);
  });
});

describe('npm run new --text-file', () => {
  it('refuses a control character in the text file, by its line there, and writes nothing', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const text = join(dir, 'doc.md');
    writeFileSync(text, '\n\nFörsta stycket.\n\nAndra \u0007stycket.\n');
    const before = snapshot(content);
    const run = runScript('new.ts', [...newDocument(), '--text-file', text, '--content', content]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\(\S*doc\.md, rad 5\): innehåller ett osynligt styrtecken \(U\+0007\)/);
    expect(snapshot(content)).toEqual(before);
  });

  it("names a problem's line in the text file, not in the MDX it never wrote", () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const text = join(dir, 'doc.md');
    writeFileSync(text, '\n\nFörsta stycket.\n\nAndra <script>x</script> stycket.\n');
    const before = snapshot(content);
    const run = runScript('new.ts', [...newDocument(), '--text-file', text, '--content', content]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\(\S*doc\.md, rad 5\): elementet <script>/);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('code blocks in texts', () => {
  it('build as plain HTML with the language as a class, without the inline styles the policy blocks', () => {
    const dir = contentWithFixturesFrom(VALID_FIXTURES, ['frontmatter-spaces-and-code']);
    const build = astroBuild(join(dir, 'dist'), { INSYN_CONTENT_DIR: join(dir, 'content') });
    expect(build.status, build.output).toBe(0);
    // The fixture's frontmatter lines end in spaces: the document is built like any other.
    const page = readFileSync(join(dir, 'dist/dokument/reviderad-styrmodell-2021/index.html'), 'utf8');
    const block = /<pre[^>]*>[\s\S]*?<\/pre>/.exec(page)?.[0] ?? '';
    expect(block).toContain('<code class="language-csv">');
    expect(block).toContain('Id;Status;Kommentar');
    expect(block).not.toMatch(/style=/);
    expect(readFileSync(join(ROOT, 'src/styles/text-print.css'), 'utf8')).toMatch(/\npre \{/);
  });
});
