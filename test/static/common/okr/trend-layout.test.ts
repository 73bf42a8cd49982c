import { indexAt, layoutTrend } from '../../../../static/common/src/okr/trend-layout';
import { buildTrend } from '../../../../static/common/src/okr/trend-model';
import type { TrendModel } from '../../../../static/common/src/okr/trend-model';
import { buildKeyResultView } from '../../builders';

const FORMAT = {
  axisMoney: (amount: number) => `${amount / 100}`,
  monthShort: (month: string) => month.slice(5),
  year: (month: string) => month.slice(0, 4),
};

function model(): TrendModel {
  const trend = buildTrend(buildKeyResultView(), { start: '2025-01-01' }, '2025-03-15');
  if (!trend) throw new Error('The builder view always has a trend.');
  return trend;
}

describe('trend-layout', () => {
  describe('layoutTrend', () => {
    it('draws the baseline window and the period as separate lines', () => {
      const layout = layoutTrend(model(), { width: 400, height: 200 }, FORMAT);

      expect([
        layout.paths.window.split('L').length,
        layout.paths.actual.split('L').length,
      ]).toStrictEqual([3, 3]);
    });

    it('labels fewer months when the chart is narrow, with the year where it changes', () => {
      const layout = layoutTrend(model(), { width: 160, height: 200 }, FORMAT);

      expect(layout.xLabels.map((l) => [l.label, l.year])).toStrictEqual([
        ['10', '2024'],
        ['01', '2025'],
      ]);
    });

    it('places higher amounts higher on the chart', () => {
      const layout = layoutTrend(model(), { width: 400, height: 200 }, FORMAT);

      expect(layout.y(3000000)).toBeLessThan(layout.y(1000000));
    });
  });

  describe('indexAt', () => {
    it('picks the nearest month and stays within the chart', () => {
      const layout = layoutTrend(model(), { width: 400, height: 200 }, FORMAT);

      expect([
        indexAt(layout, -50),
        indexAt(layout, layout.xs[2] ?? 0),
        indexAt(layout, 9999),
      ]).toStrictEqual([0, 2, 5]);
    });
  });
});
