/** The English search records: the Swedish ones at /en/, their type and status in English. */
import { describe, expect, it } from 'vitest';
import * as svLabels from '#lib/core/labels.ts';
import * as enLabels from '#lib/i18n/labels-en.ts';
import { englishRecords, labelTranslation } from '#lib/search/english-records.ts';
import { buildSearchRecords } from '#lib/search/search-records.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const pairs = labelTranslation(svLabels, enLabels);
const swedish = buildSearchRecords(sampleCatalog());
const english = englishRecords(swedish, pairs);

describe('englishRecords', () => {
  it('pairs every Swedish label with its English one', () => {
    expect(pairs.get(svLabels.STATUS_LABELS['delvis-uppfyllt'])).toBe(enLabels.STATUS_LABELS['delvis-uppfyllt']);
    expect(pairs.get(svLabels.COLLECTION_LABELS.decisions.one)).toBe(enLabels.COLLECTION_LABELS.decisions.one);
  });

  it('is each Swedish record at its /en/ address, in English, with the same content and titles', () => {
    expect(english).toHaveLength(swedish.length);
    english.forEach((record, i) => {
      expect(record.url).toBe(`/en${swedish[i].url}`);
      expect(record.language).toBe('en');
      expect(record.meta.title).toBe(swedish[i].meta.title);
      expect(record.content.startsWith(swedish[i].content)).toBe(true);
    });
  });

  it('says the type and the status in English and finds them by those words', () => {
    const withStatus = english.find((record) => record.meta.status)!;
    const status = Object.values(enLabels.STATUS_LABELS).find((label) => withStatus.meta.status!.startsWith(label));
    expect(status).toBeDefined();
    expect(withStatus.filters.status).toEqual([status]);
    expect(withStatus.content).toContain(withStatus.meta.type);
    expect(english.map((record) => record.meta.type)).toContain(enLabels.COLLECTION_LABELS.decisions.one);
  });
});
