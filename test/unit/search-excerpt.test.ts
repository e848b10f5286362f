/** Excerpts cut from a record's visible text, around Pagefind's hit positions. */
import { describe, expect, it } from 'vitest';
import { HIDDEN_MARK, excerptParts } from '#lib/search/search-excerpt.ts';

const text = (content: string, locations: number[], length?: number) =>
  excerptParts(content, locations, length)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('excerptParts', () => {
  const content = `Plan och budget för regionstyrelsen. Källa: SCB ${HIDDEN_MARK} RS/595/2023 595/2023 paragraf0194 besparingar`;

  it('marks a hit in the visible text', () => {
    expect(text(content, [3])).toBe('Plan och budget [för] regionstyrelsen. Källa: SCB');
  });

  it('never shows the hidden tokens; a hidden hit marks the visible word that holds it', () => {
    const withCompound = `Kostnadsbesparingar i administrationen ${HIDDEN_MARK} besparingar`;
    expect(text(withCompound, [4])).toBe('[Kostnadsbesparingar] i administrationen');
    expect(text(content, [9])).toBe('Plan och budget för regionstyrelsen. Källa: SCB');
  });

  it('does not end on a label without its value, and says where text is left out', () => {
    const words = Array.from({ length: 40 }, (_, i) => `ord${i}`);
    words[9] = 'Källa:';
    expect(text(words.join(' '), [2], 10)).toBe('ord0 ord1 [ord2] ord3 ord4 ord5 ord6 ord7 ord8 …');
    expect(text(words.join(' '), [30], 10)).toBe('… ord27 ord28 ord29 [ord30] ord31 ord32 ord33 ord34 ord35 ord36 …');
  });
});
