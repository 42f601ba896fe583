import { intlLocale, resolveLocale, type SupportedLocale } from './locales.js';

/**
 * Lists of phrases. CLDR's patterns read badly for some of our long phrases (Burmese joins with
 * " - ", Thai with bare spaces although our field names contain spaces), so those use the separators
 * the desks' interpreters write by hand.
 */
const LIST_OVERRIDES: Partial<Record<SupportedLocale, { separator: string; last: string }>> = {
  my: { separator: '၊ ', last: ' နှင့် ' },
  th: { separator: ', ', last: ' และ' },
};

export function formatList(locale: string, items: readonly string[]): string {
  const resolved = resolveLocale(locale);
  const override = LIST_OVERRIDES[resolved];
  if (override) {
    if (items.length < 2) return items.join('');
    return items.slice(0, -1).join(override.separator) + override.last + items[items.length - 1];
  }
  try {
    return new Intl.ListFormat(intlLocale(resolved), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function dateTimeFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(intlLocale(resolveLocale(locale)), { ...options, timeZone });
  } catch {
    // An unknown locale or time zone must not stop a notice: English in Japan's time zone.
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'Asia/Tokyo' });
  }
}

/** A date in `timeZone`: `long` = "1 December 2026", `full` adds the weekday (for appointments). */
export function formatDate(locale: string, date: Date, timeZone: string, style: 'long' | 'full' = 'long'): string {
  return dateTimeFormat(locale, timeZone, { dateStyle: style }).format(date);
}

export function formatTime(locale: string, date: Date, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, { timeStyle: 'short' }).format(date);
}

export function formatDateTime(locale: string, date: Date, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
