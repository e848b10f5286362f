/** The /strategier/ page model: each plan with strategies, and its strategies numbered in their order. */
import { describe, expect, it } from 'vitest';
import { strategiesIndex } from '#lib/views/strategies-index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('strategiesIndex', () => {
  it('lists only the plans with strategies, and numbers the strategies by their order', () => {
    expect(strategiesIndex(catalog)).toEqual([
      {
        anchor: 'plan-regionplan-2024',
        href: '/planer/regionplan-2024/',
        title: 'Regionplan 2024–2026',
        strategies: [
          { href: '/strategier/vard/', title: '1. God vård', illustrative: false },
          { href: '/strategier/medarbetare/', title: '2. Våra medarbetare', illustrative: false },
        ],
      },
    ]);
  });
});
