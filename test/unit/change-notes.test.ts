/** What a change means for a visitor, from an entry's content before and after: field by field, before → after. */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type Ref } from '../../src/schemas/index.ts';
import { contentJsonSchema } from '#lib/content/json-schema.ts';
import { schemaFields } from '#lib/content/schema-fields.ts';
import {
  type ChangeNote,
  changeNotes,
  entryVersion,
  fieldWord,
  NOTE_TEXT_LIMIT,
  noteSeparator,
  noteText,
  staffNotes,
} from '#lib/history/change-notes.ts';
import { LIST_WORDS } from '#lib/history/history-text.ts';
import { headlineOf, noteHtml } from '#lib/history/recent-changes.ts';

const NAMES: Record<string, string> = {
  'bodies/regionstyrelsen': 'Regionstyrelsen',
  'bodies/regionfullmaktige': 'Regionfullmäktige',
  'plans/rs-plan-2024': 'Regionstyrelsens plan och budget 2024',
  'decisions/rs-2023-11-08-194': 'RS 2023-11-08 § 194: Regionstyrelsens plan och budget 2024',
  'decisions/rs-2024-01-23-6': 'RS 2024-01-23 § 6: Revidering av planen',
  'reports/tertialrapport-2024': 'Tertialrapport per april 2024',
  'units/hr': 'HR-avdelningen',
};
/** Periods and entries named as pages name them; an entry that no longer exists has no name. */
const names = {
  period: (id: string) => id.replace(/-(\d{4})$/, ' $1').replace(/-/g, ' '),
  entry: (ref: Ref) => NAMES[`${ref.collection}/${ref.id}`],
};
/** The notes as lines, with the no-break space between a number and its unit written as a space. */
const texts = (notes: ChangeNote[] | undefined) => notes?.map((note) => noteText(note).replace(/\u00a0/g, ' '));

const json = (collection: 'nyckeltal' | 'decisions' | 'plans' | 'activities' | 'periods', data: unknown) =>
  entryVersion(collection, JSON.stringify(data, null, 2));
const nyckeltal = (results: unknown[], extra: Record<string, unknown> = {}) =>
  json('nyckeltal', { $schema: '../../x.json', title: 'Frisktal', unit: '%', results, targets: [], ...extra });
const uppdrag = (statuses: unknown[], text = 'Text.', extra = '') =>
  entryVersion('uppdrag', `---\ntitle: Ett uppdrag\nstatuses: ${JSON.stringify(statuses)}\n${extra}---\n${text}\n`);

const april = { period: 'per-april-2024', value: 80, status: 'delvis-uppfyllt', comment: 'Som väntat.' };
const august = { period: 'per-augusti-2024', value: 70, status: 'ej-uppfyllt', comment: 'Sämre.' };

describe('change notes: an entry published or removed', () => {
  it('says a new entry was published and an old one removed', () => {
    expect(texts(changeNotes(undefined, nyckeltal([]), names))).toEqual(['Publicerad på Insyn']);
    expect(texts(changeNotes(nyckeltal([]), undefined, names))).toEqual(['Borttagen från Insyn']);
  });
});

