import { useState } from 'react';
import { api, call } from '../api/client';
import type { Case } from '../api/models';
import { useDirectory } from '../app/directory';
import { useUser } from '../app/session-context';
import { useForm } from '../forms/use-form';
import { FormFooter, TextField } from '../forms/fields';
import { useI18n } from '../i18n';
import { isoToZonedLocal, zonedLocalToIso } from '../i18n/time';
import { CASE_MOVES } from '../i18n/taxonomy';
import { Badge, StatusBadge, UrgencyBadge } from '../ui/common';
import { useCase } from './case-context';
import { OutcomeForm } from './OutcomeForm';
import { TransitionButtons } from './TransitionButtons';

function FollowUpForm({ kase, onDone }: { kase: Case; onDone: () => void }) {
  const i18n = useI18n();
  const form = useForm({
    nextFollowUpAt: kase.nextFollowUpAt ? isoToZonedLocal(kase.nextFollowUpAt, i18n.timeZone) : '',
  });
  const submit = form.onSubmit(async (v) => {
    await call(
      api.PATCH('/api/v1/cases/{id}', {
        params: { path: { id: kase.id } },
        body: {
          version: kase.version,
          nextFollowUpAt: v.nextFollowUpAt ? zonedLocalToIso(v.nextFollowUpAt, i18n.timeZone) : undefined,
        },
      }),
    );
    onDone();
    return i18n.t('case.followUpSaved');
  });
  return (
    <form className="form followup" onSubmit={submit} noValidate aria-label={i18n.t('case.followUpSet')}>
      <TextField
        form={form}
        name="nextFollowUpAt"
        type="datetime-local"
        label={`${i18n.t('case.followUpSet')} (${i18n.timeZone})`}
      />
      <FormFooter form={form} submit={i18n.t('common.save')} />
    </form>
  );
}

export function CaseHeader() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useUser();
  const { userName } = useDirectory();
  const { kase, worker, changed } = useCase();
  const [resolving, setResolving] = useState(false);
  const staff = me.role === 'desk_staff' || me.role === 'supervisor';
  const moves = CASE_MOVES[kase.status] ?? [];
  const overdue =
    !['resolved', 'closed'].includes(kase.status) && kase.nextFollowUpAt && new Date(kase.nextFollowUpAt) < new Date();
  return (
    <div className="case-header card">
      <div className="case-title">
        <p className="reference" data-testid="case-reference">
          {kase.reference}
        </p>
        <h1 tabIndex={-1} id="page-title">
          {kase.title}
        </h1>
        <div className="badges">
          <StatusBadge status={kase.status} />
          <UrgencyBadge urgency={kase.urgency} />
          {kase.sensitivity === 'restricted' ? <Badge tone="grey">{t('cases.restricted')}</Badge> : null}
          {overdue ? <Badge tone="red">{t('cases.overdue')}</Badge> : null}
          {kase.categories.map((c) => (
            <Badge key={c} tone="grey">
              {label('category', c)}
            </Badge>
          ))}
        </div>
      </div>
      <dl className="facts inline">
        <div>
          <dt>{t('case.worker')}</dt>
          <dd data-testid="case-worker-name">
            {worker
              ? `${worker.fullName}${worker.nameKatakana ? ` (${worker.nameKatakana})` : ''} · ${i18n.country(worker.nationality)} · ${i18n.language(worker.preferredLanguage)}`
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('cases.owner')}</dt>
          <dd>{userName(kase.ownerId)}</dd>
        </div>
        <div>
          <dt>{t('case.opened')}</dt>
          <dd>{i18n.dateTime(kase.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('cases.followUp')}</dt>
          <dd>{kase.nextFollowUpAt ? i18n.dateTime(kase.nextFollowUpAt) : '—'}</dd>
        </div>
      </dl>
      {kase.summary ? <p className="pre summary">{kase.summary}</p> : null}
      {kase.outcome ? (
        <p className="outcome">
          <strong>{t('case.outcomeTitle')}:</strong> {label('result', kase.outcome.result)}
          {kase.outcome.remedies.length ? ` · ${i18n.list(kase.outcome.remedies.map((r) => label('remedy', r)))}` : ''}
          {kase.outcome.amountRecoveredJpy ? ` · ${i18n.yen(kase.outcome.amountRecoveredJpy)}` : ''}
        </p>
      ) : null}
      {staff ? (
        <div className="case-actions">
          <TransitionButtons
            targets={moves.filter((m) => m !== 'resolved')}
            labelOf={(to) => t('case.moveTo', { status: label('status', to) })}
            withReason
            onMove={async (to, reason) => {
              await call(
                api.POST('/api/v1/cases/{id}/transitions', {
                  params: { path: { id: kase.id } },
                  body: { to: to as 'open', ...(reason ? { reason } : {}) },
                }),
              );
              changed();
            }}
          />
          {moves.includes('resolved') && !resolving ? (
            <button type="button" className="secondary" onClick={() => setResolving(true)}>
              {t('case.moveTo', { status: label('status', 'resolved') })}
            </button>
          ) : null}
          {resolving ? (
            <OutcomeForm
              kase={kase}
              onCancel={() => setResolving(false)}
              onDone={() => {
                setResolving(false);
                changed();
              }}
            />
          ) : null}
          {kase.status !== 'closed' ? <FollowUpForm key={kase.version} kase={kase} onDone={changed} /> : null}
        </div>
      ) : null}
    </div>
  );
}
