/** "Så citerar du": title, publisher, site, address, reported date, the content's date and the example mark. */
import { describe, expect, it } from 'vitest';
import { citation } from '#lib/views/cite.ts';
import { sv } from '#lib/i18n/sv.ts';

describe('citation', () => {
  it('names the title, the organisation, Insyn, the address with its fragment, and both dates', () => {
    const text = citation(
      {
        title: 'Frisktal: Utfall mot målvärde',
        url: 'https://insyn.example/n/#d',
        reported: '2024-05-07',
        changed: { day: '2026-12-01', scope: 'entry' },
        owner: 'Östersunds kommun',
      },
      'sv',
    );
    expect(text).toBe(
      `Frisktal: Utfall mot målvärde. Östersunds kommun, ${sv.site.name}. https://insyn.example/n/#d. Rapporterat 7 maj 2024. ${sv.cite.changed.entry} 1 december 2026.`,
    );
  });

  it('never leaves a placeholder for the reader to fill in, and says whose date it gives', () => {
    expect(citation({ title: 'A', url: 'https://x/', owner: 'K' }, 'sv')).not.toMatch(/\[|Hämtat/);
    expect(
      citation({ title: 'A', url: 'https://x/', changed: { day: '2026-01-02', scope: 'site' }, owner: 'K' }, 'sv'),
    ).toContain(`${sv.cite.changed.site} 2 januari 2026.`);
  });

  it('marks invented values after the title, and real ones not at all', () => {
    expect(citation({ title: 'Frisktal', url: 'https://x/', example: true, owner: 'K' }, 'sv')).toMatch(
      /^Frisktal \(exempel\)\. /,
    );
    expect(citation({ title: 'Frisktal', url: 'https://x/', owner: 'K' }, 'sv')).not.toContain('exempel');
  });

  it('leaves the reported date out when the source gives none, and keeps a month as a month', () => {
    expect(citation({ title: 'A', url: 'https://x/', owner: 'K' }, 'sv')).not.toContain('Rapporterat');
    expect(citation({ title: 'A', url: 'https://x/', reported: '2024-02', owner: 'K' }, 'sv')).toContain(
      'Rapporterat februari 2024.',
    );
  });
});
