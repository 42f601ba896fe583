import { useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Consultation, type Page } from '../api/models';
import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useLoad } from '../app/use-load';
import { Toggle } from '../case/Toggle';
import { ConsultationForm } from '../forms/ConsultationForm';
import { useI18n } from '../i18n';
import { Async, Badge, Empty, PageTitle, Section } from '../ui/common';
import { PromoteForm } from './PromoteForm';

/** The organization's consultations, standalone ones included, with "make it a case". */
export function Consultations() {
  const i18n = useI18n();
  const { t } = i18n;
  const { userName } = useDirectory();
  const [tick, setTick] = useState(0);
  const [promoting, setPromoting] = useState<string>();
  const state = useLoad(
    async () =>
      itemsOf(await call<Page<Consultation>>(api.GET('/api/v1/consultations', { params: { query: { limit: 100 } } }))),
    [tick],
  );
  return (
    <>
      <PageTitle>{t('nav.consultations')}</PageTitle>
      <Section title={t('consultation.standaloneTitle')} id="standalone">
        {!state.error?.unavailable ? (
          <Toggle label={t('consultation.title')} testId="log-standalone">
            {(close) => <ConsultationForm onCancel={close} onDone={() => setTick((n) => n + 1)} />}
          </Toggle>
        ) : null}
      </Section>
      <Section title={t('nav.consultations')} id="consultation-list">
        <Async state={state}>
          {(items) =>
            items.length === 0 ? (
              <Empty />
            ) : (
              <ul className="entries" data-testid="all-consultations">
                {items.map((c) => (
                  <li key={c.id}>
                    <div className="row">
                      <strong>{i18n.dateTime(c.occurredAt)}</strong>
                      <span className="muted">
                        {i18n.label('channel', c.channel)} · {i18n.language(c.language)} · {userName(c.loggedBy)}
                      </span>
                    </div>
                    <div className="badges">
                      {c.caseId ? (
                        <Link href={`/cases/${c.caseId}`}>
                          <Badge tone="green">{t('consultation.linked')}</Badge>
                        </Link>
                      ) : (
                        <Badge tone="amber">{c.anonymousLabel ?? t('consultation.anonymous')}</Badge>
                      )}
                      {(c.categories ?? []).map((x) => (
                        <Badge key={x} tone="grey">
                          {i18n.label('category', x)}
                        </Badge>
                      ))}
                    </div>
                    <p className="pre">{c.summary}</p>
                    {!c.caseId ? (
                      promoting === c.id ? (
                        <PromoteForm consultation={c} onCancel={() => setPromoting(undefined)} />
                      ) : (
                        <button type="button" className="secondary small" onClick={() => setPromoting(c.id)}>
                          {t('consultation.promote')}
                        </button>
                      )
                    ) : null}
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      </Section>
    </>
  );
}
