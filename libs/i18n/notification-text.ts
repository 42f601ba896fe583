import { formatDateTime } from './format.js';
import { labelOf } from './label.js';
import { resolveStaffLocale } from './locales.js';
import type { LabelFamily, NotificationKind } from './taxonomy.js';
import { translate, type ParamValue } from './translator.js';

/**
 * The parameters a notice is stored with (raw values, rendered at read time in the reader's
 * language). Enumerated values are taxonomy values; times are ISO strings or Dates.
 */
export interface NotificationParams {
  reference?: string;
  title?: string;
  organization?: string;
  /** An SLA policy key (`first_response`…). */
  policy?: string;
  /** A referral status (`acknowledged`…). */
  status?: string;
  /** An accompaniment destination (`hospital`…). */
  destination?: string;
  dueAt?: string | Date;
  scheduledAt?: string | Date;
  conflictWarning?: boolean;
  conflictReferences?: string | readonly string[];
  [other: string]: unknown;
}

export interface RenderOptions {
  /** IANA time zone for the times in the text; the reader's organization's, `Asia/Tokyo` by default. */
  timeZone?: string;
}

const LABELLED: Readonly<Record<string, LabelFamily>> = {
  policy: 'slaPolicy',
  status: 'referralStatus',
  destination: 'destination',
};
const TIMES = new Set(['dueAt', 'scheduledAt']);
/** Languages that write sentences without a space between them. */
const NO_SPACE_BETWEEN_SENTENCES = new Set(['ja']);

function toDate(value: unknown): Date | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Localizes labelled values, formats times and drops what is not text; missing ones stay `{name}`. */
function prepare(locale: string, params: NotificationParams, timeZone: string): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) {
    const family = LABELLED[name];
    const date = TIMES.has(name) ? toDate(value) : null;
    if (date) out[name] = formatDateTime(locale, date, timeZone);
    else if (family && typeof value === 'string') out[name] = labelOf(locale, family, value);
    else if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  }
  return out;
}

function joinSentences(locale: string, parts: string[]): string {
  return parts.join(NO_SPACE_BETWEEN_SENTENCES.has(locale) ? '' : ' ');
}

/**
 * Title and body of a notice for a reader whose locale is `locale` (staff texts: Japanese for
 * any Japanese, English otherwise). `assignment.new` gains the conflict-of-interest sentence when
 * `conflictWarning` is set.
 */
export function renderNotification(
  locale: string,
  kind: NotificationKind,
  params: NotificationParams,
  options: RenderOptions = {},
): { title: string; body: string } {
  const staff = resolveStaffLocale(locale);
  const values = prepare(staff, params, options.timeZone ?? 'Asia/Tokyo');
  const title = translate(staff, `notification.${kind}.title`, values);
  const body = [translate(staff, `notification.${kind}.body`, values)];
  if (kind === 'assignment.new' && params.conflictWarning) {
    const refs = params.conflictReferences;
    const references = Array.isArray(refs) ? refs.join(', ') : String(refs ?? '');
    body.push(translate(staff, 'notification.assignment.new.conflict', { references }));
  }
  return { title, body: joinSentences(staff, body) };
}

export interface NotificationEmailInput {
  recipientName: string;
  organization: string;
  title: string;
  body: string;
  /** Absolute URL of the subject in Madoguchi. */
  link: string;
}

/** The plain-text email that carries a notice (issue 6), in the recipient's staff language. */
export function notificationEmail(locale: string, input: NotificationEmailInput): { subject: string; text: string } {
  const staff = resolveStaffLocale(locale);
  const text = [
    translate(staff, 'email.greeting', { name: input.recipientName }),
    '',
    input.body,
    '',
    `${translate(staff, 'email.openLink')}: ${input.link}`,
    '',
    '--',
    translate(staff, 'email.footer', { organization: input.organization }),
    translate(staff, 'email.confidential'),
  ].join('\n');
  return { subject: translate(staff, 'email.subject', { title: input.title }), text };
}
