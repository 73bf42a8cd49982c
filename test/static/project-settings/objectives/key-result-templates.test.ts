import {
  suggestTitle,
  templateKeyResult,
} from '../../../../static/project-settings/src/objectives/key-result-templates';
import type { DraftContext } from '../../../../static/project-settings/src/objectives/objective-draft';
import { buildCategory } from '../../builders';

const CONTEXT: DraftContext = {
  locale: 'en-US',
  reportingCurrency: 'EUR',
  fiscalYearStartMonth: 1,
  today: '2025-03-15',
};
const CATEGORIES = [buildCategory(), buildCategory({ id: 'cat-people', name: 'People' })];

describe('key-result-templates', () => {
  describe('templateKeyResult', () => {
    it('compares a total with as many months before the period as it lasts', () => {
      const draft = templateKeyResult('reduce-spend', 6);

      expect([draft.measure, draft.baseline, draft.baselineMonths, draft.target]).toStrictEqual([
        'total',
        'window',
        '6',
        'percent-change',
      ]);
    });

    it('compares the run-rate at the end with the run-rate before the period', () => {
      const draft = templateKeyResult('save-by-end', 12);

      expect([draft.measure, draft.runRateMonths, draft.baselineMonths]).toStrictEqual([
        'run-rate',
        '3',
        '3',
      ]);
    });

    it('starts a cap with no amount for the user to fill in', () => {
      const draft = templateKeyResult('stay-under-cap', 3);

      expect([draft.target, draft.targetAmount]).toStrictEqual(['cap', '']);
    });
  });

  describe('suggestTitle', () => {
    it('says what each template measures in words', () => {
      const categories = { categoryIds: ['cat-cloud', 'cat-people'] };

      const titles = [
        { ...templateKeyResult('reduce-spend', 3), ...categories, percent: '15' },
        { ...templateKeyResult('save-by-end', 3), ...categories },
        { ...templateKeyResult('stay-under-cap', 3), ...categories, targetAmount: '25000' },
      ].map((draft) => suggestTitle(draft, CATEGORIES, CONTEXT));

      expect(titles).toStrictEqual([
        'Reduce Cloud and People spend by 15% within 3 months',
        "Save 10% on Cloud and People spend by the period's end",
        'Keep Cloud and People spend under €25,000.00',
      ]);
    });
  });
});
