import { api, call } from '../api/client';
import type { Accompaniment } from '../api/models';
import type { Dto } from '../api/types';
import { useDirectory } from '../app/directory';
import { useUser } from '../app/session-context';
import { useLoad } from '../app/use-load';
import { FormFooter, SelectField, TextArea, TextField } from '../forms/fields';
import { compact, taxonomyOptions } from '../forms/options';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { zonedLocalToIso } from '../i18n/time';
import { DESTINATIONS } from '../i18n/taxonomy';
import { Async, Empty, Section, StatusBadge } from '../ui/common';
import { useCase } from './case-context';
import { Toggle } from './Toggle';
import { TransitionButtons } from './TransitionButtons';

type Row = Pick<Accompaniment, 'id' | 'scheduledAt' | 'destination' | 'status'>;
type Event = { type: string; data?: Record<string, string> };

/**
 * API.md has no list of a case's accompaniments; the timeline's events carry each one's id,
 * destination, time and status changes, so the list is read from there.
 */
function fromTimeline(events: Event[]): Row[] {
  const rows = new Map<string, Row>();
  for (const e of events) {
    const d = e.data ?? {};
    if (e.type === 'accompaniment.scheduled' && d.accompanimentId) {
      rows.set(d.accompanimentId, {
        id: d.accompanimentId,
        scheduledAt: d.scheduledAt,
        destination: d.destination,
        status: 'scheduled',
      });
    } else if (e.type === 'accompaniment.status_changed' && d.accompanimentId && rows.has(d.accompanimentId)) {
      rows.get(d.accompanimentId)!.status = d.to as Row['status'];
    }
  }
  return [...rows.values()].sort((a, b) => (b.scheduledAt ?? '').localeCompare(a.scheduledAt ?? ''));
}

function ScheduleForm(props: { onDone: () => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useUser();
  const { users } = useDirectory();
  const { kase } = useCase();
  const form = useForm({ scheduledAt: '', destination: 'labour_standards_office', escortId: me.id, notes: '' });
  const staff = users.filter(
    (u) => (u.role === 'desk_staff' || u.role === 'supervisor') && u.organizationId === me.organizationId,
  );
  const submit = form.onSubmit(async (v) => {
    const body = compact({
      ...v,
      scheduledAt: v.scheduledAt ? zonedLocalToIso(v.scheduledAt, i18n.timeZone) : '',
    }) as Dto<'ScheduleAccompanimentDto'>;
    await call(api.POST('/api/v1/cases/{id}/accompaniments', { params: { path: { id: kase.id } }, body }));
    props.onDone();
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('accompaniment.title')}>
      <div className="grid three">
        <TextField
          form={form}
          name="scheduledAt"
          type="datetime-local"
          label={t('accompaniment.scheduledAt')}
          required
          hint={i18n.timeZone}
        />
        <SelectField
          form={form}
          name="destination"
          label={t('accompaniment.destination')}
          required
          options={taxonomyOptions(i18n, 'destination', DESTINATIONS)}
        />
        <SelectField
          form={form}
          name="escortId"
          label={t('accompaniment.escort')}
          required
          options={staff.map((u) => ({ value: u.id, label: u.displayName }))}
        />
      </div>
      <TextArea form={form} name="notes" label={t('accompaniment.notes')} rows={2} />
      <FormFooter form={form} submit={t('accompaniment.submit')} onCancel={props.onCancel} />
    </form>
  );
}

export function AccompanimentsSection() {
  const i18n = useI18n();
  const me = useUser();
  const { kase, tick, changed } = useCase();
  const state = useLoad(
    async () =>
      fromTimeline(await call<Event[]>(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id: kase.id } } }))),
    [kase.id, tick],
  );
  const staff = me.role === 'desk_staff' || me.role === 'supervisor';
  return (
    <Section title={i18n.t('case.accompaniments')} id="accompaniments">
      {staff && kase.status !== 'closed' ? (
        <Toggle label={i18n.t('accompaniment.title')}>
          {(close) => (
            <ScheduleForm
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
        {(rows) =>
          rows.length === 0 ? (
            <Empty />
          ) : (
            <ul className="entries">
              {rows.map((a) => (
                <li key={a.id}>
                  <div className="row">
                    <strong>
                      {i18n.dateTime(a.scheduledAt)} · {i18n.label('destination', a.destination)}
                    </strong>
                    <StatusBadge status={a.status} group="accompaniment.status" />
                  </div>
                  {staff && a.status === 'scheduled' ? (
                    <TransitionButtons
                      targets={['done', 'no_show', 'cancelled']}
                      labelOf={(to) => i18n.label('accompaniment.status', to)}
                      withOutcome
                      onMove={async (to, text) => {
                        await call(
                          api.POST('/api/v1/accompaniments/{id}/transitions', {
                            params: { path: { id: a.id } },
                            body: compact({ to, outcome: text }) as Dto<'AccompanimentTransitionDto'>,
                          }),
                        );
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
