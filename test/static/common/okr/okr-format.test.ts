import {
  formatChangePercent,
  formatCompactMoney,
  formatKeyResultValue,
  formatPercent,
  formatSignedMoney,
  lastDayOf,
} from '../../../../static/common/src/okr/okr-format';
import { buildCostKeyResult, buildManualKeyResult } from '../../builders';

describe('okr-format', () => {
  describe('formatPercent', () => {
    it('keeps progress outside 0-100% as it is', () => {
      expect([formatPercent(1.34, 'en-US'), formatPercent(-0.12, 'en-US')]).toStrictEqual([
        '134%',
        '-12%',
      ]);
    });
  });

  describe('formatChangePercent', () => {
    it('signs a change and leaves n/a in words', () => {
      expect([
        formatChangePercent(-13.1, 'de-DE'),
        formatChangePercent('n/a', 'de-DE'),
      ]).toStrictEqual(['-13\u00a0%', 'n/a']);
    });
  });

  describe('formatKeyResultValue', () => {
    it('formats cost values as money and manual ones in their unit', () => {
      const values = [
        formatKeyResultValue(buildCostKeyResult({ currency: 'JPY' }), 120000, 'en-US'),
        formatKeyResultValue(buildManualKeyResult({ unit: 'percent' }), 40, 'en-US'),
        formatKeyResultValue(buildManualKeyResult({ unit: 'number' }), 2.5, 'de-DE'),
      ];

      expect(values).toStrictEqual(['¥120,000', '40%', '2,5']);
    });
  });

  describe('formatSignedMoney', () => {
    it('shows late costs and late credits with their sign', () => {
      expect([
        formatSignedMoney(120000, 'EUR', 'en-US'),
        formatSignedMoney(-500, 'EUR', 'en-US'),
      ]).toStrictEqual(['+€1,200.00', '−€5.00']);
    });
  });

  describe('formatCompactMoney', () => {
    it('shortens axis amounts in the locale', () => {
      expect(formatCompactMoney(4000000, 'EUR', 'en-US')).toBe('€40K');
    });
  });

  describe('lastDayOf', () => {
    it('gives the day before the exclusive end', () => {
      expect(lastDayOf({ end: '2025-03-01' })).toBe('2025-02-28');
    });
  });
});
