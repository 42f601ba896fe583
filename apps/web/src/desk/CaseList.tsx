import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Case, type Page } from '../api/models';
import { useDirectory } from '../app/directory';
import { Link, navigate, useLocation } from '../app/router';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n';
import { Async, Badge, Empty, PageTitle, StatusBadge, UrgencyBadge } from '../ui/common';
import { CaseFilterBar } from './CaseFilterBar';
import { filtersFrom, filtersToSearch, toQuery, type CaseFilters } from './case-filters';
import { ExportCsvButton } from './ExportCsvButton';

const CLOSED = ['resolved', 'closed'];

export function CaseList() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useUser();
  const { userName } = useDirectory();
  const { query } = useLocation();
  const filters = filtersFrom(query);
  const key = filtersToSearch(filters);
  const [more, setMore] = useState<{ items: Case[]; cursor: string | null }>({ items: [], cursor: null });

  const page = useLoad(
    () => call<Page<Case>>(api.GET('/api/v1/cases', { params: { query: { ...toQuery(filters), limit: 50 } } })),
    [key],
  );
  // The list has no overdue flag: the same filters with overdue=true name the overdue ones.
  const overdue = useLoad(
    async () =>
      new Set(
        itemsOf(
          await call<Page<Case>>(
            api.GET('/api/v1/cases', { params: { query: { ...toQuery(filters), overdue: true, limit: 100 } } }),
          ),
        ).map((c) => c.id),
      ),
    [key],
  );
  useEffect(() => setMore({ items: [], cursor: null }), [key]);

  const apply = (f: CaseFilters) => navigate(`/cases${filtersToSearch(f)}`);
  const isOverdue = (c: Case) =>
    overdue.data?.has(c.id) ||
    (!CLOSED.includes(c.status) && c.nextFollowUpAt !== null && new Date(c.nextFollowUpAt) < new Date());

  const loadMore = async (cursor: string) => {
    const next = await call<Page<Case>>(
      api.GET('/api/v1/cases', { params: { query: { ...toQuery(filters), limit: 50, cursor } } }),
    );
    setMore((m) => ({ items: [...m.items, ...itemsOf(next)], cursor: next.nextCursor }));
  };

  const staff = me.role === 'desk_staff' || me.role === 'supervisor';
  return (
    <>
      <PageTitle
        actions={
          staff ? (
            <>
              <ExportCsvButton filters={filters} />
              <Link href="/workers/new" className="button primary">
                {t('nav.newWorker')}
              </Link>
            </>
          ) : null
        }
      >
        {t('cases.title')}
      </PageTitle>
      <CaseFilterBar key={key} value={filters} onChange={apply} />
      <Async state={page}>
        {(first) => {
          const cases = [...itemsOf(first), ...more.items];
          const cursor = more.items.length ? more.cursor : first.nextCursor;
          if (!cases.length) return <Empty>{t('cases.none')}</Empty>;
          return (
            <div className="table-wrap">
              <table className="cases" data-testid="case-table">
                <caption className="visually-hidden">{t('cases.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.reference')}</th>
                    <th scope="col">{t('cases.caseTitle')}</th>
                    <th scope="col">{t('cases.categories')}</th>
                    <th scope="col">{t('cases.urgency')}</th>
                    <th scope="col">{t('cases.status')}</th>
                    <th scope="col">{t('cases.owner')}</th>
                    <th scope="col">{t('cases.followUp')}</th>
                    <th scope="col">{t('cases.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cases.map((c) => (
                    <tr key={c.id} className={isOverdue(c) ? 'overdue' : undefined}>
                      <td className="nowrap">
                        <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                        {isOverdue(c) ? (
                          <>
                            {' '}
                            <Badge tone="red">{t('cases.overdue')}</Badge>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {c.title}
                        {c.sensitivity === 'restricted' ? (
                          <>
                            {' '}
                            <Badge tone="grey">{t('cases.restricted')}</Badge>
                          </>
                        ) : null}
                      </td>
                      <td>{i18n.list(c.categories.map((x) => label('category', x)))}</td>
                      <td>
                        <UrgencyBadge urgency={c.urgency} />
                      </td>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                      <td>{userName(c.ownerId)}</td>
                      <td className="nowrap">{i18n.dateTime(c.nextFollowUpAt)}</td>
                      <td className="nowrap">{i18n.dateTime(c.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {cursor ? (
                <button type="button" className="more" onClick={() => void loadMore(cursor)}>
                  {t('common.more')}
                </button>
              ) : null}
            </div>
          );
        }}
      </Async>
    </>
  );
}
