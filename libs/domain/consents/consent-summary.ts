/**
 * The consent in the worker's language.
 * TODO(issue 5): delegate to libs/i18n consentSummary() once the catalogs land.
 */
export function consentSummaryText(
  _language: string,
  input: {
    organization: string;
    recipient: string;
    purpose: string;
    fields: string[];
    expiresAt?: Date;
    timezone: string;
  },
): string {
  return `You agree that ${input.organization} shares ${input.fields.join(', ')} with ${input.recipient} for ${input.purpose}.`;
}
