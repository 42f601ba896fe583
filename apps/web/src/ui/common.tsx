import type { ReactNode } from 'react';
import type { Loaded } from '../app/use-load';
import { plainError } from '../forms/messages';
import { useI18n } from '../i18n';

export function Section(props: { title: string; id?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = `${props.id ?? props.title.replace(/\W+/g, '-')}-h`;
  return (
    <section className="card" id={props.id} aria-labelledby={headingId}>
      <header className="card-head">
        <h2 id={headingId}>{props.title}</h2>
        {props.actions ? <div className="card-actions">{props.actions}</div> : null}
      </header>
      {props.children}
    </section>
  );
}

/** Loading, error ("not available yet" for a capability this server lacks) or the content. */
export function Async<T>(props: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const i18n = useI18n();
  const { data, error, loading } = props.state;
  if (error) {
    return (
      <div className={`banner ${error.unavailable ? 'muted' : 'error'}`} role={error.unavailable ? 'status' : 'alert'}>
        {error.unavailable ? i18n.t('common.unavailable') : plainError(i18n, error)}{' '}
        {!error.unavailable ? (
          <button type="button" className="link" onClick={props.state.reload}>
            {i18n.t('common.retry')}
          </button>
        ) : null}
      </div>
    );
  }
  if (data === undefined) {
    return (
      <p className="muted" role="status" aria-busy={loading}>
        {i18n.t('common.loading')}
      </p>
    );
  }
  return <>{props.children(data)}</>;
}

export function Empty(props: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="empty">{props.children ?? t('common.empty')}</p>;
}

type Tone = 'red' | 'amber' | 'blue' | 'green' | 'grey' | 'purple';

export function Badge(props: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge ${props.tone}`} title={props.title}>
      {props.children}
    </span>
  );
}

const STATUS_TONE: Record<string, Tone> = {
  open: 'blue',
  in_progress: 'purple',
  waiting: 'amber',
  resolved: 'green',
  closed: 'grey',
};
const URGENCY_TONE: Record<string, Tone> = { critical: 'red', high: 'amber', normal: 'blue', low: 'grey' };

export function StatusBadge({ status, group = 'status' }: { status: string; group?: string }) {
  const { label } = useI18n();
  const tone: Tone =
    STATUS_TONE[status] ??
    (['declined', 'withdrawn', 'cancelled', 'no_show'].includes(status)
      ? 'grey'
      : ['accepted', 'done', 'completed', 'acknowledged'].includes(status)
        ? 'green'
        : 'blue');
  return <Badge tone={tone}>{label(group, status)}</Badge>;
}

export function UrgencyBadge({ urgency }: { urgency: string }) {
  const { label } = useI18n();
  // The long critical label explains itself in forms; in lists the first words suffice.
  const text = label('urgency', urgency).replace(/\s*[(（].*$/, '');
  return (
    <Badge tone={URGENCY_TONE[urgency] ?? 'grey'} title={label('urgency', urgency)}>
      {text}
    </Badge>
  );
}

export function PageTitle(props: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-title">
      <h1 tabIndex={-1} id="page-title">
        {props.children}
      </h1>
      {props.actions ? <div className="page-actions">{props.actions}</div> : null}
    </div>
  );
}
