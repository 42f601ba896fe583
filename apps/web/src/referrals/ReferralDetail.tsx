import { useState } from 'react';
import { api, call } from '../api/client';
import type { Referral } from '../api/models';
import { disclosedOf } from './referral-fields';
import { fieldValue } from '../case/disclosure';
import { TransitionButtons } from '../case/TransitionButtons';
import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n';
import { Async, Badge, PageTitle, Section, StatusBadge, UrgencyBadge } from '../ui/common';
import { ReferralThread } from './ReferralThread';

/** Moves each side may make (API.md, "Embassy referrals"). */
export function referralMoves(role: string, status: string): string[] {
  if (role === 'embassy_officer') {
    return (
      (
        {
          sent: ['acknowledged', 'declined'],
          acknowledged: ['in_progress', 'declined'],
          in_progress: ['closed'],
        } as Record<string, string[]>
      )[status] ?? []
    );
  }
  if (role === 'desk_staff' || role === 'supervisor')
    return ['sent', 'acknowledged', 'in_progress'].includes(status) ? ['withdrawn'] : [];
  return [];
}

export function ReferralDetail({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useUser();
  const { orgName } = useDirectory();
  const [tick, setTick] = useState(0);
  const state = useLoad(
    () => call<Referral>(api.GET('/api/v1/referrals/{id}', { params: { path: { id } } })),
    [id, tick],
  );
  return (
    <>
      <p className="crumbs">
        <Link href="/referrals">
          ← {me.role === 'embassy_officer' ? t('referral.inboxTitle') : t('referral.listTitle')}
        </Link>
      </p>
      <Async state={state}>
        {(r) => (
          <>
            <PageTitle>
              {r.case.reference} <StatusBadge status={r.status} group="referral.status" />
            </PageTitle>
            <div className="case-grid">
              <div className="case-main">
                <Section title={t('referral.caseInfo')} id="referral-case">
                  <dl className="facts">
                    <div>
                      <dt>{t('cases.reference')}</dt>
                      <dd>{r.case.reference}</dd>
                    </div>
                    <div>
                      <dt>{t('cases.categories')}</dt>
                      <dd>{i18n.list(r.case.categories.map((c) => label('category', c)))}</dd>
                    </div>
                    <div>
                      <dt>{t('cases.urgency')}</dt>
                      <dd>
                        <UrgencyBadge urgency={r.case.urgency} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t('referral.reason')}</dt>
                      <dd className="pre">{r.reason}</dd>
                    </div>
                    {r.message ? (
                      <div>
                        <dt>{t('referral.message')}</dt>
                        <dd className="pre">{r.message}</dd>
                      </div>
                    ) : null}
                    {r.case.summary !== undefined ? (
                      <div>
                        <dt>{label('field', 'caseSummary')}</dt>
                        <dd className="pre">{r.case.summary ?? '—'}</dd>
                      </div>
                    ) : null}
                  </dl>
                </Section>
                <Section title={t('referral.consentedFields')} id="consented">
                  <dl className="facts" data-testid="consented-fields">
                    {disclosedOf(r).map((f) => (
                      <div key={f} data-field={f}>
                        <dt>{label('field', f)}</dt>
                        <dd>{fieldValue(i18n, f, r.worker[f])}</dd>
                      </div>
                    ))}
                  </dl>
                </Section>
                <ReferralThread
                  referralId={r.id}
                  tick={tick}
                  open={!['withdrawn', 'closed', 'declined'].includes(r.status)}
                />
              </div>
              <aside className="case-side">
                <Section title={t('common.status')} id="referral-status">
                  <dl className="facts">
                    <div>
                      <dt>{t('referral.embassy')}</dt>
                      <dd>{orgName(r.embassyId)}</dd>
                    </div>
                    <div>
                      <dt>{t('referral.received')}</dt>
                      <dd>{i18n.dateTime(r.createdAt)}</dd>
                    </div>
                    {r.acknowledgedAt ? (
                      <div>
                        <dt>{label('referral.status', 'acknowledged')}</dt>
                        <dd>{i18n.dateTime(r.acknowledgedAt)}</dd>
                      </div>
                    ) : null}
                  </dl>
                  {referralMoves(me.role, r.status).length ? (
                    <TransitionButtons
                      targets={referralMoves(me.role, r.status)}
                      labelOf={(to) => label('referral.action', to)}
                      withReason
                      danger={['declined', 'withdrawn']}
                      onMove={async (to, reason) => {
                        await call(
                          api.POST('/api/v1/referrals/{id}/transitions', {
                            params: { path: { id: r.id } },
                            body: { to: to as 'sent', ...(reason ? { reason } : {}) },
                          }),
                        );
                        setTick((n) => n + 1);
                      }}
                    />
                  ) : (
                    <Badge tone="grey">{label('referral.status', r.status)}</Badge>
                  )}
                </Section>
              </aside>
            </div>
          </>
        )}
      </Async>
    </>
  );
}
