/**
 * Notification and email texts (English). Parameters, by kind (renderNotification() localizes
 * `policy`, `status` and `destination` and formats `dueAt` and `scheduledAt` before they get here):
 * - reminder.follow_up: reference, title, dueAt · reminder.accompaniment: reference, destination, scheduledAt
 * - sla.warning, sla.breach, escalation: reference, policy, dueAt
 * - assignment.new: reference, title, organization (+ the conflict sentence: references)
 * - referral.new, referral.message: reference, organization · referral.status: reference, organization, status
 * Case titles appear only in notices to people who may read the case (its owner, the lawyer asked to
 * take it): SLA notices can reach embassy officers and escalations admins, who may not see titles.
 */
export const notificationsEn = {
  'notification.reminder.follow_up.title': 'Follow-up due: {reference}',
  'notification.reminder.follow_up.body':
    'The follow-up on case {reference} ({title}) is due at {dueAt}. Log a consultation or move the follow-up.',
  'notification.reminder.accompaniment.title': 'Accompaniment coming up: {reference}',
  'notification.reminder.accompaniment.body':
    'You are the escort for case {reference}: accompaniment to {destination} at {scheduledAt}.',
  'notification.sla.warning.title': 'Deadline approaching: {reference}',
  'notification.sla.warning.body': 'The “{policy}” deadline for case {reference} falls due at {dueAt}.',
  'notification.sla.breach.title': 'Deadline missed: {reference}',
  'notification.sla.breach.body': 'The “{policy}” deadline for case {reference} passed at {dueAt} without being met.',
  'notification.escalation.title': 'Escalated to you: {reference}',
  'notification.escalation.body':
    'The “{policy}” deadline for case {reference} passed at {dueAt} and is still not met, so it has been escalated to you.',
  'notification.assignment.new.title': 'New legal assignment: {reference}',
  'notification.assignment.new.body':
    '{organization} asks you to take on case {reference} ({title}). Please accept or decline the assignment in Madoguchi.',
  'notification.assignment.new.conflict':
    'Possible conflict of interest: your office already has an accepted assignment on {references}, against the same employer or sending agency. Check before you accept.',
  'notification.referral.new.title': 'New referral: {reference}',
  'notification.referral.new.body':
    '{organization} has referred case {reference} to your embassy. Please acknowledge it in Madoguchi.',
  'notification.referral.message.title': 'New message on referral {reference}',
  'notification.referral.message.body':
    '{organization} wrote a new message on the referral of case {reference}. Open the referral to read it.',
  'notification.referral.status.title': 'Referral {reference}: {status}',
  'notification.referral.status.body':
    '{organization} changed the status of the referral of case {reference} to “{status}”.',

  'email.subject': '[Madoguchi] {title}',
  'email.greeting': 'Hello {name},',
  'email.openLink': 'Open in Madoguchi',
  'email.footer':
    'You are receiving this email because you have a Madoguchi account at {organization} and this notice is addressed to you. It was sent automatically: please do not reply.',
  'email.confidential':
    'This notice concerns people who trusted us with sensitive matters. Do not forward it; sign in to Madoguchi to see the details.',
} as const;

export type NotificationTexts = { readonly [K in keyof typeof notificationsEn]: string };
