/**
 * Bad input to the calendar: a malformed duration, date or option, or a year the holiday rules do
 * not cover. Much of it comes from users (an SLA policy's duration, an organization's opening
 * hours), so callers can tell it apart from bugs and answer 400 instead of 500. This library has no
 * dependencies, so it does not extend the domain's error classes; map it where it is caught.
 */
export class CalendarInputError extends RangeError {
  readonly code = 'VALIDATION_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'CalendarInputError';
  }
}
