import { api, call } from '../api/client';
import { itemsOf, type Consultation, type Page } from '../api/models';
import { useDirectory } from '../app/directory';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { ConsultationForm } from '../forms/ConsultationForm';
import { useI18n } from '../i18n';
import { Async, Empty, Section } from '../ui/common';
import { useCase } from './case-context';
import { Toggle } from './Toggle';

export function ConsultationList({ items }: { items: Consultation[] }) {
  const i18n = useI18n();
  const { userName } = useDirectory();
  if (!items.length) return <Empty />;
  return (
    <ul className="entries" data-testid="consultations">
      {items.map((c) => (
        <li key={c.id}>
          <div className="row">
            <strong>{i18n.dateTime(c.occurredAt)}</strong>
            <span className="muted">
              {i18n.label('channel', c.channel)} · {i18n.language(c.language)}
              {c.durationMinutes ? ` · ${i18n.span(c.durationMinutes * 60000)}` : ''}
              {c.interpreterUsed ? ` · ${i18n.t('consultation.interpreter', { name: c.interpreterName ?? '—' })}` : ''}
            </span>
          </div>
          <p className="pre">{c.summary}</p>
          <div className="muted small">
            {userName(c.loggedBy)}
            {c.followUpAt ? ` · ${i18n.t('consultation.followUpAt')}: ${i18n.dateTime(c.followUpAt)}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ConsultationsSection() {
  const { t } = useI18n();
  const me = useUser();
  const { kase, worker, tick, changed } = useCase();
  const state = useLoad(
    async () =>
      itemsOf(
        await call<Page<Consultation> | Consultation[]>(
          api.GET('/api/v1/cases/{id}/consultations', { params: { path: { id: kase.id } } }),
        ),
      ).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    [kase.id, tick],
  );
  const mayLog = me.role !== 'embassy_officer' && kase.status !== 'closed';
  return (
    <Section title={t('case.consultations')} id="consultations">
      {mayLog && !state.error?.unavailable ? (
        <Toggle label={t('consultation.title')} testId="log-consultation">
          {(close) => (
            <ConsultationForm
              caseId={kase.id}
              language={worker?.preferredLanguage}
              onCancel={close}
              onDone={() => {
                close();
                changed();
              }}
            />
          )}
        </Toggle>
      ) : null}
      <Async state={state}>{(items) => <ConsultationList items={items} />}</Async>
    </Section>
  );
}
