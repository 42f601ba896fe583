import { useState, type FormEvent } from 'react';
import { api, call } from '../api/client';
import type { StatsOverview } from '../api/models';
import { useLoad } from '../app/use-load';
import { useI18n, type MessageKey } from '../i18n';
import { zonedLocalToIso } from '../i18n/time';
import { BarChart } from '../ui/BarChart';
import { Async, PageTitle } from '../ui/common';

const CHARTS: [keyof StatsOverview, MessageKey, string, string][] = [
  ['byStatus', 'stats.byStatus', 'status', '#1f5f99'],
  ['byUrgency', 'stats.byUrgency', 'urgency', '#b3261e'],
  ['byCategory', 'stats.byCategory', 'category', '#5b3e96'],
  ['byNationality', 'stats.byNationality', 'country', '#0b6e4f'],
  ['byPrefecture', 'stats.byPrefecture', 'prefecture', '#8a5300'],
  ['byOutcomeResult', 'stats.byResult', 'result', '#1f5f99'],
  ['byRemedy', 'stats.byRemedy', 'remedy', '#0b6e4f'],
];

export function Stats() {
  const i18n = useI18n();
  const { t } = i18n;
  const [range, setRange] = useState({ from: '', to: '' });
  const [draft, setDraft] = useState(range);
  const state = useLoad(() => {
    const query = {
      from: range.from ? zonedLocalToIso(`${range.from}T00:00`, i18n.timeZone) : undefined,
      to: range.to ? zonedLocalToIso(`${range.to}T00:00`, i18n.timeZone) : undefined,
    };
    return call<StatsOverview>(api.GET('/api/v1/stats/overview', { params: { query } }));
  }, [range.from, range.to]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setRange(draft);
  };
  const labelOf = (group: string, key: string) => (group === 'country' ? i18n.country(key) : i18n.label(group, key));
  return (
    <>
      <PageTitle>{t('stats.title')}</PageTitle>
      <form className="filters" onSubmit={apply} aria-label={t('stats.title')}>
        <div className="field">
          <label htmlFor="s-from">{t('stats.from')}</label>
          <input
            id="s-from"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="s-to">{t('stats.to')}</label>
          <input id="s-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <button type="submit">{t('stats.apply')}</button>
      </form>
      <Async state={state}>
        {(s) => (
          <>
            <div className="kpis">
              <div className="kpi card">
                <span>{t('stats.total')}</span>
                <strong data-testid="kpi-total">{i18n.number(s.total)}</strong>
              </div>
              <div className="kpi card alert">
                <span>{t('stats.overdue')}</span>
                <strong>{i18n.number(s.overdue)}</strong>
              </div>
              <div className="kpi card">
                <span>{t('stats.recovered')}</span>
                <strong>{i18n.yen(s.amountRecoveredJpy ?? 0)}</strong>
              </div>
            </div>
            <div className="charts">
              {CHARTS.map(([field, title, group, color]) => (
                <BarChart
                  key={field}
                  title={t(title)}
                  color={color}
                  bars={Object.entries((s[field] as Record<string, number>) ?? {}).map(([key, value]) => ({
                    key,
                    value,
                    label: labelOf(group, key),
                  }))}
                />
              ))}
            </div>
          </>
        )}
      </Async>
    </>
  );
}
