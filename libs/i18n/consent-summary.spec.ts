import { describe, expect, it } from '@jest/globals';
import { consentFieldNames, consentSummary } from './consent-summary.js';
import { supportedLocales } from './locales.js';

const base = {
  organization: 'Sakura Support Desk',
  recipient: 'Embassy of Viet Nam',
  purpose: 'embassy_referral' as const,
  fields: ['phone', 'fullName', 'residenceStatus'],
  timezone: 'Asia/Tokyo',
};

describe('consentSummary', () => {
  it('writes Vietnamese with Vietnamese field names and both organizations', () => {
    const text = consentSummary('vi', base);
    expect(text).toContain('Sakura Support Desk');
    expect(text).toContain('Embassy of Viet Nam');
    expect(text).toContain('họ và tên, số điện thoại và tư cách lưu trú (loại visa)');
    expect(text).toContain('nhờ Đại sứ quán của nước bạn giúp đỡ bạn');
    expect(text).toContain('không có thời hạn');
  });

  it('writes Japanese with Japanese field names, the expiry in the organization’s time zone', () => {
    const text = consentSummary('ja', {
      ...base,
      organization: 'さくら相談室',
      recipient: 'ベトナム大使館',
      // 2026-12-31 15:00 UTC is 2027-01-01 00:00 in Tokyo.
      expiresAt: new Date('2026-12-31T15:00:00Z'),
    });
    expect(text).toContain('さくら相談室');
    expect(text).toContain('ベトナム大使館');
    expect(text).toContain('氏名、電話番号、在留資格（ビザの種類）');
    expect(text).toContain('2027年1月1日 0:00まで有効です');
    expect(text.match(/さくら相談室/g)).toHaveLength(2);
  });

  it('lists fields in the canonical order, once each, and never drops an unknown one', () => {
    expect(consentFieldNames('en', ['caseSummary', 'phone', 'phone', 'shoeSize'])).toEqual([
      'your phone number',
      'a short summary of your problem',
      'shoeSize',
    ]);
  });

  it('names the lawyer referral purpose', () => {
    expect(consentSummary('en', { ...base, purpose: 'legal_referral' })).toContain(
      'for the purpose of getting advice and help from a lawyer',
    );
  });

  it.each([...supportedLocales])('leaves no placeholder unfilled in %s', (locale) => {
    for (const expiresAt of [undefined, new Date('2027-03-31T09:00:00Z')]) {
      const text = consentSummary(locale, { ...base, expiresAt });
      expect(text).not.toMatch(/\{[A-Za-z]+\}/);
      expect(text).toContain('Sakura Support Desk');
    }
  });

  it('falls back to English for an unknown language', () => {
    expect(consentSummary('de', base)).toMatch(/^You agree that Sakura Support Desk shares/);
  });
});
