import type {
  CostBaselineDto,
  CostKeyResultDto,
  CostMeasureDto,
  CostTargetDto,
  KeyResultDto,
  ManualKeyResultDto,
  PeriodSpecDto,
  SaveObjectiveRequest,
} from '@shared/okr-contract';

import { isIsoDate } from '../../../common/src/format-date';

import type { FieldErrors } from './form-errors';
import { hasFieldErrors } from './form-errors';
import { parseAmountInput, parseMonthsInput, parseNumberInput } from './number-input';
import type {
  CostKeyResultDraft,
  DraftContext,
  KeyResultDraft,
  ManualKeyResultDraft,
  ObjectiveDraft,
} from './objective-draft';
import type { PeriodDraft } from './period-dates';
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from './period-dates';

/** Limits the back end enforces (src/domain/okr, src/resolvers/schemas.ts). */
export const OBJECTIVE_LIMITS = {
  titleLength: 255,
  descriptionLength: 5000,
  keyResults: 20,
  maxWeight: 100,
  noteLength: 2000,
  jqlLength: 2000,
} as const;

/** A draft turned into a request, or every problem found, by field path. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

/** Checks an objective draft and builds the `objectives/save` request from it. */
export function toSaveObjectiveRequest(
  draft: ObjectiveDraft,
  context: DraftContext,
): Checked<SaveObjectiveRequest> {
  const errors: Record<string, string> = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Enter a title for the objective.';
  else if (title.length > OBJECTIVE_LIMITS.titleLength)
    errors.title = `Keep the title within ${OBJECTIVE_LIMITS.titleLength} characters.`;
  if (draft.description.length > OBJECTIVE_LIMITS.descriptionLength) {
    const limit = OBJECTIVE_LIMITS.descriptionLength;
    errors.description = `Keep the description within ${limit} characters.`;
  }
  if (draft.keyResults.length > OBJECTIVE_LIMITS.keyResults) {
    errors.keyResults = `An objective can have at most ${OBJECTIVE_LIMITS.keyResults} key results.`;
  }
  const period = toPeriodSpec(draft.period);
  if (!period.ok) Object.assign(errors, period.errors);
  const keyResults = draft.keyResults.map((kr, index) => {
    const checked = toKeyResultDto(kr, context);
    if (!checked.ok) {
      for (const [path, message] of Object.entries(checked.errors))
        errors[`keyResults.${index}.${path}`] = message;
    }
    return checked.ok ? checked.value : undefined;
  });

  if (hasFieldErrors(errors) || !period.ok) return { ok: false, errors };

  return {
    ok: true,
    value: {
      id: draft.id,
      version: draft.version,
      title,
      description: draft.description.trim(),
      ownerAccountId: draft.ownerAccountId,
      period: period.value,
      status: draft.status,
      keyResults: keyResults.filter((kr): kr is KeyResultDto => kr !== undefined),
    },
  };
}

/** Checks a period draft; problems are reported at `period.*` paths as the back end does. */
export function toPeriodSpec(draft: PeriodDraft): Checked<PeriodSpecDto> {
  if (draft.type === 'custom') {
    const errors: Record<string, string> = {};
    if (!isIsoDate(draft.start)) errors['period.start'] = 'Enter a valid start date.';
    if (!isIsoDate(draft.endInclusive)) errors['period.end'] = 'Enter a valid end date.';
    else if (isIsoDate(draft.start) && draft.endInclusive < draft.start) {
      errors['period.end'] = 'The end date must be on or after the start date.';
    }
    return hasFieldErrors(errors)
      ? { ok: false, errors }
      : {
          ok: true,
          value: { type: 'custom', start: draft.start, endInclusive: draft.endInclusive },
        };
  }
  const fiscalYear = Number(draft.fiscalYear.trim());
  if (
    !/^\d{4}$/.test(draft.fiscalYear.trim()) ||
    fiscalYear < MIN_FISCAL_YEAR ||
    fiscalYear > MAX_FISCAL_YEAR
  ) {
    const message = `Choose a fiscal year between ${MIN_FISCAL_YEAR} and ${MAX_FISCAL_YEAR}.`;
    return { ok: false, errors: { 'period.fiscalYear': message } };
  }
  if (draft.type === 'fiscal-half')
    return { ok: true, value: { type: draft.type, fiscalYear, half: draft.half } };
  if (draft.type === 'fiscal-quarter')
    return { ok: true, value: { type: draft.type, fiscalYear, quarter: draft.quarter } };

  return { ok: true, value: { type: 'fiscal-year', fiscalYear } };
}

