import { calculator, halfEven } from 'dinero.js/bigint';

import { ValidationError } from '../platform/errors';
import type { IsoDate } from '../shared/contract';
import { isCurrencyCode } from '../shared/currencies';
import type { CurrencyCode } from '../shared/currencies';
import { convert, sum } from './money';
import type { Money } from './money';

/**
 * An exchange rate as a scaled integer: the rate is `amount / 10^scale` ("1.1684" is
 * `{ amount: 11684, scale: 4 }`). `amount` is a number while it is a safe integer, else a
 * bigint (derived rates carry at least 24 significant digits).
 */
export type ScaledRate = { readonly amount: bigint | number; readonly scale: number };

/** A published rate: 1 unit of `base` buys `rate` (a decimal string) units of `quote`. */
export type RateInput = {
  readonly base: string;
  readonly quote: string;
  readonly rate: string;
  readonly date: IsoDate;
  readonly source?: string;
};

/** The rate in force for a conversion, the date it was published, and where it came from. */
export type RateQuote = {
  readonly rate: ScaledRate;
  readonly date: IsoDate;
  readonly source?: string;
};

/** Looks up the rate in force on a date; see {@link createRateTable} for the rules. */
export type RateTable = {
  readonly rateOn: (from: CurrencyCode, to: CurrencyCode, date: IsoDate) => RateQuote | undefined;
};

/** Money converted at a recorded rate. */
export type ConvertedMoney = {
  readonly converted: Money;
  readonly rate: ScaledRate;
  readonly rateDate: IsoDate;
  readonly source?: string;
};

type Ratio = { readonly num: bigint; readonly den: bigint };
type Published = RateQuote;
type Leg = Omit<RateQuote, 'rate'> & { readonly ratio: Ratio; readonly rate?: ScaledRate };

// Inverse and cross rates are quotients, cut to at least 24 significant digits by one
// half-even rounding of the exact quotient. For amounts within MAX_SAFE_MINOR_UNITS that moves
// a result by less than 10^-5 minor units, so only an exact result that close to a halfway
// point could round differently from exact rational arithmetic.
const SIGNIFICANT_DIGITS = 24;
const ONE: ScaledRate = { amount: 1, scale: 0 };

/**
 * Parses a published decimal rate such as "1.1684" into a scaled integer with no float
 * arithmetic. "N/A" and "" (the ECB's gaps) mean the rate is missing and give `undefined`;
 * they never become zero.
 *
 * @throws {ValidationError} when the text is not a plain positive decimal (zero, negative,
 *   a comma, an exponent or letters); its detail names `path`.
 */
export function parseRate(text: string, path = 'rate'): ScaledRate | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toUpperCase() === 'N/A') {
    return undefined;
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(trimmed);
  const fraction = match?.[2] ?? '';
  const amount = match ? BigInt(`${match[1] ?? ''}${fraction}`) : 0n;
  if (amount === 0n) {
    const message = `"${trimmed}" is not a valid rate: use a number above zero such as 1.1684.`;
    throw new ValidationError(message, [{ path, message }]);
  }

  return { amount: toRateAmount(amount), scale: fraction.length };
}

/**
 * Builds a rate table from published rates. `rateOn(from, to, date)` answers, in this order:
 * 1 for the same currency; else the latest rate published on or before `date` for the pair,
 * taken directly (from → to) or inverted (to → from), whichever was published later (direct on
 * a tie); else a cross rate through `pivot` (EUR by default, as for ECB reference rates) from
 * the latest rate of each leg, dated with the older leg's date. `undefined` when none exists:
 * a missing rate is never zero. Derived rates keep at least 24 significant digits, rounded
 * half-even.
 *
 * @throws {ValidationError} when a row has an unknown currency, the same base and quote, an
 *   invalid date or rate, or contradicts another row for the same pair and date.
 */
export function createRateTable(
  rates: readonly RateInput[],
  options: { readonly pivot?: CurrencyCode } = {},
): RateTable {
  const series = indexRates(rates);
  const pivot = options.pivot ?? 'EUR';

  const latestLeg = (from: CurrencyCode, to: CurrencyCode, date: IsoDate): Leg | undefined => {
    const direct = latest(series.get(pairKey(from, to)), date);
    const inverse = latest(series.get(pairKey(to, from)), date);
    if (direct && (!inverse || direct.date >= inverse.date)) {
      return {
        ...direct,
        ratio: { num: BigInt(direct.rate.amount), den: 10n ** BigInt(direct.rate.scale) },
      };
    }

    return (
      inverse && {
        ...withSource(inverse.source),
        date: inverse.date,
        ratio: { num: 10n ** BigInt(inverse.rate.scale), den: BigInt(inverse.rate.amount) },
      }
    );
  };

  const rateOn = (from: CurrencyCode, to: CurrencyCode, date: IsoDate): RateQuote | undefined => {
    assertDate(date, 'date');
    if (from === to) {
      return { rate: ONE, date };
    }

    const leg = latestLeg(from, to, date);
    if (leg || from === pivot || to === pivot) {
      return leg && toQuote(leg);
    }
    const first = latestLeg(from, pivot, date);
    const second = latestLeg(pivot, to, date);

    return first && second && toQuote(crossLeg(first, second));
  };

  return { rateOn };
}

