import { useState } from 'react';
import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import { plainError } from '../forms/messages';
import { useI18n } from '../i18n';
import { toQuery, type CaseFilters } from './case-filters';

/**
 * GET /cases/export?format=csv with the list's filters. A plain link cannot carry the bearer
 * token, so the file comes through the typed client as a blob and is then saved.
 */
export function ExportCsvButton({ filters }: { filters: CaseFilters }) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const blob = await call<Blob>(
        api.GET('/api/v1/cases/export', {
          params: { query: { ...toQuery(filters), overdue: filters.overdue, format: 'csv' } },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `madoguchi-cases-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(plainError(i18n, e as ApiError));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button type="button" onClick={() => void download()} disabled={busy} aria-busy={busy || undefined}>
        {busy ? i18n.t('cases.exporting') : i18n.t('cases.export')}
      </button>
      {error ? (
        <span className="inline-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
