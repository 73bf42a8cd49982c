import { buildTrend, niceTicks } from '../../../../static/common/src/okr/trend-model';
import {
  buildCostKeyResult,
  buildEvaluation,
  buildKeyResultView,
  buildManualKeyResult,
} from '../../builders';

const PERIOD = { start: '2025-01-01' };

describe('trend-model', () => {
  describe('buildTrend', () => {
    it('charts a total as running sums that restart when the period starts', () => {
      const model = buildTrend(buildKeyResultView(), PERIOD, '2025-03-15');

      expect(model?.mode).toBe('cumulative');
      expect(model?.points.map((p) => [p.month, p.inBaselineWindow, p.actual])).toStrictEqual([
        ['2024-10', true, 1000000],
        ['2024-11', true, 2000000],
        ['2024-12', true, 3000000],
        ['2025-01', false, 950000],
        ['2025-02', false, 1800000],
        ['2025-03', false, 2700000],
      ]);
    });

    it('continues the forecast from the running total of the month before it', () => {
      const view = buildKeyResultView({
        forecast: {
          status: 'on-track',
          projectedMonths: [
            { month: '2025-03', amountMinor: 900000 },
            { month: '2025-04', amountMinor: 900000 },
          ],
        },
        history: [
          { month: '2025-01', amountMinor: 1000000 },
          { month: '2025-02', amountMinor: 800000 },
          { month: '2025-03', amountMinor: 200000 },
          { month: '2025-04', amountMinor: 0 },
        ],
      });

      const model = buildTrend(view, PERIOD, '2025-03-10');

      expect(model?.points.map((p) => [p.actual, p.forecast])).toStrictEqual([
        [1000000, undefined],
        [1800000, 1800000],
        [2000000, 2700000],
        [undefined, 3600000],
      ]);
    });

    it('charts a run-rate month by month, counting only complete months as measured', () => {
      const view = buildKeyResultView({
        keyResult: buildCostKeyResult({ measure: { type: 'run-rate', months: 3 } }),
      });

      const model = buildTrend(view, PERIOD, '2025-03-15');

      expect(model?.mode).toBe('monthly');
      expect(
        model?.points.slice(3).map((p) => [p.actual, p.recordedMinor, p.forecast]),
      ).toStrictEqual([
        [950000, 950000, undefined],
        [850000, 850000, 850000],
        [undefined, 900000, 900000],
      ]);
    });

    it('counts every month of planned costs and projects nothing', () => {
      const view = buildKeyResultView({
        keyResult: buildCostKeyResult({ kind: 'planned' }),
        forecast: { status: 'on-track', projectedMonths: [] },
        history: [
          { month: '2025-01', amountMinor: 100 },
          { month: '2025-06', amountMinor: 200 },
        ],
      });

      const model = buildTrend(view, PERIOD, '2025-03-15');

      expect(model?.points.map((p) => [p.actual, p.forecast])).toStrictEqual([
        [100, undefined],
        [300, undefined],
      ]);
    });

    it('draws a cap line instead of baseline and target for a cap', () => {
      const view = buildKeyResultView({
        evaluation: buildEvaluation({
          display: 'share-used',
          baselineValue: undefined,
          targetValue: 2500000,
        }),
      });

      const model = buildTrend(view, PERIOD, '2025-03-15');

      expect(model?.references).toStrictEqual([{ kind: 'cap', valueMinor: 2500000 }]);
    });

    it('draws baseline and target lines, leaving out a target that is n/a', () => {
      const view = buildKeyResultView({ evaluation: buildEvaluation({ targetValue: undefined }) });

      const model = buildTrend(view, PERIOD, '2025-03-15');

      expect(model?.references).toStrictEqual([{ kind: 'baseline', valueMinor: 3000000 }]);
    });

    it('returns undefined for a manual key result, which has no monthly history', () => {
      const view = buildKeyResultView({ keyResult: buildManualKeyResult(), history: [] });

      expect(buildTrend(view, PERIOD, '2025-03-15')).toBeUndefined();
    });
  });

  describe('niceTicks', () => {
    it('covers the range in steps of 1, 2 or 5 times a power of ten', () => {
      expect(niceTicks(0, 7030000, 4)).toStrictEqual([0, 2000000, 4000000, 6000000, 8000000]);
    });

    it('includes zero and negative values when the range crosses zero', () => {
      expect(niceTicks(-31000, 90000, 4)).toStrictEqual([-50000, 0, 50000, 100000]);
    });

    it('never steps by less than one minor unit', () => {
      expect(niceTicks(0, 2, 4)).toStrictEqual([0, 1, 2]);
    });
  });
});
