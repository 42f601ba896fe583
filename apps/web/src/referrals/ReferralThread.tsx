import { api, call } from '../api/client';
import { itemsOf, type Page, type ReferralMessage } from '../api/models';
import { useDirectory } from '../app/directory';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { FormFooter, TextArea } from '../forms/fields';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { Async, Section } from '../ui/common';

/** The referral's message thread, written by both sides. */
export function ReferralThread(props: { referralId: string; open: boolean; tick: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useUser();
  const { users, orgName } = useDirectory();
  const form = useForm({ body: '' });
  const state = useLoad(
    async () =>
      itemsOf(
        await call<Page<ReferralMessage> | ReferralMessage[]>(
          api.GET('/api/v1/referrals/{id}/messages', { params: { path: { id: props.referralId } } }),
        ),
      ),
    [props.referralId, props.tick],
  );
  const submit = form.onSubmit(async (v) => {
    await call(
      api.POST('/api/v1/referrals/{id}/messages', {
        params: { path: { id: props.referralId } },
        body: { body: v.body },
      }),
    );
    form.reset();
    state.reload();
  });
  const author = (m: ReferralMessage) => {
    const known = users.find((u) => u.id === m.authorId);
    if (known) return known.displayName;
    if (m.authorOrganizationId === me.organizationId) return t('referral.you');
    return m.authorOrganizationId ? orgName(m.authorOrganizationId) : t('referral.them');
  };
  return (
    <Section title={t('referral.thread')} id="thread">
      <Async state={state}>
        {(messages) =>
          messages.length === 0 ? (
            <p className="empty">{t('referral.noMessages')}</p>
          ) : (
            <ol className="thread" data-testid="thread">
              {messages.map((m) => (
                <li
                  key={m.id}
                  className={m.authorOrganizationId === me.organizationId || m.authorId === me.id ? 'mine' : 'theirs'}
                >
                  <div className="meta">
                    <strong>{author(m)}</strong> <time dateTime={m.createdAt}>{i18n.dateTime(m.createdAt)}</time>
                  </div>
                  <p className="pre">{m.body}</p>
                </li>
              ))}
            </ol>
          )
        }
      </Async>
      {props.open ? (
        <form className="form" onSubmit={submit} noValidate aria-label={t('referral.reply')}>
          <TextArea form={form} name="body" label={t('referral.reply')} required rows={3} />
          <FormFooter form={form} submit={t('common.send')} />
        </form>
      ) : null}
    </Section>
  );
}
