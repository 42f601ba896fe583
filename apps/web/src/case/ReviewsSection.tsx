import { api, call } from '../api/client';
import { itemsOf, type LegalReview, type Page } from '../api/models';
import { useDirectory } from '../app/directory';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { FormFooter, TextArea } from '../forms/fields';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { Async, Empty, Section } from '../ui/common';
import { useCase } from './case-context';

/**
 * Privileged legal reviews: the lawyer with an accepted assignment writes them; that lawyer and
 * the NGO's supervisors read them. Anyone else gets 404, and the section stays hidden.
 */
export function ReviewsSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useUser();
  const { userName } = useDirectory();
  const { kase, tick, changed } = useCase();
  const state = useLoad(
    async () =>
      itemsOf(
        await call<Page<LegalReview> | LegalReview[]>(
          api.GET('/api/v1/cases/{id}/legal-reviews', { params: { path: { id: kase.id } } }),
        ),
      ),
    [kase.id, tick],
  );
  const form = useForm({ body: '' });
  if (!['lawyer', 'supervisor'].includes(me.role)) return null;
  if (state.error && !state.error.unavailable && state.error.status === 404) return null;
  const submit = form.onSubmit(async (v) => {
    await call(
      api.POST('/api/v1/cases/{id}/legal-reviews', { params: { path: { id: kase.id } }, body: { body: v.body } }),
    );
    form.reset();
    changed();
  });
  return (
    <Section title={t('case.reviews')} id="reviews">
      <p className="muted small">{t('legal.reviewPrivileged')}</p>
      <Async state={state}>
        {(reviews) =>
          reviews.length === 0 ? (
            <Empty />
          ) : (
            <ul className="entries">
              {reviews.map((r) => (
                <li key={r.id}>
                  <div className="row">
                    <strong>{userName(r.lawyerId)}</strong>
                    <span className="muted">{i18n.dateTime(r.createdAt)}</span>
                  </div>
                  <p className="pre">{r.body}</p>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      {me.role === 'lawyer' && state.data ? (
        <form className="form" onSubmit={submit} noValidate aria-label={t('legal.reviewBody')}>
          <TextArea form={form} name="body" label={t('legal.reviewBody')} required rows={5} />
          <FormFooter form={form} submit={t('legal.reviewSubmit')} />
        </form>
      ) : null}
    </Section>
  );
}
