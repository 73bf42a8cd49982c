import { ValidationError } from '../../platform/errors';
import type { IsoDate, IsoMonth } from '../../shared/contract';
import { addMonths, isIsoDate, MAX_DATE, MIN_DATE, monthOf } from '../calendar';

/**
 * A span of calendar dates, half-open: `start` is the first day in it and `end` the first day
 * after it, so [2026-04-01, 2026-07-01) is April to June. `end` may be 2101-01-01 when the last
 * day is the app's latest date.
 */
export type Period = { readonly start: IsoDate; readonly end: IsoDate };

/**
 * How an objective's period is chosen: a fiscal year, half or quarter, or custom dates (both
 * inclusive, as a user picks them). Fiscal years are named by the calendar year they end in.
 */
export type PeriodSpec =
  | { readonly type: 'fiscal-year'; readonly fiscalYear: number }
  | { readonly type: 'fiscal-half'; readonly fiscalYear: number; readonly half: 1 | 2 }
  | {
      readonly type: 'fiscal-quarter';
      readonly fiscalYear: number;
      readonly quarter: 1 | 2 | 3 | 4;
    }
  | { readonly type: 'custom'; readonly start: IsoDate; readonly endInclusive: IsoDate };

/**
 * The fiscal year named `fiscalYear` for a fiscal year starting in `startMonth` (1-12). A fiscal
 * year is named by the calendar year it ends in: with April as start month FY2026 is
 * [2025-04-01, 2026-04-01); with January it is the calendar year 2026.
 * @throws {ValidationError} when the start month is not 1-12 or the year is not a whole number
 *   whose dates fall within 1970-01-01..2100-12-31.
 */
export function fiscalYear(fiscalYear: number, startMonth: number): Period {
  assertStartMonth(startMonth);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1970 || fiscalYear > 2101) {
    throw invalid('period.fiscalYear', 'Choose a fiscal year between 1970 and 2100.');
  }
  const firstYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const start = `${firstYear}-${pad2(startMonth)}-01`;
  const period = { start, end: addMonths(start, 12) };
  if (period.start < MIN_DATE || lastDayOf(period) > MAX_DATE) {
    throw invalid('period.fiscalYear', 'Choose a fiscal year between 1970 and 2100.');
  }

  return period;
}

/**
 * Half `half` (1 or 2) of a fiscal year: six months from the year's start, or after those.
 * @throws {ValidationError} when `half` is not 1 or 2, or as for {@link fiscalYear}.
 */
export function fiscalHalf(fy: number, half: number, startMonth: number): Period {
  if (half !== 1 && half !== 2) throw invalid('period.half', 'Choose the first or second half.');

  return slice(fiscalYear(fy, startMonth), (half - 1) * 6, 6);
}

/**
 * Quarter `quarter` (1-4) of a fiscal year: three months, counted from the year's start month.
 * @throws {ValidationError} when `quarter` is not 1-4, or as for {@link fiscalYear}.
 */
export function fiscalQuarter(fy: number, quarter: number, startMonth: number): Period {
  if (![1, 2, 3, 4].includes(quarter)) {
    throw invalid('period.quarter', 'Choose a quarter from 1 to 4.');
  }

  return slice(fiscalYear(fy, startMonth), (quarter - 1) * 3, 3);
}

/**
 * A custom period from two dates a user picked, both inclusive; stored half-open.
 * @throws {ValidationError} when a date is not a real date in 1970-01-01..2100-12-31, or the
 *   end is before the start.
 */
export function customPeriod(start: IsoDate, endInclusive: IsoDate): Period {
  if (!isIsoDate(start)) throw invalid('period.start', 'Enter a valid start date.');
  if (!isIsoDate(endInclusive)) throw invalid('period.end', 'Enter a valid end date.');
  if (endInclusive < start) {
    throw invalid('period.end', 'The end date must be on or after the start date.');
  }

  return { start, end: addDays(endInclusive, 1) };
}

/**
 * The dates of a period spec for a project whose fiscal year starts in `startMonth`.
 * @throws {ValidationError} as the fiscal and custom constructors do.
 */
