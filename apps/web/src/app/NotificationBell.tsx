import { useEffect, useRef, useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Notification, type Page } from '../api/models';
import { followNotifications } from '../api/notification-stream';
import { useI18n } from '../i18n';
import { subjectHref } from './notifications-link';
import { Link } from './router';

/**
 * The bell: the unread count from GET /notifications?unread=true, kept current by the SSE
 * stream (and a slow poll as a fallback while the stream is down).
 */
export function NotificationBell() {
  const i18n = useI18n();
  const { t } = i18n;
  const [unread, setUnread] = useState<Notification[]>([]);
  const [live, setLive] = useState(false);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  const load = () =>
    call<Page<Notification>>(api.GET('/api/v1/notifications', { params: { query: { unread: true, limit: 50 } } })).then(
      (page) => setUnread(itemsOf(page)),
      () => undefined,
    );

  useEffect(() => {
    void load();
    const stream = followNotifications(
      (n) => setUnread((list) => (list.some((x) => x.id === n.id) ? list : [n, ...list])),
      setLive,
    );
    const poll = setInterval(() => void load(), 60_000);
    return () => {
      stream.stop();
      clearInterval(poll);
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const outside = (e: MouseEvent) => panel.current && !panel.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', outside);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', outside);
    };
  }, [open]);

  const markRead = async (n: Notification) => {
    await call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: n.id } } })).catch(() => undefined);
    setUnread((list) => list.filter((x) => x.id !== n.id));
  };

  const count = unread.length;
  return (
    <div className="bell" ref={panel}>
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls="bell-panel"
        aria-label={t('notifications.bell', { count })}
        data-testid="bell"
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
            fill="currentColor"
          />
        </svg>
        {count > 0 ? (
          <span className="bell-count" data-testid="bell-count">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell-panel" id="bell-panel" role="region" aria-label={t('notifications.title')}>
          <p className={`live ${live ? 'on' : 'off'}`}>{live ? t('notifications.live') : t('notifications.offline')}</p>
          {unread.length === 0 ? <p className="empty">{t('notifications.empty')}</p> : null}
          <ul>
            {unread.slice(0, 8).map((n) => (
              <li key={n.id}>
                <Link href={subjectHref(n)} onClick={() => void markRead(n).then(() => setOpen(false))}>
                  <strong>{i18n.label('kind', n.kind)}</strong>
                  <span>{n.title}</span>
                  <small>{i18n.dateTime(n.createdAt)}</small>
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/notifications" className="all" onClick={() => setOpen(false)}>
            {t('nav.notifications')}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
