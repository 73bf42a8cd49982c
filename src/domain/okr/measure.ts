import type { IsoDate, IsoMonth } from '../../shared/contract';
import { monthOf } from '../calendar';
import { toSafeNumber } from '../totals';

import type { CheckIn, CostKeyResult, ManualKeyResult } from './key-result';
import type { Period } from './periods';
import { completeMonthsBefore, monthAfter, monthsIn, previousWindow } from './periods';

/**
 * Costs per month in minor units of the reporting currency, already converted and filtered to
 * one key result's categories, kind and JQL scope. A month missing from the map had no costs
 * and counts as 0.
 */
export type MonthSeries = ReadonlyMap<IsoMonth, number>;

/**
 * What a cost measure is computed over: the month series, the key result's window (usually
 * its objective's period) and today's date in the viewer's time zone.
 */
export type MeasureContext = {
  readonly series: MonthSeries;
  readonly window: Period;
  readonly today: IsoDate;
};

/**
 * Divides integers and rounds half-to-even (2.5 → 2, 3.5 → 4, -2.5 → -2), so means and
 * percentages of many amounts do not drift upwards.
 * @throws {RangeError} when `denominator` is not positive.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('The denominator must be positive.');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice < denominator || (twice === denominator && quotient % 2n === 0n)) return quotient;

  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/**
 * A cost key result's current value in minor units of the reporting currency.
 * - total: the sum of the window's months up to and including today's month (the current month
 *   counts with what is recorded so far); undefined before the window starts.
 * - run-rate over N months: the mean of the N complete months before today's month, or before
 *   the month after the window once it has ended; the months may reach back before the window
 *   starts, so on its first day the value is the run-rate the key result starts from. The
 *   mean is rounded half-to-even to whole minor units.
 * Planned costs are budgets for whole periods, so a planned measure ignores today and covers
 * the whole window. A total with a decreasing target looks ahead early in its window, as
 * little is spent yet; its forecast (forecast.ts) is the fairer signal while the window runs.
 * @throws {RangeError} when a series value is not an integer or a sum leaves the safe range.
 * @throws {ValidationError} when the run-rate months are not a whole number from 0 to 1200.
 */
export function measureValue(
  keyResult: Pick<CostKeyResult, 'kind' | 'measure'>,
  context: MeasureContext,
): number | undefined {
  const { series, window } = context;
  if (keyResult.kind === 'actual' && context.today < window.start) return undefined;
  const afterWindow = monthAfter(window);
  const asOfMonth = keyResult.kind === 'planned' ? afterWindow : monthOf(context.today);

  if (keyResult.measure.type === 'total') {
    return sumMonths(
      series,
      monthsIn(window).filter((month) => month <= asOfMonth),
    );
  }
  const anchor = asOfMonth < afterWindow ? asOfMonth : afterWindow;

  return meanOfMonths(series, completeMonthsBefore(`${anchor}-01`, keyResult.measure.months));
}

/**
 * A cost key result's baseline in minor units: the fixed amount, or its measure over the whole
 * months before the window starts (a total: their sum; a run-rate: their mean, rounded
 * half-to-even). Undefined for caps, which have no baseline.
 * @throws {RangeError} when a series value is not an integer or a sum leaves the safe range.
 * @throws {ValidationError} when the baseline months are not a whole number from 1 to 1200.
 */
export function baselineValue(
  keyResult: Pick<CostKeyResult, 'measure' | 'baseline' | 'target'>,
  context: Pick<MeasureContext, 'series' | 'window'>,
): number | undefined {
  const { baseline } = keyResult;
  if (keyResult.target.type === 'cap' || !baseline) return undefined;
  if (baseline.type === 'fixed') return baseline.amountMinor;
  const months = monthsIn(previousWindow(context.window, baseline.months));

  return keyResult.measure.type === 'total'
    ? sumMonths(context.series, months)
    : meanOfMonths(context.series, months);
}

/**
 * A cost key result's target in minor units: the amount or cap, or the baseline changed by the
 * percentage (see {@link applyPercentChange}). Undefined ("n/a") when a percentage change has
 * no baseline or a zero baseline.
 */
export function targetValue(
  keyResult: Pick<CostKeyResult, 'target'>,
  baselineMinor: number | undefined,
): number | undefined {
  const { target } = keyResult;
  if (target.type !== 'percent-change') return target.amountMinor;
  if (baselineMinor === undefined) return undefined;

  return applyPercentChange(baselineMinor, target.percent);
}

/**
 * `baselineMinor` changed by `percent` percent (-15 → 85% of it), in minor units rounded
 * half-to-even. Computed exactly on integers, with `percent` taken to hundredths of a percent.
 * A percentage of zero is no target at all, so a zero baseline gives undefined ("n/a"), never
 * 0, Infinity or NaN.
 * @throws {RangeError} when `percent` is not finite or the result leaves the safe range.
 */
export function applyPercentChange(baselineMinor: number, percent: number): number | undefined {
  if (!Number.isFinite(percent)) throw new RangeError('The percentage must be a finite number.');
  if (baselineMinor === 0) return undefined;
  const factor = 10_000n + BigInt(Math.round(percent * 100));

  return toSafeNumber(divideHalfEven(BigInt(baselineMinor) * factor, 10_000n));
}

/**
 * A manual key result's current value in its unit: the latest check-in by date (the later one
 * in the list when two share a date), or the start value before the first check-in.
 */
export function manualCurrentValue(keyResult: ManualKeyResult): number {
  const latest = keyResult.checkIns.reduce<CheckIn | undefined>(
    (best, checkIn) => (best === undefined || checkIn.date >= best.date ? checkIn : best),
    undefined,
  );

  return latest?.value ?? keyResult.startValue;
}

function sumMonths(series: MonthSeries, months: readonly IsoMonth[]): number {
  return toSafeNumber(sumBig(series, months));
}

function meanOfMonths(series: MonthSeries, months: readonly IsoMonth[]): number {
  if (months.length === 0) return 0;

  return toSafeNumber(divideHalfEven(sumBig(series, months), BigInt(months.length)));
}

function sumBig(series: MonthSeries, months: readonly IsoMonth[]): bigint {
  return months.reduce((total, month) => total + BigInt(series.get(month) ?? 0), 0n);
}
