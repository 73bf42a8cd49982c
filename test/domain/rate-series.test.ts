import fc from 'fast-check';

import type { RatePoint } from '../../src/domain/rate-series';
import { chunkByYear, mergeRatePoints } from '../../src/domain/rate-series';

const point = (date: string, rate = '1.1'): RatePoint => ({ date, rate });

describe('rate-series', () => {
  describe('mergeRatePoints', () => {
    it('replaces a stored rate by the imported one of the same date', () => {
      const merged = mergeRatePoints(
        [point('2024-01-02', '1.1'), point('2024-01-03', '1.2')],
        [point('2024-01-03', '1.3'), point('2024-01-01', '1.0')],
      );

      expect(merged).toStrictEqual([
        point('2024-01-01', '1.0'),
        point('2024-01-02', '1.1'),
        point('2024-01-03', '1.3'),
      ]);
    });
  });

  describe('chunkByYear', () => {
    it('carries the last earlier rate into each year, including years without rates', () => {
      const chunks = chunkByYear([point('2020-12-31', '1.0'), point('2022-06-01', '1.2')]);

      expect(chunks).toStrictEqual([
        { year: 2020, points: [point('2020-12-31', '1.0')] },
        { year: 2021, carry: point('2020-12-31', '1.0'), points: [] },
        { year: 2022, carry: point('2020-12-31', '1.0'), points: [point('2022-06-01', '1.2')] },
      ]);
    });

    it('keeps every point in exactly one chunk, in order', () => {
      const dates = fc
        .uniqueArray(
          fc.date({
            min: new Date('1999-01-01'),
            max: new Date('2030-12-31'),
            noInvalidDate: true,
          }),
          { maxLength: 60 },
        )
        .map((list) => list.map((d) => d.toISOString().slice(0, 10)).sort());

      fc.assert(
        fc.property(dates, (sorted) => {
          const points = [...new Set(sorted)].map((date) => point(date));
          const chunks = chunkByYear(points);

          return JSON.stringify(chunks.flatMap((c) => c.points)) === JSON.stringify(points);
        }),
      );
    });
  });
});
