/** Splitting an interface sentence at the content it quotes, so the content can be marked. */
import { describe, expect, it } from 'vitest';
import { contentParts } from '#lib/core/content-parts.ts';

describe('contentParts', () => {
  it('splits the sentence at the quoted content', () => {
    expect(contentParts('Assignment in Plan 2024 ·', ['Plan 2024'])).toEqual([
      { text: 'Assignment in ', content: false },
      { text: 'Plan 2024', content: true },
      { text: ' ·', content: false },
    ]);
  });

  it('finds each quoted string wherever it stands, the longest first where they overlap', () => {
    expect(contentParts('Plan 2024 and Plan 2024–2026', ['Plan 2024', 'Plan 2024–2026'])).toEqual([
      { text: 'Plan 2024', content: true },
      { text: ' and ', content: false },
      { text: 'Plan 2024–2026', content: true },
    ]);
  });

  it('leaves a sentence that quotes nothing whole', () => {
    expect(contentParts('Selection', [undefined, ''])).toEqual([{ text: 'Selection', content: false }]);
    expect(contentParts('', ['x'])).toEqual([]);
  });
});
