import { useEffect, type ReactNode } from 'react';
import { Organizations } from '../admin/Organizations';
import { SlaPolicies } from '../admin/SlaPolicies';
import { Users } from '../admin/Users';
import { CaseDetail } from '../case/CaseDetail';
import { CaseList } from '../desk/CaseList';
import { Consultations } from '../desk/Consultations';
import { OpenCase } from '../desk/OpenCase';
import { RegisterWorker } from '../desk/RegisterWorker';
import { Stats } from '../desk/Stats';
import { useI18n } from '../i18n';
import { LegalQueue } from '../lawyer/LegalQueue';
import { ReferralDetail } from '../referrals/ReferralDetail';
import { ReferralList } from '../referrals/ReferralList';
import { DirectoryProvider } from './directory';
import { NotificationsPage } from './NotificationsPage';
import { match, navigate, useLocation } from './router';
import { useSession } from './session-context';
import { HOME, Shell } from './Shell';
import { SignIn } from './SignIn';

type Route = [string, (params: Record<string, string>) => ReactNode];

const ROUTES: Route[] = [
  ['/cases', () => <CaseList />],
  ['/cases/new', () => <OpenCase />],
  ['/cases/:id', (p) => <CaseDetail key={p.id} id={p.id} />],
  ['/workers/new', () => <RegisterWorker />],
  ['/consultations', () => <Consultations />],
  ['/stats', () => <Stats />],
  ['/legal', () => <LegalQueue />],
  ['/referrals', () => <ReferralList />],
  ['/referrals/:id', (p) => <ReferralDetail key={p.id} id={p.id} />],
  ['/notifications', () => <NotificationsPage />],
  ['/sla-policies', () => <SlaPolicies />],
  ['/admin/organizations', () => <Organizations />],
  ['/admin/users', () => <Users />],
];

function Routed() {
  const { path } = useLocation();
  const { user } = useSession();
  const { t } = useI18n();
  const home = user ? HOME[user.role] : '/';
  useEffect(() => {
    if (path === '/' || path === '/signin') navigate(home, { replace: true });
  }, [path, home]);
  useEffect(() => {
    // Move focus to the new page's heading, so keyboard and screen-reader users land on it.
    const timer = setTimeout(() => document.getElementById('page-title')?.focus({ preventScroll: true }), 50);
    return () => clearTimeout(timer);
  }, [path]);
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params) return <>{render(params)}</>;
  }
  return <p className="banner muted">{t('errors.notFound')}</p>;
}

export function App() {
  const { status, user } = useSession();
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  if (status === 'restoring') {
    return (
      <p className="splash" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!user) return <SignIn />;
  return (
    <DirectoryProvider key={user.id}>
      <Shell>
        <Routed />
      </Shell>
    </DirectoryProvider>
  );
}
