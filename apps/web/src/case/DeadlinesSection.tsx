import { api, call } from '../api/client';
import type { Deadline } from '../api/models';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n';
import { Async, Badge, Empty, Section } from '../ui/common';
import { useCase } from './case-context';

const ORDER = { breached: 0, pending: 1, met: 2, cancelled: 3 };

export function DeadlinesSection() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { kase, tick } = useCase();
  const state = useLoad(
    () => call<Deadline[]>(api.GET('/api/v1/cases/{id}/deadlines', { params: { path: { id: kase.id } } })),
    [kase.id, tick],
  );
  const now = Date.now();
  return (
    <Section title={t('case.deadlines')} id="deadlines">
      <Async state={state}>
        {(list) =>
          list.length === 0 ? (
            <Empty />
          ) : (
            <ul className="deadlines" data-testid="deadlines">
              {[...list]
                .sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.dueAt.localeCompare(b.dueAt))
                .map((d) => {
                  const left = new Date(d.dueAt).getTime() - now;
                  const late = d.state === 'breached' || (d.state === 'pending' && left < 0);
                  return (
                    <li key={d.id} className={late ? 'breached' : d.state} data-state={d.state}>
                      <div className="row">
                        <strong>{label('policy', d.policy)}</strong>
                        <Badge
                          tone={late ? 'red' : d.state === 'met' ? 'green' : d.state === 'pending' ? 'blue' : 'grey'}
                        >
                          {label('deadline.state', d.state)}
                        </Badge>
                      </div>
                      <div className="row muted">
                        <span>
                          {t('deadline.due')}: {i18n.dateTime(d.dueAt)}
                        </span>
                        {d.state === 'pending' || d.state === 'breached' ? (
                          <span className={late ? 'late' : ''}>
                            {late
                              ? t('deadline.overdueBy', { time: i18n.span(left) })
                              : t('deadline.timeLeft', { time: i18n.span(left) })}
                          </span>
                        ) : null}
                      </div>
                      {d.level > 0 ? (
                        <div className="muted small">{t('deadline.level', { level: d.level })}</div>
                      ) : null}
                    </li>
                  );
                })}
            </ul>
          )
        }
      </Async>
    </Section>
  );
}
