/**
 * The names the editor's lists show: a folded row of an uppdrag's statuses or a nyckeltal's
 * results by its period and status or value in words, an entry in the list of uppdrag by its
 * title, plan and latest status, and the groups by plan, unit and status; never an id.
 */
import { describe, expect, it } from 'vitest';
import { LIST_KEYS } from '#lib/content/editor-names.ts';
import { entryListData, listItemSummary, listNames } from '#lib/views/editor-lists.ts';

const file = (records: object[]) => ({ title: 'Insyn', records });
const names = listNames({
  plans: file([{ id: 'rs-plan-och-budget-2024', title: 'Plan och budget 2024' }]),
  units: file([{ id: 'hr-avdelningen', name: 'HR-avdelningen' }]),
  periods: file([
    { id: 'per-april-2024', kind: 'april', year: 2024, endDate: '2024-04-30' },
    { id: 'per-augusti-2024', kind: 'augusti', year: 2024, endDate: '2024-08-31' },
  ]),
  bodies: file([{ id: 'regionstyrelsen', name: 'Regionstyrelsen', shortName: 'RS' }]),
  decisions: file([
    { id: 'rs-2023-11-08-194', body: 'regionstyrelsen', date: '2023-11-08', paragraph: 194, title: 'Plan och budget' },
  ]),
  reports: file([{ id: 'delarsrapport-2024', title: 'Delårsrapport 2024' }]),
});
const STATUS_OPTIONS = [{ value: 'helt-uppfyllt', label: 'Helt uppfyllt' }];
const IDS = /per-|rs-plan|regionstyrelsen|hr-avdelningen|helt-uppfyllt|null|undefined/;

describe('the heading of a folded row', () => {
  it('names a status row by its period and status, and a result row by its period and value', () => {
    const status = listItemSummary(
      [
        { value: 'per-augusti-2024', collection: 'periods' },
        { value: 'helt-uppfyllt', options: STATUS_OPTIONS },
      ],
      names,
      'status',
    );
    expect(status).toBe('Per augusti 2024 – Helt uppfyllt');
    const result = listItemSummary(
      [{ value: 'per-augusti-2024', collection: 'periods' }, { value: 82.5 }],
      names,
      'utfall',
    );
    expect(result).toBe('Per augusti 2024 – 82,5');
  });

  it('names a decision as it is cited, and a report by its title', () => {
    expect(listItemSummary([{ value: 'rs-2023-11-08-194', collection: 'decisions' }], names, 'beslut')).toBe(
      'RS 2023-11-08 § 194: Plan och budget',
    );
    expect(listItemSummary([{ value: 'delarsrapport-2024', collection: 'reports' }], names, 'antal')).toBe(
      'Delårsrapport 2024',
    );
  });

  it('leaves out an id it cannot name, and calls an empty row what a row is', () => {
    const unknown = listItemSummary(
      [
        { value: 'per-april-2030', collection: 'periods' },
        { value: 'helt-uppfyllt', options: STATUS_OPTIONS },
      ],
      names,
      'status',
    );
    expect(unknown).toBe('Helt uppfyllt');
    expect(listItemSummary([{ value: undefined, collection: 'periods' }, { value: null }], names, 'utfall')).toBe(
      'Utfall',
    );
  });
});

describe('an entry in the list of its collection', () => {
  const uppdrag = {
    title: 'Heltid som norm',
    plan: 'rs-plan-och-budget-2024',
    responsibleUnit: 'hr-avdelningen',
    statuses: [
      { period: 'per-augusti-2024', status: 'delvis-uppfyllt', text: 'Text.' },
      { period: 'per-april-2024', status: 'helt-uppfyllt', text: 'Text.' },
    ],
  };

  it('is named by its title, plan and latest status, and grouped by their names', () => {
    expect(entryListData('uppdrag', uppdrag, names)).toEqual({
      [LIST_KEYS.line]: 'Heltid som norm – Plan och budget 2024 – Delvis uppfyllt (per augusti 2024)',
      [LIST_KEYS.plan]: '– Plan och budget 2024',
      [LIST_KEYS.unit]: '– HR-avdelningen',
      [LIST_KEYS.status]: '– Delvis uppfyllt',
    });
  });

  it('says when no status is reported yet', () => {
    const data = entryListData('nyckeltal', { ...uppdrag, statuses: undefined, results: [] }, names);
    expect(data[LIST_KEYS.status]).toBe('– Ingen status rapporterad');
    expect(data[LIST_KEYS.line]).toBe('Heltid som norm – Plan och budget 2024 – Ingen status rapporterad');
  });

  it('names a plan’s activities by the plan’s title, as their page does', () => {
    expect(entryListData('activities', { plan: 'rs-plan-och-budget-2024', counts: [] }, names)).toEqual({
      [LIST_KEYS.line]: 'Aktiviteter i Plan och budget 2024',
      [LIST_KEYS.plan]: '– Plan och budget 2024',
    });
  });

  it('shows no id for a plan or unit it cannot name, and leaves such an entry out of the group', () => {
    const data = entryListData('uppdrag', { ...uppdrag, plan: 'ny-plan', responsibleUnit: 'ny-enhet' }, names);
    for (const value of Object.values(data)) expect(value).not.toMatch(IDS);
    expect(data[LIST_KEYS.plan]).toBeUndefined();
    expect(entryListData('activities', { plan: 'ny-plan' }, names)[LIST_KEYS.line]).toBe('Aktiviteter');
  });

  it('adds nothing to an entry that names itself and belongs to no plan', () => {
    expect(entryListData('bodies', { name: 'Regionstyrelsen' }, names)).toEqual({});
    expect(entryListData('documents', { title: 'Protokoll', date: '2024-01-01' }, names)).toEqual({});
  });

  it('names a period by its name and a decision as it is cited', () => {
    expect(entryListData('periods', { kind: 'augusti', year: 2024, endDate: '2024-08-31' }, names)).toEqual({
      [LIST_KEYS.line]: 'Per augusti 2024',
    });
    const decision = { title: 'Plan och budget', body: 'regionstyrelsen', date: '2023-11-08', paragraph: 194 };
    expect(entryListData('decisions', decision, names)).toEqual({
      [LIST_KEYS.line]: 'RS 2023-11-08 § 194: Plan och budget',
    });
    // A body the site does not have yet: the title, not an id.
    expect(entryListData('decisions', { ...decision, body: 'ny-namnd' }, names)).toEqual({
      [LIST_KEYS.line]: 'Plan och budget',
    });
  });
});
