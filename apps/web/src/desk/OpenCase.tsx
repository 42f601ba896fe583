import { api, call } from '../api/client';
import type { Case, Worker } from '../api/models';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { navigate, useLocation } from '../app/router';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { CheckboxGroup, FormFooter, SelectField, TextArea, TextField } from '../forms/fields';
import { compact, taxonomyOptions } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { zonedLocalToIso } from '../i18n/time';
import { CASE_CATEGORIES, URGENCIES } from '../i18n/taxonomy';
import { PageTitle } from '../ui/common';
import { WorkerPicker } from './WorkerPicker';

export function OpenCase() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useUser();
  const { users } = useDirectory();
  const { query } = useLocation();
  const form = useForm({
    workerId: query.get('workerId') ?? '',
    title: '',
    summary: '',
    categories: [] as string[],
    urgency: 'normal',
    sensitivity: 'normal',
    ownerId: me.id,
    nextFollowUpAt: '',
  });
  const workerId = form.values.workerId;
  const worker = useLoad(
    () =>
      workerId
        ? call<Worker>(api.GET('/api/v1/workers/{id}', { params: { path: { id: workerId } } }))
        : Promise.resolve(null),
    [workerId],
  );
  const staff = users.filter(
    (u) => (u.role === 'desk_staff' || u.role === 'supervisor') && u.organizationId === me.organizationId,
  );

  const submit = form.onSubmit(async (v) => {
    const body = compact({
      ...v,
      nextFollowUpAt: v.nextFollowUpAt ? zonedLocalToIso(v.nextFollowUpAt, i18n.timeZone) : '',
    }) as Dto<'CreateCaseDto'>;
    const created = await call<Case>(api.POST('/api/v1/cases', { body }));
    navigate(`/cases/${created.id}`);
  });

  return (
    <>
      <PageTitle>{t('newCase.title')}</PageTitle>
      {query.get('registered') ? (
        <div className="banner success" role="status">
          {t('worker.created')}
        </div>
      ) : null}
      <form className="card form" onSubmit={submit} noValidate aria-label={t('newCase.title')}>
        {worker.data ? (
          <p className="worker-line">
            <span className="muted">{t('case.worker')}: </span>
            <strong data-testid="case-worker">{worker.data.fullName}</strong>
            {worker.data.nameKatakana ? ` (${worker.data.nameKatakana})` : ''} · {i18n.country(worker.data.nationality)}
          </p>
        ) : (
          <WorkerPicker value={workerId} onChange={(id) => form.set('workerId', id)} error={form.errors.workerId} />
        )}
        <TextField form={form} name="title" label={t('cases.caseTitle')} required maxLength={300} />
        <TextArea form={form} name="summary" label={t('case.summary')} rows={4} />
        <CheckboxGroup
          form={form}
          name="categories"
          label={t('cases.categories')}
          required
          options={taxonomyOptions(i18n, 'category', CASE_CATEGORIES)}
          columns={4}
        />
        <div className="grid three">
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
          <SelectField
            form={form}
            name="ownerId"
            label={t('cases.owner')}
            options={staff.map((u) => ({ value: u.id, label: u.displayName }))}
          />
          <TextField
            form={form}
            name="nextFollowUpAt"
            type="datetime-local"
            label={t('newCase.followUp')}
            hint={i18n.timeZone}
          />
        </div>
        <FormFooter form={form} submit={t('newCase.submit')} />
      </form>
    </>
  );
}
