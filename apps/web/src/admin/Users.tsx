import { api, call } from '../api/client';
import type { User } from '../api/models';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { FormFooter, SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/use-form';
import { useI18n, type MessageKey } from '../i18n';
import { Badge, PageTitle, Section } from '../ui/common';

const ROLES = ['desk_staff', 'supervisor', 'lawyer', 'embassy_officer', 'admin'] as const;

export function Users() {
  const i18n = useI18n();
  const { t } = i18n;
  const { users, organizations, orgName, reload } = useDirectory();
  const form = useForm({
    email: '',
    displayName: '',
    password: '',
    role: 'desk_staff',
    organizationId: '',
    locale: 'ja',
  });
  const submit = form.onSubmit(async (v) => {
    const body = { ...v, organizationId: v.organizationId || organizations[0]?.id } as Dto<'CreateUserDto'>;
    await call(api.POST('/api/v1/users', { body }));
    form.reset();
    reload();
    return t('common.saved');
  });
  const setActive = async (u: User, active: boolean) => {
    await call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { active } })).catch(
      () => undefined,
    );
    reload();
  };
  return (
    <>
      <PageTitle>{t('admin.usersTitle')}</PageTitle>
      <Section title={t('admin.createUser')} id="new-user">
        <form className="form" onSubmit={submit} noValidate aria-label={t('admin.createUser')}>
          <div className="grid three">
            <TextField form={form} name="email" type="email" label={t('auth.email')} required autoComplete="off" />
            <TextField form={form} name="displayName" label={t('admin.displayName')} required />
            <TextField
              form={form}
              name="password"
              type="password"
              label={t('admin.initialPassword')}
              required
              autoComplete="new-password"
            />
            <SelectField
              form={form}
              name="role"
              label={t('admin.role')}
              required
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
            />
            <SelectField
              form={form}
              name="organizationId"
              label={t('admin.organization')}
              required
              options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <SelectField
              form={form}
              name="locale"
              label={t('admin.locale')}
              options={[
                { value: 'ja', label: '日本語' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          <FormFooter form={form} submit={t('admin.createUser')} />
        </form>
      </Section>
      <Section title={t('admin.usersTitle')} id="user-list">
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.displayName')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('admin.organization')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.displayName}</td>
                  <td>{u.email}</td>
                  <td>{t(`role.${u.role}` as MessageKey)}</td>
                  <td>{orgName(u.organizationId)}</td>
                  <td>
                    {u.active === false ? (
                      <Badge tone="grey">—</Badge>
                    ) : (
                      <Badge tone="green">{t('admin.active')}</Badge>
                    )}
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => void setActive(u, u.active === false)}>
                      {u.active === false ? t('admin.activate') : t('admin.deactivate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
