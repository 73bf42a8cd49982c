import type { ValidationDetail } from '../../platform/errors';
import { ValidationError } from '../../platform/errors';
import type { CostKind, IsoDate } from '../../shared/contract';
import { isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../../shared/currencies';
import { isIsoDate } from '../calendar';

/** Which way a key result's value should move: costs usually `decrease`. */
export type Direction = 'decrease' | 'increase';

/**
 * What a cost key result measures over its window: the total (minor units), or the monthly
 * run-rate, the mean of the last `months` complete months (minor units per month).
 */
export type CostMeasure =
  { readonly type: 'total' } | { readonly type: 'run-rate'; readonly months: number };

/**
 * Where a cost key result starts from: a fixed amount (minor units of the reporting currency),
 * or the same measure over the `months` whole months before the key result's window starts.
 */
export type CostBaseline =
  | { readonly type: 'fixed'; readonly amountMinor: number }
  | { readonly type: 'window'; readonly months: number };

/**
 * What a cost key result aims for: an amount (minor units), a percentage change from the
 * baseline (`percent` in percent units, -15 for "15% less", at most two decimals), or a cap
 * ("stay under `amountMinor` over the window"), which needs no baseline.
 */
export type CostTarget =
  | { readonly type: 'amount'; readonly amountMinor: number }
  | { readonly type: 'percent-change'; readonly percent: number }
  | { readonly type: 'cap'; readonly amountMinor: number };

/** Fields every key result has; `weight` (>= 0, default 1) counts in the objective's mean. */
export type KeyResultBase = {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  /** An archived key result keeps its history but no longer counts in its objective. */
  readonly archived: boolean;
};

/**
 * A key result that measures itself from recorded costs of some categories and one kind, in
 * the project's reporting currency. `jql` narrows the issues; it is evaluated outside domain/
 * and only changes which costs reach the month series.
 */
export type CostKeyResult = KeyResultBase & {
  readonly type: 'cost';
  readonly categoryIds: readonly string[];
  readonly jql?: string;
  readonly kind: CostKind;
  readonly currency: string;
  readonly measure: CostMeasure;
  /** Required unless the target is a cap. */
  readonly baseline?: CostBaseline;
  readonly target: CostTarget;
};

/** The unit of a manual key result; `currency` values are integer minor units of `currency`. */
export type ManualUnit = 'number' | 'percent' | 'currency';

/** How sure the author of a check-in is that the key result will be met. */
export type Confidence = 'low' | 'medium' | 'high';

/** A value reported by a person for a manual key result, in the key result's unit. */
export type CheckIn = {
  readonly value: number;
  readonly confidence: Confidence;
  readonly note: string;
  readonly authorAccountId: string;
  readonly date: IsoDate;
};

/** A key result whose value people report in check-ins, from `startValue` to `targetValue`. */
export type ManualKeyResult = KeyResultBase & {
  readonly type: 'manual';
  readonly unit: ManualUnit;
  /** Required when `unit` is `currency`. */
  readonly currency?: string;
  readonly startValue: number;
  readonly targetValue: number;
  readonly checkIns: readonly CheckIn[];
};

/** Any key result of an objective. */
export type KeyResult = CostKeyResult | ManualKeyResult;

/** The weight a new key result gets. */
export const DEFAULT_WEIGHT = 1;
/** Months in a run-rate when the user does not choose. */
export const DEFAULT_RUN_RATE_MONTHS = 3;
/** The fewest months in a run-rate or baseline window. */
export const MIN_WINDOW_MONTHS = 1;
/** The most months in a run-rate or baseline window. */
export const MAX_WINDOW_MONTHS = 24;
/** The lowest percentage-change target, in percent units (-100: down to zero). */
export const MIN_PERCENT_CHANGE = -100;
/** The highest percentage-change target, in percent units. */
export const MAX_PERCENT_CHANGE = 1000;
/** The longest key result title, in characters. */
export const MAX_TITLE_LENGTH = 255;
/** The longest check-in note, in characters. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * Checks a key result before it is saved and reports every problem at once, each with a path
 * and a message the user can act on.
 * @throws {ValidationError} when any field is invalid, including a target equal to the
 *   baseline (or start value), which would make progress impossible to measure; caps are
 *   exempt because they have no baseline.
 */
export function validateKeyResult(keyResult: KeyResult): void {
  const details = keyResultProblems(keyResult);

  if (details.length > 0) {
    throw new ValidationError(details.map((d) => d.message).join(' '), details);
  }
}

/**
 * Every problem {@link validateKeyResult} would report, as paths within the key result and
 * user-actionable messages; empty when the key result may be saved.
 */
export function keyResultProblems(keyResult: KeyResult): ValidationDetail[] {
  return [
    ...baseProblems(keyResult),
    ...(keyResult.type === 'cost' ? costProblems(keyResult) : manualProblems(keyResult)),
  ];
}

function baseProblems(keyResult: KeyResult): ValidationDetail[] {
  const title = keyResult.title.trim();

  return [
    ...check(title.length > 0, 'title', 'Enter a title for the key result.'),
    ...check(
      title.length <= MAX_TITLE_LENGTH,
      'title',
      `Keep the title within ${MAX_TITLE_LENGTH} characters.`,
    ),
    ...check(
      Number.isFinite(keyResult.weight) && keyResult.weight >= 0 && keyResult.weight <= 1000,
      'weight',
      'The weight must be a number from 0 to 1000.',
    ),
  ];
}

function costProblems(keyResult: CostKeyResult): ValidationDetail[] {
  const { baseline, target, measure } = keyResult;
  const ids = keyResult.categoryIds;

  return [
    ...check(ids.length > 0, 'categoryIds', 'Choose at least one cost category.'),
    ...check(new Set(ids).size === ids.length, 'categoryIds', 'Choose each category only once.'),
    ...check(
      keyResult.kind === 'actual' || keyResult.kind === 'planned',
      'kind',
      'Measure actual or planned costs.',
    ),
    ...check(
      isCurrencyCode(keyResult.currency),
      'currency',
      'Set a reporting currency for the project first.',
    ),
    ...(measure.type === 'run-rate' ? monthsProblems(measure.months, 'measure.months') : []),
    ...baselineProblems(baseline, target),
    ...targetProblems(target),
    ...check(
      !(baseline?.type === 'fixed' && target.type === 'amount') ||
        baseline.amountMinor !== target.amountMinor,
      'target',
      'The target equals the baseline, so progress cannot be measured. Choose another target, ' +
        'or use a cap to stay under an amount.',
    ),
    ...(keyResult.jql === undefined
      ? []
      : jqlStructureProblems(keyResult.jql).map((message) => ({ path: 'jql', message }))),
  ];
}

/**
 * What keeps a key result's JQL from being a self-contained condition. The app searches
 * `project = <id> AND (<jql>)`, so the JQL's parentheses and quotes must balance, or a
 * stray ")" would close the app's group and widen the search beyond the project; ORDER BY has
 * no place inside the group either. Quoted text (with backslash escapes) is skipped.
 */
export function jqlStructureProblems(jql: string): string[] {
  let depth = 0;
  let quote: string | undefined;
  let outside = '';
  for (let i = 0; i < jql.length; i += 1) {
    const char = jql[i] ?? '';
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      outside += ' ';
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') {
      depth -= 1;
      if (depth < 0) return ['A closing parenthesis in the JQL has no opening one before it.'];
    }
    outside += char;
  }
  if (quote) return ['A quote in the JQL is not closed.'];
  if (depth > 0) return ['Close every parenthesis the JQL opens.'];
  if (/\border\s+by\b/i.test(outside)) {
    return ['Leave out ORDER BY: the key result adds up costs, so order does not matter.'];
  }

  return [];
}

