import fc from 'fast-check';

import {
  applyPercentChange,
  baselineValue,
  divideHalfEven,
  manualCurrentValue,
  measureValue,
  targetValue,
} from '../../../src/domain/okr/measure';
import { customPeriod, fiscalQuarter } from '../../../src/domain/okr/periods';
import {
  buildCheckIn,
  buildCostKeyResult,
  buildManualKeyResult,
  buildSeries,
} from '../../builders/okr';

// FY2026 Q1 for a fiscal year starting in January: January to March 2026.
const Q1 = fiscalQuarter(2026, 1, 1);

describe('measure', () => {
  describe('divideHalfEven', () => {
    it.each([
      { name: 'rounds a half down to an even quotient', n: 5n, d: 2n, q: 2n },
      { name: 'rounds a half up to an even quotient', n: 7n, d: 2n, q: 4n },
      { name: 'rounds a negative half to an even quotient', n: -5n, d: 2n, q: -2n },
      { name: 'rounds a negative half away to an even quotient', n: -7n, d: 2n, q: -4n },
      { name: 'rounds below a half towards zero', n: 10n, d: 3n, q: 3n },
      { name: 'rounds above a half away from zero', n: 11n, d: 3n, q: 4n },
      { name: 'rounds a negative above a half away from zero', n: -11n, d: 3n, q: -4n },
    ])('$name', ({ n, d, q }) => {
      expect(divideHalfEven(n, d)).toBe(q);
    });

    it('throws RangeError when the denominator is not positive', () => {
      expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
    });

    it('is never more than half a unit from the exact quotient', () => {
      const property = fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const error = n - divideHalfEven(n, d) * d;
          return 2n * (error < 0n ? -error : error) <= d;
        },
      );

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('measureValue', () => {
    const series = buildSeries({
      '2025-10': 90,
      '2025-11': 120,
      '2025-12': 150,
      '2026-01': 60,
      '2026-02': 30,
      '2026-03': 5,
      '2026-04': 1000,
    });
    const total = buildCostKeyResult({ measure: { type: 'total' } });
    const runRate = buildCostKeyResult({ measure: { type: 'run-rate', months: 3 } });

    it.each([
      { name: 'sums the months up to and including today', today: '2026-02-10', value: 90 },
      { name: 'sums the whole window once it has ended', today: '2026-05-01', value: 95 },
      { name: 'is undefined before the window starts', today: '2025-12-31', value: undefined },
    ])('$name for a total', ({ today, value }) => {
      expect(measureValue(total, { series, window: Q1, today })).toBe(value);
    });

    it('covers the whole window regardless of today for planned costs', () => {
      const planned = buildCostKeyResult({ kind: 'planned' });

      expect(measureValue(planned, { series, window: Q1, today: '2026-01-05' })).toBe(95);
    });

    it.each([
      {
        name: 'averages the complete months before today, reaching before the window',
        today: '2026-02-15',
        value: 110,
      },
      {
        name: 'averages the last months of the window once it has ended, rounded half-even',
        today: '2026-06-01',
        value: 32,
      },
    ])('$name for a run-rate', ({ today, value }) => {
      expect(measureValue(runRate, { series, window: Q1, today })).toBe(value);
    });

    it('includes the last month of a custom window ending mid-month once it has ended', () => {
      const window = customPeriod('2026-01-01', '2026-02-15');
      const keyResult = buildCostKeyResult({ measure: { type: 'run-rate', months: 1 } });

      expect(measureValue(keyResult, { series, window, today: '2026-09-01' })).toBe(30);
    });

    it.each([
      { name: 'rounds a mean of x.5 down to even', jan: 2, feb: 3, value: 2 },
      { name: 'rounds a mean of x.5 up to even', jan: 4, feb: 3, value: 4 },
    ])('$name', ({ jan, feb, value }) => {
      const keyResult = buildCostKeyResult({ measure: { type: 'run-rate', months: 2 } });
      const context = { series: buildSeries({ '2026-01': jan, '2026-02': feb }), window: Q1 };

      expect(measureValue(keyResult, { ...context, today: '2026-03-01' })).toBe(value);
    });
  });

  describe('baselineValue', () => {
    const series = buildSeries({ '2025-07': 600, '2025-09': 300, '2025-12': 300, '2026-01': 9 });
    const context = { series, window: Q1 };

    it('returns the fixed amount', () => {
      expect(baselineValue(buildCostKeyResult(), context)).toBe(1000_00);
    });

    it('sums the months before the window for a total', () => {
      const keyResult = buildCostKeyResult({ baseline: { type: 'window', months: 6 } });

      expect(baselineValue(keyResult, context)).toBe(1200);
    });

    it('averages the months before the window for a run-rate', () => {
      const keyResult = buildCostKeyResult({
        measure: { type: 'run-rate', months: 3 },
        baseline: { type: 'window', months: 6 },
      });

      expect(baselineValue(keyResult, context)).toBe(200);
    });

    it('is undefined for a cap', () => {
      const keyResult = buildCostKeyResult({ target: { type: 'cap', amountMinor: 500 } });

      expect(baselineValue(keyResult, context)).toBeUndefined();
    });
  });

  describe('targetValue', () => {
    it.each([
      { name: 'takes an amount as is', target: { type: 'amount', amountMinor: 500 }, value: 500 },
      { name: 'takes a cap as is', target: { type: 'cap', amountMinor: 700 }, value: 700 },
      {
        name: 'applies a percentage change',
        target: { type: 'percent-change', percent: -15 },
        value: 850,
      },
    ] as const)('$name', ({ target, value }) => {
      expect(targetValue(buildCostKeyResult({ target }), 1000)).toBe(value);
    });

    it('is undefined ("n/a") when a percentage change has a zero baseline', () => {
      const keyResult = buildCostKeyResult({ target: { type: 'percent-change', percent: -15 } });

      expect(targetValue(keyResult, 0)).toBeUndefined();
    });

    it('is undefined when a percentage change has no baseline', () => {
      const keyResult = buildCostKeyResult({ target: { type: 'percent-change', percent: -15 } });

      expect(targetValue(keyResult, undefined)).toBeUndefined();
    });
  });

  describe('applyPercentChange', () => {
    it.each([
      { name: 'rounds 8.5 half to even', baseline: 10, percent: -15, value: 8 },
      { name: 'rounds 25.5 half to even', baseline: 30, percent: -15, value: 26 },
      { name: 'handles decimal percentages exactly', baseline: 1001, percent: -12.5, value: 876 },
      { name: 'reaches zero at -100%', baseline: 1000, percent: -100, value: 0 },
      { name: 'grows elevenfold at +1000%', baseline: 1000, percent: 1000, value: 11000 },
      { name: 'is undefined against a zero baseline', baseline: 0, percent: -15, value: undefined },
    ])('$name', ({ baseline, percent, value }) => {
      expect(applyPercentChange(baseline, percent)).toBe(value);
    });

    it('throws RangeError when the percentage is not finite', () => {
      expect(() => applyPercentChange(100, Number.NaN)).toThrow(RangeError);
    });
  });

  describe('manualCurrentValue', () => {
    it('is the start value before the first check-in', () => {
      expect(manualCurrentValue(buildManualKeyResult({ startValue: 3 }))).toBe(3);
    });

    it('takes the latest check-in by date, whatever the list order', () => {
      const checkIns = [
        buildCheckIn({ date: '2026-03-01', value: 7 }),
        buildCheckIn({ date: '2026-02-01', value: 4 }),
      ];

      expect(manualCurrentValue(buildManualKeyResult({ checkIns }))).toBe(7);
    });

    it('takes the later one in the list when two check-ins share a date', () => {
      const checkIns = [
        buildCheckIn({ date: '2026-03-01', value: 7 }),
        buildCheckIn({ date: '2026-03-01', value: 8 }),
      ];

      expect(manualCurrentValue(buildManualKeyResult({ checkIns }))).toBe(8);
    });
  });
});
