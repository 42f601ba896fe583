import { api, call } from '../api/client';
import type { TimelineItem } from '../api/models';
import { useDirectory } from '../app/directory';
import { useLoad } from '../app/use-load';
import { useI18n, type MessageKey } from '../i18n';
import { Async, Empty, Section } from '../ui/common';
import { useCase } from './case-context';

type Item = TimelineItem & { data?: Record<string, unknown> };

/** The event's facts in the reader's language where the catalog knows them. */
function detail(i18n: ReturnType<typeof useI18n>, item: Item): string {
  const d = item.data ?? {};
  const group = item.type.startsWith('case.')
    ? 'status'
    : item.type.startsWith('accompaniment')
      ? 'accompaniment.status'
      : item.type.startsWith('legal')
        ? 'legal.status'
        : 'referral.status';
  if (typeof d.from === 'string' && typeof d.to === 'string') {
    return `${i18n.label(group, d.from)} → ${i18n.label(group, d.to)}${typeof d.reason === 'string' && d.reason ? `: ${d.reason}` : ''}`;
  }
  if (item.type === 'case.opened' && typeof d.urgency === 'string') return i18n.label('urgency', d.urgency);
  if (item.type === 'consultation.logged' && typeof d.channel === 'string') {
    return [i18n.label('channel', d.channel), typeof d.language === 'string' ? i18n.language(d.language) : '']
      .filter(Boolean)
      .join(' · ');
  }
  if (item.type === 'accompaniment.scheduled' && typeof d.destination === 'string')
    return i18n.label('destination', d.destination);
  if (item.type === 'case.updated' && Array.isArray(d.fields)) return d.fields.join(', ');
  return '';
}

export function TimelineSection() {
  const i18n = useI18n();
  const { users, userName } = useDirectory();
  const { kase, tick } = useCase();
  const state = useLoad(
    () => call<Item[]>(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id: kase.id } } })),
    [kase.id, tick],
  );
  return (
    <Section title={i18n.t('case.timeline')} id="timeline">
      <Async state={state}>
        {(items) =>
          items.length === 0 ? (
            <Empty />
          ) : (
            <ol className="timeline">
              {[...items].reverse().map((item, n) => {
                const key = `timeline.${item.type}` as MessageKey;
                const title = i18n.label('timeline', item.type);
                return (
                  <li key={`${item.at}-${n}`}>
                    <time dateTime={item.at}>{i18n.dateTime(item.at)}</time>
                    <div>
                      <strong>{title === item.type ? item.summary : i18n.t(key)}</strong>
                      {detail(i18n, item) ? <span className="muted"> — {detail(i18n, item)}</span> : null}
                      {item.actorId && users.some((u) => u.id === item.actorId) ? (
                        <div className="muted small">{userName(item.actorId)}</div>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          )
        }
      </Async>
    </Section>
  );
}
