import { api, call } from '../api/client';
import { itemsOf, type LegalAssignment, type Page } from '../api/models';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { FormFooter, SelectField, TextArea } from '../forms/fields';
import { compact } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { Async, Badge, Empty, Section, StatusBadge } from '../ui/common';
import { useCase } from './case-context';
import { Toggle } from './Toggle';
import { TransitionButtons } from './TransitionButtons';

/** Moves each role may make (API.md, "Legal support"). */
export function assignmentMoves(role: string, status: string): string[] {
  if (role === 'lawyer')
    return status === 'pending' ? ['accepted', 'declined'] : status === 'accepted' ? ['completed'] : [];
  if (role === 'desk_staff' || role === 'supervisor')
    return ['pending', 'accepted'].includes(status) ? ['withdrawn'] : [];
  return [];
}

export function moveAssignment(id: string, to: string, text: string) {
  const body = compact({ to, reason: to === 'completed' ? '' : text, outcome: to === 'completed' ? text : '' });
  return call(
    api.POST('/api/v1/legal-assignments/{id}/transitions', {
      params: { path: { id } },
      body: body as Dto<'AssignmentTransitionDto'>,
    }),
  );
}

function AssignForm(props: { onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { users } = useDirectory();
  const { kase } = useCase();
  const lawyers = users.filter((u) => u.role === 'lawyer' && u.active !== false);
  const form = useForm({ lawyerId: '', note: '' });
  const submit = form.onSubmit(async (v) => {
    await call(
      api.POST('/api/v1/cases/{id}/legal-assignments', {
        params: { path: { id: kase.id } },
        body: compact(v) as Dto<'CreateAssignmentDto'>,
      }),
    );
    props.onDone();
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('legal.assignTitle')}>
      <SelectField
        form={form}
        name="lawyerId"
        label={t('legal.lawyer')}
        required
        empty="—"
        options={lawyers.map((u) => ({ value: u.id, label: u.displayName }))}
      />
      <TextArea form={form} name="note" label={t('legal.note')} rows={2} />
      <FormFooter form={form} submit={t('legal.assign')} onCancel={props.onCancel} />
    </form>
  );
}

export function LegalSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useUser();
  const { userName } = useDirectory();
  const { kase, tick, changed } = useCase();
  const state = useLoad(
    async () =>
      itemsOf(
        await call<Page<LegalAssignment>>(api.GET('/api/v1/legal-assignments', { params: { query: { limit: 100 } } })),
      ).filter((a) => a.caseId === kase.id),
    [kase.id, tick],
  );
  const staff = me.role === 'desk_staff' || me.role === 'supervisor';
  const actionLabel = (to: string) =>
    ({
      accepted: t('legal.accept'),
      declined: t('legal.decline'),
      completed: t('legal.complete'),
      withdrawn: t('legal.withdraw'),
    })[to] ?? to;
  return (
    <Section title={t('case.legal')} id="legal">
      {staff && kase.status !== 'closed' && !state.error?.unavailable ? (
        <Toggle label={t('legal.assignTitle')} testId="assign-lawyer">
          {(close) => (
            <AssignForm
              onCancel={close}
              onDone={() => {
                close();
                changed();
              }}
            />
          )}
        </Toggle>
      ) : null}
      <Async state={state}>
        {(list) =>
          list.length === 0 ? (
            <Empty />
          ) : (
            <ul className="entries">
              {list.map((a) => (
                <li key={a.id}>
                  <div className="row">
                    <strong>{userName(a.lawyerId)}</strong>
                    <StatusBadge status={a.status} group="legal.status" />
                  </div>
                  {a.note ? <p className="pre">{a.note}</p> : null}
                  {a.conflictWarning ? <Badge tone="amber">{t('legal.conflict')}</Badge> : null}
                  <div className="muted small">
                    {t('legal.requested')}: {i18n.dateTime(a.createdAt)}
                    {a.reason ? ` · ${a.reason}` : ''}
                    {a.outcome ? ` · ${a.outcome}` : ''}
                  </div>
                  {assignmentMoves(me.role, a.status).length ? (
                    <TransitionButtons
                      targets={assignmentMoves(me.role, a.status)}
                      labelOf={actionLabel}
                      withReason
                      danger={['declined', 'withdrawn']}
                      onMove={async (to, text) => {
                        await moveAssignment(a.id, to, text);
                        changed();
                      }}
                    />
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
