import fc from 'fast-check';

import {
  DEFAULT_FORECAST_THRESHOLDS,
  forecastKeyResult,
  statusForScore,
  validateForecastThresholds,
} from '../../../src/domain/okr/forecast';
import type { Forecast, ForecastThresholds } from '../../../src/domain/okr/forecast';
import type { CostKeyResult } from '../../../src/domain/okr/key-result';
import { fiscalHalf, fiscalQuarter } from '../../../src/domain/okr/periods';
import { ValidationError } from '../../../src/platform/errors';
import { buildCostKeyResult, buildSeries } from '../../builders/okr';

const Q1 = fiscalQuarter(2026, 1, 1);
// Last quarter's total was 3,000; the aim is 2,400 this quarter.
const decrease = buildCostKeyResult({
  baseline: { type: 'fixed', amountMinor: 3000 },
  target: { type: 'amount', amountMinor: 2400 },
});
const increase = buildCostKeyResult({
  baseline: { type: 'fixed', amountMinor: 1000 },
  target: { type: 'amount', amountMinor: 2000 },
});
const cap = buildCostKeyResult({ baseline: undefined, target: { type: 'cap', amountMinor: 3000 } });

type Row = {
  name: string;
  keyResult: CostKeyResult;
  months: Record<string, number>;
  today: string;
  expected: Forecast;
};

