import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Page, type Worker } from '../api/models';
import { Link } from '../app/router';
import { useI18n } from '../i18n';

/**
 * As the name (or phone, email) is typed: GET /workers?q= after a short pause, and the workers it
 * finds, so the desk does not register the same person twice.
 */
export function DuplicateHints({ terms }: { terms: string[] }) {
  const i18n = useI18n();
  const [found, setFound] = useState<Worker[]>([]);
  const key = terms
    .map((s) => s.trim())
    .filter((s) => s.length >= 2)
    .join('\u0000');

  useEffect(() => {
    if (!key) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const seen = new Map<string, Worker>();
      for (const q of key.split('\u0000')) {
        const page = await call<Page<Worker>>(api.GET('/api/v1/workers', { params: { query: { q } } })).catch(
          () => null,
        );
        for (const w of itemsOf(page)) seen.set(w.id, w);
      }
      if (live) setFound([...seen.values()].slice(0, 5));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  return (
    <div aria-live="polite" className="dup-region">
      {found.length ? (
        <div className="banner warning duplicates" data-testid="duplicates">
          <p>{i18n.t('worker.duplicates')}</p>
          <ul>
            {found.map((w) => (
              <li key={w.id}>
                <strong>{w.fullName}</strong>
                {w.nameKatakana ? ` (${w.nameKatakana})` : ''} · {i18n.country(w.nationality)}
                {w.dateOfBirth ? ` · ${i18n.date(w.dateOfBirth)}` : ''}
                {w.phone ? ` · ${w.phone}` : ''}{' '}
                <Link href={`/cases/new?workerId=${w.id}`}>{i18n.t('worker.useExisting')}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
