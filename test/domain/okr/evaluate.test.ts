import fc from 'fast-check';

import {
  directionOf,
  evaluateCostKeyResult,
  evaluateKeyResult,
  evaluateManualKeyResult,
  progressTowards,
} from '../../../src/domain/okr/evaluate';
import type { KeyResult } from '../../../src/domain/okr/key-result';
import { fiscalQuarter } from '../../../src/domain/okr/periods';
import { changeTone, isImprovement } from '../../../src/domain/okr/progress';
import {
  buildCheckIn,
  buildCostKeyResult,
  buildManualKeyResult,
  buildSeries,
} from '../../builders/okr';

const Q1 = fiscalQuarter(2026, 1, 1);
const AFTER_Q1 = '2026-04-15';

describe('evaluate', () => {
  describe('evaluateCostKeyResult', () => {
    it('gives 50% when a decrease from 200 to 0 is at 100', () => {
      const keyResult = buildCostKeyResult({
        baseline: { type: 'fixed', amountMinor: 200 },
        target: { type: 'amount', amountMinor: 0 },
      });
      const series = buildSeries({ '2026-01': 60, '2026-03': 40 });

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect(evaluation).toStrictEqual({
        direction: 'decrease',
        display: 'progress',
        baselineValue: 200,
        targetValue: 0,
        currentValue: 100,
        progress: 0.5,
        score: 0.5,
        changePercent: -50,
      });
    });

    it('gives 40% shown as an improvement when a decrease from 1,000 to 500 is at 800', () => {
      const keyResult = buildCostKeyResult({
        baseline: { type: 'fixed', amountMinor: 1000 },
        target: { type: 'amount', amountMinor: 500 },
      });
      const series = buildSeries({ '2026-02': 800 });

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect([
        evaluation.progress,
        isImprovement(evaluation.direction, 1000, 800),
        changeTone(evaluation.direction, 1000, 800),
        evaluation.changePercent,
      ]).toStrictEqual([0.4, true, 'improvement', -20]);
    });

    it('measures a run-rate against a percentage cut from the six months before', () => {
      const keyResult = buildCostKeyResult({
        measure: { type: 'run-rate', months: 3 },
        baseline: { type: 'window', months: 6 },
        target: { type: 'percent-change', percent: -15 },
      });
      const before = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];
      const during = ['2026-01', '2026-02', '2026-03'];
      const series = new Map([
        ...before.map((month) => [month, 1000] as const),
        ...during.map((month) => [month, 910] as const),
      ]);

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect([
        evaluation.baselineValue,
        evaluation.targetValue,
        evaluation.currentValue,
        evaluation.progress,
      ]).toStrictEqual([1000, 850, 910, 0.6]);
    });

    it('is not measurable ("n/a") when a percentage target meets a zero baseline', () => {
      const keyResult = buildCostKeyResult({
        baseline: { type: 'window', months: 3 },
        target: { type: 'percent-change', percent: -15 },
      });
      const series = buildSeries({ '2026-01': 500 });

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect(evaluation).toStrictEqual({
        direction: 'decrease',
        display: 'progress',
        baselineValue: 0,
        targetValue: undefined,
        currentValue: 500,
        progress: null,
        score: null,
        changePercent: 'n/a',
        notMeasurable: 'zero-baseline',
      });
    });

    it('has no data before its window starts', () => {
      const evaluation = evaluateCostKeyResult(buildCostKeyResult(), {
        series: buildSeries(),
        window: Q1,
        today: '2025-12-20',
      });

      expect([evaluation.score, evaluation.notMeasurable]).toStrictEqual([null, 'no-data']);
    });

    it('takes the direction from an amount target above the baseline', () => {
      const keyResult = buildCostKeyResult({
        baseline: { type: 'fixed', amountMinor: 100 },
        target: { type: 'amount', amountMinor: 300 },
      });
      const series = buildSeries({ '2026-01': 250 });

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect([evaluation.direction, evaluation.progress]).toStrictEqual(['increase', 0.75]);
    });

    it.each([
      {
        name: 'scores 1 and shows the share used while within the cap',
        spent: 750,
        score: 1,
        share: 0.75,
      },
      { name: 'scores 1 when spend equals the cap', spent: 1000, score: 1, share: 1 },
      {
        name: 'scores 0 and shows the share used once over the cap',
        spent: 1200,
        score: 0,
        share: 1.2,
      },
    ])('$name', ({ spent, score, share }) => {
      const keyResult = buildCostKeyResult({
        baseline: undefined,
        target: { type: 'cap', amountMinor: 1000 },
      });
      const series = buildSeries({ '2026-02': spent });

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect([
        evaluation.display,
        evaluation.direction,
        evaluation.score,
        evaluation.progress,
      ]).toStrictEqual(['share-used', 'decrease', score, share]);
    });

    it.each([
      {
        name: 'scores 1 when a baseline that landed on the target is beaten',
        spent: 400,
        score: 1,
      },
      { name: 'scores 1 when a baseline that landed on the target is held', spent: 500, score: 1 },
      {
        name: 'scores 0 when a baseline that landed on the target is exceeded',
        spent: 600,
        score: 0,
      },
    ])('$name', ({ spent, score }) => {
      // Refused at save for fixed baselines, but a window baseline can still equal the target.
      const keyResult = buildCostKeyResult({
        measure: { type: 'run-rate', months: 1 },
        baseline: { type: 'window', months: 1 },
        target: { type: 'amount', amountMinor: 500 },
      });
      const series = buildSeries({ '2025-12': 500, '2026-03': spent });

      const evaluation = evaluateCostKeyResult(keyResult, { series, window: Q1, today: AFTER_Q1 });

      expect([evaluation.progress, evaluation.score]).toStrictEqual([score, score]);
    });
  });

  describe('evaluateManualKeyResult', () => {
    it.each([
      {
        name: 'scores the latest check-in of an increase',
        start: 0,
        target: 10,
        values: [2, 4],
        score: 0.4,
      },
      {
        name: 'scores the latest check-in of a decrease',
        start: 10,
        target: 2,
        values: [6],
        score: 0.5,
      },
      { name: 'scores 0 before the first check-in', start: 0, target: 10, values: [], score: 0 },
      { name: 'clamps a check-in past the target', start: 0, target: 10, values: [12], score: 1 },
    ])('$name', ({ start, target, values, score }) => {
      const checkIns = values.map((value, index) =>
        buildCheckIn({ value, date: `2026-02-0${index + 1}` }),
      );
      const keyResult = buildManualKeyResult({ startValue: start, targetValue: target, checkIns });

      expect(evaluateManualKeyResult(keyResult).score).toBeCloseTo(score, 12);
    });
  });

  describe('evaluateKeyResult', () => {
    it('evaluates each kind of key result', () => {
      const keyResults: KeyResult[] = [
        buildCostKeyResult(),
        buildManualKeyResult({ checkIns: [buildCheckIn({ value: 5 })] }),
      ];
      const context = { series: buildSeries({ '2026-01': 750_00 }), window: Q1, today: AFTER_Q1 };

      const scores = keyResults.map((keyResult) => evaluateKeyResult(keyResult, context).score);

      expect(scores).toStrictEqual([0.5, 0.5]);
    });
  });

  describe('directionOf', () => {
    it.each<{ name: string; keyResult: KeyResult; b?: number; t?: number; direction: string }>([
      {
        name: 'a cap decreases',
        keyResult: buildCostKeyResult({ target: { type: 'cap', amountMinor: 1 } }),
        direction: 'decrease',
      },
      {
        name: 'a lower target decreases',
        keyResult: buildCostKeyResult(),
        b: 10,
        t: 5,
        direction: 'decrease',
      },
      {
        name: 'a higher target increases',
        keyResult: buildCostKeyResult(),
        b: 5,
        t: 10,
        direction: 'increase',
      },
      {
        name: 'a positive percentage increases without a baseline',
        keyResult: buildCostKeyResult({ target: { type: 'percent-change', percent: 5 } }),
        direction: 'increase',
      },
      {
        name: 'a cost key result defaults to decrease',
        keyResult: buildCostKeyResult(),
        b: 5,
        t: 5,
        direction: 'decrease',
      },
      {
        name: 'a manual key result defaults to increase',
        keyResult: buildManualKeyResult(),
        direction: 'increase',
      },
    ])('judges that $name', ({ keyResult, b, t, direction }) => {
      expect(directionOf(keyResult, b, t)).toBe(direction);
    });
  });

  describe('progressTowards', () => {
    it('gives the same progress when a decrease is mirrored into an increase', () => {
      const value = fc.integer({ min: -1e12, max: 1e12 });

      const property = fc.property(value, value, value, (b, t, c) => {
        const decrease = progressTowards('decrease', { baseline: b, target: t, current: c });
        const increase = progressTowards('increase', { baseline: -b, target: -t, current: -c });
        return decrease === increase;
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });
});
