import {
  add as dineroAdd,
  allocate as dineroAllocate,
  compare as dineroCompare,
  convert as dineroConvert,
  dinero,
  halfEven,
  subtract as dineroSubtract,
  toDecimal,
  toSnapshot,
  transformScale,
} from 'dinero.js/bigint';
import type { Dinero, DineroCurrency } from 'dinero.js/bigint';

import { CurrencyMismatchError, LimitError, ValidationError } from '../platform/errors';
import { currencyExponent, isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../shared/currencies';
import type { CurrencyCode } from '../shared/currencies';
import type { ScaledRate } from './exchange-rates';

/**
 * An amount of money: `amount` is an integer in minor units of `currency` (cents for EUR, yen
 * for JPY, fils for KWD), with magnitude at most MAX_SAFE_MINOR_UNITS (2^51 − 1).
 */
export type Money = { readonly amount: number; readonly currency: CurrencyCode };

const MAX_MINOR = BigInt(MAX_SAFE_MINOR_UNITS);

/**
 * Creates money from integer minor units and a currency code; the only way in from outside.
 *
 * @throws {ValidationError} when the currency is not an ISO 4217 code from the table, the
 *   amount is not an integer, or its magnitude exceeds MAX_SAFE_MINOR_UNITS.
 */
export function money(amount: number, currency: string): Money {
  if (!isCurrencyCode(currency)) {
    const message = `"${currency}" is not a supported currency; use an ISO 4217 code such as EUR.`;
    throw new ValidationError(message, [{ path: 'currency', message }]);
  }
  if (!Number.isInteger(amount) || Math.abs(amount) > MAX_SAFE_MINOR_UNITS) {
    const message = 'The amount must be a whole number of minor units within the allowed range.';
    throw new ValidationError(message, [{ path: 'amount', message }]);
  }

  // Normalise -0 so that equal amounts are equal under Object.is and in JSON.
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** Zero in a currency (0 minor units). */
export function zero(currency: CurrencyCode): Money {
  return { amount: 0, currency };
}

/**
 * Adds two amounts of the same currency exactly (integer minor units, no rounding).
 *
 * @throws {CurrencyMismatchError} when the currencies differ.
 * @throws {LimitError} when the result's magnitude exceeds MAX_SAFE_MINOR_UNITS.
 */
export function add(augend: Money, addend: Money): Money {
  assertSameCurrency(augend.currency, addend.currency);

  return fromDinero(dineroAdd(toDinero(augend), toDinero(addend)), augend.currency);
}

/**
 * Subtracts `subtrahend` from `minuend` exactly; the result may be negative.
 *
 * @throws {CurrencyMismatchError} when the currencies differ.
 * @throws {LimitError} when the result's magnitude exceeds MAX_SAFE_MINOR_UNITS.
 */
export function subtract(minuend: Money, subtrahend: Money): Money {
  assertSameCurrency(minuend.currency, subtrahend.currency);

  return fromDinero(dineroSubtract(toDinero(minuend), toDinero(subtrahend)), minuend.currency);
}

/**
 * Adds a list of amounts exactly; an empty list gives zero in `currency`. Intermediate sums
 * are unbounded (BigInt), so only the final total is checked against the bound.
 *
 * @throws {CurrencyMismatchError} when an item is not in `currency`.
 * @throws {LimitError} when the total's magnitude exceeds MAX_SAFE_MINOR_UNITS.
 */
export function sum(items: readonly Money[], currency: CurrencyCode): Money {
  const total = items.reduce(
    (acc, item) => {
      assertSameCurrency(currency, item.currency);
      return dineroAdd(acc, toDinero(item));
    },
    toDinero(zero(currency)),
  );

  return fromDinero(total, currency);
}

/** The same amount with the opposite sign (a refund for a cost); exact, never out of bounds. */
export function negate(value: Money): Money {
  return money(-value.amount, value.currency);
}

/**
 * Orders two amounts of the same currency: -1 when `a` is smaller, 0 when equal, 1 when larger.
 *
 * @throws {CurrencyMismatchError} when the currencies differ.
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a.currency, b.currency);
  const order = Number(dineroCompare(toDinero(a), toDinero(b)));

  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/** Whether an amount is exactly zero. */
export function isZero(value: Money): boolean {
  return value.amount === 0;
}

/**
 * Splits an amount into shares proportional to `ratios` (non-negative, e.g. [1, 1, 1] or
 * [25, 75] or [0.5, 0.25, 0.25]), in minor units. The shares always sum exactly to the
 * original: each share is first rounded towards zero, then the remainder minor units go, one
 * each, to the shares with the largest ratios (dinero's allocate; never to a zero ratio), so
 * there is no rounding mode to choose.
 *
 * @throws {ValidationError} when `ratios` is empty, has a negative, non-finite or
 *   exponent-notation number, or sums to zero.
 */
export function allocate(value: Money, ratios: readonly number[]): Money[] {
  const scaled = ratios.map(toScaledRatio);
  if (scaled.length === 0 || scaled.every((r) => r.amount === 0n)) {
    const message = 'Give at least one share with a ratio above zero.';
    throw new ValidationError(message, [{ path: 'ratios', message }]);
  }

  // Bring decimal ratios to one common integer scale so the shares stay at the currency scale.
  const maxScale = Math.max(...scaled.map((r) => r.scale));
  const integers = scaled.map((r) => r.amount * 10n ** BigInt(maxScale - r.scale));
  const shares = dineroAllocate(toDinero(value), integers);

  return shares.map((share) => fromDinero(share, value.currency));
}

/**
 * Converts money to another currency at a scaled rate (1 unit of the source currency buys
 * `rate` units of `to`). The exact product is rounded once, half-to-even (banker's rounding:
 * 2.5 → 2, 3.5 → 4, -2.5 → -2), to the minor unit of `to`, so rounding errors do not drift
 * upwards across many entries.
 *
 * @throws {ValidationError} when the rate is not a positive integer amount with a
 *   non-negative integer scale.
 * @throws {LimitError} when the result's magnitude exceeds MAX_SAFE_MINOR_UNITS.
 */
export function convert(value: Money, rate: ScaledRate, to: CurrencyCode): Money {
  const rateAmount = BigInt(rate.amount);
  if (rateAmount <= 0n || !Number.isInteger(rate.scale) || rate.scale < 0) {
    const message = 'An exchange rate must be greater than zero.';
    throw new ValidationError(message, [{ path: 'rate', message }]);
  }

  const converted = dineroConvert(toDinero(value), dineroCurrency(to), {
    [to]: { amount: rateAmount, scale: BigInt(rate.scale) },
  });
  const rounded = transformScale(converted, BigInt(currencyExponent(to)), halfEven);

  return fromDinero(rounded, to);
}

/**
 * The exact decimal value in major units, with the currency's number of decimals:
 * "1234.56" EUR, "1000" JPY, "2.755" KWD, "-0.05" USD. No rounding.
 */
export function toDecimalString(value: Money): string {
  return toDecimal(toDinero(value));
}

function assertSameCurrency(a: CurrencyCode, b: CurrencyCode): void {
  if (a !== b) {
    throw new CurrencyMismatchError(
      `Amounts in ${a} and ${b} cannot be combined without a conversion.`,
    );
  }
}

function dineroCurrency(code: CurrencyCode): DineroCurrency<bigint, CurrencyCode> {
  return { code, base: 10n, exponent: BigInt(currencyExponent(code)) };
}

function toDinero(value: Money): Dinero<bigint, CurrencyCode> {
  return dinero({ amount: BigInt(value.amount), currency: dineroCurrency(value.currency) });
}

function fromDinero(value: Dinero<bigint, CurrencyCode>, currency: CurrencyCode): Money {
  const snapshot = toSnapshot(value);
  if (snapshot.scale !== BigInt(currencyExponent(currency))) {
    throw new Error(`Internal: ${currency} result at scale ${snapshot.scale}`);
  }
  if (snapshot.amount > MAX_MINOR || snapshot.amount < -MAX_MINOR) {
    throw new LimitError('The result is larger than the largest amount the app supports.');
  }

  return { amount: Number(snapshot.amount), currency };
}

function toScaledRatio(ratio: number, index: number): { amount: bigint; scale: number } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(ratio));
  if (!match) {
    const message = 'Each ratio must be a non-negative number such as 1, 25 or 0.5.';
    throw new ValidationError(message, [{ path: `ratios.${index}`, message }]);
  }
  const fraction = match[2] ?? '';

  return { amount: BigInt(`${match[1] ?? '0'}${fraction}`), scale: fraction.length };
}
