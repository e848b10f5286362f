/** "Så citerar du": title, publisher, site, address, reported date and where the retrieval date goes. */
import { describe, expect, it } from 'vitest';
import { RETRIEVED_PLACEHOLDER, citation } from '#lib/views/cite.ts';
import { sv } from '#lib/i18n/sv.ts';

describe('citation', () => {
  it('names the title, the region, Insyn, the address with its fragment, and both dates', () => {
    const text = citation({
      title: 'Frisktal: Utfall mot målvärde',
      url: 'https://insyn.example/n/#d',
      reported: '2024-05-07',
    });
    expect(text).toBe(
      `Frisktal: Utfall mot målvärde. ${sv.site.owner}, ${sv.site.name}. https://insyn.example/n/#d. Rapporterat 7 maj 2024. Hämtat ${RETRIEVED_PLACEHOLDER}.`,
    );
  });

  it('leaves the reported date out when the source gives none, and keeps a month as a month', () => {
    expect(citation({ title: 'A', url: 'https://x/' })).not.toContain('Rapporterat');
    expect(citation({ title: 'A', url: 'https://x/', reported: '2024-02' })).toContain('Rapporterat februari 2024.');
  });
});