describe('change notes: results and statuses, period by period', () => {
  it("gives a new period's result with its unit and status, and the change of status since the last report", () => {
    expect(texts(changeNotes(nyckeltal([april]), nyckeltal([april, august]), names))).toEqual([
      'Utfall per augusti 2024 publicerat: 70 %, Ej uppfyllt',
      'Status ändrad från Delvis uppfyllt till Ej uppfyllt',
    ]);
    const same = { ...august, status: 'delvis-uppfyllt' };
    expect(texts(changeNotes(nyckeltal([april]), nyckeltal([april, same]), names))).toEqual([
      'Utfall per augusti 2024 publicerat: 70 %, Delvis uppfyllt',
    ]);
    const unmeasurable = { ...august, value: null, status: 'gar-ej-att-mata' };
    expect(texts(changeNotes(nyckeltal([]), nyckeltal([unmeasurable]), names))).toEqual([
      'Utfall per augusti 2024 publicerat: Går ej att mäta',
    ]);
  });

  it('writes a corrected result with as many decimals before as after, the Swedish way, in the unit', () => {
    const before = nyckeltal([{ ...april, value: 82.5 }]);
    expect(texts(changeNotes(before, nyckeltal([{ ...april, value: 83 }]), names))).toEqual([
      'Utfall per april 2024 ändrat från 82,5 % till 83,0 %',
    ]);
    const kronor = (value: number) => nyckeltal([{ ...april, value }], { unit: 'kr/inv' });
    expect(texts(changeNotes(kronor(31612), kronor(31800.25), names))).toEqual([
      'Utfall per april 2024 ändrat från 31 612,00 kr/inv till 31 800,25 kr/inv',
    ]);
    // A number never wraps away from its unit.
    expect(changeNotes(kronor(1), kronor(2), names)![0].to).toEqual({ text: '2\u00a0kr/inv' });
  });

  it("says a result's corrected status, and its changed comment with both texts", () => {
    expect(texts(changeNotes(nyckeltal([april]), nyckeltal([{ ...april, status: 'helt-uppfyllt' }]), names))).toEqual([
      'Status per april 2024 ändrad från Delvis uppfyllt till Helt uppfyllt',
    ]);
    expect(texts(changeNotes(nyckeltal([april]), nyckeltal([{ ...april, comment: 'Ny analys.' }]), names))).toEqual([
      'Kommentar till utfall per april 2024 ändrad från «Som väntat.» till «Ny analys.»',
    ]);
  });

  it("names an uppdrag's new status, a corrected one and a changed comment", () => {
    const aprilStatus = { period: 'per-april-2024', status: 'delvis-uppfyllt', text: 'Arbetet har börjat.' };
    const helar = { period: 'helar-2024', status: 'helt-uppfyllt', text: 'Klart.' };
    expect(texts(changeNotes(uppdrag([aprilStatus]), uppdrag([aprilStatus, helar]), names))).toEqual([
      'Status helar 2024 publicerad: Helt uppfyllt',
      'Status ändrad från Delvis uppfyllt till Helt uppfyllt',
    ]);
    expect(
      texts(changeNotes(uppdrag([aprilStatus]), uppdrag([{ ...aprilStatus, status: 'ej-uppfyllt' }]), names)),
    ).toEqual(['Status per april 2024 ändrad från Delvis uppfyllt till Ej uppfyllt']);
    expect(
      texts(changeNotes(uppdrag([aprilStatus]), uppdrag([{ ...aprilStatus, text: 'Arbetet pågår.' }]), names)),
    ).toEqual(['Kommentar till status per april 2024 ändrad från «Arbetet har börjat.» till «Arbetet pågår.»']);
  });

  it('says which period was removed and what it had said', () => {
    expect(texts(changeNotes(nyckeltal([april, august]), nyckeltal([april]), names))).toEqual([
      'Uppföljning per augusti 2024 borttagen, tidigare 70 %, Ej uppfyllt',
    ]);
  });
});

