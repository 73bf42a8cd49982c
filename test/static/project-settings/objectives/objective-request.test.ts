import {
  newCostKeyResult,
  newManualKeyResult,
  newObjectiveDraft,
  toObjectiveDraft,
} from '../../../../static/project-settings/src/objectives/objective-draft';
import type {
  CostKeyResultDraft,
  DraftContext,
  ObjectiveDraft,
} from '../../../../static/project-settings/src/objectives/objective-draft';
import {
  toKeyResultDto,
  toSaveObjectiveRequest,
} from '../../../../static/project-settings/src/objectives/objective-request';
import { buildCostKeyResult, buildManualKeyResult, buildObjective } from '../../builders';

const CONTEXT: DraftContext = {
  locale: 'en-US',
  reportingCurrency: 'EUR',
  fiscalYearStartMonth: 4,
  today: '2025-05-10',
};
const DE: DraftContext = { ...CONTEXT, locale: 'de-DE' };

function costDraft(overrides: Partial<CostKeyResultDraft> = {}): CostKeyResultDraft {
  return { ...newCostKeyResult(), title: 'Cloud', categoryIds: ['cat-cloud'], ...overrides };
}

function objective(overrides: Partial<ObjectiveDraft> = {}): ObjectiveDraft {
  return { ...newObjectiveDraft('account-me', CONTEXT), title: 'Lean', ...overrides };
}

describe('objective-request', () => {
  describe('toKeyResultDto', () => {
    it('parses amounts and percentages typed in the user locale', () => {
      const draft = costDraft({
        baseline: 'fixed',
        baselineAmount: '1.234,56',
        percent: '12,5',
        percentDirection: 'reduce',
      });

      const result = toKeyResultDto(draft, DE);

      expect(result).toMatchObject({
        ok: true,
        value: {
          baseline: { type: 'fixed', amountMinor: 123456 },
          target: { type: 'percent-change', percent: -12.5 },
        },
      });
    });

    it('sends no baseline for a cap', () => {
      const result = toKeyResultDto(costDraft({ target: 'cap', targetAmount: '25000' }), CONTEXT);

      expect(result.ok && result.value).toStrictEqual({
        id: expect.any(String),
        title: 'Cloud',
        weight: 1,
        archived: false,
        type: 'cost',
        categoryIds: ['cat-cloud'],
        kind: 'actual',
        currency: 'EUR',
        measure: { type: 'total' },
        target: { type: 'cap', amountMinor: 2500000 },
      });
    });

    it('refuses a target equal to a fixed baseline, where progress cannot be measured', () => {
      const draft = costDraft({
        baseline: 'fixed',
        baselineAmount: '100',
        target: 'amount',
        targetAmount: '100.00',
      });

      const result = toKeyResultDto(draft, CONTEXT);

      expect(result).toStrictEqual({
        ok: false,
        errors: {
          target:
            'The target equals the baseline, so progress cannot be measured. Choose another ' +
            'target, or use a cap to stay under an amount.',
        },
      });
    });

    it('reports every problem at the paths the back end uses', () => {
      const draft = costDraft({
        title: ' ',
        categoryIds: [],
        measure: 'run-rate',
        runRateMonths: '30',
        percent: '0',
        weight: '101',
      });

      const result = toKeyResultDto(draft, CONTEXT);

      expect(result.ok ? [] : Object.keys(result.errors).sort()).toStrictEqual([
        'categoryIds',
        'measure.months',
        'target.percent',
        'title',
        'weight',
      ]);
    });

    it('keeps manual money values in minor units of their currency', () => {
      const draft = {
        ...newManualKeyResult(),
        title: 'Savings found',
        unit: 'currency' as const,
        currency: 'JPY',
        startValue: '0',
        targetValue: '1,000,000',
      };

      const result = toKeyResultDto(draft, CONTEXT);

      expect(result).toMatchObject({
        ok: true,
        value: { unit: 'currency', currency: 'JPY', startValue: 0, targetValue: 1000000 },
      });
    });
  });

  describe('toSaveObjectiveRequest', () => {
    it('prefixes key result problems with their index', () => {
      const draft = objective({ keyResults: [costDraft(), costDraft({ categoryIds: [] })] });

      const result = toSaveObjectiveRequest(draft, CONTEXT);

      expect(result).toStrictEqual({
        ok: false,
        errors: { 'keyResults.1.categoryIds': 'Choose at least one cost category.' },
      });
    });

    it('refuses custom dates that end before they start', () => {
      const draft = objective({
        period: {
          ...objective().period,
          type: 'custom',
          start: '2025-06-01',
          endInclusive: '2025-05-31',
        },
      });

      const result = toSaveObjectiveRequest(draft, CONTEXT);

      expect(result).toStrictEqual({
        ok: false,
        errors: { 'period.end': 'The end date must be on or after the start date.' },
      });
    });

    it('sends a saved objective back unchanged, JQL narrowing included', () => {
      const saved = buildObjective({
        period: { type: 'fiscal-half', fiscalYear: 2026, half: 2 },
        keyResults: [
          buildCostKeyResult({
            baseline: { type: 'fixed', amountMinor: 123456 },
            jql: 'labels = aws',
          }),
          buildManualKeyResult({ checkIns: [] }),
        ],
      });

      const result = toSaveObjectiveRequest(toObjectiveDraft(saved, CONTEXT), CONTEXT);

      expect(result).toStrictEqual({ ok: true, value: saved });
    });
  });
});
