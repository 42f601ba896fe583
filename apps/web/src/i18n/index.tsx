import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { ja, type MessageKey } from './ja';
import { spanParts } from './time';

export type Locale = 'ja' | 'en';
export const LOCALES: Locale[] = ['ja', 'en'];
const CATALOGS: Record<Locale, Record<MessageKey, string>> = { ja, en };

export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export interface I18n {
  locale: Locale;
  timeZone: string;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** The catalog label of a taxonomy value (`label('category', 'tax')`), or the value itself. */
  label: (group: string, value: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  span: (ms: number) => string;
  country: (code: string | null | undefined) => string;
  language: (code: string | null | undefined) => string;
  number: (n: number) => string;
  list: (items: string[]) => string;
  yen: (n: number) => string;
}

export function makeI18n(locale: Locale, timeZone: string): I18n {
  const catalog = CATALOGS[locale];
  const t: I18n['t'] = (key, params) =>
    (catalog[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
  const lookup = (key: string): string | undefined => (catalog as Record<string, string>)[key];
  const dt = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const d = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const units = {
    day: new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'short' }),
    hour: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' }),
    minute: new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
  };
  const num = new Intl.NumberFormat(locale);
  const lists = new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' });
  const yen = new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' });
  const safe = <T,>(f: () => T, fallback: T): T => {
    try {
      return f() ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    locale,
    timeZone,
    t,
    label: (group, value) => (value ? (lookup(`${group}.${value}`) ?? value) : ''),
    dateTime: (iso) => (iso ? safe(() => dt.format(new Date(iso)), iso) : ''),
    date: (iso) => (iso ? safe(() => d.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)), iso) : ''),
    span: (ms) =>
      spanParts(ms)
        .map((p) => units[p.unit].format(p.value))
        .join(' '),
    country: (code) => (code ? safe(() => regions.of(code.toUpperCase()) ?? code, code) : ''),
    language: (code) => (code ? (lookup(`language.${code}`) ?? safe(() => languages.of(code) ?? code, code)) : ''),
    number: (n) => num.format(n),
    list: (items) => lists.format(items),
    yen: (n) => yen.format(n),
  };
}

const I18nContext = createContext<I18n>(makeI18n('ja', 'Asia/Tokyo'));

export function I18nProvider(props: { locale: Locale; timeZone: string; children: ReactNode }) {
  const value = useMemo(() => makeI18n(props.locale, props.timeZone), [props.locale, props.timeZone]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export type { MessageKey };
