/** Calendar-month arithmetic on ISO dates, shared by the back end and the front ends' forms. */

/** Days in a month of the proleptic Gregorian calendar; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after `date` (`YYYY-MM-DD`), keeping the day of month
 * where it exists and otherwise the month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));

  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
