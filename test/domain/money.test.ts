import fc from 'fast-check';

import {
  add,
  allocate,
  compare,
  convert,
  isZero,
  money,
  negate,
  subtract,
  sum,
  toDecimalString,
  zero,
} from '../../src/domain/money';
import type { Money } from '../../src/domain/money';
import { CurrencyMismatchError, LimitError, ValidationError } from '../../src/platform/errors';
import { MAX_SAFE_MINOR_UNITS } from '../../src/shared/currencies';
import type { CurrencyCode } from '../../src/shared/currencies';
import { toDecimalString as sharedToDecimalString } from '../../src/shared/format-money';

const HALF = Math.floor(MAX_SAFE_MINOR_UNITS / 2);
const boundedAmount = fc.integer({ min: -MAX_SAFE_MINOR_UNITS, max: MAX_SAFE_MINOR_UNITS });

function usd(amount: number): Money {
  return money(amount, 'USD');
}

describe('money', () => {
  describe('money', () => {
    it('returns a plain snapshot when the amount and currency are valid', () => {
      expect(money(1250, 'EUR')).toStrictEqual({ amount: 1250, currency: 'EUR' });
    });

    it('turns negative zero into zero', () => {
      expect(Object.is(money(-0, 'USD').amount, 0)).toBe(true);
    });

    it('throws ValidationError when the amount is not an integer or is out of bounds', () => {
      const inputs = [
        1.5,
        Number.NaN,
        Infinity,
        MAX_SAFE_MINOR_UNITS + 1,
        -MAX_SAFE_MINOR_UNITS - 1,
      ];

      const thrown = inputs.map((amount) => catchError(() => money(amount, 'USD')));

      expect(thrown.every((e) => e instanceof ValidationError)).toBe(true);
    });

    it('throws ValidationError naming the field when the currency is unknown', () => {
      const error = catchError(() => money(1, 'usd'));

      expect(error instanceof ValidationError && error.details[0]?.path).toBe('currency');
    });
  });

  describe('add', () => {
    it('adds 0.10 and 0.20 USD to exactly 0.30', () => {
      expect(add(usd(10), usd(20))).toStrictEqual({ amount: 30, currency: 'USD' });
    });

    it('throws CurrencyMismatchError when adding GBP to USD', () => {
      expect(() => add(usd(100), money(100, 'GBP'))).toThrow(CurrencyMismatchError);
    });

    it('throws LimitError when the result is beyond MAX_SAFE_MINOR_UNITS', () => {
      expect(() => add(usd(MAX_SAFE_MINOR_UNITS), usd(1))).toThrow(LimitError);
    });

    it('is exact and commutative for any two amounts of one currency', () => {
      const half = fc.integer({ min: -HALF, max: HALF });

      const property = fc.property(half, half, (a, b) => {
        const left = add(usd(a), usd(b));
        return left.amount === a + b && left.amount === add(usd(b), usd(a)).amount;
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('subtract', () => {
    it('returns a negative amount when the subtrahend is larger', () => {
      expect(subtract(usd(10), usd(25))).toStrictEqual({ amount: -15, currency: 'USD' });
    });

    it('throws CurrencyMismatchError when the currencies differ', () => {
      expect(() => subtract(money(1, 'JPY'), money(1, 'KRW'))).toThrow(CurrencyMismatchError);
    });
  });

  describe('sum', () => {
    it('returns zero in the currency when the list is empty', () => {
      expect(sum([], 'KWD')).toStrictEqual({ amount: 0, currency: 'KWD' });
    });

    it('allows intermediate totals beyond the bound when the final total is within it', () => {
      const items = [
        usd(MAX_SAFE_MINOR_UNITS),
        usd(MAX_SAFE_MINOR_UNITS),
        usd(-MAX_SAFE_MINOR_UNITS),
      ];

      expect(sum(items, 'USD')).toStrictEqual(usd(MAX_SAFE_MINOR_UNITS));
    });

    it('throws CurrencyMismatchError when an item is in another currency', () => {
      expect(() => sum([usd(1), money(1, 'EUR')], 'USD')).toThrow(CurrencyMismatchError);
    });
  });

  describe('negate, compare and isZero', () => {
    it('flips the sign, orders amounts and detects zero', () => {
      const results = [
        negate(usd(1250)).amount,
        compare(usd(1), usd(2)),
        compare(usd(2), usd(2)),
        compare(usd(3), usd(2)),
        isZero(zero('JPY')),
        isZero(usd(-1)),
      ];

      expect(results).toStrictEqual([-1250, -1, 0, 1, true, false]);
    });

    it('throws CurrencyMismatchError when comparing different currencies', () => {
      expect(() => compare(usd(1), money(1, 'EUR'))).toThrow(CurrencyMismatchError);
    });
  });

  describe('allocate', () => {
    it('gives the remainder minor units to the largest ratios first', () => {
      const shares = [
        allocate(usd(100), [1, 1, 1]),
        allocate(usd(-1003), [1, 1, 1]),
        allocate(money(1000, 'JPY'), [1, 2]),
        allocate(usd(1000), [0.5, 0.25, 0.25]),
        allocate(usd(999), [0, 1]),
      ];

      expect(shares.map((list) => list.map((m) => m.amount))).toStrictEqual([
        [34, 33, 33],
        [-335, -334, -334],
        [333, 667],
        [500, 250, 250],
        [0, 999],
      ]);
    });

    it('throws ValidationError when the ratios cannot split anything', () => {
      const cases = [[], [0, 0], [-1, 2], [Number.NaN], [1e-7]];

      const thrown = cases.map((ratios) => catchError(() => allocate(usd(100), ratios)));

      expect(thrown.every((e) => e instanceof ValidationError)).toBe(true);
    });

    it('returns shares that sum to the total for any amount and ratios', () => {
      const ratios = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 });

      const property = fc.property(boundedAmount, ratios, (amount, list) => {
        fc.pre(list.some((r) => r > 0));
        const shares = allocate(usd(amount), list);
        return shares.length === list.length && sum(shares, 'USD').amount === amount;
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('convert', () => {
    // 0.25 EUR at 10 JPY per EUR is 2.5 JPY: each half goes to the even neighbour.
    it('rounds half to even once when the exact result is halfway', () => {
      const rate = { amount: 10, scale: 0 };
      const euros = [25, 35, -25, -35, 15, 45, 26];

      const yen = euros.map((cents) => convert(money(cents, 'EUR'), rate, 'JPY').amount);

      expect(yen).toStrictEqual([2, 4, -2, -4, 2, 4, 3]);
    });

    it('multiplies by a scaled rate into the target exponent', () => {
      const results = [
        convert(money(123456, 'EUR'), { amount: 11684, scale: 4 }, 'USD'),
        convert(money(1000, 'JPY'), { amount: 2, scale: 3 }, 'KWD'),
        convert(money(2755, 'KWD'), { amount: 325n, scale: 2 }, 'USD'),
      ];

      expect(results).toStrictEqual([
        { amount: 144246, currency: 'USD' },
        { amount: 2000, currency: 'KWD' },
        { amount: 895, currency: 'USD' },
      ]);
    });

    it('throws ValidationError when the rate is zero or negative', () => {
      const thrown = [0, -5].map((amount) =>
        catchError(() => convert(usd(100), { amount, scale: 2 }, 'EUR')),
      );

      expect(thrown.every((e) => e instanceof ValidationError)).toBe(true);
    });

    it('throws LimitError when the converted amount is beyond the bound', () => {
      const rate = { amount: 1000, scale: 0 };

      expect(() => convert(money(MAX_SAFE_MINOR_UNITS, 'USD'), rate, 'JPY')).toThrow(LimitError);
    });
  });

  describe('toDecimalString', () => {
    it('writes the currency exponent number of decimals', () => {
      const values = [money(1000, 'JPY'), money(2755, 'KWD'), usd(-5), usd(123456)].map(
        toDecimalString,
      );

      expect(values).toStrictEqual(['1000', '2.755', '-0.05', '1234.56']);
    });

    it('matches the shared decimal string for any amount and exponent', () => {
      const currency = fc.constantFrom<CurrencyCode>('JPY', 'EUR', 'KWD', 'CLF');

      const property = fc.property(boundedAmount, currency, (amount, code) => {
        return toDecimalString(money(amount, code)) === sharedToDecimalString(amount, code);
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }

  return undefined;
}
