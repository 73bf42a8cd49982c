import type { KeyResultEvaluation } from '../../../src/domain/okr/evaluate';
import { adjustmentOf, adjustmentsSince, freezeObjective } from '../../../src/domain/okr/snapshot';
import { buildCostKeyResult, buildManualKeyResult } from '../../builders/okr';

function buildEvaluation(overrides: Partial<KeyResultEvaluation> = {}): KeyResultEvaluation {
  return {
    direction: 'decrease',
    display: 'progress',
    baselineValue: 1000,
    targetValue: 500,
    currentValue: 800,
    progress: 0.4,
    score: 0.4,
    changePercent: -20,
    ...overrides,
  };
}

describe('snapshot', () => {
  describe('freezeObjective', () => {
    it('freezes each key result and the weighted progress of the non-archived ones', () => {
      const keyResults = [
        { keyResult: buildCostKeyResult({ id: 'a', weight: 1 }), evaluation: buildEvaluation() },
        {
          keyResult: buildManualKeyResult({ id: 'b', weight: 3 }),
          evaluation: buildEvaluation({ score: 0.8 }),
        },
        {
          keyResult: buildManualKeyResult({ id: 'c', archived: true }),
          evaluation: buildEvaluation({ score: 0 }),
        },
      ];

      const snapshot = freezeObjective('2026-04-02', keyResults);

      expect({ ...snapshot, progress: Number(snapshot.progress?.toFixed(12)) }).toStrictEqual({
        closedOn: '2026-04-02',
        progress: 0.7,
        keyResults: [
          { keyResultId: 'a', evaluation: buildEvaluation() },
          { keyResultId: 'b', evaluation: buildEvaluation({ score: 0.8 }) },
          { keyResultId: 'c', evaluation: buildEvaluation({ score: 0 }) },
        ],
      });
    });

    it('freezes a null progress when no key result is measurable', () => {
      const keyResults = [
        { keyResult: buildCostKeyResult(), evaluation: buildEvaluation({ score: null }) },
      ];

      expect(freezeObjective('2026-04-02', keyResults).progress).toBeNull();
    });
  });

  describe('adjustmentOf', () => {
    it.each([
      {
        name: 'is the late costs when costs arrived after closing',
        frozen: 1000,
        live: 1250,
        change: 250,
      },
      {
        name: 'is negative when costs were removed after closing',
        frozen: 1000,
        live: 900,
        change: -100,
      },
      { name: 'is 0 when nothing changed', frozen: 1000, live: 1000, change: 0 },
      {
        name: 'is undefined when the frozen value is unknown',
        frozen: undefined,
        live: 1000,
        change: undefined,
      },
    ])('$name', ({ frozen, live, change }) => {
      expect(adjustmentOf(frozen, live)).toBe(change);
    });
  });

  describe('adjustmentsSince', () => {
    it('shows each frozen value next to its adjustment', () => {
      const snapshot = freezeObjective('2026-04-02', [
        { keyResult: buildCostKeyResult({ id: 'a' }), evaluation: buildEvaluation() },
        { keyResult: buildCostKeyResult({ id: 'b' }), evaluation: buildEvaluation() },
        { keyResult: buildCostKeyResult({ id: 'gone' }), evaluation: buildEvaluation() },
      ]);
      const live = new Map([
        ['a', buildEvaluation({ currentValue: 830 })],
        ['b', buildEvaluation()],
      ]);

      expect(adjustmentsSince(snapshot, live)).toStrictEqual([
        { keyResultId: 'a', frozenValue: 800, liveValue: 830, adjustment: 30, hasAdjustment: true },
        { keyResultId: 'b', frozenValue: 800, liveValue: 800, adjustment: 0, hasAdjustment: false },
        {
          keyResultId: 'gone',
          frozenValue: 800,
          liveValue: undefined,
          adjustment: undefined,
          hasAdjustment: false,
        },
      ]);
    });
  });
});
