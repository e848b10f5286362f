/** The ranking on top of Pagefind: case records first, then relevance with sources weighted. */
import { describe, expect, it } from 'vitest';
import { SOURCE_TOKEN, SOURCE_WEIGHT, caseKeys, ownerToken, rankedSearch } from '#lib/search/search-ranking.ts';

describe('case tokens', () => {
  it('names a case by its number and year, and a paragraph zero-padded', () => {
    expect(ownerToken({ dnr: 'RS/595/2023', rank: 1 })).toEqual(['insyn1d595x2023']);
    expect(ownerToken({ paragraph: 6, dnr: 'RS/12/2024', rank: 2 })).toEqual(['insyn2d12x2024', 'insyn2p0006']);
  });

  it('finds the cases a normalised query names, in either dnr form', () => {
    expect(caseKeys('RS/595/2023')).toEqual(['d595x2023']);
    expect(caseKeys('595/2023 paragraf0194')).toEqual(['d595x2023', 'p0194']);
    expect(caseKeys('ekonomi 2023')).toEqual([]);
  });
});

describe('rankedSearch', () => {
  /** A tiny index: each page's words, the result order by score, and content as Pagefind returns it. */
  const pages: Record<string, { words: string[]; score: number }> = {
    example: { words: ['ekonomi'], score: 1.0 },
    source: { words: ['ekonomi', SOURCE_TOKEN], score: 1.0 / SOURCE_WEIGHT + 0.01 },
    weak: { words: ['ekonomi', SOURCE_TOKEN], score: 0.1 },
    plan: { words: ['ekonomi', 'insyn1d595x2023', SOURCE_TOKEN], score: 0.05 },
    decision: { words: ['ekonomi', 'insyn2d595x2023', SOURCE_TOKEN], score: 0.06 },
  };
  const api = {
    async search(term: string | null) {
      const words = (term ?? '').split(' ');
      const results = Object.entries(pages)
        .filter(([, page]) => words.every((w) => page.words.includes(w)))
        .sort((a, b) => b[1].score - a[1].score)
        .map(([id, page]) => ({ id, score: page.score, data: async () => ({ content: page.words.join(' ') }) }));
      return { results };
    },
  };
  const order = async (query: string) => (await rankedSearch(api, query))!.map((r) => r.id);

  it('weighs a source above an example it would otherwise follow', async () => {
    expect(await order('ekonomi')).toEqual(['source', 'example', 'weak', 'decision', 'plan']);
  });

  it('puts a case’s plan first and its decision next, whatever their relevance', async () => {
    pages.plan.words.push('RS/595/2023');
    pages.decision.words.push('RS/595/2023');
    expect((await order('RS/595/2023')).slice(0, 2)).toEqual(['plan', 'decision']);
  });

  it('keeps the date order when a sort is asked for', async () => {
    const sorted = await rankedSearch(api, 'ekonomi', { sort: { date: 'desc' } });
    expect(sorted!.map((r) => r.id)).toEqual(['example', 'source', 'weak', 'decision', 'plan']);
  });
});
