import { LimitError } from '../platform/errors';
import type { CostKind, IsoDate, KindTotals, TotalsDto } from '../shared/contract';

/** One amount to total: integer minor units of `currency`, counted on `date`. */
export type TotalItem = {
  readonly amountMinor: number;
  readonly currency: string;
  readonly kind: CostKind;
  readonly date: IsoDate;
};

/**
 * Converts an amount to the reporting currency at the rate in force on `date`, rounded once
 * (half-to-even) to minor units; undefined when no rate is known.
 */
export type Converter = (item: TotalItem) => number | undefined;

/**
 * Totals per currency (never adding different currencies) and a reporting-currency total of
 * the items a rate converts, each converted and rounded on its own before summing. Items
 * without a rate are counted in `unconvertedCount` and left out of the reporting total.
 * @throws {LimitError} when a sum leaves the safe integer range.
 */
export function computeTotals(
  items: readonly TotalItem[],
  reportingCurrency: string,
  convert: Converter,
): TotalsDto {
  const byCurrency = new Map<string, { actual: bigint; planned: bigint }>();
  const reporting = { actual: 0n, planned: 0n };
  let unconvertedCount = 0;
  for (const item of items) {
    const sums = byCurrency.get(item.currency) ?? { actual: 0n, planned: 0n };
    sums[item.kind] += BigInt(item.amountMinor);
    byCurrency.set(item.currency, sums);
    const converted = item.currency === reportingCurrency ? item.amountMinor : convert(item);
    if (converted === undefined) unconvertedCount += 1;
    else reporting[item.kind] += BigInt(converted);
  }
  const toTotals = (currency: string, sums: { actual: bigint; planned: bigint }): KindTotals => ({
    currency,
    actual: toSafeNumber(sums.actual),
    planned: toSafeNumber(sums.planned),
  });

  return {
    byCurrency: [...byCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => toTotals(currency, sums)),
    reporting: { ...toTotals(reportingCurrency, reporting), unconvertedCount },
  };
}

/**
 * A BigInt sum as a number, refusing values a JSON number cannot carry exactly.
 * @throws {LimitError} when the sum is beyond 2^53 - 1 minor units.
 */
export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    // Limitation: totals travel as JSON numbers; sums past 2^53 minor units would need strings.
    throw new LimitError('These costs add up to more than can be shown exactly.');
  }

  return Number(value);
}
