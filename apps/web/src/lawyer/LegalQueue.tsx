import { useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Case, type LegalAssignment, type Page } from '../api/models';
import { Link } from '../app/router';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { assignmentMoves, moveAssignment } from '../case/LegalSection';
import { TransitionButtons } from '../case/TransitionButtons';
import { useI18n } from '../i18n';
import { Async, Empty, PageTitle, StatusBadge, UrgencyBadge } from '../ui/common';

type Row = LegalAssignment & { kase: Case | null };

/** The lawyer's queue: their assignments, newest first, with accept and decline. */
export function LegalQueue() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useUser();
  const [tick, setTick] = useState(0);
  const state = useLoad(async () => {
    const list = itemsOf(
      await call<Page<LegalAssignment>>(api.GET('/api/v1/legal-assignments', { params: { query: { limit: 100 } } })),
    );
    return Promise.all(
      list.map(async (a): Promise<Row> => ({
        ...a,
        kase: await call<Case>(api.GET('/api/v1/cases/{id}', { params: { path: { id: a.caseId } } })).catch(() => null),
      })),
    );
  }, [tick]);
  const actionLabel = (to: string) =>
    ({
      accepted: t('legal.accept'),
      declined: t('legal.decline'),
      completed: t('legal.complete'),
      withdrawn: t('legal.withdraw'),
    })[to] ?? to;
  return (
    <>
      <PageTitle>{t('legal.queueTitle')}</PageTitle>
      <Async state={state}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{t('legal.queueEmpty')}</Empty>
          ) : (
            <ul className="queue" data-testid="legal-queue">
              {rows.map((a) => (
                <li key={a.id} className="card">
                  <div className="row">
                    <div>
                      {a.kase ? (
                        <Link href={`/cases/${a.caseId}`}>
                          <strong>{a.kase.reference}</strong> {a.kase.title}
                        </Link>
                      ) : (
                        <strong>{t('legal.case')}</strong>
                      )}
                      <div className="badges">
                        {a.kase ? <UrgencyBadge urgency={a.kase.urgency} /> : null}
                        {a.kase?.categories.map((c) => (
                          <span key={c} className="badge grey">
                            {label('category', c)}
                          </span>
                        ))}
                      </div>
                    </div>
                    <StatusBadge status={a.status} group="legal.status" />
                  </div>
                  {a.note ? <p className="pre">{a.note}</p> : null}
                  <div className="muted small">
                    {t('legal.requested')}: {i18n.dateTime(a.createdAt)}
                  </div>
                  {assignmentMoves(me.role, a.status).length ? (
                    <TransitionButtons
                      targets={assignmentMoves(me.role, a.status)}
                      labelOf={actionLabel}
                      withReason
                      danger={['declined']}
                      onMove={async (to, text) => {
                        await moveAssignment(a.id, to, text);
                        setTick((n) => n + 1);
                      }}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </>
  );
}
