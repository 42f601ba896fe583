/**
 * Title and body of a notice in the reader's language.
 * TODO(issue 6): render from the libs/i18n catalogs once they land; these are interim texts.
 */
export function renderNotification(
  kind: string,
  params: Record<string, string | number | boolean | null>,
  _locale: string,
): { title: string; body: string } {
  const ref = String(params.reference ?? '');
  switch (kind) {
    case 'assignment.new':
      return {
        title: `New legal assignment ${ref}`,
        body: params.conflictWarning
          ? `Possible conflict with ${params.conflictReferences}`
          : 'A case was assigned to you',
      };
    case 'referral.new':
      return { title: `New referral ${ref}`, body: 'A case was referred to your embassy' };
    case 'referral.status':
      return { title: `Referral ${ref}: ${params.status}`, body: `The referral is now ${params.status}` };
    case 'referral.message':
      return { title: `New message on referral ${ref}`, body: 'Open the referral to read it' };
    default:
      return { title: `${kind} ${ref}`.trim(), body: '' };
  }
}

/** The email of a notice in the recipient's language. */
export function renderEmail(
  kind: string,
  params: Record<string, string | number | boolean | null>,
  locale: string,
): { subject: string; text: string } {
  const { title, body } = renderNotification(kind, params, locale);
  return { subject: `[Madoguchi] ${title}`, text: `${title}\n\n${body}\n` };
}
