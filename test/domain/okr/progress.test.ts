import fc from 'fast-check';

import {
  capScore,
  capShareUsed,
  changeTone,
  isImprovement,
  objectiveProgress,
  percentChange,
  progressFraction,
  toScore,
} from '../../../src/domain/okr/progress';
import type { ScoredKeyResult } from '../../../src/domain/okr/progress';
import { ValidationError } from '../../../src/platform/errors';
import { MAX_SAFE_MINOR_UNITS } from '../../../src/shared/currencies';

const HALF = Math.floor(MAX_SAFE_MINOR_UNITS / 2);
const value = fc.integer({ min: -HALF, max: HALF });
const scored = fc.record({
  weight: fc.double({ min: 0, max: 1000, noNaN: true }),
  score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  active: fc.boolean(),
});

describe('progress', () => {
  describe('progressFraction', () => {
    it.each([
      { name: 'is 0.5 when a decrease to zero is halfway', b: 200, t: 0, c: 100, p: 0.5 },
      {
        name: 'is 0.4 when a decrease from 1,000 to 500 is at 800',
        b: 1000,
        t: 500,
        c: 800,
        p: 0.4,
      },
      { name: 'is 0.5 when an increase is halfway', b: 100, t: 200, c: 150, p: 0.5 },
      { name: 'is 0 when the value is still at the baseline', b: 1000, t: 500, c: 1000, p: 0 },
      { name: 'is 1 when a decrease reaches its target', b: 1000, t: 500, c: 500, p: 1 },
      { name: 'exceeds 1 when a decrease overshoots', b: 1000, t: 500, c: 400, p: 1.2 },
      { name: 'exceeds 1 when an increase overshoots', b: 100, t: 200, c: 250, p: 1.5 },
      { name: 'is negative when costs rise on a decrease', b: 1000, t: 500, c: 1100, p: -0.2 },
      { name: 'is negative when an increase falls back', b: 100, t: 200, c: 50, p: -0.5 },
      { name: 'works from a zero baseline with an amount target', b: 0, t: 400, c: 100, p: 0.25 },
    ])('$name', ({ b, t, c, p }) => {
      expect(progressFraction(b, t, c)).toBeCloseTo(p, 12);
    });

    it.each([
      { name: 'baseline equals target', b: 500, t: 500, c: 400 },
      { name: 'the current value is unknown', b: 1000, t: 500, c: undefined },
      { name: 'the target is unknown', b: 1000, t: undefined, c: 800 },
      { name: 'a value is NaN', b: 1000, t: 500, c: Number.NaN },
      { name: 'a value is infinite', b: 1000, t: Infinity, c: 800 },
    ])('returns null when $name', ({ b, t, c }) => {
      expect(progressFraction(b, t, c)).toBeNull();
    });

    it('gives the same progress when a decrease is mirrored into an increase', () => {
      const property = fc.property(value, value, value, (b, t, c) => {
        // === rather than Object.is: 0 and -0 are the same progress.
        return progressFraction(-b, -t, -c) === progressFraction(b, t, c);
      });

      expect(() => fc.assert(property)).not.toThrow();
    });

    it('is positive exactly when the value moved from the baseline towards the target', () => {
      const property = fc.property(value, value, value, (b, t, c) => {
        fc.pre(b !== t);
        const direction = t < b ? 'decrease' : 'increase';
        return (progressFraction(b, t, c) ?? 0) > 0 === isImprovement(direction, b, c);
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('toScore', () => {
    it.each([
      { name: 'clamps to 0 when worse than the baseline', progress: -0.2, score: 0 },
      { name: 'keeps progress inside the range', progress: 0.4, score: 0.4 },
      { name: 'clamps to 1 when the target is overshot', progress: 1.2, score: 1 },
      { name: 'stays null when progress is not computable', progress: null, score: null },
      { name: 'turns NaN into null, never 0', progress: Number.NaN, score: null },
    ])('$name', ({ progress, score }) => {
      expect(toScore(progress)).toBe(score);
    });

    it('always lies in [0, 1] when progress is computable', () => {
      const property = fc.property(value, value, value, (b, t, c) => {
        const score = toScore(progressFraction(b, t, c));
        return score === null || (score >= 0 && score <= 1);
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('capScore', () => {
    it.each([
      { name: 'is 1 while spend is under the cap', current: 900, score: 1 },
      { name: 'is 1 when spend equals the cap', current: 1000, score: 1 },
      { name: 'is 0 once spend is over the cap', current: 1001, score: 0 },
      { name: 'is null when spend is unknown', current: undefined, score: null },
    ])('$name', ({ current, score }) => {
      expect(capScore(current, 1000)).toBe(score);
    });
  });

  describe('capShareUsed', () => {
    it.each([
      { name: 'is the share of the cap used', current: 250, cap: 1000, share: 0.25 },
      { name: 'exceeds 1 when over the cap', current: 1200, cap: 1000, share: 1.2 },
      { name: 'is null when the cap is zero', current: 10, cap: 0, share: null },
      { name: 'is null when spend is unknown', current: undefined, cap: 1000, share: null },
    ])('$name', ({ current, cap, share }) => {
      expect(capShareUsed(current, cap)).toBe(share);
    });
  });

  describe('objectiveProgress', () => {
    it('returns the weighted mean of active scores', () => {
      const keyResults = [
        { weight: 1, score: 1, active: true },
        { weight: 3, score: 0.5, active: true },
      ];

      expect(objectiveProgress(keyResults)).toBeCloseTo(0.625, 12);
    });

    it('leaves out archived key results and ones that are not measurable', () => {
      const keyResults = [
        { weight: 1, score: 0.4, active: true },
        { weight: 5, score: 1, active: false },
        { weight: 5, score: null, active: true },
      ];

      expect(objectiveProgress(keyResults)).toBeCloseTo(0.4, 12);
    });

    it.each<{ name: string; keyResults: ScoredKeyResult[] }>([
      { name: 'there are no key results', keyResults: [] },
      { name: 'no key result is active', keyResults: [{ weight: 1, score: 1, active: false }] },
      { name: 'the total weight is 0', keyResults: [{ weight: 0, score: 1, active: true }] },
      {
        name: 'no active key result is measurable',
        keyResults: [{ weight: 1, score: null, active: true }],
      },
    ])('returns null when $name', ({ keyResults }) => {
      expect(objectiveProgress(keyResults)).toBeNull();
    });

    it('returns 0, not null, when every active score is 0', () => {
      expect(objectiveProgress([{ weight: 2, score: 0, active: true }])).toBe(0);
    });

    it('throws ValidationError when a weight is negative', () => {
      expect(() => objectiveProgress([{ weight: -1, score: 1, active: true }])).toThrow(
        ValidationError,
      );
    });

    it('is unchanged when a key result of weight 0 is added', () => {
      const property = fc.property(
        fc.array(scored, { maxLength: 8 }),
        scored,
        (keyResults, extra) => {
          const before = objectiveProgress(keyResults);
          const after = objectiveProgress([...keyResults, { ...extra, weight: 0 }]);
          return Object.is(before, after);
        },
      );

      expect(() => fc.assert(property)).not.toThrow();
    });

    it('lies in [0, 1] or is null for any scores in [0, 1]', () => {
      const property = fc.property(fc.array(scored, { maxLength: 8 }), (keyResults) => {
        const progress = objectiveProgress(keyResults);
        return progress === null || (progress >= -1e-12 && progress <= 1 + 1e-12);
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('isImprovement', () => {
    it.each([
      {
        name: 'a fall is good for a decrease',
        direction: 'decrease',
        from: 1000,
        to: 800,
        good: true,
      },
      {
        name: 'a rise is bad for a decrease',
        direction: 'decrease',
        from: 800,
        to: 1000,
        good: false,
      },
      {
        name: 'a rise is good for an increase',
        direction: 'increase',
        from: 100,
        to: 150,
        good: true,
      },
      {
        name: 'a fall is bad for an increase',
        direction: 'increase',
        from: 150,
        to: 100,
        good: false,
      },
      {
        name: 'no change is not an improvement',
        direction: 'decrease',
        from: 100,
        to: 100,
        good: false,
      },
    ] as const)('judges that $name', ({ direction, from, to, good }) => {
      expect(isImprovement(direction, from, to)).toBe(good);
    });
  });

  describe('changeTone', () => {
    it('follows the direction of the key result, not the sign of the change', () => {
      const tones = [
        changeTone('decrease', 1000, 800),
        changeTone('increase', 1000, 800),
        changeTone('decrease', 1000, 1000),
      ];

      expect(tones).toStrictEqual(['improvement', 'worsening', 'unchanged']);
    });
  });

  describe('percentChange', () => {
    it.each([
      { name: 'a fall is negative', from: 1000, to: 800, change: -20 },
      { name: 'a rise is positive', from: 200, to: 250, change: 25 },
      { name: 'no change is 0', from: 100, to: 100, change: 0 },
      { name: 'a rise from a negative value is positive', from: -200, to: -100, change: 50 },
      { name: 'a change from zero is n/a', from: 0, to: 100, change: 'n/a' },
      { name: 'zero to zero is n/a, not 0%', from: 0, to: 0, change: 'n/a' },
      { name: 'a NaN value is n/a', from: 100, to: Number.NaN, change: 'n/a' },
    ])('computes that $name', ({ from, to, change }) => {
      expect(percentChange(from, to)).toBe(change);
    });
  });
});
