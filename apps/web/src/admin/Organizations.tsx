import { api, call } from '../api/client';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { FormFooter, SelectField, TextField } from '../forms/fields';
import { compact } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { Empty, PageTitle, Section } from '../ui/common';
import { QueueDashboardLink } from './QueueDashboardLink';

export function Organizations() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { organizations, reload } = useDirectory();
  const form = useForm({ name: '', kind: 'ngo', country: '', timezone: 'Asia/Tokyo' });
  const submit = form.onSubmit(async (v) => {
    await call(
      api.POST('/api/v1/organizations', {
        body: compact({ ...v, country: v.country.toUpperCase() }) as Dto<'CreateOrganizationDto'>,
      }),
    );
    form.reset();
    reload();
    return t('common.saved');
  });
  return (
    <>
      <PageTitle>{t('admin.orgsTitle')}</PageTitle>
      <Section title={t('admin.createOrg')} id="new-org">
        <form className="form" onSubmit={submit} noValidate aria-label={t('admin.createOrg')}>
          <div className="grid four">
            <TextField form={form} name="name" label={t('admin.orgName')} required />
            <SelectField
              form={form}
              name="kind"
              label={t('admin.orgKind')}
              required
              options={['ngo', 'law_office', 'embassy'].map((k) => ({ value: k, label: label('orgKind', k) }))}
            />
            <TextField form={form} name="country" label={t('admin.country')} maxLength={2} hint="VN, PH, NP…" />
            <TextField form={form} name="timezone" label={t('admin.timezone')} />
          </div>
          <FormFooter form={form} submit={t('admin.createOrg')} />
        </form>
      </Section>
      <Section title={t('admin.orgsTitle')} id="org-list">
        {organizations.length === 0 ? (
          <Empty />
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.orgName')}</th>
                  <th scope="col">{t('admin.orgKind')}</th>
                  <th scope="col">{t('admin.country')}</th>
                  <th scope="col">{t('admin.timezone')}</th>
                  <th scope="col">{t('common.createdAt')}</th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>{label('orgKind', o.kind)}</td>
                    <td>{o.country ? `${i18n.country(o.country)} (${o.country})` : '—'}</td>
                    <td>{o.timezone}</td>
                    <td>{i18n.dateTime(o.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <p className="muted">
        {t('admin.queuesHint')} <QueueDashboardLink />
      </p>
    </>
  );
}