describe('change notes: the other fields, each with its Swedish name', () => {
  it('quotes a changed name, and gives targets year by year in the unit', () => {
    const before = nyckeltal([], {
      targets: [
        { year: 2024, value: 90 },
        { year: 2025, value: 92, note: 'Enligt planen.' },
      ],
    });
    const after = nyckeltal([], {
      title: 'Frisktal, andel',
      targets: [
        { year: 2024, value: 92.5 },
        { year: 2025, value: 92, note: 'Enligt reviderad plan.' },
        { year: 2026, value: 95 },
      ],
    });
    expect(texts(changeNotes(before, after, names))).toEqual([
      'Namnet ändrat från «Frisktal» till «Frisktal, andel»',
      'Målvärde 2024 ändrat från 90,0 % till 92,5 %',
      'Förklaringen till målvärde 2025 ändrad från «Enligt planen.» till «Enligt reviderad plan.»',
      'Målvärde 2026 tillagt: 95 %',
    ]);
    expect(texts(changeNotes(after, before, names))).toContain('Målvärde 2026 borttaget, tidigare 95 %');
  });

  it('names kinds and statuses in words, linked entries by their names, and dates as "7 maj 2024"', () => {
    const decision = {
      body: 'regionstyrelsen',
      date: '2024-05-07',
      paragraph: 19,
      dnr: null,
      title: 'Uppföljning av planen',
      summary: 'Regionstyrelsen tog del av uppföljningen.',
    };
    const changed = {
      ...decision,
      body: 'regionfullmaktige',
      date: '2024-05',
      paragraph: 20,
      dnr: 'RS/595/2023',
      protocolUrl: 'https://www.regionjh.se/protokoll.pdf',
    };
    expect(texts(changeNotes(json('decisions', decision), json('decisions', changed), names))).toEqual([
      'Organet ändrat från Regionstyrelsen till Regionfullmäktige',
      'Sammanträdesdatumet ändrat från 7 maj 2024 till maj 2024',
      'Paragrafen ändrad från § 19 till § 20',
      'Diarienumret tillagt: RS/595/2023',
      'Adressen till protokollet tillagd: https://www.regionjh.se/protokoll.pdf',
    ]);
    const term = (value: string) => nyckeltal([], { term: value, direction: 'higher' });
    expect(texts(changeNotes(term('kortsiktig'), term('langsiktig'), names))).toEqual([
      'Tidsperspektivet ändrat från Kortsiktigt nyckeltal till Långsiktigt nyckeltal',
    ]);
  });

  it('lists the linked entries added and removed by name, and never an id', () => {
    const links = (decisions: string[]) => nyckeltal([], { decisions });
    expect(
      texts(changeNotes(links(['rs-2023-11-08-194']), links(['rs-2023-11-08-194', 'rs-2024-01-23-6']), names)),
    ).toEqual(['Kopplat beslut tillagt: RS 2024-01-23 § 6: Revidering av planen']);
    expect(texts(changeNotes(links(['rs-2023-11-08-194', 'rs-2024-01-23-6']), links([]), names))).toEqual([
      'Kopplade beslut borttagna, tidigare RS 2023-11-08 § 194: Regionstyrelsens plan och budget 2024 och RS 2024-01-23 § 6: Revidering av planen',
    ]);
    // An entry that no longer exists cannot be named: the note says what changed, without values.
    const gone = texts(changeNotes(links([]), links(['finns-inte']), names));
    expect(gone).toEqual(['Kopplat beslut tillagt']);
    expect(
      texts(changeNotes(nyckeltal([], { plan: 'rs-plan-2024' }), nyckeltal([], { plan: 'borta' }), names)),
    ).toEqual(['Planen ändrad, tidigare Regionstyrelsens plan och budget 2024']);
  });

  it("gives a nested field by its own name, an economy's result in mnkr", () => {
    const source = (name: string) => nyckeltal([], { source: { name, retrieved: '2024-03-01' } });
    expect(texts(changeNotes(source('Kolada'), source('Tertialrapport per april 2024'), names))).toEqual([
      'Källan ändrad från «Kolada» till «Tertialrapport per april 2024»',
    ]);
    const doc = (economy: unknown) =>
      entryVersion('documents', `---\ntitle: T\neconomy: ${JSON.stringify(economy)}\n---\nText.\n`);
    expect(
      texts(
        changeNotes(
          doc({ until: '2024-04', result: -120, againstBudget: -80 }),
          doc({ until: '2024-04', result: -98.5, againstBudget: -80 }),
          names,
        ),
      ),
    ).toEqual(['Det ekonomiska resultatet ändrat från −120,0 mnkr till −98,5 mnkr']);
    expect(
      texts(
        changeNotes(
          doc({ until: '2023-11', result: -471, againstBudget: -492 }),
          doc({ until: '2024-04', result: -471, againstBudget: -492 }),
          names,
        ),
      ),
    ).toEqual(['Månaden som resultatet gäller till och med ändrad från november 2023 till april 2024']);
  });

  it("says a plan's decisions with what they did, and activity counts per status", () => {
    const plan = (decisions: unknown[]) => json('plans', { title: 'P', decisions });
    expect(
      texts(
        changeNotes(
          plan([{ decision: 'rs-2023-11-08-194', role: 'faststalld' }]),
          plan([
            { decision: 'rs-2023-11-08-194', role: 'faststalld' },
            { decision: 'rs-2024-01-23-6', role: 'reviderad' },
          ]),
          names,
        ),
      ),
    ).toEqual(['Beslut om planen tillagt: RS 2024-01-23 § 6: Revidering av planen (Reviderad)']);
    const counts = (planerad: number) =>
      json('activities', {
        plan: 'rs-plan-2024',
        units: ['hr'],
        counts: [
          {
            period: 'per-april-2024',
            report: 'tertialrapport-2024',
            counts: { planerad, pagaende: 10, forsenad: 1, genomford: 0 },
          },
        ],
      });
    expect(texts(changeNotes(counts(3), counts(1), names))).toEqual([
      'Antal aktiviteter per april 2024 ändrade från 3 planerade, 10 pågående enligt plan, 1 försenad, 0 genomförda till 1 planerad, 10 pågående enligt plan, 1 försenad, 0 genomförda',
    ]);
  });

  it("names the years a nyckeltal's statistics gained, not every value", () => {
    const series = (years: number[]) =>
      nyckeltal([], {
        series: [{ area: '0023', name: 'Regionen', values: years.map((year) => ({ year, value: 1 })) }],
      });
    expect(texts(changeNotes(series([2022]), series([2022, 2023]), names))).toEqual(['Årsvärden för 2023 tillagda']);
    const corrected = nyckeltal([], {
      series: [{ area: '0023', name: 'Regionen', values: [{ year: 2022, value: 2 }] }],
    });
    expect(texts(changeNotes(series([2022]), corrected, names))).toEqual(['Årsvärden uppdaterade']);
  });

  it('shortens a long text to the part that changed, in plain words without Markdown', () => {
    const long = (ending: string) =>
      uppdrag([], `Regionen ska **arbeta för heltid som norm** i alla verksamheter och förvaltningar, ${ending}`);
    const [note] = changeNotes(long('med start 2024.'), long('med start 2025 och uppföljning varje år.'), names)!;
    expect(note.what).toBe('Uppdragets beskrivning ändrad');
    expect(note.from!.text).toBe('«…och förvaltningar, med start 2024.»');
    expect(note.to!.text).toBe('«…och förvaltningar, med start 2025 och uppföljning varje år.»');
    const summary = (text: string) =>
      json('periods', { year: 2024, kind: 'april', endDate: '2024-04-30', illustrative: text });
    const added = changeNotes(summary('Kort.'), summary('Lång '.repeat(40)), names)![0];
    expect(added.to!.text.length).toBeLessThanOrEqual(NOTE_TEXT_LIMIT + 3);
    expect(added.to!.text).toMatch(/…»$/);
  });

  it('writes the dates in a quoted text the Swedish way, and leaves a decision’s reference as the protocol names it', () => {
    const source = (name: string) => nyckeltal([], { source: { name } });
    expect(
      texts(
        changeNotes(
          source('Tjänsteskrivelse 2021-10-04, enligt RS 2023-11-08 § 194'),
          source('Tjänsteskrivelse 4 oktober 2021, enligt RS 2023-11-08 § 194, per 2024-04'),
          names,
        ),
      ),
    ).toEqual([
      'Källan ändrad från «Tjänsteskrivelse 4 oktober 2021, enligt RS 2023-11-08 § 194» till «Tjänsteskrivelse 4 oktober 2021, enligt RS 2023-11-08 § 194, per april 2024»',
    ]);
    // Only the way a date was written changed: the values would read alike, so none is given.
    expect(
      texts(changeNotes(source('Enligt beslut 2021-10-04.'), source('Enligt beslut 4 oktober 2021.'), names)),
    ).toEqual(['Källan ändrad']);
  });

  it('says "Uppgifter ändrade" once for fields the schema does not know', () => {
    expect(texts(changeNotes(nyckeltal([], { old: 1, older: 2 }), nyckeltal([], { old: 2, older: 3 }), names))).toEqual(
      ['Uppgifter ändrade'],
    );
  });

  it('has a Swedish name for every field of every collection', () => {
    const handled = /^(statuses|results|targets|series|counts)\[\]|^decisions\[\]|^\$schema$/;
    for (const collection of COLLECTIONS) {
      const missing = schemaFields(contentJsonSchema(collection))
        .filter((field) => !handled.test(field.path) && field.kind !== 'object')
        .filter((field) => !fieldWord(collection, field.path))
        .map((field) => `${collection}: ${field.path}`);
      expect(missing).toEqual([]);
      for (const field of schemaFields(contentJsonSchema(collection)).filter((f) => f.kind === 'list'))
        if (field.path !== 'exampleFields')
          expect(LIST_WORDS[field.path], `${collection}: ${field.path}`).toBeDefined();
    }
  });
});

