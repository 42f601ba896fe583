import { api, call } from '../api/client';
import type { Consent, Referral } from '../api/models';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { FormFooter, SelectField, TextArea } from '../forms/fields';
import { compact } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { useCase } from './case-context';
import { isActive } from './ConsentsSection';
import { fieldValue, workerField } from './disclosure';

/**
 * Refer the case to an embassy under an active consent. Before sending, the form shows exactly
 * what the embassy will see: the consented fields with their current values, and nothing else.
 */
export function ReferralForm(props: { consents: Consent[]; onDone: (r: Referral) => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { orgName } = useDirectory();
  const { kase, worker } = useCase();
  const usable = props.consents.filter((c) => c.purpose === 'embassy_referral' && isActive(c));
  const form = useForm({ consentId: usable[0]?.id ?? '', reason: '', message: '' }, { embassyId: 'consentId' });
  const consent = usable.find((c) => c.id === form.values.consentId);

  const submit = form.onSubmit(async (v) => {
    const body = compact({
      embassyId: consent?.recipientOrganizationId ?? '',
      consentId: v.consentId,
      reason: v.reason,
      message: v.message,
    });
    const created = await call<Referral>(
      api.POST('/api/v1/cases/{id}/referrals', {
        params: { path: { id: kase.id } },
        body: body as Dto<'CreateReferralDto'>,
      }),
    );
    props.onDone(created);
  });

  if (!usable.length) {
    return (
      <p className="banner warning" role="status">
        {t('referral.noConsent')}
      </p>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('referral.title')} data-testid="referral-form">
      <SelectField
        form={form}
        name="consentId"
        label={`${t('referral.embassy')} / ${t('referral.consent')}`}
        required
        options={usable.map((c) => ({
          value: c.id,
          label: `${orgName(c.recipientOrganizationId)} — ${i18n.dateTime(c.createdAt)}`,
        }))}
      />
      {consent ? (
        <div className="preview" aria-live="polite" data-testid="embassy-preview">
          <h3>{t('referral.preview')}</h3>
          <p className="muted small">{t('referral.previewHint')}</p>
          <dl className="facts">
            {consent.fields.map((f) => (
              <div key={f}>
                <dt>{label('field', f)}</dt>
                <dd>{fieldValue(i18n, f, workerField(worker, kase.summary, f))}</dd>
              </div>
            ))}
          </dl>
          <p className="muted small">{t('referral.alwaysShown')}</p>
        </div>
      ) : null}
      <TextArea form={form} name="reason" label={t('referral.reason')} required rows={2} />
      <TextArea form={form} name="message" label={t('referral.message')} rows={3} />
      <FormFooter form={form} submit={t('referral.submit')} onCancel={props.onCancel} />
    </form>
  );
}