function baselineProblems(baseline: CostBaseline | undefined, target: CostTarget) {
  if (target.type === 'cap') return [];
  if (!baseline) return check(false, 'baseline', 'Choose a baseline: an amount or past months.');
  if (baseline.type === 'window') return monthsProblems(baseline.months, 'baseline.months');

  return amountProblems(baseline.amountMinor, 'baseline.amountMinor', 'The baseline');
}

function targetProblems(target: CostTarget): ValidationDetail[] {
  if (target.type === 'amount') {
    return amountProblems(target.amountMinor, 'target.amountMinor', 'The target');
  }
  if (target.type === 'cap') {
    return [
      ...amountProblems(target.amountMinor, 'target.amountMinor', 'The cap'),
      ...check(target.amountMinor !== 0, 'target.amountMinor', 'The cap must be above zero.'),
    ];
  }
  const { percent } = target;
  const hundredths = percent * 100;
  const message =
    `The change must be a percentage from ${MIN_PERCENT_CHANGE} to ${MAX_PERCENT_CHANGE}, ` +
    'other than 0, with at most two decimals.';

  return check(
    Number.isFinite(percent) &&
      percent >= MIN_PERCENT_CHANGE &&
      percent <= MAX_PERCENT_CHANGE &&
      percent !== 0 &&
      Math.abs(hundredths - Math.round(hundredths)) < 1e-6,
    'target.percent',
    message,
  );
}