describe('change notes: example values keep their mark', () => {
  it('marks a value of a field that is an example, and only that field', () => {
    const partly = { illustrative: 'Utfallen är exempel.', exampleFields: ['results'] };
    const notes = changeNotes(
      nyckeltal([april], partly),
      nyckeltal([{ ...april, value: 81 }], { ...partly, title: 'Frisktal, andel' }),
      names,
    );
    expect(texts(notes)).toEqual([
      'Namnet ändrat från «Frisktal» till «Frisktal, andel»',
      'Utfall per april 2024 ändrat från 80 % (exempel) till 81 % (exempel)',
    ]);
    expect(notes![1].to).toEqual({ text: '81\u00a0%', example: true });
  });

  it('marks every value of a wholly illustrative entry, and a value only in the version where it was an example', () => {
    const whole = { illustrative: 'Allt är exempel.' };
    expect(texts(changeNotes(nyckeltal([april], whole), nyckeltal([april, august], whole), names))).toEqual([
      'Utfall per augusti 2024 publicerat: 70 %, Ej uppfyllt (exempel)',
      'Status ändrad från Delvis uppfyllt (exempel) till Ej uppfyllt (exempel)',
    ]);
    // An invented result replaced by the report's: the old value keeps its mark, the new one has none.
    expect(texts(changeNotes(nyckeltal([april], whole), nyckeltal([{ ...april, value: 78 }]), names))).toEqual([
      'Utfall per april 2024 ändrat från 80 % (exempel) till 78 %',
      'Förklaringen av vad som är exempel borttagen, tidigare «Allt är exempel.»',
    ]);
  });

  it('marks only the invented field of a partly reconstructed decision', () => {
    const decision = {
      body: 'regionstyrelsen',
      date: '2024-05-07',
      paragraph: 19,
      dnr: null,
      title: 'Uppföljning av planen',
      summary: 'Regionstyrelsen tog del av uppföljningen.',
      illustrative: 'Rubriken är skriven efter tjänsteskrivelsen.',
      exampleFields: ['title'],
    };
    expect(
      texts(
        changeNotes(
          json('decisions', decision),
          json('decisions', { ...decision, title: 'Uppföljning', summary: 'Regionstyrelsen godkände.' }),
          names,
        ),
      ),
    ).toEqual([
      'Rubriken ändrad från «Uppföljning av planen» (exempel) till «Uppföljning» (exempel)',
      'Sammanfattningen ändrad från «Regionstyrelsen tog del av uppföljningen.» till «Regionstyrelsen godkände.»',
    ]);
  });
});

