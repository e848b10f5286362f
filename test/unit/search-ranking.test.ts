/** The ranking on top of Pagefind: case records first, then relevance with sources weighted. */
import { describe, expect, it } from 'vitest';
import { INDEX_PART_FILTER } from '#lib/search/index-split.ts';
import {
  SOURCE_TOKEN,
  SOURCE_WEIGHT,
  type SearchOptions,
  caseKeys,
  ownerToken,
  rankedSearch,
} from '#lib/search/search-ranking.ts';

describe('case tokens', () => {
  it('names a case by its number and year, and a paragraph zero-padded', () => {
    expect(ownerToken({ dnr: 'RS/595/2023', rank: 1 })).toEqual(['insynd595x2023z1']);
    expect(ownerToken({ paragraph: 6, dnr: 'RS/12/2024', rank: 2 })).toEqual(['insynd12x2024z2', 'insynp0006z2']);
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
    plan: { words: ['ekonomi', 'insynd595x2023z2', SOURCE_TOKEN], score: 0.05 },
    decision: { words: ['ekonomi', 'insynd595x2023z1', SOURCE_TOKEN], score: 0.04 },
    document: { words: ['ekonomi', 'insynd595x2023z3', SOURCE_TOKEN], score: 0.06 },
    pinned: { words: ['insynbastbudget', SOURCE_TOKEN], score: 0.5 },
  };
  const api = {
    async search(term: string | null) {
      const words = (term ?? '').replace(/"/g, '').split(' ');
      const results = Object.entries(pages)
        .filter(([, page]) => words.every((w) => page.words.includes(w)))
        .sort((a, b) => b[1].score - a[1].score)
        .map(([id, page]) => ({ id, score: page.score, data: async () => ({ content: page.words.join(' ') }) }));
      return { results };
    },
  };
  const order = async (query: string) => (await rankedSearch(api, query))!.map((r) => r.id);

  it('weighs a source above an example it would otherwise follow', async () => {
    expect(await order('ekonomi')).toEqual(['source', 'example', 'weak', 'document', 'plan', 'decision']);
  });

  it('puts a case’s decision first, its plan next and its document last, whatever their relevance', async () => {
    for (const page of [pages.plan, pages.decision, pages.document]) page.words.push('RS/595/2023');
    expect(await order('RS/595/2023')).toEqual(['decision', 'plan', 'document']);
  });

  it('puts a page pinned to the query first, even without the query’s words, and only for that query', async () => {
    pages.weak.words.push('budget');
    const pinned = async (query: string) =>
      (await rankedSearch(api, query, { bestBets: ['budget'] }))!.map((r) => r.id);
    expect(await pinned('budget')).toEqual(['pinned', 'weak']);
    expect(await pinned('ekonomi')).not.toContain('pinned');
    expect(await order('budget')).toEqual(['weak']);
  });

  it('keeps the date order when a sort is asked for', async () => {
    const sorted = await rankedSearch(api, 'ekonomi', { sort: { date: 'desc' } });
    expect(sorted!.map((r) => r.id)).toEqual(['example', 'source', 'weak', 'document', 'plan', 'decision']);
  });
});

describe('rankedSearch over a first index with its archive merged', () => {
  /** Two parts as Pagefind merges them: each part's records with its own place in the date order, by score. */
  const parts = {
    [INDEX_PART_FILTER.first]: ['2025-03', '2024-11', '2024-02'],
    [INDEX_PART_FILTER.archive]: ['2023-12', '2022-05', '2021-01', '2020-09'],
  };
  const api = {
    async search(_term: string | null, options: SearchOptions = {}) {
      const part = options.filters?.[INDEX_PART_FILTER.key];
      const desc = options.sort?.date === 'desc';
      const results = Object.entries(parts)
        .filter(([name]) => part === undefined || part === name)
        // Pagefind's score in a sorted search: the record's place in its own part's order.
        .flatMap(([, dates]) =>
          dates.map((date, i) => ({
            id: date,
            score: desc ? dates.length - i : i + 1,
            data: async () => ({ content: '' }),
          })),
        )
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
  const ids = async (sort: 'asc' | 'desc', merged: boolean) =>
    (await rankedSearch(api, null, { sort: { date: sort }, parts: merged }))!.map((r) => r.id);
  const all = Object.values(parts).flat();

  it('lists one part after the other in date order, where Pagefind’s own order would interleave them', async () => {
    expect(await ids('desc', true)).toEqual([...all].sort().reverse());
    expect(await ids('asc', true)).toEqual([...all].sort());
    expect(await ids('desc', false)).not.toEqual([...all].sort().reverse());
  });
});

/**
 * Two parts of a merged index as Pagefind answers them: each part's records and their words;
 * a part without the searched word answers with every record (near matches), unless the
 * search is exact. Each fragment fetched is noted in `fetched`.
 */
function mergedParts(parts: Record<string, Record<string, string[]>>, fetched: string[] = []) {
  return {
    async search(term: string | null, options: SearchOptions = {}) {
      const wanted = options.filters?.[INDEX_PART_FILTER.key];
      const word = (term ?? '').replace(/"/g, '').split(' ')[0];
      const exact = term?.startsWith('"') ?? false;
      const hits = Object.entries(parts)
        .filter(([part]) => wanted === undefined || wanted === part)
        .flatMap(([part, records]) => {
          const having = Object.keys(records).filter((id) => records[id].includes(word));
          const found = having.length > 0 || exact ? having : Object.keys(records);
          return found.map((id) => ({ id, part }));
        });
      const counts: Record<string, number> = {};
      for (const hit of hits) counts[hit.part] = (counts[hit.part] ?? 0) + 1;
      return {
        results: hits.map(({ id, part }) => ({
          id,
          score: 1,
          data: async () => {
            fetched.push(id);
            return { content: parts[part][id].join(' ') };
          },
        })),
        filters: { [INDEX_PART_FILTER.key]: counts },
      };
    },
  };
}

describe('rankedSearch over merged parts, a word with digits that only one part has', () => {
  /** Each part's records and their words; a part without a searched word answers with near matches, as Pagefind does. */
  const parts: Record<string, Record<string, string[]>> = {
    [INDEX_PART_FILTER.first]: { plan: ['rs/595/2023', 'plan'], beslut: ['rs/595/2023'], annat: ['rs/12/2024'] },
    [INDEX_PART_FILTER.archive]: { gammal: ['rs/595/2019'], gammal2: ['rs/100/2018'] },
  };
  const api = mergedParts(parts);
  const ids = async (query: string, merged = true) =>
    (await rankedSearch(api, query, { parts: merged }))!.map((r) => r.id).sort();

  it('leaves out the part without it, whose near matches one index would not give', async () => {
    expect(await ids('rs/595/2023')).toEqual(['beslut', 'plan']);
    expect(await ids('rs/595/2023', false)).toEqual(['beslut', 'gammal', 'gammal2', 'plan']);
  });

  it('keeps both parts for a word neither has, as one index shortens it too', async () => {
    expect(await ids('rs/1/1999')).toEqual(['annat', 'beslut', 'gammal', 'gammal2', 'plan']);
  });
});

describe('rankedSearch over merged parts, a case whose records only one part holds', () => {
  /** The archive mentions the dnr but owns none of its tokens; a part without a searched word answers with near matches. */
  const parts: Record<string, Record<string, string[]>> = {
    [INDEX_PART_FILTER.first]: {
      beslut: ['rs/595/2023', 'insynd595x2023z1'],
      plan: ['rs/595/2023', 'insynd595x2023z2'],
    },
    [INDEX_PART_FILTER.archive]: { gammal: ['rs/595/2023'], gammal2: ['rs/595/2023'], gammal3: ['rs/100/2018'] },
  };
  const fetched: string[] = [];
  const api = mergedParts(parts, fetched);

  it('lists the case first and fetches no fragment of the other part’s near matches', async () => {
    const found = (await rankedSearch(api, 'rs/595/2023', { parts: true }))!.map((r) => r.id);
    expect(found.slice(0, 2)).toEqual(['beslut', 'plan']);
    expect(found.slice(2).sort()).toEqual(['gammal', 'gammal2']);
    expect(new Set(fetched)).toEqual(new Set(['beslut', 'plan']));
  });
});
