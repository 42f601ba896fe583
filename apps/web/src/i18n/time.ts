/**
 * Times are shown, and typed in, in the organization's time zone (not the browser's): a desk in
 * Tokyo and a lawyer travelling abroad read the same 10:00.
 */
function partsIn(date: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** Minutes east of UTC of `timeZone` at the instant `date`. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** `2026-12-01T10:00` (a datetime-local value) in `timeZone` → ISO 8601 with that zone's offset. */
export function zonedLocalToIso(local: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return local; // Let the API say what is wrong with it.
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  let offset = offsetMinutes(new Date(guess), timeZone);
  offset = offsetMinutes(new Date(guess - offset * 60000), timeZone);
  const sign = offset >= 0 ? '+' : '-';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An instant → the datetime-local value it shows as in `timeZone`. */
export function isoToZonedLocal(iso: string | Date, timeZone: string): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A rough "3 d 4 h" / "2 h 5 min" of a span in milliseconds, in the UI language. */
export function spanParts(ms: number): { unit: 'day' | 'hour' | 'minute'; value: number }[] {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return [{ unit: 'day', value: days }, ...(hours ? [{ unit: 'hour' as const, value: hours }] : [])];
  if (hours) return [{ unit: 'hour', value: hours }, ...(mins ? [{ unit: 'minute' as const, value: mins }] : [])];
  return [{ unit: 'minute', value: mins }];
}
