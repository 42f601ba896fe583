import { describe, expect, it } from '@jest/globals';
import { CONSENT_REQUIRED_LOCALES, supportedLocales } from '../locales.js';
import { placeholders } from '../translator.js';
import { WORKER_KEYS, catalogs, en, type MessageKey } from './index.js';

const englishKeys = Object.keys(en) as MessageKey[];
const workerKeys = new Set<string>(WORKER_KEYS);
const staffKeys = englishKeys.filter((k) => !workerKeys.has(k));
const consentKeys = WORKER_KEYS.filter((k) => k.startsWith('consent.'));

/** The Unicode script each worker language must be written in (beyond Latin names like LINE). */
const SCRIPTS: Partial<Record<string, RegExp>> = {
  ja: /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u,
  'ja-easy': /\p{Script=Hiragana}|\p{Script=Katakana}/u,
  zh: /\p{Script=Han}/u,
  ne: /\p{Script=Devanagari}/u,
  my: /\p{Script=Myanmar}/u,
  th: /\p{Script=Thai}/u,
  km: /\p{Script=Khmer}/u,
  bn: /\p{Script=Bengali}/u,
  si: /\p{Script=Sinhala}/u,
};

describe('staff catalogs', () => {
  it.each(['ja', 'en'] as const)('%s has every staff key, none empty', (locale) => {
    const missing = staffKeys.filter((k) => !catalogs[locale][k]?.trim());
    expect(missing).toEqual([]);
  });

  it('ja and en are complete for the worker texts as well', () => {
    for (const locale of ['ja', 'en'] as const) {
      expect(WORKER_KEYS.filter((k) => !catalogs[locale][k]?.trim())).toEqual([]);
    }
  });

  it('has a title and a body for every notification kind, and the email wrapper', () => {
    const notificationKeys = staffKeys.filter((k) => k.startsWith('notification.'));
    expect(notificationKeys.length).toBe(9 * 2 + 1);
    expect(staffKeys.filter((k) => k.startsWith('email.')).sort()).toEqual(
      ['email.confidential', 'email.footer', 'email.greeting', 'email.openLink', 'email.subject'].sort(),
    );
  });
});

describe('worker-facing catalogs', () => {
  it.each([...CONSENT_REQUIRED_LOCALES])('%s has every consent key (issue 5)', (locale) => {
    const missing = consentKeys.filter((k) => !catalogs[locale][k]?.trim());
    expect(missing).toEqual([]);
  });

  it('covers the consent summary and the accompaniment reminder keys', () => {
    expect(consentKeys).toEqual(expect.arrayContaining(['consent.summary', 'consent.expiry', 'consent.expiry.none']));
    expect(consentKeys.filter((k) => k.startsWith('consent.field.'))).toHaveLength(13);
    expect(WORKER_KEYS.filter((k) => k.startsWith('accompaniment.destination.'))).toHaveLength(11);
  });

  it.each(supportedLocales.filter((l) => SCRIPTS[l]))('%s is written in its own script', (locale) => {
    const script = SCRIPTS[locale]!;
    const texts = Object.entries(catalogs[locale]).filter(([k]) => workerKeys.has(k));
    expect(texts.length).toBeGreaterThan(0);
    // Every sentence-like text uses the script; short names may be Latin (e.g. "Hello Work").
    const wrong = texts.filter(([k, v]) => !script.test(v!) && !k.startsWith('accompaniment.destination.'));
    expect(wrong).toEqual([]);
  });
});

describe('every catalog', () => {
  it.each([...supportedLocales])('%s has only known keys and no empty text', (locale) => {
    const entries = Object.entries(catalogs[locale]);
    expect(entries.filter(([k]) => !(k in en)).map(([k]) => k)).toEqual([]);
    expect(entries.filter(([, v]) => !v?.trim()).map(([k]) => k)).toEqual([]);
  });

  it.each([...supportedLocales])('%s keeps the placeholders of the English text, key by key', (locale) => {
    const mismatches = Object.entries(catalogs[locale])
      .map(([key, text]) => ({ key, expected: placeholders(en[key as MessageKey]), actual: placeholders(text!) }))
      .filter(({ expected, actual }) => expected.join() !== actual.join());
    expect(mismatches).toEqual([]);
  });

  it('keeps staff and worker keys apart (a worker language never overrides a staff label)', () => {
    for (const locale of supportedLocales.filter((l) => l !== 'ja' && l !== 'en')) {
      expect(Object.keys(catalogs[locale]).filter((k) => !workerKeys.has(k))).toEqual([]);
    }
  });
});
