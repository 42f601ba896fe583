import type { ApiError } from '../api/errors';
import type { I18n, MessageKey } from '../i18n';

/** class-validator's English problem texts → plain words from the catalogs. */
const PATTERNS: [RegExp, MessageKey][] = [
  [/should not exist/i, 'errors.field.unknown'],
  [
    /should not be empty|must be longer than or equal to 1 character|must contain at least 1 element/i,
    'errors.field.required',
  ],
  [/must be an email/i, 'errors.field.email'],
  [/must be shorter|must contain no more than/i, 'errors.field.tooLong'],
  [/must be longer/i, 'errors.field.tooShort'],
  [/future/i, 'errors.field.future'],
  [/ISO 8601|must be a Date|date string|date instance|valid date/i, 'errors.field.date'],
  [/must be one of|must be a valid enum|must be a UUID|following values/i, 'errors.field.choice'],
  [/must be an integer|must be a number|must not be less|must not be greater/i, 'errors.field.number'],
  [/required/i, 'errors.field.required'],
];

export function plainProblem(i18n: I18n, problems: string[]): string {
  for (const [pattern, key] of PATTERNS) if (problems.some((p) => pattern.test(p))) return i18n.t(key);
  return i18n.t('errors.field.invalid');
}

/** The banner text for an error that is not about one field. */
export function plainError(i18n: I18n, error: ApiError): string {
  const { t } = i18n;
  switch (error.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'VALIDATION_FAILED':
      return t('errors.validation');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return error.unavailable ? t('common.unavailable') : t('errors.notFound');
    case 'CONFLICT': {
      const allowed = (error.details as { allowed?: string[] }[]).flatMap((d) => d?.allowed ?? []);
      if (allowed.length || /cannot move/i.test(error.message)) {
        return t('errors.illegalMove', { allowed: allowed.map((s) => i18n.label('status', s)).join(', ') || '—' });
      }
      return t('errors.conflict');
    }
    case 'RULE_VIOLATION':
      return t('errors.rule', { message: error.message });
    case 'RATE_LIMITED':
      return t('errors.rateLimited');
    case 'UNAUTHENTICATED':
      return t('auth.expired');
    default:
      return t('errors.generic');
  }
}
