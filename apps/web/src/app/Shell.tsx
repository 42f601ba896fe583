import type { ReactNode } from 'react';
import type { Role } from '../api/models';
import { useI18n, type MessageKey } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { Link, useLocation } from './router';
import { useSession, useUser } from './session-context';
import { QueueDashboardLink } from '../admin/QueueDashboardLink';

const NAV: Record<Role, [string, MessageKey][]> = {
  desk_staff: [
    ['/cases', 'nav.cases'],
    ['/workers/new', 'nav.newWorker'],
    ['/consultations', 'nav.consultations'],
    ['/referrals', 'nav.referrals'],
    ['/stats', 'nav.stats'],
    ['/sla-policies', 'nav.sla'],
  ],
  supervisor: [
    ['/cases', 'nav.cases'],
    ['/workers/new', 'nav.newWorker'],
    ['/consultations', 'nav.consultations'],
    ['/referrals', 'nav.referrals'],
    ['/stats', 'nav.stats'],
    ['/sla-policies', 'nav.sla'],
  ],
  lawyer: [
    ['/legal', 'nav.legal'],
    ['/cases', 'nav.cases'],
  ],
  embassy_officer: [['/referrals', 'nav.inbox']],
  admin: [
    ['/admin/organizations', 'nav.organizations'],
    ['/admin/users', 'nav.users'],
    ['/sla-policies', 'nav.sla'],
  ],
};

export const HOME: Record<Role, string> = {
  desk_staff: '/cases',
  supervisor: '/cases',
  lawyer: '/legal',
  embassy_officer: '/referrals',
  admin: '/admin/organizations',
};

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const user = useUser();
  const { organization, signOut } = useSession();
  const { path } = useLocation();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link href={HOME[user.role]} className="brand">
          <span className="logo" aria-hidden="true">
            窓
          </span>
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="mainnav">
          <ul>
            {NAV[user.role].map(([href, key]) => (
              <li key={href}>
                <Link href={href} aria-current={path === href || path.startsWith(`${href}/`) ? 'page' : undefined}>
                  {t(key)}
                </Link>
              </li>
            ))}
            {user.role === 'admin' ? (
              <li>
                <QueueDashboardLink />
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="topbar-tools">
          <NotificationBell />
          <LanguageSwitch />
          <div className="whoami">
            <span className="name">{user.displayName}</span>
            <span className="org">
              {t(`role.${user.role}` as MessageKey)}
              {organization ? ` · ${organization.name}` : ''}
            </span>
          </div>
          <button type="button" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="content">
        {children}
      </main>
    </>
  );
}
