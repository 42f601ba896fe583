import type { I18n } from '../i18n';
import { COMMON_NATIONALITIES, LANGUAGES } from '../i18n/taxonomy';
import type { Option } from './fields';

/** Options of a taxonomy list, labelled from the catalog of `group`. */
export function taxonomyOptions(i18n: I18n, group: string, values: readonly string[]): Option[] {
  return values.map((value) => ({ value, label: i18n.label(group, value) }));
}

const MORE_NATIONALITIES = [
  'US',
  'GB',
  'FR',
  'DE',
  'AU',
  'CA',
  'NG',
  'GH',
  'PK',
  'AF',
  'IR',
  'TR',
  'RU',
  'UA',
  'BO',
  'CO',
  'AR',
  'LA',
  'TW',
  'HK',
  'MY',
  'SG',
  'KE',
  'ET',
  'UG',
  'KZ',
  'KG',
  'TJ',
];

/** The most common nationalities first, then the others by name. */
export function nationalityOptions(i18n: I18n): Option[] {
  const first = COMMON_NATIONALITIES.map((value) => ({ value, label: `${i18n.country(value)} (${value})` }));
  const rest = MORE_NATIONALITIES.map((value) => ({ value, label: `${i18n.country(value)} (${value})` })).sort((a, b) =>
    a.label.localeCompare(b.label, i18n.locale),
  );
  return [...first, ...rest];
}

export function languageOptions(i18n: I18n): Option[] {
  return LANGUAGES.map((value) => ({ value, label: `${i18n.language(value)} (${value})` }));
}

/** The body the API accepts: empty strings left out, so optional fields stay absent. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => v !== '' && v !== undefined && v !== null && !(Array.isArray(v) && !v.length),
    ),
  ) as Partial<T>;
}
