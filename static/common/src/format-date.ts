import type { IsoDate, IsoMonth } from '@shared/contract';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Whether text is a real calendar date written `YYYY-MM-DD` (2025-02-30 is not).
 */
export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));

  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Formats a calendar date for display in a locale (`2025-03-01` → "1 Mar 2025" in en-GB). The
 * date has no zone: it is built at UTC midnight and formatted in UTC, so no viewer's offset can
 * move it to the previous or next day. Text that is not an ISO date is returned unchanged.
 */
export function formatCalendarDate(date: IsoDate, locale: string): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];

  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Formats a month `YYYY-MM` as a short label ("Mar 2025"), zone-free like formatCalendarDate. */
export function formatMonth(
  month: IsoMonth,
  locale: string,
  style: 'short' | 'long' = 'short',
): string {
  const match = ISO_MONTH.exec(month);
  if (!match) return month;

  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)),
  );
}

/** The name of a month 1-12 in a locale ("January", "Januar"). */
export function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** Today's calendar date in the viewer's time zone, as `YYYY-MM-DD`. */
export function todayInTimeZone(timeZone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;

  return `${part('year')}-${part('month')}-${part('day')}`;
}
