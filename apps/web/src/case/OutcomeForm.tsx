import { api, call } from '../api/client';
import type { Case } from '../api/models';
import type { Dto } from '../api/types';
import { CheckboxGroup, FormFooter, SelectField, TextField } from '../forms/fields';
import { taxonomyOptions } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { OUTCOME_RESULTS, REMEDIES, REMEDY_ROUTES } from '../i18n/taxonomy';

/** The move to `resolved`, which must carry the case's outcome (PRODUCT.md, "Case outcome"). */
export function OutcomeForm(props: { kase: Case; onDone: (c: Case) => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm(
    { result: 'remedy_obtained', remedies: [] as string[], amountRecoveredJpy: '', remedyRoute: '', reason: '' },
    {
      'outcome.result': 'result',
      'outcome.remedies': 'remedies',
      'outcome.amountRecoveredJpy': 'amountRecoveredJpy',
      'outcome.remedyRoute': 'remedyRoute',
    },
  );
  const submit = form.onSubmit(async (v) => {
    const body = {
      to: 'resolved',
      ...(v.reason ? { reason: v.reason } : {}),
      outcome: {
        result: v.result,
        remedies: v.remedies,
        amountRecoveredJpy: v.amountRecoveredJpy === '' ? null : Number(v.amountRecoveredJpy),
        remedyRoute: v.remedyRoute || null,
      },
    } as Dto<'CaseTransitionDto'>;
    props.onDone(
      await call<Case>(api.POST('/api/v1/cases/{id}/transitions', { params: { path: { id: props.kase.id } }, body })),
    );
  });
  return (
    <form className="form card inset" onSubmit={submit} noValidate aria-label={t('case.outcomeTitle')}>
      <h3>{t('case.outcomeTitle')}</h3>
      <div className="grid three">
        <SelectField
          form={form}
          name="result"
          label={t('case.outcome.result')}
          required
          options={taxonomyOptions(i18n, 'result', OUTCOME_RESULTS)}
        />
        <TextField form={form} name="amountRecoveredJpy" type="number" label={t('case.outcome.amount')} />
        <SelectField
          form={form}
          name="remedyRoute"
          label={t('case.outcome.route')}
          empty="—"
          options={taxonomyOptions(i18n, 'route', REMEDY_ROUTES)}
        />
      </div>
      <CheckboxGroup
        form={form}
        name="remedies"
        label={t('case.outcome.remedies')}
        options={taxonomyOptions(i18n, 'remedy', REMEDIES)}
        columns={3}
      />
      <TextField form={form} name="reason" label={t('common.reason')} />
      <FormFooter
        form={form}
        submit={t('case.moveTo', { status: i18n.label('status', 'resolved') })}
        onCancel={props.onCancel}
      />
    </form>
  );
}
