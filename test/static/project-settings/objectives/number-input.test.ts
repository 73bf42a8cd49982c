import {
  parseAmountInput,
  parseMonthsInput,
  parseNumberInput,
} from '../../../../static/project-settings/src/objectives/number-input';

describe('number-input', () => {
  describe('parseNumberInput', () => {
    it('reads the locale decimal separator and a minus sign', () => {
      expect([parseNumberInput('12,5', 'de-DE'), parseNumberInput('−3', 'en-US')]).toStrictEqual([
        { ok: true, value: 12.5 },
        { ok: true, value: -3 },
      ]);
    });

    it('refuses a point in a locale whose decimal separator is a comma', () => {
      expect(parseNumberInput('1.5', 'de-DE').ok).toBe(false);
    });
  });

  describe('parseMonthsInput', () => {
    it('accepts whole months from 1 to 24 only', () => {
      expect(['1', '24', '0', '25', '2.5'].map((t) => parseMonthsInput(t).ok)).toStrictEqual([
        true,
        true,
        false,
        false,
        false,
      ]);
    });
  });

  describe('parseAmountInput', () => {
    it('reads an amount in minor units of the currency', () => {
      expect(parseAmountInput('1.234,56', 'EUR', 'de-DE')).toStrictEqual({
        ok: true,
        value: 123456,
      });
    });
  });
});
