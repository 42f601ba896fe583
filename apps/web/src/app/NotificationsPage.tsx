import { useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Notification, type Page } from '../api/models';
import { useI18n } from '../i18n';
import { Async, Badge, Empty, PageTitle } from '../ui/common';
import { subjectHref } from './notifications-link';
import { Link } from './router';
import { useLoad } from './use-load';

export function NotificationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [tick, setTick] = useState(0);
  const state = useLoad(
    async () =>
      itemsOf(await call<Page<Notification>>(api.GET('/api/v1/notifications', { params: { query: { limit: 100 } } }))),
    [tick],
  );
  const markRead = async (n: Notification) => {
    await call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: n.id } } })).catch(() => undefined);
    setTick((x) => x + 1);
  };
  return (
    <>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <Async state={state}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('notifications.empty')}</Empty>
          ) : (
            <ul className="entries card" data-testid="notifications">
              {list.map((n) => (
                <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                  <div className="row">
                    <Link href={subjectHref(n)}>
                      <strong>{n.title}</strong>
                    </Link>
                    <span>
                      <Badge tone={n.kind.startsWith('sla.breach') || n.kind === 'escalation' ? 'red' : 'blue'}>
                        {i18n.label('kind', n.kind)}
                      </Badge>
                      {!n.readAt ? (
                        <>
                          {' '}
                          <Badge tone="amber">{t('notifications.unread')}</Badge>
                        </>
                      ) : null}
                    </span>
                  </div>
                  <p>{n.body}</p>
                  <div className="row muted small">
                    <time dateTime={n.createdAt}>{i18n.dateTime(n.createdAt)}</time>
                    {!n.readAt ? (
                      <button type="button" className="link" onClick={() => void markRead(n)}>
                        {t('notifications.markRead')}
                      </button>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </>
  );
}
