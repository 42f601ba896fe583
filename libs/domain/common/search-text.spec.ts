import { describe, expect, it } from '@jest/globals';
import { phoneDigits, searchText } from './search-text.js';

describe('searchText', () => {
  it('folds Vietnamese diacritics and case', () => {
    expect(searchText('Nguyễn Văn An')).toBe('nguyen van an');
    expect(searchText('Đặng Thị Hoa')).toBe('dang thi hoa');
  });

  it('keeps katakana intact, folds half-width forms and separators', () => {
    expect(searchText('グエン・ヴァン・アン')).toBe('グエン ヴァン アン');
    expect(searchText('ｸﾞｴﾝ･ｳﾞｧﾝ･ｱﾝ')).toBe('グエン ヴァン アン');
    expect(searchText('グエン')).toBe('グエン');
  });

  it('joins several fields', () => {
    expect(searchText('Santos, Maria', null, 'マリア')).toBe('santos maria マリア');
  });
});

describe('phoneDigits', () => {
  it('keeps digits only, including full-width ones', () => {
    expect(phoneDigits('+81 90-1234-5678')).toBe('819012345678');
    expect(phoneDigits('０９０１２３４')).toBe('0901234');
  });
});
