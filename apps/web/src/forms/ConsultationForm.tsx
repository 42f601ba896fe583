import { api, call } from '../api/client';
import type { Consultation } from '../api/models';
import type { Dto } from '../api/types';
import { useI18n } from '../i18n';
import { isoToZonedLocal, zonedLocalToIso } from '../i18n/time';
import { CASE_CATEGORIES, CHANNELS } from '../i18n/taxonomy';
import { WorkerPicker } from '../desk/WorkerPicker';
import { CheckboxField, CheckboxGroup, FormFooter, SelectField, TextArea, TextField } from './fields';
import { compact, languageOptions, taxonomyOptions } from './options';
import { useForm } from './use-form';

/**
 * Logs a consultation: on a case (POST /cases/:id/consultations, with a follow-up time), or
 * standalone (POST /consultations: a worker or an anonymous label, and categories).
 */
export function ConsultationForm(props: {
  caseId?: string;
  language?: string;
  onDone: (c: Consultation) => void;
  onCancel?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({
    occurredAt: isoToZonedLocal(new Date(), i18n.timeZone),
    channel: 'phone',
    language: props.language ?? 'ja',
    interpreterUsed: false,
    interpreterName: '',
    durationMinutes: '',
    summary: '',
    followUpAt: '',
    workerId: '',
    anonymousLabel: '',
    categories: [] as string[],
  });
  const v = form.values;

  const submit = form.onSubmit(async (values) => {
    const common = {
      occurredAt: zonedLocalToIso(values.occurredAt, i18n.timeZone),
      channel: values.channel,
      language: values.language,
      interpreterUsed: values.interpreterUsed,
      interpreterName: values.interpreterUsed ? values.interpreterName : '',
      durationMinutes: values.durationMinutes === '' ? '' : Number(values.durationMinutes),
      summary: values.summary,
    };
    let saved: Consultation;
    if (props.caseId) {
      const body = compact({
        ...common,
        followUpAt: values.followUpAt ? zonedLocalToIso(values.followUpAt, i18n.timeZone) : '',
      }) as Dto<'CaseConsultationDto'>;
      saved = await call<Consultation>(
        api.POST('/api/v1/cases/{id}/consultations', { params: { path: { id: props.caseId } }, body }),
      );
    } else {
      const body = compact({
        ...common,
        workerId: values.workerId,
        anonymousLabel: values.workerId ? '' : values.anonymousLabel,
        categories: values.categories,
      }) as Dto<'StandaloneConsultationDto'>;
      body.categories ??= [];
      saved = await call<Consultation>(api.POST('/api/v1/consultations', { body }));
    }
    form.reset();
    props.onDone(saved);
    return t('consultation.saved');
  });

  return (
    <form
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('consultation.title')}
      data-testid="consultation-form"
    >
      {!props.caseId ? (
        <>
          <WorkerPicker value={v.workerId} onChange={(id) => form.set('workerId', id)} error={form.errors.workerId} />
          <TextField form={form} name="anonymousLabel" label={t('consultation.anonymousLabel')} />
        </>
      ) : null}
      <div className="grid three">
        <TextField
          form={form}
          name="occurredAt"
          type="datetime-local"
          label={t('consultation.occurredAt')}
          required
          hint={i18n.timeZone}
        />
        <SelectField
          form={form}
          name="channel"
          label={t('consultation.channel')}
          required
          options={taxonomyOptions(i18n, 'channel', CHANNELS)}
        />
        <SelectField
          form={form}
          name="language"
          label={t('consultation.language')}
          required
          options={languageOptions(i18n)}
        />
        <TextField form={form} name="durationMinutes" type="number" label={t('consultation.duration')} />
        <CheckboxField form={form} name="interpreterUsed" label={t('consultation.interpreterUsed')} />
        {v.interpreterUsed ? (
          <TextField form={form} name="interpreterName" label={t('consultation.interpreterName')} />
        ) : null}
      </div>
      {!props.caseId ? (
        <CheckboxGroup
          form={form}
          name="categories"
          label={t('cases.categories')}
          required
          options={taxonomyOptions(i18n, 'category', CASE_CATEGORIES)}
          columns={4}
        />
      ) : null}
      <TextArea form={form} name="summary" label={t('consultation.summary')} required rows={4} />
      {props.caseId ? (
        <TextField
          form={form}
          name="followUpAt"
          type="datetime-local"
          label={t('consultation.followUpAt')}
          hint={i18n.timeZone}
        />
      ) : null}
      <FormFooter form={form} submit={t('consultation.submit')} onCancel={props.onCancel} />
    </form>
  );
}
