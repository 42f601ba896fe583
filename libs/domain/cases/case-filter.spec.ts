import { describe, expect, it } from '@jest/globals';
import { isSearchGram, searchCondition } from './case-filter.js';

describe('searchCondition', () => {
  it('asks the gram index only for one or two characters outside ASCII', () => {
    expect(['労災', '給料', 'ベト', '林', '𠮷野'].map(isSearchGram)).toEqual([true, true, true, true, true]);
    expect(['労災保', 'an', 'a', 'l労', '労 ', ''].map(isSearchGram)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('matches the normalized term as text (underscores are separators), its wildcards escaped', () => {
    expect(searchCondition('c', '  ＬＵＯＮＧ 50%_ ')).toEqual({
      match: "c.search_text LIKE :fQ ESCAPE '\\'",
      indexed: "c.search_text LIKE :fQ ESCAPE '\\'",
      params: { fQ: '%luong 50\\%%' },
    });
    expect(searchCondition('c', '労災')).toEqual({
      match: "c.search_text LIKE :fQ ESCAPE '\\'",
      indexed: "(search_grams(c.search_text) @> ARRAY[:fGram]::text[] AND c.search_text LIKE :fQ ESCAPE '\\')",
      params: { fQ: '%労災%', fGram: '労災' },
    });
    expect(searchCondition('c', ' ・ ')).toBeNull();
  });
});
