import { useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Page, type Referral, type ReferralStatus } from '../api/models';
import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n';
import { Async, Empty, PageTitle, StatusBadge, UrgencyBadge } from '../ui/common';

const STATUSES: ReferralStatus[] = ['sent', 'acknowledged', 'in_progress', 'declined', 'closed', 'withdrawn'];

/** The embassy's inbox, or the NGO's referrals: GET /referrals answers each with its own. */
export function ReferralList() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useUser();
  const { orgName } = useDirectory();
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const state = useLoad(
    async () =>
      itemsOf(
        await call<Page<Referral>>(
          api.GET('/api/v1/referrals', { params: { query: { limit: 100, status: status || undefined } } }),
        ),
      ),
    [status],
  );
  const embassy = me.role === 'embassy_officer';
  return (
    <>
      <PageTitle>{embassy ? t('referral.inboxTitle') : t('referral.listTitle')}</PageTitle>
      <div className="filters">
        <div className="field">
          <label htmlFor="r-status">{t('common.status')}</label>
          <select id="r-status" value={status} onChange={(e) => setStatus(e.target.value as ReferralStatus | '')}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label('referral.status', s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Async state={state}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('referral.inboxEmpty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table data-testid="referral-table">
                <caption className="visually-hidden">
                  {embassy ? t('referral.inboxTitle') : t('referral.listTitle')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.reference')}</th>
                    <th scope="col">{t('referral.reason')}</th>
                    <th scope="col">{t('cases.categories')}</th>
                    <th scope="col">{t('cases.urgency')}</th>
                    {!embassy ? <th scope="col">{t('referral.embassy')}</th> : null}
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('referral.received')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id}>
                      <td className="nowrap">
                        <Link href={`/referrals/${r.id}`}>{r.case.reference}</Link>
                      </td>
                      <td>{r.reason}</td>
                      <td>{i18n.list(r.case.categories.map((c) => label('category', c)))}</td>
                      <td>
                        <UrgencyBadge urgency={r.case.urgency} />
                      </td>
                      {!embassy ? <td>{orgName(r.embassyId)}</td> : null}
                      <td>
                        <StatusBadge status={r.status} group="referral.status" />
                      </td>
                      <td className="nowrap">{i18n.dateTime(r.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </>
  );
}
