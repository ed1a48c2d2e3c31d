// ISO-8601 instants, as Pinpoint reads the values of BEFORE, AFTER, ON and BETWEEN attribute
// dimensions (Java's `DateTimeFormatter.ISO_INSTANT`).

/**
 * `YYYY-MM-DDThh:mm:ss`, an optional fraction of 1 to 9 digits, then `Z` or an offset `±hh:mm`
 * of at most 18 hours. Strictly that: no date-only values, no missing seconds, no lowercase `t`
 * or `z`, no hour 24, no leap second, and the calendar date must exist (2024-02-30 is rejected).
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The accepted form, as messages show it. */
export const INSTANT_FORM = 'YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)';

/** A point in time, exact to the nanosecond. */
export interface Instant {
  /** Seconds since 1970-01-01T00:00:00Z. */
  readonly epochSeconds: number;
  /** The fraction of the second, in nanoseconds. */
  readonly nanos: number;
}

/** The instant `text` stands for, or `undefined` if it is not one. */
export function parseInstant(text: string): Instant | undefined {
  const match = INSTANT.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [fraction, sign, offsetHours, offsetMinutes] = match.slice(7);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetSeconds = 0;
  if (sign !== undefined) {
    const h = Number(offsetHours);
    const m = Number(offsetMinutes);
    if (m > 59 || h * 60 + m > 18 * 60) return undefined;
    offsetSeconds = (sign === '-' ? -1 : 1) * (h * 3600 + m * 60);
  }
  const epochSeconds = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  const nanos = fraction === undefined ? 0 : Number(fraction.padEnd(9, '0'));
  return { epochSeconds, nanos };
}

/** Negative, zero or positive, as `a` is earlier than, equal to or later than `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.epochSeconds !== b.epochSeconds ? a.epochSeconds - b.epochSeconds : a.nanos - b.nanos;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 in the proleptic Gregorian calendar (Date.UTC maps years 0..99 to 19xx). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
