import type { IsoDate, IsoMonth } from '../shared/contract';
import { daysInMonth } from '../shared/months';

export { addMonths, daysInMonth } from '../shared/months';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest and latest calendar dates the app accepts (inclusive). */
export const MIN_DATE: IsoDate = '1970-01-01';
export const MAX_DATE: IsoDate = '2100-12-31';

/** Whether `text` is a real calendar date `YYYY-MM-DD` between 1970-01-01 and 2100-12-31. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;

  return text >= MIN_DATE && text <= MAX_DATE;
}

/** The month `YYYY-MM` a calendar date falls in. */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/** The last calendar date of a month `YYYY-MM`. */
export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];

  return `${month}-${pad(daysInMonth(year, monthNumber), 2)}`;
}

/** Today's calendar date in an IANA time zone (the viewer's, from the Forge context). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';

  return `${part('year')}-${part('month')}-${part('day')}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
