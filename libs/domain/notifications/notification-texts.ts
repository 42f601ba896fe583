import { notificationEmail, renderNotification as renderFromCatalog, type NotificationParams } from '#i18n';
import type { NotificationKind } from './notifications.service.js';

type StoredParams = Record<string, string | number | boolean | null>;

/**
 * A notice is stored with raw parameters and rendered when it is read, in the reader's
 * language and time zone, from the i18n catalogs (never from literals here).
 */
export function renderNotification(
  kind: string,
  params: StoredParams,
  locale: string,
  timeZone?: string,
): { title: string; body: string } {
  return renderFromCatalog(locale, kind as NotificationKind, params as NotificationParams, { timeZone });
}

export interface EmailContext {
  recipientName?: string;
  /** The recipient's organization, named in the footer. */
  organization?: string;
  /** Absolute link to the notice's subject in the web app. */
  link?: string;
  timeZone?: string;
}

/** The email of a notice, in the recipient's language. */
export function renderEmail(
  kind: string,
  params: StoredParams,
  locale: string,
  context: EmailContext = {},
): { subject: string; text: string } {
  const { title, body } = renderNotification(kind, params, locale, context.timeZone);
  return notificationEmail(locale, {
    recipientName: context.recipientName ?? '',
    organization: context.organization ?? 'Madoguchi',
    title,
    body,
    link: context.link ?? '',
  });
}

/** Where in the web app a notice's subject is shown (the link in its email). */
export function subjectPath(subjectType: string, subjectId: string, params: StoredParams): string {
  switch (subjectType) {
    case 'case':
      return `/cases/${subjectId}`;
    case 'referral':
      return `/referrals/${subjectId}`;
    case 'legal_assignment':
      return '/legal';
    default:
      return typeof params.caseId === 'string' ? `/cases/${params.caseId}` : '/notifications';
  }
}
