import type { Worker } from '../api/models';
import type { I18n } from '../i18n';

/**
 * A consented field's value as the embassy will read it (the same allow-list as the API's
 * embassy view: libs/domain/referrals/embassy-view.ts).
 */
export function fieldValue(i18n: I18n, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (field) {
    case 'nationality':
      return i18n.country(String(value));
    case 'residenceStatus':
      return i18n.label('residence', String(value));
    case 'prefecture':
      return i18n.label('prefecture', String(value));
    case 'gender':
      return i18n.label('worker.gender', String(value));
    case 'dateOfBirth':
    case 'residenceCardExpiry':
      return i18n.date(String(value));
    case 'messagingContacts':
      return (value as { app: string; handle: string }[]).map((m) => `${m.app}: ${m.handle}`).join(', ') || '—';
    case 'employer': {
      const e = value as { name?: string; sector?: string | null; prefecture?: string | null };
      return [
        e.name,
        e.sector ? i18n.label('sector', e.sector) : '',
        e.prefecture ? i18n.label('prefecture', e.prefecture) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    default:
      return String(value);
  }
}

export function workerField(worker: Worker | null, summary: string | null, field: string): unknown {
  if (field === 'caseSummary') return summary;
  return worker ? (worker as unknown as Record<string, unknown>)[field] : undefined;
}
