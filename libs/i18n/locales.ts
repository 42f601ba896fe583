import { LANGUAGES, type Language } from './taxonomy.js';

export type SupportedLocale = Language;
export const supportedLocales: readonly SupportedLocale[] = LANGUAGES;

/** The staff interface is complete in these; any other locale reads staff texts in English. */
export const STAFF_LOCALES = ['ja', 'en'] as const;
export type StaffLocale = (typeof STAFF_LOCALES)[number];

/** Worker languages whose consent texts issue 5 requires to be complete. */
export const CONSENT_REQUIRED_LOCALES = ['ja', 'en', 'vi', 'tl', 'id', 'ne', 'my', 'bn', 'zh'] as const;

const FALLBACK_LOCALE: SupportedLocale = 'en';
/** A locale's own parent before the final fallback to English. */
const PARENTS: Partial<Record<SupportedLocale, SupportedLocale>> = { 'ja-easy': 'ja' };
/** Language subtags that name a supported language by another code (ISO 639-2/3, macrolanguages). */
const ALIASES: Readonly<Record<string, SupportedLocale>> = { fil: 'tl', tgl: 'tl', cmn: 'zh', yue: 'zh', npi: 'ne' };
const EASY_JAPANESE = /^ja-(x-)?easy(-|$)/i;

function isSupported(tag: string): tag is SupportedLocale {
  return (supportedLocales as readonly string[]).includes(tag);
}

/** The language subtag of a BCP 47 tag after canonicalization (`in` → `id`, `tgl` → `fil`), or null. */
function languageOf(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ? new Intl.Locale(canonical).language : null;
  } catch {
    return null;
  }
}

/**
 * The supported locale that serves a BCP 47 tag: `ja-easy` (also `ja-x-easy`) → `ja-easy`,
 * `pt-BR` → `pt`, `zh-Hant`/`zh-TW` → `zh`, `fil` → `tl`; anything unknown or malformed → `en`.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const cleaned = (tag ?? '').trim().replace(/_/g, '-');
  if (!cleaned) return FALLBACK_LOCALE;
  if (EASY_JAPANESE.test(cleaned)) return 'ja-easy';
  const lower = cleaned.toLowerCase();
  if (isSupported(lower)) return lower;
  const language = languageOf(cleaned) ?? lower.split('-')[0]!;
  const resolved = ALIASES[language] ?? language;
  return isSupported(resolved) ? resolved : FALLBACK_LOCALE;
}

/** Where a message is looked up, in order: the locale, its parent, English. */
export function fallbackChain(tag: string | null | undefined): SupportedLocale[] {
  const chain: SupportedLocale[] = [];
  for (let l: SupportedLocale | undefined = resolveLocale(tag); l; l = PARENTS[l]) chain.push(l);
  if (!chain.includes(FALLBACK_LOCALE)) chain.push(FALLBACK_LOCALE);
  return chain;
}

/** The staff language for a user's locale: Japanese for any Japanese, English for everything else. */
export function resolveStaffLocale(tag: string | null | undefined): StaffLocale {
  const chain = fallbackChain(tag);
  return chain.find((l): l is StaffLocale => (STAFF_LOCALES as readonly string[]).includes(l)) ?? 'en';
}

/** The tag to hand to Intl: easy Japanese formats dates as Japanese, Tagalog as CLDR's `fil`. */
export function intlLocale(locale: SupportedLocale): string {
  if (locale === 'ja-easy') return 'ja';
  if (locale === 'tl') return 'fil';
  return locale;
}