/**
 * Checks one key result draft and builds its contract form; problems are keyed by paths
 * within the key result (`target.percent`), as the back end reports them.
 */
export function toKeyResultDto(
  draft: KeyResultDraft,
  context: DraftContext,
): Checked<KeyResultDto> {
  const errors: Record<string, string> = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Enter a title for the key result.';
  else if (title.length > OBJECTIVE_LIMITS.titleLength)
    errors.title = `Keep the title within ${OBJECTIVE_LIMITS.titleLength} characters.`;
  const weight = parseNumberInput(draft.weight, context.locale);
  if (!weight.ok || weight.value < 0 || weight.value > OBJECTIVE_LIMITS.maxWeight) {
    errors.weight = `The weight must be a number from 0 to ${OBJECTIVE_LIMITS.maxWeight}.`;
  }
  const base = {
    id: draft.id,
    title,
    weight: weight.ok ? weight.value : 1,
    archived: draft.archived,
  };
  const fields = draft.type === 'cost' ? costFields(draft, context) : manualFields(draft, context);
  Object.assign(errors, fields.errors);

  if (hasFieldErrors(errors)) return { ok: false, errors };

  return { ok: true, value: { ...base, ...fields.value } };
}

/** One checked part of a key result: its value (a placeholder when invalid) and problems. */
type Part<T> = { readonly value: T; readonly errors: FieldErrors };

type CostFields = Omit<CostKeyResultDto, 'id' | 'title' | 'weight' | 'archived'>;
type ManualFields = Omit<ManualKeyResultDto, 'id' | 'title' | 'weight' | 'archived'>;

function costFields(draft: CostKeyResultDraft, context: DraftContext): Part<CostFields> {
  const measure = measurePart(draft);
  const target = targetPart(draft, context);
  const baseline = baselinePart(draft, context);
  const jql = draft.jql.trim();
  const errors: Record<string, string> = {
    ...(draft.categoryIds.length === 0
      ? { categoryIds: 'Choose at least one cost category.' }
      : {}),
    ...(jql.length > OBJECTIVE_LIMITS.jqlLength
      ? { jql: `Keep the JQL within ${OBJECTIVE_LIMITS.jqlLength} characters.` }
      : {}),
    ...measure.errors,
    ...target.errors,
    ...baseline.errors,
  };
  const sameAmount =
    baseline.value?.type === 'fixed' &&
    target.value.type === 'amount' &&
    baseline.value.amountMinor === target.value.amountMinor;
  if (sameAmount && !hasFieldErrors(target.errors) && !hasFieldErrors(baseline.errors)) {
    errors.target =
      'The target equals the baseline, so progress cannot be measured. Choose another target, ' +
      'or use a cap to stay under an amount.';
  }

  return {
    errors,
    value: {
      type: 'cost',
      categoryIds: draft.categoryIds,
      ...(jql === '' ? {} : { jql }),
      kind: draft.kind,
      currency: context.reportingCurrency,
      measure: measure.value,
      ...(baseline.value ? { baseline: baseline.value } : {}),
      target: target.value,
    },
  };
}

function measurePart(draft: CostKeyResultDraft): Part<CostMeasureDto> {
  if (draft.measure === 'total') return { value: { type: 'total' }, errors: {} };
  const months = monthsPart(draft.runRateMonths, 'measure.months');

  return { value: { type: 'run-rate', months: months.value }, errors: months.errors };
}

