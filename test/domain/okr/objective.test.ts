import type { KeyResultEvaluation } from '../../../src/domain/okr/evaluate';
import {
  assertStatusChange,
  canChangeStatus,
  objectiveProgressOf,
  validateObjective,
} from '../../../src/domain/okr/objective';
import type { ObjectiveStatus } from '../../../src/domain/okr/objective';
import { ValidationError } from '../../../src/platform/errors';
import { buildCostKeyResult, buildManualKeyResult, buildObjective } from '../../builders/okr';

describe('objective', () => {
  describe('validateObjective', () => {
    it('returns the period dates for the project fiscal year when the objective is valid', () => {
      expect(validateObjective(buildObjective(), 4)).toStrictEqual({
        start: '2025-04-01',
        end: '2025-07-01',
      });
    });

    it('throws ValidationError with paths into the key results when one is invalid', () => {
      const keyResults = [
        buildCostKeyResult({ id: 'a' }),
        buildManualKeyResult({ id: 'b', startValue: 10 }),
      ];

      const error = catchError(() => validateObjective(buildObjective({ keyResults }), 1));

      expect(error instanceof ValidationError && error.details.map((d) => d.path)).toStrictEqual([
        'keyResults.1.targetValue',
      ]);
    });

    it('needs a weight above 0 on at least one key result still in use', () => {
      const weights = (...list: Array<[number, boolean]>) =>
        buildObjective({
          keyResults: list.map(([weight, archived], i) =>
            buildCostKeyResult({ id: `kr-${i}`, weight, archived }),
          ),
        });
      const problems = (objective: ReturnType<typeof buildObjective>) => {
        const error = catchError(() => validateObjective(objective, 1));
        return error instanceof ValidationError ? error.details.map((d) => d.path) : [];
      };

      expect([
        problems(weights([0, false])),
        problems(weights([0, false], [2, true])),
        problems(weights([0, false], [1, false])),
        problems(weights([0, true])),
      ]).toStrictEqual([['keyResults'], ['keyResults'], [], []]);
    });

    it('throws ValidationError naming every invalid field when several are wrong', () => {
      const objective = buildObjective({
        title: ' ',
        ownerAccountId: '',
        keyResults: [buildCostKeyResult(), buildCostKeyResult()],
      });

      const error = catchError(() => validateObjective(objective, 1));

      expect(error instanceof ValidationError && error.details.map((d) => d.path)).toStrictEqual([
        'title',
        'ownerAccountId',
        'keyResults',
      ]);
    });

    it('throws ValidationError when the period is invalid', () => {
      const objective = buildObjective({
        period: { type: 'custom', start: '2026-03-01', endInclusive: '2026-02-01' },
      });

      expect(() => validateObjective(objective, 1)).toThrow(ValidationError);
    });
  });

  describe('canChangeStatus', () => {
    it.each<{ from: ObjectiveStatus; to: ObjectiveStatus; allowed: boolean }>([
      { from: 'draft', to: 'active', allowed: true },
      { from: 'active', to: 'closed', allowed: true },
      { from: 'closed', to: 'active', allowed: true },
      { from: 'archived', to: 'draft', allowed: true },
      { from: 'draft', to: 'closed', allowed: false },
      { from: 'active', to: 'draft', allowed: false },
    ])('judges a move from $from to $to', ({ from, to, allowed }) => {
      expect(canChangeStatus(from, to)).toBe(allowed);
    });
  });

  describe('assertStatusChange', () => {
    it('throws ValidationError listing the allowed statuses when the move is not allowed', () => {
      expect(() => assertStatusChange('draft', 'closed')).toThrow(
        'An objective that is draft can only become active or archived.',
      );
    });
  });

  describe('objectiveProgressOf', () => {
    it('weights the scores of the non-archived key results', () => {
      const objective = buildObjective({
        keyResults: [
          buildCostKeyResult({ id: 'a', weight: 1 }),
          buildCostKeyResult({ id: 'b', weight: 3 }),
          buildCostKeyResult({ id: 'c', weight: 5, archived: true }),
        ],
      });
      const evaluations = new Map([
        ['a', evaluation(1)],
        ['b', evaluation(0.5)],
        ['c', evaluation(0)],
      ]);

      expect(objectiveProgressOf(objective, evaluations)).toBeCloseTo(0.625, 12);
    });

    it('returns null when no key result has an evaluation', () => {
      expect(objectiveProgressOf(buildObjective(), new Map())).toBeNull();
    });
  });
});

function evaluation(score: number | null): KeyResultEvaluation {
  return {
    direction: 'decrease',
    display: 'progress',
    baselineValue: 1000,
    targetValue: 500,
    currentValue: 800,
    progress: score,
    score,
    changePercent: -20,
  };
}

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error: unknown) {
    return error;
  }
  return undefined;
}
