import {
  defaultPeriodDraft,
  fiscalPeriodDates,
  fiscalYearOf,
  periodMonthCount,
} from '../../../../static/project-settings/src/objectives/period-dates';

describe('period-dates', () => {
  describe('fiscalYearOf', () => {
    it('names a fiscal year after the calendar year it ends in', () => {
      expect([
        fiscalYearOf('2025-03-31', 4),
        fiscalYearOf('2025-04-01', 4),
        fiscalYearOf('2025-04-01', 1),
      ]).toStrictEqual([2025, 2026, 2025]);
    });
  });

  describe('fiscalPeriodDates', () => {
    it('gives the dates of a quarter of a fiscal year starting in April', () => {
      const draft = {
        ...defaultPeriodDraft('2025-05-10', 4),
        type: 'fiscal-quarter' as const,
        fiscalYear: '2026',
        quarter: 4 as const,
      };

      expect(fiscalPeriodDates(draft, 4)).toStrictEqual({
        start: '2026-01-01',
        endInclusive: '2026-03-31',
      });
    });

    it('gives undefined for a fiscal year the back end refuses', () => {
      const draft = {
        ...defaultPeriodDraft('2025-05-10', 1),
        type: 'fiscal-year' as const,
        fiscalYear: '1900',
      };

      expect(fiscalPeriodDates(draft, 1)).toBeUndefined();
    });
  });

  describe('defaultPeriodDraft', () => {
    it('picks the fiscal quarter of today', () => {
      const draft = defaultPeriodDraft('2025-05-10', 4);

      expect([draft.type, draft.fiscalYear, draft.quarter]).toStrictEqual([
        'fiscal-quarter',
        '2026',
        1,
      ]);
    });
  });

  describe('periodMonthCount', () => {
    it('counts the calendar months a custom period touches', () => {
      const draft = {
        ...defaultPeriodDraft('2025-05-10', 1),
        type: 'custom' as const,
        start: '2025-01-15',
        endInclusive: '2025-03-10',
      };

      expect(periodMonthCount(draft)).toBe(3);
    });
  });
});
