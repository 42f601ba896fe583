import { api, call } from '../api/client';
import type { Worker } from '../api/models';
import type { Dto } from '../api/types';
import { navigate } from '../app/router';
import { FormFooter, SelectField, TextArea, TextField } from '../forms/fields';
import { compact, languageOptions, nationalityOptions, taxonomyOptions } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { MESSAGING_APPS, PREFECTURES, RESIDENCE_STATUSES, SECTORS } from '../i18n/taxonomy';
import { PageTitle } from '../ui/common';
import { DuplicateHints } from './DuplicateHints';

const INITIAL = {
  fullName: '',
  nameKatakana: '',
  alias: '',
  nationality: 'VN',
  preferredLanguage: 'vi',
  gender: '',
  dateOfBirth: '',
  residenceStatus: '',
  residenceCardExpiry: '',
  prefecture: '',
  phone: '',
  email: '',
  messagingApp: 'line',
  messagingHandle: '',
  'employer.name': '',
  'employer.sector': '',
  'employer.prefecture': '',
  supportOrganization: '',
  sendingAgency: '',
  notes: '',
};

export function RegisterWorker() {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm(INITIAL, { messagingContacts: 'messagingHandle', employer: 'employer.name' });
  const v = form.values;
  const prefectures = taxonomyOptions(i18n, 'prefecture', PREFECTURES);

  const submit = form.onSubmit(async (values) => {
    const { messagingApp, messagingHandle, ...rest } = values;
    const employer = compact({
      name: rest['employer.name'],
      sector: rest['employer.sector'],
      prefecture: rest['employer.prefecture'],
    });
    const body = {
      ...compact({
        fullName: rest.fullName.trim(),
        nameKatakana: rest.nameKatakana,
        alias: rest.alias,
        nationality: rest.nationality,
        preferredLanguage: rest.preferredLanguage,
        gender: rest.gender,
        dateOfBirth: rest.dateOfBirth,
        residenceStatus: rest.residenceStatus,
        residenceCardExpiry: rest.residenceCardExpiry,
        prefecture: rest.prefecture,
        phone: rest.phone,
        email: rest.email,
        supportOrganization: rest.supportOrganization,
        sendingAgency: rest.sendingAgency,
        notes: rest.notes,
      }),
      ...(messagingHandle ? { messagingContacts: [{ app: messagingApp, handle: messagingHandle }] } : {}),
      ...(rest['employer.name'] || Object.keys(employer).length ? { employer } : {}),
    } as Dto<'CreateWorkerDto'>;
    const worker = await call<Worker>(api.POST('/api/v1/workers', { body }));
    navigate(`/cases/new?workerId=${worker.id}&registered=1`);
  });

  return (
    <>
      <PageTitle>{t('worker.title')}</PageTitle>
      <form className="card form" onSubmit={submit} noValidate aria-label={t('worker.title')}>
        <div className="grid two">
          <TextField form={form} name="fullName" label={t('worker.fullName')} required autoComplete="off" />
          <TextField form={form} name="nameKatakana" label={t('worker.nameKatakana')} autoComplete="off" />
        </div>
        <DuplicateHints terms={[v.fullName, v.nameKatakana, v.phone, v.email]} />
        <div className="grid three">
          <TextField form={form} name="alias" label={t('worker.alias')} />
          <SelectField
            form={form}
            name="nationality"
            label={t('worker.nationality')}
            required
            options={nationalityOptions(i18n)}
          />
          <SelectField
            form={form}
            name="preferredLanguage"
            label={t('worker.preferredLanguage')}
            required
            options={languageOptions(i18n)}
          />
          <SelectField
            form={form}
            name="gender"
            label={t('worker.gender')}
            empty="—"
            options={['female', 'male', 'non_binary', 'other', 'undisclosed'].map((g) => ({
              value: g,
              label: i18n.label('worker.gender', g),
            }))}
          />
          <TextField form={form} name="dateOfBirth" type="date" label={t('worker.dateOfBirth')} />
          <SelectField form={form} name="prefecture" label={t('worker.prefecture')} empty="—" options={prefectures} />
          <SelectField
            form={form}
            name="residenceStatus"
            label={t('worker.residenceStatus')}
            empty="—"
            options={taxonomyOptions(i18n, 'residence', RESIDENCE_STATUSES)}
          />
          <TextField form={form} name="residenceCardExpiry" type="date" label={t('worker.residenceCardExpiry')} />
          <TextField form={form} name="phone" type="tel" label={t('worker.phone')} />
          <TextField form={form} name="email" type="email" label={t('worker.email')} />
          <SelectField
            form={form}
            name="messagingApp"
            label={t('worker.messagingApp')}
            options={MESSAGING_APPS.map((a) => ({
              value: a,
              label: a === 'line' ? 'LINE' : a[0].toUpperCase() + a.slice(1),
            }))}
          />
          <TextField
            form={form}
            name="messagingHandle"
            label={`${t('worker.messaging')} ${t('worker.messagingHandle')}`}
          />
        </div>
        <fieldset className="subgroup">
          <legend>{t('worker.employer')}</legend>
          <div className="grid three">
            <TextField form={form} name="employer.name" label={t('worker.employerName')} />
            <SelectField
              form={form}
              name="employer.sector"
              label={t('worker.employerSector')}
              empty="—"
              options={taxonomyOptions(i18n, 'sector', SECTORS)}
            />
            <SelectField
              form={form}
              name="employer.prefecture"
              label={t('worker.employerPrefecture')}
              empty="—"
              options={prefectures}
            />
          </div>
        </fieldset>
        <div className="grid two">
          <TextField form={form} name="supportOrganization" label={t('worker.supportOrganization')} />
          <TextField form={form} name="sendingAgency" label={t('worker.sendingAgency')} />
        </div>
        <TextArea form={form} name="notes" label={t('worker.notes')} rows={3} />
        <FormFooter form={form} submit={t('worker.submit')} />
      </form>
    </>
  );
}
