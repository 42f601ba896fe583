import { api, call } from '../api/client';
import { useI18n } from '../i18n';

const DASHBOARD = '/api/admin/queues';

/**
 * Opens the queue dashboard in a new tab. A page opened by the browser carries no bearer token,
 * so the api is first asked to set the short-lived cookie that only the dashboard's path
 * receives; the tab is opened at once (inside the click, so no pop-up blocker stops it) and
 * pointed at the dashboard when the cookie is there.
 */
export function QueueDashboardLink() {
  const { t } = useI18n();
  const open = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const tab = window.open('', '_blank');
    try {
      await call(api.POST('/api/v1/admin/queue-dashboard/session'));
      if (tab) {
        tab.opener = null;
        tab.location.href = DASHBOARD;
      }
    } catch {
      tab?.close();
    }
  };
  return (
    <a href={DASHBOARD} onClick={(e) => void open(e)} rel="noopener">
      {t('nav.queues')}
    </a>
  );
}
