import fc from 'fast-check';

import {
  formatHours,
  labourCostMinor,
  labourEntryFor,
  rateInForce,
  worklogDate,
} from '../../src/domain/labour';
import type { LabourRate } from '../../src/domain/labour';
import { ValidationError } from '../../src/platform/errors';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('labour', () => {
  describe('labourCostMinor', () => {
    it('multiplies the hourly rate by the hours exactly', () => {
      expect(labourCostMinor(90_00, 5400)).toBe(135_00);
    });

    it('rounds a half minor unit to the even neighbour', () => {
      // 1 minor unit per hour for 30 minutes is 0.5; 3 for 30 minutes is 1.5.
      expect([labourCostMinor(1, 1800), labourCostMinor(3, 1800)]).toStrictEqual([0, 2]);
    });

    it('stays within half a minor unit of the exact cost and breaks ties to even', () => {
      fc.assert(
        fc.property(fc.nat(10_000_000), fc.nat(1_000_000), (hourly, seconds) => {
          const cost = BigInt(labourCostMinor(hourly, seconds));
          // Twice the error, in 1/3600 minor units: |2 * (cost * 3600 - hourly * seconds)|.
          const twiceError = 2n * (cost * 3600n - BigInt(hourly) * BigInt(seconds));
          const abs = twiceError < 0n ? -twiceError : twiceError;

          expect(abs < 3600n || (abs === 3600n && cost % 2n === 0n)).toBe(true);
        }),
      );
    });

    it('throws ValidationError when the rate is negative or fractional', () => {
      expect(() => labourCostMinor(-1, 60)).toThrow(ValidationError);
      expect(() => labourCostMinor(1.5, 60)).toThrow(ValidationError);
    });
  });

  describe('worklogDate', () => {
    it('takes the UTC date of the start', () => {
      expect([
        worklogDate('2026-10-01T00:30:00.000+0200'),
        worklogDate('2026-10-01T23:30:00.000-0500'),
        worklogDate('2026-10-01T12:00:00.000+0000'),
      ]).toStrictEqual(['2026-09-30', '2026-10-02', '2026-10-01']);
    });

    it('throws ValidationError when the text is not a Jira date-time', () => {
      expect(() => worklogDate('yesterday')).toThrow(ValidationError);
    });
  });

  describe('rateInForce', () => {
    const rates: LabourRate[] = [
      { from: '2026-01-01', hourly: eur(50_00) },
      { accountId: 'ann', from: '2026-03-01', hourly: eur(80_00) },
      { accountId: 'ann', from: '2026-03-16', hourly: eur(95_00) },
    ];

    it('uses the latest rate of the person on or before the date', () => {
      expect(
        ['2026-03-15', '2026-03-16', '2026-12-31'].map(
          (date) => rateInForce(rates, 'ann', date)?.hourly.amount,
        ),
      ).toStrictEqual([80_00, 95_00, 95_00]);
    });

    it('falls back to the project default when the person has no rate yet', () => {
      expect(rateInForce(rates, 'ann', '2026-02-01')?.hourly.amount).toBe(50_00);
    });

    it('returns undefined when no rate is in force', () => {
      expect(rateInForce(rates, 'bob', '2025-12-31')).toBeUndefined();
    });
  });

  describe('labourEntryFor', () => {
    const worklog = {
      id: '30001',
      issueId: '10101',
      authorAccountId: 'ann',
      started: '2026-03-16T09:00:00.000+0100',
      timeSpentSeconds: 9000,
    };
    const issue = { id: '10101', key: 'OPS-2', projectId: '10000' };

    it('derives a read-only actual Labour entry with the worklog as its source', () => {
      const entry = labourEntryFor({
        worklog,
        issue,
        rates: [{ accountId: 'ann', from: '2026-03-16', hourly: eur(95_00) }],
      });

      expect(entry).toMatchObject({
        id: 'worklog-30001',
        kind: 'actual',
        categoryId: 'labour',
        amountMinor: 237_50,
        currency: 'EUR',
        incurredOn: '2026-03-16',
        description: '2h 30m logged',
        source: { kind: 'worklog', key: 'worklog:30001' },
      });
    });

    it('returns undefined when no rate is in force on the date', () => {
      expect(labourEntryFor({ worklog, issue, rates: [] })).toBeUndefined();
    });
  });

  describe('formatHours', () => {
    it('renders hours and minutes', () => {
      expect([formatHours(60), formatHours(7200), formatHours(5430)]).toStrictEqual([
        '1m',
        '2h',
        '1h 31m',
      ]);
    });
  });
});