/**
 * Converts money to `to` at the rate in force on `date` (see {@link createRateTable}), rounded
 * half-to-even once to the minor unit of `to`. `undefined` when no rate is known: the caller
 * shows the entry as unconverted, never as zero.
 *
 * @throws {ValidationError} when `date` is not a valid `YYYY-MM-DD` date.
 * @throws {LimitError} when the converted amount exceeds MAX_SAFE_MINOR_UNITS.
 */
export function convertAt(
  table: RateTable,
  value: Money,
  to: CurrencyCode,
  date: IsoDate,
): ConvertedMoney | undefined {
  const quote = table.rateOn(value.currency, to, date);
  if (!quote) {
    return undefined;
  }

  const converted = convert(value, quote.rate, to);

  return { converted, rate: quote.rate, rateDate: quote.date, ...withSource(quote.source) };
}

/**
 * Totals entries in `to`: each entry is converted at the rate of its own date and rounded
 * half-to-even once, then the rounded amounts are added exactly, so the total always equals
 * the sum of the per-entry conversions shown to the user. Entries without a rate are left out
 * and counted in `unconvertedCount`.
 *
 * @throws {ValidationError} when an entry's date is invalid.
 * @throws {LimitError} when a converted amount or the total exceeds MAX_SAFE_MINOR_UNITS.
 */
export function sumConverted(
  entries: ReadonlyArray<{ readonly money: Money; readonly date: IsoDate }>,
  to: CurrencyCode,
  table: RateTable,
): { readonly total: Money; readonly unconvertedCount: number } {
  const results = entries.map((entry) => convertAt(table, entry.money, to, entry.date));
  const converted = results.flatMap((result) => (result ? [result.converted] : []));

  return { total: sum(converted, to), unconvertedCount: results.length - converted.length };
}

function indexRates(rates: readonly RateInput[]): Map<string, Published[]> {
  const series = new Map<string, Published[]>();
  rates.forEach((input, index) => {
    const { base, quote, date } = input;
    if (!isCurrencyCode(base) || !isCurrencyCode(quote) || base === quote) {
      const message = `${base}/${quote} is not a pair of two different supported currencies.`;
      throw new ValidationError(message, [{ path: `rates.${index}.base`, message }]);
    }
    assertDate(date, `rates.${index}.date`);
    const rate = parseRate(input.rate, `rates.${index}.rate`);
    if (!rate) {
      return;
    }
    const list = series.get(pairKey(base, quote)) ?? [];
    const clash = list.find((p) => p.date === date);
    if (clash && !sameRate(clash.rate, rate)) {
      const message = `Two different ${base}/${quote} rates are given for ${date}.`;
      throw new ValidationError(message, [{ path: `rates.${index}.rate`, message }]);
    }
    if (clash) {
      return;
    }
    list.push({ date, rate, ...withSource(input.source) });
    series.set(pairKey(base, quote), list);
  });
  series.forEach((list) => list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));

  return series;
}

function latest(list: readonly Published[] | undefined, date: IsoDate): Published | undefined {
  let low = 0;
  let high = (list?.length ?? 0) - 1;
  let found: Published | undefined;
  while (list && low <= high) {
    const middle = (low + high) >> 1;
    const candidate = list[middle];
    if (candidate && candidate.date <= date) {
      found = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }

  return found;
}

function crossLeg(first: Leg, second: Leg): Leg {
  const sources = [...new Set([first.source, second.source].filter((s) => s !== undefined))];

  return {
    ratio: { num: first.ratio.num * second.ratio.num, den: first.ratio.den * second.ratio.den },
    date: first.date < second.date ? first.date : second.date,
    ...withSource(sources.length > 0 ? sources.join(' + ') : undefined),
  };
}

function toQuote(leg: Leg): RateQuote {
  return { rate: leg.rate ?? ratioToRate(leg.ratio), date: leg.date, ...withSource(leg.source) };
}

function ratioToRate({ num, den }: Ratio): ScaledRate {
  let scale = Math.max(0, SIGNIFICANT_DIGITS - (num.toString().length - den.toString().length));
  let amount = halfEven(num * 10n ** BigInt(scale), den, calculator);
  while (scale > 0 && amount % 10n === 0n) {
    amount /= 10n;
    scale -= 1;
  }

  return { amount: toRateAmount(amount), scale };
}

function assertDate(date: string, path: string): void {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || calendar.toISOString().slice(0, 10) !== date) {
    const message = `"${date}" is not a calendar date in the form YYYY-MM-DD.`;
    throw new ValidationError(message, [{ path, message }]);
  }
}

function sameRate(a: ScaledRate, b: ScaledRate): boolean {
  return BigInt(a.amount) * 10n ** BigInt(b.scale) === BigInt(b.amount) * 10n ** BigInt(a.scale);
}

function toRateAmount(amount: bigint): bigint | number {
  return amount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(amount) : amount;
}

// Leaves the key out rather than setting it to undefined, so results compare and serialise cleanly.
function withSource(source: string | undefined): { readonly source?: string } {
  return source === undefined ? {} : { source };
}

function pairKey(base: CurrencyCode, quote: CurrencyCode): string {
  return `${base}/${quote}`;
}