describe('forecast', () => {
  describe('forecastKeyResult', () => {
    it.each<Row>([
      {
        name: 'has no data before the first complete month of the window',
        keyResult: decrease,
        months: { '2025-12': 5000, '2026-01': 100 },
        today: '2026-01-31',
        expected: { status: 'no-data', projectedMonths: [] },
      },
      {
        name: 'is on track when a decrease projects past its target',
        keyResult: decrease,
        months: { '2026-01': 700, '2026-02': 100 },
        today: '2026-02-10',
        expected: {
          status: 'on-track',
          runRateMinor: 700,
          projectedValueMinor: 2100,
          projectedScore: 1,
          projectedMonths: [
            { month: '2026-02', amountMinor: 700 },
            { month: '2026-03', amountMinor: 700 },
          ],
        },
      },
      {
        name: 'is at risk when a decrease projects halfway',
        keyResult: decrease,
        months: { '2026-01': 900 },
        today: '2026-02-10',
        expected: expect.objectContaining({
          status: 'at-risk',
          projectedValueMinor: 2700,
          projectedScore: 0.5,
        }),
      },
      {
        name: 'is off track when a decrease projects no change',
        keyResult: decrease,
        months: { '2026-01': 1000 },
        today: '2026-02-10',
        expected: expect.objectContaining({ status: 'off-track', projectedScore: 0 }),
      },
      {
        name: 'is off track with score 0 when costs project worse than the baseline',
        keyResult: decrease,
        months: { '2026-01': 1200 },
        today: '2026-02-10',
        expected: expect.objectContaining({
          status: 'off-track',
          projectedValueMinor: 3600,
          projectedScore: 0,
        }),
      },
      {
        name: 'is on track when an increase projects past 70%',
        keyResult: increase,
        months: { '2026-01': 600 },
        today: '2026-02-10',
        expected: expect.objectContaining({ status: 'on-track', projectedValueMinor: 1800 }),
      },
      {
        name: 'is off track when recorded costs will break a cap',
        keyResult: cap,
        months: { '2026-01': 900, '2026-02': 900, '2026-03': 1500 },
        today: '2026-03-05',
        expected: {
          status: 'off-track',
          runRateMinor: 900,
          projectedValueMinor: 3300,
          projectedScore: 0,
          projectedMonths: [{ month: '2026-03', amountMinor: 1500 }],
        },
      },
      {
        name: 'is on track while a cap projects within',
        keyResult: cap,
        months: { '2026-01': 900, '2026-02': 900 },
        today: '2026-03-05',
        expected: expect.objectContaining({ status: 'on-track', projectedValueMinor: 2700 }),
      },
      {
        name: 'projects a run-rate measure over the last months of the window',
        keyResult: buildCostKeyResult({
          measure: { type: 'run-rate', months: 3 },
          baseline: { type: 'fixed', amountMinor: 1000 },
          target: { type: 'amount', amountMinor: 800 },
        }),
        months: { '2026-01': 1000, '2026-02': 800 },
        today: '2026-03-10',
        expected: expect.objectContaining({
          status: 'at-risk',
          runRateMinor: 900,
          projectedValueMinor: 900,
        }),
      },
      {
        name: 'uses the final value once the window has ended',
        keyResult: decrease,
        months: { '2026-01': 700, '2026-02': 700, '2026-03': 700, '2026-04': 9999 },
        today: '2026-05-01',
        expected: {
          status: 'on-track',
          ended: true,
          runRateMinor: 700,
          projectedValueMinor: 2100,
          projectedScore: 1,
          projectedMonths: [],
        },
      },
      {
        name: 'is not ended during the last month of the window',
        keyResult: decrease,
        months: { '2026-01': 700, '2026-02': 700, '2026-03': 100 },
        today: '2026-03-31',
        expected: {
          status: 'on-track',
          runRateMinor: 700,
          projectedValueMinor: 2100,
          projectedScore: 1,
          projectedMonths: [{ month: '2026-03', amountMinor: 700 }],
        },
      },
      {
        name: 'marks an ended planned key result too',
        keyResult: buildCostKeyResult({ kind: 'planned', baseline: undefined, target: cap.target }),
        months: { '2026-01': 4000 },
        today: '2026-04-01',
        expected: {
          status: 'off-track',
          ended: true,
          runRateMinor: 1333,
          projectedValueMinor: 4000,
          projectedScore: 0,
          projectedMonths: [],
        },
      },
      {
        name: 'rounds the run-rate half to even',
        keyResult: decrease,
        months: { '2026-01': 100, '2026-02': 101 },
        today: '2026-03-01',
        expected: expect.objectContaining({ runRateMinor: 100, projectedValueMinor: 301 }),
      },
      {
        name: 'keeps the projection but has no status when the key result is not measurable',
        keyResult: buildCostKeyResult({
          baseline: { type: 'window', months: 3 },
          target: { type: 'percent-change', percent: -15 },
        }),
        months: { '2026-01': 100 },
        today: '2026-02-01',
        expected: {
          status: 'no-data',
          runRateMinor: 100,
          projectedValueMinor: 300,
          projectedMonths: [
            { month: '2026-02', amountMinor: 100 },
            { month: '2026-03', amountMinor: 100 },
          ],
        },
      },
      {
        name: 'does not project planned costs, which already cover the window',
        keyResult: buildCostKeyResult({ kind: 'planned', baseline: undefined, target: cap.target }),
        months: { '2026-01': 1000, '2026-03': 1000 },
        today: '2026-01-10',
        expected: {
          status: 'on-track',
          projectedValueMinor: 2000,
          projectedScore: 1,
          projectedMonths: [],
        },
      },
    ])('$name', ({ keyResult, months, today, expected }) => {
      const forecast = forecastKeyResult(keyResult, {
        series: buildSeries(months),
        window: Q1,
        today,
      });

      expect(forecast).toStrictEqual(expected);
    });

    it('averages at most the last three complete months of the window', () => {
      const window = fiscalHalf(2026, 1, 1);
      const months = { '2026-01': 9000, '2026-02': 300, '2026-03': 300, '2026-04': 300 };

      const forecast = forecastKeyResult(decrease, {
        series: buildSeries(months),
        window,
        today: '2026-05-02',
      });

      expect(forecast.runRateMinor).toBe(300);
    });

    it('follows the project thresholds', () => {
      const thresholds = { onTrack: 0.5, atRisk: 0.2 };
      const series = buildSeries({ '2026-01': 900 });

      const forecast = forecastKeyResult(
        decrease,
        { series, window: Q1, today: '2026-02-10' },
        thresholds,
      );

      expect(forecast.status).toBe('on-track');
    });

    it('never projects a total below what is already spent', () => {
      const amount = fc.integer({ min: 0, max: 1e9 });
      const property = fc.property(
        amount,
        amount,
        amount,
        fc.integer({ min: 1, max: 3 }),
        (jan, feb, mar, day) => {
          const series = buildSeries({ '2026-01': jan, '2026-02': feb, '2026-03': mar });
          const forecast = forecastKeyResult(decrease, {
            series,
            window: Q1,
            today: `2026-0${day}-15`,
          });
          const spent = day === 1 ? jan : day === 2 ? jan + feb : jan + feb + mar;
          return forecast.status === 'no-data' || (forecast.projectedValueMinor ?? -1) >= spent;
        },
      );

      expect(() => fc.assert(property)).not.toThrow();
    });
  });

  describe('statusForScore', () => {
    it.each([
      { name: 'on track at exactly 0.7', score: 0.7, status: 'on-track' },
      { name: 'at risk just below 0.7', score: 0.69, status: 'at-risk' },
      { name: 'at risk at exactly 0.4', score: 0.4, status: 'at-risk' },
      { name: 'off track just below 0.4', score: 0.39, status: 'off-track' },
      { name: 'off track at 0', score: 0, status: 'off-track' },
      { name: 'on track at 1', score: 1, status: 'on-track' },
    ])('is $name', ({ score, status }) => {
      expect(statusForScore(score)).toBe(status);
    });
  });

  describe('validateForecastThresholds', () => {
    it('accepts the defaults', () => {
      expect(() => validateForecastThresholds(DEFAULT_FORECAST_THRESHOLDS)).not.toThrow();
    });

    it.each<{ name: string; thresholds: ForecastThresholds }>([
      { name: 'at risk is above on track', thresholds: { onTrack: 0.4, atRisk: 0.7 } },
      { name: 'on track is above 1', thresholds: { onTrack: 1.1, atRisk: 0.4 } },
      { name: 'at risk is negative', thresholds: { onTrack: 0.7, atRisk: -0.1 } },
      { name: 'a threshold is NaN', thresholds: { onTrack: Number.NaN, atRisk: 0.4 } },
    ])('throws ValidationError when $name', ({ thresholds }) => {
      expect(() => validateForecastThresholds(thresholds)).toThrow(ValidationError);
    });
  });
});
