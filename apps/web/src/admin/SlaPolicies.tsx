import { useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Page, type SlaPolicy } from '../api/models';
import type { Dto } from '../api/types';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { FormFooter, SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/use-form';
import { useI18n, type I18n } from '../i18n';
import { Async, Badge, PageTitle, Section } from '../ui/common';

/** A durations key: an urgency, `default`, or the accompaniment's `first` and `second` reminders. */
function keyLabel(i18n: I18n, key: string): string {
  const own = i18n.label('sla.key', key);
  return own !== key ? own : i18n.label('urgency', key).replace(/\s*[(（].*$/, '');
}

function PolicyForm(props: { policy: SlaPolicy; onDone: () => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const keys = Object.keys(props.policy.durations);
  const form = useForm(
    {
      ...Object.fromEntries(keys.map((k) => [`d.${k}`, props.policy.durations[k]])),
      clock: props.policy.clock,
      warningRatio: String(props.policy.warningRatio),
    } as Record<string, string>,
    Object.fromEntries(keys.map((k) => [`durations.${k}`, `d.${k}`])),
  );
  const submit = form.onSubmit(async (v) => {
    const body = {
      durations: Object.fromEntries(keys.map((k) => [k, v[`d.${k}`]])),
      clock: v.clock,
      warningRatio: Number(v.warningRatio),
    } as unknown as Dto<'UpdatePolicyDto'>;
    await call(
      api.PUT('/api/v1/sla-policies/{key}', { params: { path: { key: props.policy.key as 'first_response' } }, body }),
    );
    props.onDone();
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={label('policy', props.policy.key)}>
      <div className="grid four">
        {keys.map((k) => (
          <TextField key={k} form={form} name={`d.${k}`} label={`${keyLabel(i18n, k)} — ${t('sla.durations')}`} />
        ))}
        <SelectField
          form={form}
          name="clock"
          label={t('sla.clock')}
          options={['business', 'calendar'].map((c) => ({ value: c, label: label('sla.clock', c) }))}
        />
        <TextField form={form} name="warningRatio" type="number" label={t('sla.warningRatio')} />
      </div>
      <FormFooter form={form} submit={t('common.save')} onCancel={props.onCancel} />
    </form>
  );
}

export function SlaPolicies() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useUser();
  const [editing, setEditing] = useState<string>();
  const state = useLoad(
    async () => itemsOf(await call<Page<SlaPolicy> | SlaPolicy[]>(api.GET('/api/v1/sla-policies'))),
    [editing],
  );
  const mayEdit = me.role === 'supervisor' || me.role === 'admin';
  return (
    <>
      <PageTitle>{t('sla.title')}</PageTitle>
      {!mayEdit ? <p className="muted">{t('sla.readOnly')}</p> : null}
      <Async state={state}>
        {(policies) => (
          <div className="policies">
            {policies.map((p) => (
              <Section key={p.key} title={label('policy', p.key)} id={`policy-${p.key}`}>
                <div className="row">
                  <span>
                    {Object.entries(p.durations)
                      .map(([k, d]) => `${keyLabel(i18n, k)}: ${d}`)
                      .join(' · ')}
                  </span>
                  <Badge tone={p.custom ? 'purple' : 'grey'}>{p.custom ? t('sla.custom') : t('sla.default')}</Badge>
                </div>
                <p className="muted small">
                  {t('sla.clock')}: {label('sla.clock', p.clock)} · {t('sla.warningRatio')}: {p.warningRatio}
                </p>
                {mayEdit && editing === p.key ? (
                  <PolicyForm policy={p} onCancel={() => setEditing(undefined)} onDone={() => setEditing(undefined)} />
                ) : mayEdit ? (
                  <button type="button" className="secondary small" onClick={() => setEditing(p.key)}>
                    {t('sla.edit')}
                  </button>
                ) : null}
              </Section>
            ))}
          </div>
        )}
      </Async>
    </>
  );
}
