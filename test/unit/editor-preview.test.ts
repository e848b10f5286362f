/**
 * The editor's previews of a decision, a plan and a report: the facts their pages list, in
 * the pages' words and formats, every id named.
 */
import { describe, expect, it } from 'vitest';
import { bodyNames, factsPreview, type PreviewLookup } from '#lib/views/editor-preview.ts';

const lookup: PreviewLookup = {
  periods: new Map([
    ['per-april-2024', { kind: 'april', year: 2024 }],
    ['helar-2024', { kind: 'helar', year: 2024 }],
  ]),
  bodies: new Map([['regionstyrelsen', bodyNames({ name: 'Regionstyrelsen', shortName: 'RS' })!]]),
  plans: new Map([['rs-plan-och-budget-2024', 'Regionstyrelsens plan och budget 2024']]),
  decisions: new Map([
    [
      'rs-2023-11-08-194',
      { body: 'regionstyrelsen', date: '2023-11-08', paragraph: 194, title: 'Plan och budget 2024' },
    ],
  ]),
};

const text = (view: ReturnType<typeof factsPreview>) =>
  [view.kind, view.title, ...view.facts.flatMap((f) => [f.term, f.value]), view.summary].join('\n');

describe('the editor’s previews of decisions, plans and reports', () => {
  it('shows a decision with its body’s name, the meeting’s date in words and its paragraph', () => {
    const view = factsPreview(
      'decisions',
      { body: 'regionstyrelsen', date: '2024-09-10', paragraph: 142, dnr: null, title: 'Prov', summary: 'Beslutat.' },
      lookup,
    );
    expect(view.kind).toBe('Beslut');
    expect(view.facts).toEqual([
      { term: 'Organ', value: 'Regionstyrelsen' },
      { term: 'Sammanträde', value: '10 september 2024' },
      { term: 'Paragraf', value: '§ 142' },
      { term: 'Diarienummer', value: 'Saknas i källan' },
    ]);
    expect(text(view)).not.toMatch(/regionstyrelsen|null/);
  });

  it('shows a plan’s kind, years, periods by name and decisions as cited', () => {
    const view = factsPreview(
      'plans',
      {
        title: 'Plan och budget 2024',
        body: 'regionstyrelsen',
        kind: 'plan-och-budget',
        startYear: 2024,
        endYear: 2024,
        decisions: [{ decision: 'rs-2023-11-08-194', role: 'faststalld' }],
        periods: ['per-april-2024', 'helar-2024'],
      },
      lookup,
    );
    expect(view.kind).toBe('Plan och budget');
    expect(text(view)).toContain('per april 2024 och helår 2024');
    expect(text(view)).toContain('Fastställd: RS 2023-11-08 § 194: Plan och budget 2024');
    expect(text(view)).not.toMatch(/per-april|rs-2023|faststalld|plan-och-budget/);
  });

  it('shows a report’s plan by title and its period by name, and a missing date in words', () => {
    const view = factsPreview(
      'reports',
      {
        title: 'Tertialrapport',
        kind: 'tertialrapport',
        plan: 'rs-plan-och-budget-2024',
        period: 'per-april-2024',
        date: null,
      },
      lookup,
    );
    expect(view.facts).toContainEqual({ term: 'Plan', value: 'Regionstyrelsens plan och budget 2024' });
    expect(view.facts).toContainEqual({ term: 'Redovisar läget', value: 'per april 2024' });
    expect(view.facts).toContainEqual({ term: 'Datum', value: 'Datum saknas i källan' });
    expect(text(view)).not.toMatch(/rs-plan|per-april|tertialrapport\b|null/);
  });
});