describe('change notes: what a visitor cannot see, and merges', () => {
  it('has nothing to say about changes no visitor sees', () => {
    const data = { title: 'Frisktal', unit: '%', results: [april] };
    const reordered = {
      results: [{ comment: april.comment, status: april.status, value: april.value, period: april.period }],
      unit: '%',
      title: 'Frisktal',
    };
    const compact = entryVersion('nyckeltal', JSON.stringify(data));
    const formatted = entryVersion(
      'nyckeltal',
      `${JSON.stringify({ $schema: '../y.json', ...reordered }, null, 4)}\r\n`,
    );
    expect(changeNotes(compact, formatted, names)).toBeUndefined();
    const lf = entryVersion('uppdrag', '---\ntitle: X\n---\nText.\n');
    const crlf = entryVersion('uppdrag', '---\r\ntitle: X\r\n---\r\nText.\r\n\r\n');
    expect(changeNotes(lf, crlf, names)).toBeUndefined();
  });

  it('gives a merge only the changes it made itself, not those it took from a merged branch', () => {
    const base = nyckeltal([april]);
    const branch = nyckeltal([{ ...april, value: 81 }]);
    const main = nyckeltal([april], { title: 'Frisktal, andel' });
    const merged = nyckeltal([{ ...april, value: 81 }], { title: 'Frisktal, andel' });
    // Compared with main (the first parent) the result changed, but the branch made that change.
    expect(texts(changeNotes(main, merged, names))).toEqual(['Utfall per april 2024 ändrat från 80 % till 81 %']);
    expect(changeNotes(main, merged, names, [branch])).toBeUndefined();
    // A merge that resolved a conflict with a value of its own lists that value.
    const resolved = nyckeltal([{ ...april, value: 82 }], { title: 'Frisktal, andel' });
    expect(texts(changeNotes(main, resolved, names, [branch]))).toEqual([
      'Utfall per april 2024 ändrat från 80 % till 82 %',
    ]);
    // An entry the merged branch added is the branch's change; a deletion both sides made is nobody's new change.
    expect(changeNotes(undefined, branch, names, [branch])).toBeUndefined();
    expect(changeNotes(base, undefined, names, [undefined])).toBeUndefined();
  });
});

