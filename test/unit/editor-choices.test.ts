/**
 * The editor's pickers: periods by name and only the plan's, decisions with their body's
 * short name, both newest first; never an id.
 */
import { describe, expect, it } from 'vitest';
import { bodyShortName, namedChoices, planPeriodIds } from '#lib/views/editor-choices.ts';

const period = (value: string, kind: string, year: number, endDate: string) => ({
  value,
  label: endDate,
  data: { kind, year, endDate },
});

describe('the editor’s pickers', () => {
  const periods = [
    period('helar-2023', 'helar', 2023, '2023-12-31'),
    period('per-april-2024', 'april', 2024, '2024-04-30'),
    period('per-augusti-2024', 'augusti', 2024, '2024-08-31'),
    period('helar-2024', 'helar', 2024, '2024-12-31'),
  ];

  it('offers only the plan’s periods, by name and newest first', () => {
    const planPeriods = planPeriodIds({ periods: ['per-april-2024', 'per-augusti-2024', 'helar-2024'] });
    const offered = namedChoices('periods', periods, { planPeriods });
    expect(offered.map((c) => c.value)).toEqual(['helar-2024', 'per-augusti-2024', 'per-april-2024']);
    expect(offered.map((c) => c.label)).toEqual(['Helår 2024', 'Per augusti 2024', 'Per april 2024']);
  });

  it('offers every period, newest first, where no plan limits them', () => {
    expect(namedChoices('periods', periods).map((c) => c.value)[0]).toBe('helar-2024');
    expect(planPeriodIds({})).toEqual([]);
  });

  it('names a decision by date, the body’s short name, § and title', () => {
    const names = new Map([['regionstyrelsen', bodyShortName({ name: 'Regionstyrelsen', shortName: 'RS' })!]]);
    const decisions = [
      {
        value: 'rs-2023-11-08-194',
        label: '',
        data: { date: '2023-11-08', body: 'regionstyrelsen', paragraph: 194, title: 'Plan och budget 2024' },
      },
      {
        value: 'rs-2024-06-11-99',
        label: '',
        data: { date: '2024-06-11', body: 'regionstyrelsen', paragraph: 99, title: 'Revidering' },
      },
    ];
    expect(namedChoices('decisions', decisions, { bodyNames: names }).map((c) => c.label)).toEqual([
      '2024-06-11 RS § 99: Revidering',
      '2023-11-08 RS § 194: Plan och budget 2024',
    ]);
    expect(bodyShortName({ name: 'Regionfullmäktige' })).toBe('Regionfullmäktige');
  });

  it('tells an uppdrag apart from its namesake in another plan by the plan’s title, by name', () => {
    const planTitles = new Map([
      ['rs-plan-och-budget-2024', 'Plan och budget 2024'],
      ['rs-plan-och-budget-2025', 'Plan och budget 2025'],
    ]);
    const uppdrag = (value: string, title: string, plan: string) => ({ value, label: title, data: { title, plan } });
    const choices = [
      uppdrag('heltid-2025', 'Heltid som norm', 'rs-plan-och-budget-2025'),
      uppdrag('ledare', 'Bättre stöd till ledare', 'rs-plan-och-budget-2024'),
      uppdrag('heltid', 'Heltid som norm', 'rs-plan-och-budget-2024'),
    ];
    expect(namedChoices('uppdrag', choices, { planTitles }).map((c) => c.label)).toEqual([
      'Bättre stöd till ledare – Plan och budget 2024',
      'Heltid som norm – Plan och budget 2024',
      'Heltid som norm – Plan och budget 2025',
    ]);
    // A plan not yet known leaves the title as it is, never the plan's id.
    expect(namedChoices('strategies', [uppdrag('x', 'Vara medarbetare', 'ny-plan')])[0].label).toBe('Vara medarbetare');
  });
});
