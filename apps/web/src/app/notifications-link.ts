import type { Notification } from '../api/models';

/** Where a notification's subject is shown in the app. */
export function subjectHref(n: Pick<Notification, 'subjectType' | 'subjectId'>): string {
  switch (n.subjectType) {
    case 'case':
      return `/cases/${n.subjectId}`;
    case 'referral':
      return `/referrals/${n.subjectId}`;
    case 'legal_assignment':
      return '/legal';
    default:
      return '/notifications';
  }
}