describe('notes as text and as HTML', () => {
  it('writes before and after with the words "från" and "till", and the feed marks them with <del> and <ins>', () => {
    const changed: ChangeNote = {
      what: 'Utfall per april 2024 ändrat',
      from: { text: '82,5 %', example: true },
      to: { text: '<83 %>' },
    };
    expect(noteText(changed)).toBe('Utfall per april 2024 ändrat från 82,5 % (exempel) till <83 %>');
    expect(noteHtml(changed)).toBe(
      'Utfall per april 2024 ändrat från <del>82,5 % (exempel)</del> till <ins>&lt;83 %&gt;</ins>',
    );
    expect(noteHtml({ what: 'Målvärde 2026 tillagt', to: { text: '95 %' } })).toBe(
      'Målvärde 2026 tillagt: <ins>95 %</ins>',
    );
    expect(noteHtml({ what: 'Målvärde 2026 borttaget', from: { text: '95 %' } })).toBe(
      'Målvärde 2026 borttaget, tidigare <del>95 %</del>',
    );
    expect(noteHtml({ what: 'Texten & mer ändrad' })).toBe('Texten &amp; mer ändrad');
    // Notes follow each other as sentences; a staff note that ends its own sentence gets no second full stop.
    expect(noteSeparator({ what: 'Rättat enligt rapporten.', staff: true })).toBe(' ');
    expect(noteSeparator(changed)).toBe('. ');
  });
});

describe("staff's notes and headlines", () => {
  it("reads staff's notes from a commit message, never its subject", () => {
    expect(
      staffNotes('Rätta utfall\n\nÄndring: Utfallet per april rättat\n  efter ny mätning.\nandring: Två.\n'),
    ).toEqual(['Utfallet per april rättat efter ny mätning.', 'Två.']);
    expect(staffNotes('Ändring i texten\n\nEn ändring: inte en rad som börjar så.')).toEqual([]);
  });

  it('heads a change by staff note, else by what its entries share, else by their count', () => {
    const ref = { collection: 'nyckeltal' as const, id: 'a' };
    const entry = (notes: ChangeNote[]) => ({ ref, kind: 'modified' as const, notes });
    const commit = (notes: string[], entries: ReturnType<typeof entry>[]) => ({
      sha: 'x',
      date: '2024-09-01',
      notes,
      entries,
    });
    const staff: ChangeNote = { what: 'Delårsrapporten publicerad.', staff: true };
    const published = (value: string): ChangeNote => ({
      what: 'Utfall per augusti 2024 publicerat',
      to: { text: value },
    });
    expect(headlineOf(commit([staff.what], [entry([staff, published('70 %')])]))).toBe('Delårsrapporten publicerad.');
    // Several entries share what changed, each with its own value: the headline says what, and how many.
    expect(
      headlineOf(commit([], [entry([published('70 %'), { what: 'Status ändrad' }]), entry([published('12 dagar')])])),
    ).toBe('Utfall per augusti 2024 publicerat för 2 poster');
    // One entry's one note: with its values; several: what changed.
    expect(headlineOf(commit([], [entry([published('70 %')])]))).toBe('Utfall per augusti 2024 publicerat: 70 %');
    expect(headlineOf(commit([], [entry([published('70 %'), { what: 'Status ändrad', to: { text: 'B' } }])]))).toBe(
      'Utfall per augusti 2024 publicerat, Status ändrad',
    );
    expect(headlineOf(commit([], [entry([{ what: 'Namnet ändrat' }]), entry([published('70 %')])]))).toBe(
      '2 poster ändrade',
    );
  });
});