function baselinePart(
  draft: CostKeyResultDraft,
  context: DraftContext,
): Part<CostBaselineDto | undefined> {
  // A cap needs no baseline; the back end refuses none for the other targets.
  if (draft.target === 'cap') return { value: undefined, errors: {} };
  if (draft.baseline === 'window') {
    const months = monthsPart(draft.baselineMonths, 'baseline.months');
    return { value: { type: 'window', months: months.value }, errors: months.errors };
  }
  const amount = amountPart(draft.baselineAmount, context, 'baseline.amountMinor', 'The baseline');

  return { value: { type: 'fixed', amountMinor: amount.value }, errors: amount.errors };
}

function targetPart(draft: CostKeyResultDraft, context: DraftContext): Part<CostTargetDto> {
  if (draft.target !== 'percent-change') {
    const what = draft.target === 'cap' ? 'The cap' : 'The target';
    const amount = amountPart(draft.targetAmount, context, 'target.amountMinor', what);
    const zeroCap = draft.target === 'cap' && amount.value === 0 && !hasFieldErrors(amount.errors);
    return {
      value: { type: draft.target, amountMinor: amount.value },
      errors: zeroCap ? { 'target.amountMinor': 'The cap must be above zero.' } : amount.errors,
    };
  }
  const parsed = parseNumberInput(draft.percent, context.locale);
  const size = parsed.ok ? parsed.value : NaN;
  const limit = draft.percentDirection === 'reduce' ? 100 : 1000;
  const hasTwoDecimalsAtMost = Math.abs(size * 100 - Math.round(size * 100)) < 1e-6;
  const valid = size > 0 && size <= limit && hasTwoDecimalsAtMost;
  const message = `Enter a percentage above 0 and up to ${limit}, with at most two decimals.`;

  return {
    value: { type: 'percent-change', percent: draft.percentDirection === 'reduce' ? -size : size },
    errors: valid ? {} : { 'target.percent': message },
  };
}

function amountPart(text: string, context: DraftContext, path: string, what: string): Part<number> {
  const parsed = parseAmountInput(text, context.reportingCurrency, context.locale);
  if (!parsed.ok) return { value: 0, errors: { [path]: parsed.reason } };
  if (parsed.value < 0) {
    return {
      value: parsed.value,
      errors: { [path]: `${what} must be an amount of zero or more.` },
    };
  }

  return { value: parsed.value, errors: {} };
}

function monthsPart(text: string, path: string): Part<number> {
  const parsed = parseMonthsInput(text);

  return parsed.ok
    ? { value: parsed.value, errors: {} }
    : { value: 1, errors: { [path]: parsed.reason } };
}

function manualFields(draft: ManualKeyResultDraft, context: DraftContext): Part<ManualFields> {
  const isMoney = draft.unit === 'currency';
  const noCurrency = isMoney && draft.currency === '';
  const valuePart = (text: string, path: string, what: string): Part<number> => {
    if (noCurrency) return { value: 0, errors: {} };
    const parsed = isMoney
      ? parseAmountInput(text, draft.currency, context.locale)
      : parseNumberInput(text, context.locale);
    return parsed.ok
      ? { value: parsed.value, errors: {} }
      : { value: 0, errors: { [path]: `${what}: ${parsed.reason}` } };
  };
  const start = valuePart(draft.startValue, 'startValue', 'Start value');
  const target = valuePart(draft.targetValue, 'targetValue', 'Target');
  const valuesOk = !noCurrency && !hasFieldErrors({ ...start.errors, ...target.errors });
  const errors: Record<string, string> = {
    ...(noCurrency ? { currency: 'Choose the currency of the key result.' } : {}),
    ...start.errors,
    ...target.errors,
    ...(valuesOk && start.value === target.value
      ? {
          targetValue:
            'The target equals the start value, so progress cannot be measured. ' +
            'Choose another target.',
        }
      : {}),
  };

  return {
    errors,
    value: {
      type: 'manual',
      unit: draft.unit,
      ...(isMoney ? { currency: draft.currency } : {}),
      startValue: start.value,
      targetValue: target.value,
      checkIns: draft.checkIns,
    },
  };
}
