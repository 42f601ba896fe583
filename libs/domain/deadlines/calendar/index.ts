export { BusinessCalendar, DEFAULT_BUSINESS_CALENDAR, type BusinessCalendarOptions } from './business-calendar.js';
export { CalendarInputError } from './calendar-input-error.js';
export { parseIsoDuration, plainClockAdd, type IsoDuration } from './iso-duration.js';
export {
  JAPANESE_HOLIDAY_YEARS,
  isJapaneseHoliday,
  japaneseHolidayOn,
  japaneseHolidays,
  type JapaneseHoliday,
  type JapaneseHolidayKind,
} from './japan-holidays.js';
