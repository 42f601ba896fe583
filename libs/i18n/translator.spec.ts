import { describe, expect, it } from '@jest/globals';
import { catalogs } from './catalogs/index.js';
import { fallbackChain, resolveLocale, resolveStaffLocale } from './locales.js';
import { interpolate, placeholders, t, translate } from './translator.js';

describe('t', () => {
  it('translates and interpolates {name} parameters', () => {
    expect(t('en', 'consent.expiry', { date: 'December 1, 2026', time: '9:00 AM' })).toBe(
      'This consent ends on December 1, 2026 at 9:00 AM.',
    );
    expect(t('ja', 'caseCategory.wage_arrears')).toBe('賃金未払い');
    expect(t('ja', 'prefecture.Okinawa')).toBe('沖縄県');
  });

  it('replaces every occurrence and does not expand braces inside values', () => {
    expect(interpolate('{a} and {a} {b}', { a: '{b}', b: 2 })).toBe('{b} and {b} 2');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'consent.expiry', { date: 'tomorrow' })).toBe('This consent ends on tomorrow at {time}.');
  });

  it('finds placeholders', () => {
    expect(placeholders('{b} x {a} {b}')).toEqual(['a', 'b']);
  });
});

describe('fallbacks', () => {
  it('ja-easy → ja for a key easy Japanese lacks', () => {
    expect(catalogs['ja-easy']['caseCategory.housing']).toBeUndefined();
    expect(t('ja-easy', 'caseCategory.housing')).toBe('住居');
    expect(t('ja-easy', 'accompaniment.destination.hospital')).toBe('病院（びょういん）');
  });

  it('pt-BR → pt, zh-Hant and zh-CN → zh, fil → tl', () => {
    expect(t('pt-BR', 'consent.field.email')).toBe('seu endereço de e-mail');
    expect(t('zh-Hant', 'consent.field.phone')).toBe('电话号码');
    expect(t('zh-CN', 'consent.field.phone')).toBe('电话号码');
    expect(t('fil', 'accompaniment.destination.hospital')).toBe('ospital');
  });

  it('a worker language without a staff text falls back to English', () => {
    expect(t('vi', 'urgency.critical')).toBe('Critical');
  });

  it('unknown, malformed or empty locales read English', () => {
    for (const tag of ['xx', 'de-DE', 'not a tag!', '', undefined, null]) {
      expect(t(tag as string, 'urgency.high')).toBe('High');
    }
  });

  it('unknown keys (only possible through a cast) come back as the key', () => {
    expect(translate('ja', 'no.such.key' as never)).toBe('no.such.key');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['ja-easy', 'ja-easy'],
    ['ja-x-easy', 'ja-easy'],
    ['JA-EASY', 'ja-easy'],
    ['en-GB', 'en'],
    ['vi-VN', 'vi'],
    ['zh-Hans-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['tl', 'tl'],
    ['fil-PH', 'tl'],
    ['in', 'id'],
    ['ne-NP', 'ne'],
    ['my-MM', 'my'],
    ['pt_BR', 'pt'],
    ['es-419', 'es'],
    ['bn-BD', 'bn'],
    ['si-LK', 'si'],
    ['km-KH', 'km'],
    ['th-TH', 'th'],
    ['fr', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it('builds the chain locale → parent → en', () => {
    expect(fallbackChain('ja-easy')).toEqual(['ja-easy', 'ja', 'en']);
    expect(fallbackChain('pt-BR')).toEqual(['pt', 'en']);
    expect(fallbackChain('en-US')).toEqual(['en']);
  });

  it('picks the staff language', () => {
    expect(resolveStaffLocale('ja-easy')).toBe('ja');
    expect(resolveStaffLocale('ja-JP')).toBe('ja');
    expect(resolveStaffLocale('vi')).toBe('en');
    expect(resolveStaffLocale(undefined)).toBe('en');
  });
});
