import { LABEL_FAMILIES, type LabelFamily, type LabelKey, type LabelValue } from './taxonomy.js';
import { translate } from './translator.js';

/** The label of a taxonomy value: `label('ja', 'caseCategory', 'wage_arrears')` → 賃金未払い. */
export function label<F extends LabelFamily>(locale: string, family: F, value: LabelValue<F>): string {
  // Labels have no placeholders, and the catalogs' EnglishCoversTaxonomy type guarantees the key.
  const key: LabelKey = `${family}.${value}` as LabelKey;
  return translate(locale, key);
}

/** Like label() for a value read from storage: the raw value when it is not (or no longer) in the taxonomy. */
export function labelOf(locale: string, family: LabelFamily, value: string): string {
  const values: readonly string[] = LABEL_FAMILIES[family];
  return values.includes(value) ? translate(locale, `${family}.${value}` as LabelKey) : value;
}