export function resolvePeriod(spec: PeriodSpec, startMonth: number): Period {
  switch (spec.type) {
    case 'fiscal-year':
      return fiscalYear(spec.fiscalYear, startMonth);
    case 'fiscal-half':
      return fiscalHalf(spec.fiscalYear, spec.half, startMonth);
    case 'fiscal-quarter':
      return fiscalQuarter(spec.fiscalYear, spec.quarter, startMonth);
    case 'custom':
      return customPeriod(spec.start, spec.endInclusive);
  }
}

/**
 * The name of the fiscal year a date falls in (the calendar year that fiscal year ends in).
 * @throws {ValidationError} when the start month is not 1-12.
 */
export function fiscalYearOf(date: IsoDate, startMonth: number): number {
  assertStartMonth(startMonth);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));

  return startMonth !== 1 && month >= startMonth ? year + 1 : year;
}

/**
 * A short, language-neutral label: `FY2026`, `FY2026 H1`, `FY2026 Q2`, or for custom dates
 * `2026-01-15 – 2026-03-31` (both inclusive; the front end may format the dates per locale).
 */
export function periodLabel(spec: PeriodSpec): string {
  switch (spec.type) {
    case 'fiscal-year':
      return `FY${spec.fiscalYear}`;
    case 'fiscal-half':
      return `FY${spec.fiscalYear} H${spec.half}`;
    case 'fiscal-quarter':
      return `FY${spec.fiscalYear} Q${spec.quarter}`;
    case 'custom':
      return `${spec.start} – ${spec.endInclusive}`;
  }
}

/** The last day inside a period (the day before its exclusive end). */
export function lastDayOf(period: Period): IsoDate {
  return addDays(period.end, -1);
}

/** Whether a date lies in the period: start <= date < end. */
export function containsDate(period: Period, date: IsoDate): boolean {
  return date >= period.start && date < period.end;
}

/**
 * Every calendar month with at least one day in the period, oldest first; a custom period from
 * 15 January to 10 March gives January, February and March. An empty period gives none.
 */
export function monthsIn(period: Period): IsoMonth[] {
  if (period.end <= period.start) return [];
  const first = monthOf(period.start);
  const last = monthOf(lastDayOf(period));
  const months: IsoMonth[] = [];
  for (let month = first; month <= last; month = shiftMonth(month, 1)) months.push(month);

  return months;
}

/**
 * The `count` whole calendar months just before the month of `date`, oldest first. The month of
 * `date` itself is never complete: costs may still arrive for its remaining days.
 * @throws {ValidationError} when `count` is not a whole number from 0 to 1200.
 */
export function completeMonthsBefore(date: IsoDate, count: number): IsoMonth[] {
  if (!Number.isInteger(count) || count < 0 || count > 1200) {
    throw invalid('months', 'Choose a whole number of months from 0 to 1200.');
  }
  const current = monthOf(date);

  return Array.from({ length: count }, (_, index) => shiftMonth(current, index - count));
}

/**
 * The `months` whole calendar months before the month a period starts in, e.g. the six months
 * before a key result starts. Whole months because costs are summed per month: for a custom
 * period starting on 15 March the window ends on 1 March rather than splitting March.
 * @throws {ValidationError} when `months` is not a whole number from 1 to 1200.
 */
export function previousWindow(period: Period, months: number): Period {
  if (!Number.isInteger(months) || months < 1 || months > 1200) {
    throw invalid('months', 'Choose a whole number of months from 1 to 1200.');
  }
  const end = `${monthOf(period.start)}-01`;

  return { start: addMonths(end, -months), end };
}

/** The first month after a period's last day: its months are complete from that month on. */
export function monthAfter(period: Period): IsoMonth {
  return shiftMonth(monthOf(lastDayOf(period)), 1);
}

/** The month `months` calendar months after `month` (negative counts go back). */
export function shiftMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOf(addMonths(`${month}-01`, months));
}

function slice(year: Period, offsetMonths: number, lengthMonths: number): Period {
  const start = addMonths(year.start, offsetMonths);

  return { start, end: addMonths(start, lengthMonths) };
}

function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];

  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw invalid('fiscalYearStartMonth', 'The fiscal year must start in a month from 1 to 12.');
  }
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(message, [{ path, message }]);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
