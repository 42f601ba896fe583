import { useState, type FormEvent } from 'react';
import { useDirectory } from '../app/directory';
import { useI18n } from '../i18n';
import { CASE_CATEGORIES, CASE_STATUSES, URGENCIES } from '../i18n/taxonomy';
import type { CaseFilters } from './case-filters';

/** Filters and search of the case list; applies on submit (Enter in the search box). */
export function CaseFilterBar(props: { value: CaseFilters; onChange: (f: CaseFilters) => void }) {
  const { t, label } = useI18n();
  const { users } = useDirectory();
  const [draft, setDraft] = useState<CaseFilters>(props.value);
  const staff = users.filter((u) => u.role === 'desk_staff' || u.role === 'supervisor');
  const set = (patch: Partial<CaseFilters>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (!('q' in patch)) props.onChange(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onChange(draft);
  };
  return (
    <form className="filters" role="search" onSubmit={submit} aria-label={t('cases.filters')}>
      <div className="field grow">
        <label htmlFor="f-q">{t('cases.search')}</label>
        <input id="f-q" type="search" value={draft.q ?? ''} onChange={(e) => set({ q: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="f-status">{t('cases.status')}</label>
        <select
          id="f-status"
          value={draft.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as CaseFilters['status'] })}
        >
          <option value="">{t('common.all')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label('status', s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-urgency">{t('cases.urgency')}</label>
        <select
          id="f-urgency"
          value={draft.urgency ?? ''}
          onChange={(e) => set({ urgency: (e.target.value || undefined) as CaseFilters['urgency'] })}
        >
          <option value="">{t('common.all')}</option>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {label('urgency', u)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-category">{t('cases.categories')}</label>
        <select
          id="f-category"
          value={draft.category ?? ''}
          onChange={(e) => set({ category: e.target.value || undefined })}
        >
          <option value="">{t('common.all')}</option>
          {CASE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {label('category', c)}
            </option>
          ))}
        </select>
      </div>
      {staff.length ? (
        <div className="field">
          <label htmlFor="f-owner">{t('cases.owner')}</label>
          <select
            id="f-owner"
            value={draft.ownerId ?? ''}
            onChange={(e) => set({ ownerId: e.target.value || undefined })}
          >
            <option value="">{t('common.all')}</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field checkbox inline">
        <input
          id="f-overdue"
          type="checkbox"
          checked={Boolean(draft.overdue)}
          onChange={(e) => set({ overdue: e.target.checked || undefined })}
        />
        <label htmlFor="f-overdue">{t('cases.overdueOnly')}</label>
      </div>
      <button type="submit">{t('common.search')}</button>
    </form>
  );
}
