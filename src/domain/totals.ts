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
 * without a rate are counted in `unconvertedCount` and left out of the reporting total. A sum
 * beyond the safe integer range is bounded and flagged `beyondRange`, so that the view still
 * opens and the entries can be corrected.
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
  const toTotals = (currency: string, sums: { actual: bigint; planned: bigint }): KindTotals => {
    const beyond = !isSafe(sums.actual) || !isSafe(sums.planned);

    return {
      currency,
      actual: bounded(sums.actual),
      planned: bounded(sums.planned),
      ...(beyond ? { beyondRange: true as const } : {}),
    };
  };

  return {
    byCurrency: [...byCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => toTotals(currency, sums)),
    reporting: { ...toTotals(reportingCurrency, reporting), unconvertedCount },
  };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isSafe(value: bigint): boolean {
  return value <= MAX_SAFE && value >= -MAX_SAFE;
}

/** A BigInt sum as a number, bounded to ±(2^53 − 1). */
function bounded(value: bigint): number {
  if (value > MAX_SAFE) return Number.MAX_SAFE_INTEGER;
  if (value < -MAX_SAFE) return -Number.MAX_SAFE_INTEGER;

  return Number(value);
}

/**
 * A BigInt sum as a number, refusing values a JSON number cannot carry exactly.
 * @throws {LimitError} when the sum is beyond 2^53 - 1 minor units.
 */
export function toSafeNumber(value: bigint): number {
  if (!isSafe(value)) {
    // Limitation: key result values travel as JSON numbers; sums past 2^53 would need strings.
    throw new LimitError('These costs add up to more than can be shown exactly.');
  }

  return Number(value);
}
