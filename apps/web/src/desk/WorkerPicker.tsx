import { useEffect, useId, useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Page, type Worker } from '../api/models';
import { useI18n } from '../i18n';

/** Search the NGO's workers (GET /workers?q=) and choose one. */
export function WorkerPicker(props: {
  value: string;
  onChange: (id: string, worker?: Worker) => void;
  error?: string;
}) {
  const i18n = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Worker[]>([]);
  useEffect(() => {
    if (q.trim().length < 1) {
      setFound([]);
      return;
    }
    const timer = setTimeout(() => {
      call<Page<Worker>>(api.GET('/api/v1/workers', { params: { query: { q: q.trim() } } })).then(
        (page) => setFound(itemsOf(page).slice(0, 8)),
        () => setFound([]),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <fieldset className={`field group${props.error ? ' has-error' : ''}`}>
      <legend>{i18n.t('worker.choose')}</legend>
      <label htmlFor={id} className="visually-hidden">
        {i18n.t('worker.searchHint')}
      </label>
      <input
        id={id}
        type="search"
        placeholder={i18n.t('worker.searchHint')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <div className="picker-results" aria-live="polite">
        {found.map((w) => (
          <label key={w.id} className="choice">
            <input
              type="radio"
              name={`${id}-worker`}
              checked={props.value === w.id}
              onChange={() => props.onChange(w.id, w)}
            />
            {w.fullName}
            {w.nameKatakana ? ` (${w.nameKatakana})` : ''} · {i18n.country(w.nationality)}
          </label>
        ))}
      </div>
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
