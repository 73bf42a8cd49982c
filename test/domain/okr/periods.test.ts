import fc from 'fast-check';

import { monthOf } from '../../../src/domain/calendar';
import {
  completeMonthsBefore,
  containsDate,
  customPeriod,
  fiscalHalf,
  fiscalQuarter,
  fiscalYear,
  fiscalYearOf,
  lastDayOf,
  monthAfter,
  monthsIn,
  periodLabel,
  previousWindow,
  resolvePeriod,
  shiftMonth,
} from '../../../src/domain/okr/periods';
import { ValidationError } from '../../../src/platform/errors';

const APRIL = 4;

describe('periods', () => {
  describe('fiscalYear', () => {
    it('names a fiscal year starting in April by the calendar year it ends in', () => {
      expect(fiscalYear(2026, APRIL)).toStrictEqual({ start: '2025-04-01', end: '2026-04-01' });
    });

    it('is the calendar year when the fiscal year starts in January', () => {
      expect(fiscalYear(2026, 1)).toStrictEqual({ start: '2026-01-01', end: '2027-01-01' });
    });

    it.each([
      { name: 'the start month is 0', year: 2026, month: 0, path: 'fiscalYearStartMonth' },
      { name: 'the start month is 13', year: 2026, month: 13, path: 'fiscalYearStartMonth' },
      { name: 'the year is not whole', year: 2026.5, month: 1, path: 'period.fiscalYear' },
      { name: 'the year starts before 1970', year: 1970, month: APRIL, path: 'period.fiscalYear' },
      { name: 'the year ends after 2100', year: 2101, month: APRIL, path: 'period.fiscalYear' },
    ])('throws ValidationError when $name', ({ year, month, path }) => {
      const error = catchError(() => fiscalYear(year, month));

      expect(error instanceof ValidationError && error.details[0]?.path).toBe(path);
    });
  });

  describe('fiscalQuarter', () => {
    it.each([
      { quarter: 1, start: '2025-04-01', end: '2025-07-01' },
      { quarter: 2, start: '2025-07-01', end: '2025-10-01' },
      { quarter: 3, start: '2025-10-01', end: '2026-01-01' },
      { quarter: 4, start: '2026-01-01', end: '2026-04-01' },
    ])('counts quarter $quarter from April when the fiscal year starts in April', (row) => {
      expect(fiscalQuarter(2026, row.quarter, APRIL)).toStrictEqual({
        start: row.start,
        end: row.end,
      });
    });

    it('throws ValidationError when the quarter is outside 1-4', () => {
      expect(() => fiscalQuarter(2026, 5, APRIL)).toThrow(ValidationError);
    });

    it('tiles the fiscal year with four quarters of three months for any start month', () => {
      const property = fc.property(
        fc.integer({ min: 1971, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (fy, startMonth) => {
          const year = fiscalYear(fy, startMonth);
          const quarters = [1, 2, 3, 4].map((q) => fiscalQuarter(fy, q, startMonth));
          const halves = [1, 2].map((h) => fiscalHalf(fy, h, startMonth));
          const chained = quarters.every((q, i) => i === 0 || quarters[i - 1]?.end === q.start);
          return (
            chained &&
            quarters[0]?.start === year.start &&
            quarters[3]?.end === year.end &&
            quarters.every((q) => monthsIn(q).length === 3) &&
            halves[0]?.end === quarters[2]?.start &&
            halves[1]?.end === year.end &&
            monthsIn(year).length === 12
          );
        },
      );

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('fiscalHalf', () => {
    it('splits a fiscal year starting in April at October', () => {
      expect([fiscalHalf(2026, 1, APRIL), fiscalHalf(2026, 2, APRIL)]).toStrictEqual([
        { start: '2025-04-01', end: '2025-10-01' },
        { start: '2025-10-01', end: '2026-04-01' },
      ]);
    });

    it('throws ValidationError when the half is not 1 or 2', () => {
      expect(() => fiscalHalf(2026, 3, APRIL)).toThrow(ValidationError);
    });
  });

  describe('fiscalYearOf', () => {
    it.each([
      { name: 'the first day of an April fiscal year', date: '2025-04-01', month: APRIL, fy: 2026 },
      { name: 'the last day of an April fiscal year', date: '2025-03-31', month: APRIL, fy: 2025 },
      { name: 'a January fiscal year', date: '2025-12-31', month: 1, fy: 2025 },
    ])('names the fiscal year of $name', ({ date, month, fy }) => {
      expect(fiscalYearOf(date, month)).toBe(fy);
    });

    it('agrees with fiscalYear for every day of the year', () => {
      const property = fc.property(
        fc.integer({ min: 1971, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 364 }),
        (fy, startMonth, offset) => {
          const year = fiscalYear(fy, startMonth);
          const date = addDays(year.start, offset);
          return containsDate(year, date) && fiscalYearOf(date, startMonth) === fy;
        },
      );

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('customPeriod', () => {
    it('stores the inclusive end as the next day', () => {
      expect(customPeriod('2026-01-15', '2026-03-31')).toStrictEqual({
        start: '2026-01-15',
        end: '2026-04-01',
      });
    });

    it('ends on 29 February in a leap year', () => {
      expect(lastDayOf(customPeriod('2024-02-01', '2024-02-29'))).toBe('2024-02-29');
    });

    it.each([
      { name: '29 February of a common year is given', start: '2023-02-01', end: '2023-02-29' },
      { name: 'the end is before the start', start: '2026-03-01', end: '2026-02-28' },
      { name: 'the start is not a date', start: '2026-3-1', end: '2026-03-31' },
    ])('throws ValidationError when $name', ({ start, end }) => {
      expect(() => customPeriod(start, end)).toThrow(ValidationError);
    });

    it('covers the months from its first to its last day', () => {
      const date = fc
        .date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
      const property = fc.property(date, date, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const months = monthsIn(customPeriod(start, end));
        const consecutive = months.every(
          (m, i) => i === 0 || shiftMonth(months[i - 1] ?? '', 1) === m,
        );
        return consecutive && months[0] === monthOf(start) && months.at(-1) === monthOf(end);
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('resolvePeriod', () => {
    it('resolves each kind of spec', () => {
      const specs = [
        { type: 'fiscal-year', fiscalYear: 2026 },
        { type: 'fiscal-half', fiscalYear: 2026, half: 2 },
        { type: 'fiscal-quarter', fiscalYear: 2026, quarter: 3 },
        { type: 'custom', start: '2026-01-15', endInclusive: '2026-01-31' },
      ] as const;

      const periods = specs.map((spec) => resolvePeriod(spec, APRIL));

      expect(periods).toStrictEqual([
        { start: '2025-04-01', end: '2026-04-01' },
        { start: '2025-10-01', end: '2026-04-01' },
        { start: '2025-10-01', end: '2026-01-01' },
        { start: '2026-01-15', end: '2026-02-01' },
      ]);
    });
  });

  describe('periodLabel', () => {
    it('labels fiscal periods by the fiscal year name and custom ones by their dates', () => {
      const labels = [
        periodLabel({ type: 'fiscal-year', fiscalYear: 2026 }),
        periodLabel({ type: 'fiscal-half', fiscalYear: 2026, half: 1 }),
        periodLabel({ type: 'fiscal-quarter', fiscalYear: 2026, quarter: 2 }),
        periodLabel({ type: 'custom', start: '2026-01-15', endInclusive: '2026-03-31' }),
      ];

      expect(labels).toStrictEqual(['FY2026', 'FY2026 H1', 'FY2026 Q2', '2026-01-15 – 2026-03-31']);
    });
  });

  describe('monthsIn', () => {
    it('lists the months of the last quarter of an April fiscal year', () => {
      expect(monthsIn(fiscalQuarter(2026, 4, APRIL))).toStrictEqual([
        '2026-01',
        '2026-02',
        '2026-03',
      ]);
    });

    it('counts partial months of a custom period', () => {
      expect(monthsIn(customPeriod('2026-01-15', '2026-03-10'))).toStrictEqual([
        '2026-01',
        '2026-02',
        '2026-03',
      ]);
    });

    it('returns no months when the period is empty', () => {
      expect(monthsIn({ start: '2026-01-01', end: '2026-01-01' })).toStrictEqual([]);
    });
  });

  describe('monthAfter', () => {
    it('is the month after the last day, for fiscal and mid-month ends', () => {
      expect([
        monthAfter(fiscalYear(2026, APRIL)),
        monthAfter(customPeriod('2026-01-01', '2026-03-15')),
      ]).toStrictEqual(['2026-04', '2026-04']);
    });
  });

  describe('completeMonthsBefore', () => {
    it('leaves out the month of the date even on its last day', () => {
      expect(completeMonthsBefore('2026-03-31', 3)).toStrictEqual([
        '2025-12',
        '2026-01',
        '2026-02',
      ]);
    });

    it('throws ValidationError when the count is negative', () => {
      expect(() => completeMonthsBefore('2026-03-31', -1)).toThrow(ValidationError);
    });
  });

  describe('previousWindow', () => {
    it('takes the six months before a key result starts', () => {
      expect(previousWindow(fiscalQuarter(2026, 2, APRIL), 6)).toStrictEqual({
        start: '2025-01-01',
        end: '2025-07-01',
      });
    });

    it('ends at the start of the month when a custom period starts mid-month', () => {
      expect(previousWindow(customPeriod('2026-03-15', '2026-06-30'), 6)).toStrictEqual({
        start: '2025-09-01',
        end: '2026-03-01',
      });
    });

    it('throws ValidationError when the months are not a positive whole number', () => {
      expect(() => previousWindow(fiscalYear(2026, 1), 0)).toThrow(ValidationError);
    });
  });

  describe('containsDate', () => {
    it('includes the start and excludes the end', () => {
      const period = fiscalQuarter(2026, 1, APRIL);

      expect([
        containsDate(period, '2025-04-01'),
        containsDate(period, '2025-06-30'),
        containsDate(period, '2025-07-01'),
        containsDate(period, '2025-03-31'),
      ]).toStrictEqual([true, true, false, false]);
    });
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error: unknown) {
    return error;
  }
  return undefined;
}
