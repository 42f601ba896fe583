import type { Referral } from '../api/models';
import { CONSENT_FIELDS } from '../i18n/taxonomy';

/** The worker fields the referral discloses, in the catalog's order (case summary is shown with the case). */
export function disclosedOf(r: Referral): string[] {
  const listed = r.disclosedFields ?? Object.keys(r.worker ?? {});
  return CONSENT_FIELDS.filter((f) => f !== 'caseSummary' && listed.includes(f) && f in (r.worker ?? {}));
}
