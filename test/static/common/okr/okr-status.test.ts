import {
  changeTone,
  forecastLozenge,
  notMeasurableText,
  outlookLozenge,
} from '../../../../static/common/src/okr/okr-status';
import { buildEvaluation } from '../../builders';

describe('okr-status', () => {
  describe('changeTone', () => {
    it('calls a falling cost an improvement when the key result should decrease', () => {
      expect(changeTone(buildEvaluation({ direction: 'decrease', changePercent: -12 }))).toBe(
        'improvement',
      );
    });

    it('calls a fall a worsening when the key result should increase', () => {
      expect(changeTone(buildEvaluation({ direction: 'increase', changePercent: -12 }))).toBe(
        'worsening',
      );
    });

    it('calls a rising cost a worsening when the key result should decrease', () => {
      expect(changeTone(buildEvaluation({ direction: 'decrease', changePercent: 4 }))).toBe(
        'worsening',
      );
    });

    it('judges nothing when the change is n/a or the key result is a cap', () => {
      expect([
        changeTone(buildEvaluation({ changePercent: 'n/a' })),
        changeTone(buildEvaluation({ display: 'share-used', changePercent: -5 })),
      ]).toStrictEqual([undefined, undefined]);
    });
  });

  describe('forecastLozenge', () => {
    it('names every forecast status', () => {
      expect(
        (['on-track', 'at-risk', 'off-track', 'no-data'] as const).map(
          (s) => forecastLozenge(s).text,
        ),
      ).toStrictEqual(['On track', 'At risk', 'Off track', 'No data yet']);
    });
  });

  describe('outlookLozenge', () => {
    const ended = { ended: true as const, projectedMonths: [] };

    it('shows the forecast while the window runs', () => {
      expect(
        outlookLozenge({ status: 'at-risk', projectedScore: 0.5, projectedMonths: [] }, 'progress'),
      ).toStrictEqual({ text: 'At risk', appearance: 'moved' });
    });

    it('reads as the result once the window has ended', () => {
      expect([
        outlookLozenge({ ...ended, status: 'on-track', projectedScore: 1 }, 'progress').text,
        outlookLozenge({ ...ended, status: 'on-track', projectedScore: 0.8 }, 'progress'),
        outlookLozenge({ ...ended, status: 'off-track', projectedScore: 0.1 }, 'progress'),
        outlookLozenge({ ...ended, status: 'on-track', projectedScore: 1 }, 'share-used').text,
        outlookLozenge({ ...ended, status: 'off-track', projectedScore: 0 }, 'share-used').text,
        outlookLozenge({ ...ended, status: 'no-data' }, 'progress').text,
      ]).toStrictEqual([
        'Target met',
        { text: 'Target missed', appearance: 'moved' },
        { text: 'Target missed', appearance: 'removed' },
        'Within cap',
        'Over cap',
        'Ended',
      ]);
    });
  });

  describe('notMeasurableText', () => {
    it('says why a key result has no progress', () => {
      expect(
        (['too-large', 'zero-baseline', 'no-data'] as const).map((reason) =>
          notMeasurableText(buildEvaluation({ notMeasurable: reason })),
        ),
      ).toStrictEqual([
        'Not measurable: its costs add up to more than can be shown exactly; ' +
          'check for mistyped amounts',
        'Not measurable: the baseline is zero, so a percentage change has no target',
        'Not measurable yet: its period has not started',
      ]);
    });
  });
});
