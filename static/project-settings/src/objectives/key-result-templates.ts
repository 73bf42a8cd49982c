import type { CategoryDto } from '@shared/contract';
import { isCurrencyCode } from '@shared/currencies';

import { formatMoneySafely } from '../../../common/src/components/FormattedMoney';

import { parseAmountInput } from './number-input';
import type { CostKeyResultDraft, DraftContext } from './objective-draft';
import { newCostKeyResult } from './objective-draft';

/** The three cost key results most teams set. */
export type TemplateKey = 'reduce-spend' | 'save-by-end' | 'stay-under-cap';

export type KeyResultTemplate = {
  readonly key: TemplateKey;
  readonly label: string;
  readonly description: string;
};

export const KEY_RESULT_TEMPLATES: readonly KeyResultTemplate[] = [
  {
    key: 'reduce-spend',
    label: 'Reduce spend by X% within N months',
    description: 'Total spend over the period against the same number of months before it.',
  },
  {
    key: 'save-by-end',
    label: "Save X% by the period's end",
    description: 'The monthly run-rate at the end against the run-rate before the period.',
  },
  {
    key: 'stay-under-cap',
    label: 'Stay under a cap',
    description: 'Total spend over the period stays within an amount.',
  },
];

/**
 * A cost key result filled in from a template; the user picks the categories and adjusts the
 * numbers. `periodMonths` (the objective's length) sets the comparison window of "reduce
 * spend within N months", so a quarter is compared with the quarter before.
 */
export function templateKeyResult(
  key: TemplateKey,
  periodMonths: number | undefined,
): CostKeyResultDraft {
  const blank = newCostKeyResult();
  if (key === 'stay-under-cap')
    return { ...blank, measure: 'total', target: 'cap', targetAmount: '' };
  if (key === 'save-by-end') {
    return {
      ...blank,
      measure: 'run-rate',
      runRateMonths: '3',
      baseline: 'window',
      baselineMonths: '3',
      target: 'percent-change',
      percentDirection: 'reduce',
      percent: '10',
    };
  }
  const months = Math.min(24, Math.max(1, periodMonths ?? 3));

  return {
    ...blank,
    measure: 'total',
    baseline: 'window',
    baselineMonths: String(months),
    target: 'percent-change',
    percentDirection: 'reduce',
    percent: '10',
  };
}

/**
 * A title that says what a cost key result measures, for titles the user has not written
 * ("Reduce Cloud spend by 10% within 3 months", "Keep Licences spend under €25,000.00").
 */
export function suggestTitle(
  draft: CostKeyResultDraft,
  categories: readonly CategoryDto[],
  context: DraftContext,
): string {
  const names = draft.categoryIds
    .map((id) => categories.find((c) => c.id === id)?.name)
    .filter((name): name is string => name !== undefined);
  const spend = draft.kind === 'planned' ? 'planned spend' : 'spend';
  const what = names.length > 0 ? `${names.join(' and ')} ${spend}` : spend;
  const amountText = (text: string) => {
    const parsed = parseAmountInput(text, context.reportingCurrency, context.locale);
    return parsed.ok && isCurrencyCode(context.reportingCurrency)
      ? formatMoneySafely(
          { amount: parsed.value, currency: context.reportingCurrency },
          context.locale,
        )
      : undefined;
  };
  const percent = draft.percent.trim() === '' ? 'X' : draft.percent.trim();

  if (draft.target === 'cap')
    return `Keep ${what} under ${amountText(draft.targetAmount) ?? 'a cap'}`;
  if (draft.target === 'amount') {
    const perMonth = draft.measure === 'run-rate' ? ' a month' : '';
    return `Bring ${what} to ${amountText(draft.targetAmount) ?? 'a target'}${perMonth}`;
  }
  const verb = draft.percentDirection === 'reduce' ? 'Reduce' : 'Increase';
  if (draft.measure === 'run-rate') {
    return draft.percentDirection === 'reduce'
      ? `Save ${percent}% on ${what} by the period's end`
      : `Grow ${what} by ${percent}% by the period's end`;
  }
  const within =
    draft.baseline === 'window' ? ` within ${draft.baselineMonths.trim() || 'N'} months` : '';

  return `${verb} ${what} by ${percent}%${within}`;
}
