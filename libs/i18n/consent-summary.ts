import { formatDate, formatList, formatTime } from './format.js';
import { CONSENTABLE_FIELDS, type ConsentPurpose, type ConsentableField } from './taxonomy.js';
import { t } from './translator.js';

export interface ConsentSummaryInput {
  /** The NGO that records the consent and will share the information. */
  organization: string;
  /** The embassy or law office that will receive it. */
  recipient: string;
  purpose: ConsentPurpose;
  /** Consentable field names (API.md); listed in the canonical order, once each. */
  fields: readonly string[];
  expiresAt?: Date | null;
  /** IANA time zone of the recording organization, for the expiry date. */
  timezone: string;
}

function isConsentableField(field: string): field is ConsentableField {
  return (CONSENTABLE_FIELDS as readonly string[]).includes(field);
}

/**
 * The field names in the worker's language. An unknown field is kept as it is rather than dropped:
 * the summary must never understate what is shared.
 */
export function consentFieldNames(locale: string, fields: readonly string[]): string[] {
  const unique = [...new Set(fields)];
  const known = CONSENTABLE_FIELDS.filter((f) => unique.includes(f));
  const unknown = unique.filter((f) => !isConsentableField(f));
  return [...known.map((f) => t(locale, `consent.field.${f}`)), ...unknown];
}

/**
 * The consent summary read out or sent to the worker in their language: who shares what with
 * whom and why, how to withdraw, and until when (issue 5).
 */
export function consentSummary(locale: string, input: ConsentSummaryInput): string {
  const expiry = input.expiresAt
    ? t(locale, 'consent.expiry', {
        date: formatDate(locale, input.expiresAt, input.timezone),
        time: formatTime(locale, input.expiresAt, input.timezone),
      })
    : t(locale, 'consent.expiry.none');
  return t(locale, 'consent.summary', {
    organization: input.organization,
    recipient: input.recipient,
    purpose: t(locale, `consent.purpose.${input.purpose}`),
    fields: formatList(locale, consentFieldNames(locale, input.fields)),
    expiry,
  }).trim();
}
