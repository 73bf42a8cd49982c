import {
  parseRateInput,
  validateCostSettings,
  validateRateForm,
} from '../../../static/project-settings/src/settings-form';
import { buildCategory, buildSettingsData } from '../builders';

const SETTINGS = buildSettingsData().settings;

describe('settings-form', () => {
  describe('validateCostSettings', () => {
    it('returns no errors for valid settings', () => {
      expect(validateCostSettings(SETTINGS)).toStrictEqual({});
    });

    it('names each category whose name is taken, ignoring case', () => {
      const categories = [
        buildCategory({ id: 'a', name: 'Cloud' }),
        buildCategory({ id: 'b', name: ' cloud ' }),
      ];

      const errors = validateCostSettings({ ...SETTINGS, categories });

      expect(errors).toStrictEqual({
        categories: { a: 'Another category has this name.', b: 'Another category has this name.' },
      });
    });

    it('asks for a role when access is limited to roles but none is chosen', () => {
      const errors = validateCostSettings({ ...SETTINGS, editors: { type: 'roles', roleIds: [] } });

      expect(errors).toStrictEqual({ editors: 'Choose at least one role.' });
    });

    it('asks for a category when there is none', () => {
      const errors = validateCostSettings({ ...SETTINGS, categories: [] });

      expect(errors).toStrictEqual({ categoryList: 'Add at least one category.' });
    });

    it('asks for whole percentages as forecast thresholds, the lower one at risk', () => {
      const errorsOf = (onTrack: number, atRisk: number) =>
        validateCostSettings({ ...SETTINGS, forecastThresholds: { onTrack, atRisk } });

      expect([errorsOf(0.7, 0.4), errorsOf(0.705, 0.4), errorsOf(0.4, 0.7)]).toStrictEqual([
        {},
        { forecastThresholds: 'Use whole percentages from 0 to 100.' },
        { forecastThresholds: 'The at-risk threshold must be below the on-track one.' },
      ]);
    });

    it('refuses an unknown reporting currency', () => {
      const errors = validateCostSettings({ ...SETTINGS, reportingCurrency: 'XYZ' });

      expect(errors).toStrictEqual({ reportingCurrency: 'Choose a currency.' });
    });
  });

  describe('parseRateInput', () => {
    it.each([
      ['1.1684', 'en-US', '1.1684'],
      ['1,1684', 'de-DE', '1.1684'],
      [' 0.5 ', 'en-GB', '0.5'],
      ['007.25', 'en-US', '7.25'],
    ])('reads %s in %s as %s', (text, locale, decimal) => {
      expect(parseRateInput(text, locale)).toStrictEqual({ ok: true, decimal });
    });

    it.each([
      ['', 'en-US'],
      ['0', 'en-US'],
      ['-1', 'en-US'],
      ['1,000.5', 'en-US'],
      ['1.5', 'de-DE'],
      ['1e3', 'en-US'],
      ['1.1234567890123', 'en-US'],
    ])('refuses %s in %s', (text, locale) => {
      expect(parseRateInput(text, locale).ok).toBe(false);
    });
  });

  describe('validateRateForm', () => {
    it('returns the rate as the contract expects it', () => {
      const result = validateRateForm(
        { base: 'USD', quote: 'EUR', rate: '0.9234', date: '2025-01-02' },
        'en-US',
      );

      expect(result).toStrictEqual({
        ok: true,
        rate: { base: 'USD', quote: 'EUR', rate: '0.9234', date: '2025-01-02' },
      });
    });

    it('lists every problem at once', () => {
      const result = validateRateForm({ base: '', quote: 'EUR', rate: 'abc', date: '' }, 'en-US');

      expect(result.ok ? [] : Object.keys(result.errors).sort()).toStrictEqual([
        'base',
        'date',
        'rate',
      ]);
    });
  });
});
