import { MAX_RECURRENCE_MONTHS, occurrenceDates } from '../../src/domain/cost-entry';
import { buildCostEntry } from '../builders/cost-entry';

describe('cost-entry', () => {
  describe('occurrenceDates', () => {
    it('returns the entry date when it does not repeat', () => {
      expect(occurrenceDates(buildCostEntry({ incurredOn: '2026-05-04' }))).toStrictEqual([
        '2026-05-04',
      ]);
    });

    it('repeats monthly for a number of months, the first included', () => {
      const entry = buildCostEntry({
        incurredOn: '2026-11-30',
        recurrence: { frequency: 'monthly', months: 4 },
      });

      expect(occurrenceDates(entry)).toStrictEqual([
        '2026-11-30',
        '2026-12-30',
        '2027-01-30',
        '2027-02-28',
      ]);
    });

    it('repeats monthly until a date, inclusive', () => {
      const entry = buildCostEntry({
        incurredOn: '2026-01-10',
        recurrence: { frequency: 'monthly', until: '2026-04-10' },
      });

      expect(occurrenceDates(entry)).toStrictEqual([
        '2026-01-10',
        '2026-02-10',
        '2026-03-10',
        '2026-04-10',
      ]);
    });

    it('stops at the most occurrences one write can carry', () => {
      const entry = buildCostEntry({
        incurredOn: '2020-01-01',
        recurrence: { frequency: 'monthly', until: '2099-01-01' },
      });

      expect(occurrenceDates(entry)).toHaveLength(MAX_RECURRENCE_MONTHS);
    });
  });
});
