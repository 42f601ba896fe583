import { useCallback, useMemo, useState } from 'react';
import { api, call } from '../api/client';
import type { Case, Worker } from '../api/models';
import { Link } from '../app/router';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n';
import { Async } from '../ui/common';
import { AccompanimentsSection } from './AccompanimentsSection';
import { CaseContext, type CaseScreen } from './case-context';
import { CaseHeader } from './CaseHeader';
import { ConsentsSection } from './ConsentsSection';
import { ConsultationsSection } from './ConsultationsSection';
import { DeadlinesSection } from './DeadlinesSection';
import { LegalSection } from './LegalSection';
import { ReferralsSection } from './ReferralsSection';
import { ReviewsSection } from './ReviewsSection';
import { TimelineSection } from './TimelineSection';

export function CaseDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useUser();
  const [tick, setTick] = useState(0);
  const changed = useCallback(() => setTick((n) => n + 1), []);
  const state = useLoad(async () => {
    const kase = await call<Case>(api.GET('/api/v1/cases/{id}', { params: { path: { id } } }));
    const worker = await call<Worker>(
      api.GET('/api/v1/workers/{id}', { params: { path: { id: kase.workerId } } }),
    ).catch(() => null);
    return { kase, worker };
  }, [id, tick]);
  const staff = me.role === 'desk_staff' || me.role === 'supervisor';
  return (
    <>
      <p className="crumbs">
        <Link href={me.role === 'lawyer' ? '/legal' : '/cases'}>
          ← {me.role === 'lawyer' ? t('nav.legal') : t('cases.title')}
        </Link>
      </p>
      <Async state={state}>
        {(data) => <CaseScreenView kase={data.kase} worker={data.worker} tick={tick} changed={changed} staff={staff} />}
      </Async>
    </>
  );
}

function CaseScreenView(props: CaseScreen & { staff: boolean }) {
  const { kase, worker, tick, changed } = props;
  const value = useMemo(() => ({ kase, worker, tick, changed }), [kase, worker, tick, changed]);
  return (
    <CaseContext.Provider value={value}>
      <CaseHeader />
      <div className="case-grid">
        <div className="case-main">
          <ConsultationsSection />
          <AccompanimentsSection />
          <LegalSection />
          <ReviewsSection />
          {props.staff ? <ConsentsSection /> : null}
          {props.staff ? <ReferralsSection /> : null}
        </div>
        <aside className="case-side" aria-label={kase.reference}>
          <DeadlinesSection />
          <TimelineSection />
        </aside>
      </div>
    </CaseContext.Provider>
  );
}
