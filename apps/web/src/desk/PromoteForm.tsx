import { api, call } from '../api/client';
import type { Case, Consultation } from '../api/models';
import type { Dto } from '../api/types';
import { navigate } from '../app/router';
import { FormFooter, SelectField, TextField } from '../forms/fields';
import { taxonomyOptions } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { URGENCIES } from '../i18n/taxonomy';
import { WorkerPicker } from './WorkerPicker';

/** POST /consultations/:id/promote: a case from a one-off contact (a worker is needed by then). */
export function PromoteForm(props: { consultation: Consultation; onCancel: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({
    workerId: props.consultation.workerId ?? '',
    title: props.consultation.summary.slice(0, 80),
    urgency: 'normal',
    sensitivity: 'normal',
  });
  const submit = form.onSubmit(async (v) => {
    const created = await call<Case>(
      api.POST('/api/v1/consultations/{id}/promote', {
        params: { path: { id: props.consultation.id } },
        body: v as Dto<'PromoteConsultationDto'>,
      }),
    );
    navigate(`/cases/${created.id}`);
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('consultation.promoteTitle')}>
      {!props.consultation.workerId ? (
        <WorkerPicker
          value={form.values.workerId}
          onChange={(id) => form.set('workerId', id)}
          error={form.errors.workerId}
        />
      ) : null}
      <TextField form={form} name="title" label={t('cases.caseTitle')} required />
      <div className="grid two">
        <SelectField
          form={form}
          name="urgency"
          label={t('cases.urgency')}
          required
          options={taxonomyOptions(i18n, 'urgency', URGENCIES)}
        />
        <SelectField
          form={form}
          name="sensitivity"
          label={t('case.sensitivity')}
          options={['normal', 'restricted'].map((s) => ({ value: s, label: i18n.label('case.sensitivity', s) }))}
        />
      </div>
      <FormFooter form={form} submit={t('consultation.promote')} onCancel={props.onCancel} />
    </form>
  );
}
