import { formatDate, formatTime } from './format.js';
import type { Destination } from './taxonomy.js';
import { t } from './translator.js';

export interface AccompanimentReminderInput {
  scheduledAt: Date;
  /** IANA time zone of the organization (the appointment's local time). */
  timezone: string;
  destination: Destination;
  /** The NGO the worker should contact if they cannot come. */
  organization: string;
}

/** The reminder sent to the worker before an accompaniment, in their language. */
export function accompanimentReminder(
  locale: string,
  input: AccompanimentReminderInput,
): { title: string; text: string } {
  return {
    title: t(locale, 'accompaniment.title'),
    text: t(locale, 'accompaniment.reminder', {
      date: formatDate(locale, input.scheduledAt, input.timezone, 'full'),
      time: formatTime(locale, input.scheduledAt, input.timezone),
      destination: t(locale, `accompaniment.destination.${input.destination}`),
      organization: input.organization,
    }),
  };
}
