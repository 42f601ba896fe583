import { useState } from 'react';
import { api, call } from '../api/client';
import type { ApiError } from '../api/errors';
import { itemsOf, type Consent, type Page } from '../api/models';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { useLoad } from '../app/use-load';
import { CheckboxGroup, FormFooter, SelectField, TextField } from '../forms/fields';
import { compact, languageOptions } from '../forms/options';
import { plainError } from '../forms/messages';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { zonedLocalToIso } from '../i18n/time';
import { CONSENT_FIELDS, CONSENT_METHODS } from '../i18n/taxonomy';
import { Async, Badge, Empty, Section } from '../ui/common';
import { useCase } from './case-context';
import { Toggle } from './Toggle';

export function isActive(c: Consent): boolean {
  if (c.active !== undefined) return c.active;
  return !c.withdrawnAt && (!c.expiresAt || new Date(c.expiresAt) > new Date());
}

function ConsentForm(props: { onDone: (c: Consent) => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { organizations } = useDirectory();
  const { worker } = useCase();
  const form = useForm({
    purpose: 'embassy_referral',
    recipientOrganizationId: '',
    fields: ['fullName', 'nationality', 'phone', 'caseSummary'] as string[],
    method: 'verbal',
    language: worker?.preferredLanguage ?? 'ja',
    expiresAt: '',
  });
  const kind = form.values.purpose === 'embassy_referral' ? 'embassy' : 'law_office';
  const recipients = organizations
    .filter((o) => o.kind === kind)
    .sort((a, b) => Number(b.country === worker?.nationality) - Number(a.country === worker?.nationality));
  const submit = form.onSubmit(async (v) => {
    const body = compact({
      ...v,
      recipientOrganizationId: v.recipientOrganizationId || recipients[0]?.id || '',
      expiresAt: v.expiresAt ? zonedLocalToIso(v.expiresAt, i18n.timeZone) : '',
    }) as Dto<'RecordConsentDto'>;
    const saved = await call<Consent>(
      api.POST('/api/v1/workers/{id}/consents', { params: { path: { id: worker!.id } }, body }),
    );
    props.onDone(saved);
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('consent.title')} data-testid="consent-form">
      <div className="grid three">
        <SelectField
          form={form}
          name="purpose"
          label={t('consent.purpose')}
          required
          options={['embassy_referral', 'legal_referral'].map((p) => ({
            value: p,
            label: label('consent.purpose', p),
          }))}
        />
        <SelectField
          form={form}
          name="recipientOrganizationId"
          label={t('consent.recipient')}
          required
          options={recipients.map((o) => ({
            value: o.id,
            label: o.country ? `${o.name} (${i18n.country(o.country)})` : o.name,
          }))}
        />
        <SelectField
          form={form}
          name="method"
          label={t('consent.method')}
          required
          options={CONSENT_METHODS.map((m) => ({ value: m, label: label('consent.method', m) }))}
        />
        <SelectField
          form={form}
          name="language"
          label={t('consent.language')}
          required
          options={languageOptions(i18n)}
        />
        <TextField
          form={form}
          name="expiresAt"
          type="datetime-local"
          label={t('consent.expiresAt')}
          hint={i18n.timeZone}
        />
      </div>
      <CheckboxGroup
        form={form}
        name="fields"
        label={t('consent.fields')}
        required
        options={CONSENT_FIELDS.map((f) => ({ value: f, label: label('field', f) }))}
        columns={4}
      />
      <FormFooter form={form} submit={t('consent.submit')} onCancel={props.onCancel} />
    </form>
  );
}

export function ConsentsSection() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { orgName } = useDirectory();
  const { worker, tick, changed } = useCase();
  const state = useLoad(
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
  const [failure, setFailure] = useState<string>();
  const withdraw = async (c: Consent) => {
    setFailure(undefined);
    try {
      await call(api.POST('/api/v1/consents/{id}/withdraw', { params: { path: { id: c.id } }, body: {} }));
      changed();
    } catch (e) {
      setFailure(plainError(i18n, e as ApiError));
    }
  };
  if (!worker) return null;
  return (
    <Section title={t('case.consents')} id="consents">
      {!state.error?.unavailable ? (
        <Toggle label={t('consent.title')} testId="record-consent">
          {(close) => (
            <ConsentForm
              onCancel={close}
              onDone={() => {
                close();
                changed();
              }}
            />
          )}
        </Toggle>
      ) : null}
      {failure ? (
        <p className="banner error" role="alert">
          {failure}
        </p>
      ) : null}
      <Async state={state}>
        {(list) =>
          list.length === 0 ? (
            <Empty />
          ) : (
            <ul className="entries" data-testid="consents">
              {list.map((c) => (
                <li key={c.id}>
                  <div className="row">
                    <strong>
                      {label('consent.purpose', c.purpose)} → {orgName(c.recipientOrganizationId)}
                    </strong>
                    <Badge tone={isActive(c) ? 'green' : 'grey'}>
                      {isActive(c) ? t('consent.active') : t('consent.inactive')}
                    </Badge>
                  </div>
                  <div className="muted small">
                    {i18n.list(c.fields.map((f) => label('field', f)))} · {label('consent.method', c.method)} ·{' '}
                    {i18n.language(c.language)} · {i18n.dateTime(c.createdAt)}
                    {c.expiresAt ? ` → ${i18n.dateTime(c.expiresAt)}` : ''}
                  </div>
                  {c.summary && isActive(c) ? (
                    <details>
                      <summary>{t('consent.summaryForWorker')}</summary>
                      <p className="pre">{c.summary}</p>
                    </details>
                  ) : null}
                  {isActive(c) ? (
                    <button type="button" className="link danger" onClick={() => void withdraw(c)}>
                      {t('consent.withdraw')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </Section>
  );
}
