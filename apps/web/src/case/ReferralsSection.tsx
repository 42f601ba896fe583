import { api, call } from '../api/client';
import { itemsOf, type Consent, type Page, type Referral } from '../api/models';
import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n';
import { Async, Empty, Section, StatusBadge } from '../ui/common';
import { useCase } from './case-context';
import { ReferralForm } from './ReferralForm';
import { Toggle } from './Toggle';

export function ReferralsSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const { orgName } = useDirectory();
  const { kase, worker, tick, changed } = useCase();
  const referrals = useLoad(
    async () =>
      itemsOf(await call<Page<Referral>>(api.GET('/api/v1/referrals', { params: { query: { limit: 100 } } }))).filter(
        (r) => r.case?.reference === kase.reference,
      ),
    [kase.reference, tick],
  );
  const consents = useLoad(
    async () =>
      worker
        ? itemsOf(
            await call<Page<Consent> | Consent[]>(
              api.GET('/api/v1/workers/{id}/consents', { params: { path: { id: worker.id } } }),
            ),
          )
        : [],
    [worker?.id, tick],
  );
  return (
    <Section title={t('case.referrals')} id="referrals">
      {worker && !referrals.error?.unavailable && kase.status !== 'closed' ? (
        <Toggle label={t('referral.title')} testId="refer-embassy">
          {(close) => (
            <ReferralForm
              consents={consents.data ?? []}
              onCancel={close}
              onDone={() => {
                close();
                changed();
              }}
            />
          )}
        </Toggle>
      ) : null}
      <Async state={referrals}>
        {(list) =>
          list.length === 0 ? (
            <Empty />
          ) : (
            <ul className="entries" data-testid="case-referrals">
              {list.map((r) => (
                <li key={r.id}>
                  <div className="row">
                    <Link href={`/referrals/${r.id}`}>
                      <strong>{orgName(r.embassyId)}</strong>
                    </Link>
                    <StatusBadge status={r.status} group="referral.status" />
                  </div>
                  <p className="pre">{r.reason}</p>
                  <div className="muted small">
                    {i18n.dateTime(r.createdAt)}
                    {r.acknowledgedAt
                      ? ` · ${i18n.label('referral.status', 'acknowledged')}: ${i18n.dateTime(r.acknowledgedAt)}`
                      : ''}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </Section>
  );
}
