/** Information pages in other languages: parsed with their own lang, every problem in Swedish. */
import { describe, expect, it } from 'vitest';
import { parseInfoPages } from '#lib/content/info-pages.ts';
import { infoPageRecords } from '#lib/search/info-page-records.ts';
import { languageName } from '#lib/core/languages.ts';
import { buildCatalog } from '#lib/core/catalog.ts';
import { searchRecordDates } from '#lib/search/search-records.ts';

const page = (front: string, text = 'Teksten.') => `---\n${front}\n---\n\n${text}\n`;

describe('information pages', () => {
  it('reads a page with its language, and ignores the folder’s README', () => {
    const { pages, problems } = parseInfoPages([
      { file: 'content/sidor/README.md', text: '# Sidor' },
      { file: 'content/sidor/test-sida.mdx', text: page('title: Testsida\nlang: sma\ndescription: En testsida.') },
    ]);
    expect(problems).toEqual([]);
    expect(pages.map((p) => [p.id, p.data.lang])).toEqual([['test-sida', 'sma']]);
  });

  it('reports every problem at once: the lang, a missing field, an empty text, a bad name and unsafe MDX', () => {
    const { pages, problems } = parseInfoPages([
      { file: 'content/sidor/a.mdx', text: page('title: A\nlang: sydsamiska\ndescription: B') },
      { file: 'content/sidor/b.mdx', text: page('title: B\nlang: sma', '') },
      { file: 'content/sidor/Å.mdx', text: page('title: C\nlang: sma\ndescription: C') },
      { file: 'content/sidor/d.mdx', text: page('title: D\nlang: sma\ndescription: D', '<script>x</script>') },
    ]);
    expect(pages).toEqual([]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/sidor/a.mdx lang',
      'content/sidor/b.mdx description',
      'content/sidor/b.mdx (texten)',
      'content/sidor/Å.mdx ',
      expect.stringMatching(/^content\/sidor\/d\.mdx \(texten, rad \d+\)$/),
    ]);
    expect(problems[0].message).toMatch(/språkkod/);
  });

  it('go into the site’s search index, saying the language in Swedish', () => {
    const { pages } = parseInfoPages([
      { file: 'content/sidor/x.mdx', text: page('title: X\nlang: sma\ndescription: Y', 'Ord.') },
    ]);
    const [record] = infoPageRecords(pages);
    expect(record.url).toBe('/sidor/x/');
    expect(record.meta).toMatchObject({ title: 'X', type: 'Sida på sydsamiska', lang: 'sma' });
    expect(record.content).toContain('Ord.');
    expect(languageName('fit')).toBe('meänkieli');
    expect(languageName('xx')).toBe('xx');
  });

  it('are dated in the search page’s split as the build dates their records', () => {
    const { pages } = parseInfoPages([
      { file: 'content/sidor/x.mdx', text: page('title: X\nlang: sma\ndescription: Y\ntranslated: "2019-03-01"') },
      { file: 'content/sidor/y.mdx', text: page('title: Y\nlang: sma\ndescription: Z') },
    ]);
    const catalog = buildCatalog([]);
    const dates = (records: readonly { sort: { date: string } }[]) => records.map((r) => r.sort.date);
    expect(dates(searchRecordDates(catalog, pages))).toEqual(dates(infoPageRecords(pages)));
    expect(dates(infoPageRecords(pages))).toEqual(['2019-03-01', '']);
  });
});