function manualProblems(keyResult: ManualKeyResult): ValidationDetail[] {
  const { unit, startValue, targetValue } = keyResult;
  const isMoney = unit === 'currency';
  const valueOk = (value: number) =>
    isMoney
      ? Number.isSafeInteger(value) && Math.abs(value) <= MAX_SAFE_MINOR_UNITS
      : Number.isFinite(value);
  const as = isMoney ? 'as an amount of money' : 'as a number';

  return [
    ...check(
      unit === 'number' || unit === 'percent' || isMoney,
      'unit',
      'Choose a unit: number, percent or currency.',
    ),
    ...check(
      !isMoney || isCurrencyCode(keyResult.currency ?? ''),
      'currency',
      'Choose the currency of the key result.',
    ),
    ...check(valueOk(startValue), 'startValue', `Enter the start value ${as}.`),
    ...check(valueOk(targetValue), 'targetValue', `Enter the target ${as}.`),
    ...check(
      startValue !== targetValue,
      'targetValue',
      'The target equals the start value, so progress cannot be measured. Choose another target.',
    ),
    ...keyResult.checkIns.flatMap((checkIn, index) => {
      const path = `checkIns.${index}`;
      return [
        ...check(valueOk(checkIn.value), `${path}.value`, `Enter the check-in value ${as}.`),
        ...check(isIsoDate(checkIn.date), `${path}.date`, 'Enter a valid check-in date.'),
        ...check(
          ['low', 'medium', 'high'].includes(checkIn.confidence),
          `${path}.confidence`,
          'Choose a confidence: low, medium or high.',
        ),
        ...check(
          checkIn.note.length <= MAX_NOTE_LENGTH,
          `${path}.note`,
          `Keep the note within ${MAX_NOTE_LENGTH} characters.`,
        ),
      ];
    }),
  ];
}

function monthsProblems(months: number, path: string): ValidationDetail[] {
  return check(
    Number.isInteger(months) && months >= MIN_WINDOW_MONTHS && months <= MAX_WINDOW_MONTHS,
    path,
    `Choose a whole number of months from ${MIN_WINDOW_MONTHS} to ${MAX_WINDOW_MONTHS}.`,
  );
}

function amountProblems(amountMinor: number, path: string, what: string): ValidationDetail[] {
  return check(
    Number.isSafeInteger(amountMinor) && amountMinor >= 0 && amountMinor <= MAX_SAFE_MINOR_UNITS,
    path,
    `${what} must be an amount of zero or more.`,
  );
}

function check(ok: boolean, path: string, message: string): ValidationDetail[] {
  return ok ? [] : [{ path, message }];
}
