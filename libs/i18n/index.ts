/**
 * Message catalogs for every text Madoguchi writes (PRODUCT.md "Languages"). See README.md for the
 * key families, the fallback chain and which languages are complete.
 */
export * from './taxonomy.js';
export {
  supportedLocales,
  resolveLocale,
  resolveStaffLocale,
  fallbackChain,
  intlLocale,
  STAFF_LOCALES,
  CONSENT_REQUIRED_LOCALES,
  type SupportedLocale,
  type StaffLocale,
} from './locales.js';
export { catalogs, WORKER_KEYS, type Messages, type MessageKey, type EnglishCatalog } from './catalogs/index.js';
export type { WorkerMessages } from './catalogs/worker/en.js';
export {
  t,
  translate,
  lookup,
  interpolate,
  placeholders,
  type MessageParams,
  type ParamValue,
  type PlaceholderOf,
} from './translator.js';
export { label, labelOf } from './label.js';
export { formatList, formatDate, formatTime, formatDateTime } from './format.js';
export { consentSummary, consentFieldNames, type ConsentSummaryInput } from './consent-summary.js';
export { accompanimentReminder, type AccompanimentReminderInput } from './accompaniment-reminder.js';
export {
  renderNotification,
  notificationEmail,
  type NotificationParams,
  type NotificationEmailInput,
  type RenderOptions,
} from './notification-text.js';
