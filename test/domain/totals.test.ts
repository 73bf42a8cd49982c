import { createConverter } from '../../src/domain/conversion';
import { computeTotals } from '../../src/domain/totals';

const item = (
  amountMinor: number,
  currency: string,
  date = '2026-03-10',
  kind: 'actual' | 'planned' = 'actual',
) => ({
  amountMinor,
  currency,
  kind,
  date,
});

describe('totals', () => {
  describe('computeTotals', () => {
    it('never adds different currencies together', () => {
      const totals = computeTotals(
        [item(100_00, 'USD'), item(100_00, 'GBP')],
        'EUR',
        () => undefined,
      );

      expect(totals).toStrictEqual({
        byCurrency: [
          { currency: 'GBP', actual: 100_00, planned: 0 },
          { currency: 'USD', actual: 100_00, planned: 0 },
        ],
        reporting: { currency: 'EUR', actual: 0, planned: 0, unconvertedCount: 2 },
      });
    });

    it('adds 0.10 and 0.20 USD to exactly 0.30', () => {
      const totals = computeTotals([item(10, 'USD'), item(20, 'USD')], 'USD', () => undefined);

      expect(totals.byCurrency).toStrictEqual([{ currency: 'USD', actual: 30, planned: 0 }]);
    });

    it('converts each entry at the rate of its own date and sums the rounded results', () => {
      const convert = createConverter(
        [
          { base: 'EUR', quote: 'USD', rate: '1.1000', date: '2026-01-02' },
          { base: 'EUR', quote: 'USD', rate: '1.2500', date: '2026-02-02' },
        ],
        'EUR',
      );

      const totals = computeTotals(
        [
          item(110, 'USD', '2026-01-31'),
          item(125, 'USD', '2026-02-03'),
          item(5, 'USD', '2025-12-31'),
        ],
        'EUR',
        convert,
      );

      expect(totals.reporting).toStrictEqual({
        currency: 'EUR',
        actual: 200,
        planned: 0,
        unconvertedCount: 1,
      });
    });
  });
});
