import type { CostKind, IsoDate } from '@shared/contract';
import { isCurrencyCode } from '@shared/currencies';
import { formatMoneyForInput } from '@shared/format-money';
import type {
  CheckInDto,
  CostKeyResultDto,
  KeyResultDto,
  ManualKeyResultDto,
  ObjectiveDto,
  ObjectiveStatusDto,
} from '@shared/okr-contract';

import { newId } from '../../../common/src/ids';

import type { PeriodDraft } from './period-dates';
import { defaultPeriodDraft, toPeriodDraft } from './period-dates';

/** A cost key result as typed in the editor: numbers and amounts stay text until saved. */
export type CostKeyResultDraft = {
  readonly type: 'cost';
  readonly id: string;
  readonly title: string;
  /** While true, the title follows the fields ("Reduce Cloud spend by 10%…"). */
  readonly autoTitle: boolean;
  readonly weight: string;
  readonly archived: boolean;
  readonly categoryIds: readonly string[];
  /** Narrows the costs to issues matching this JQL; empty for every issue of the project. */
  readonly jql: string;
  readonly kind: CostKind;
  readonly measure: 'total' | 'run-rate';
  readonly runRateMonths: string;
  readonly baseline: 'fixed' | 'window';
  readonly baselineAmount: string;
  readonly baselineMonths: string;
  readonly target: 'amount' | 'percent-change' | 'cap';
  /** The target amount or the cap. */
  readonly targetAmount: string;
  readonly percentDirection: 'reduce' | 'increase';
  /** The size of the change, without sign: "15" with `reduce` is -15%. */
  readonly percent: string;
};

/** A manual key result as typed; check-ins are recorded separately and kept as they are. */
export type ManualKeyResultDraft = {
  readonly type: 'manual';
  readonly id: string;
  readonly title: string;
  readonly weight: string;
  readonly archived: boolean;
  readonly unit: ManualKeyResultDto['unit'];
  readonly currency: string;
  readonly startValue: string;
  readonly targetValue: string;
  readonly checkIns: readonly CheckInDto[];
};

export type KeyResultDraft = CostKeyResultDraft | ManualKeyResultDraft;

/** An objective as the editor holds it. `version` 0 means not saved yet. */
export type ObjectiveDraft = {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly description: string;
  readonly ownerAccountId: string;
  readonly period: PeriodDraft;
  readonly status: ObjectiveStatusDto;
  readonly keyResults: readonly KeyResultDraft[];
};

/** What drafts are typed in: the user's locale, the project's currency and fiscal year. */
export type DraftContext = {
  readonly locale: string;
  readonly reportingCurrency: string;
  readonly fiscalYearStartMonth: number;
  readonly today: IsoDate;
};

/** An empty objective owned by the current user, for the fiscal quarter of today. */
export function newObjectiveDraft(ownerAccountId: string, context: DraftContext): ObjectiveDraft {
  return {
    id: newId(),
    version: 0,
    title: '',
    description: '',
    ownerAccountId,
    period: defaultPeriodDraft(context.today, context.fiscalYearStartMonth),
    status: 'active',
    keyResults: [],
  };
}

/** A blank cost key result: actual costs, total over the period, against past months. */
export function newCostKeyResult(): CostKeyResultDraft {
  return {
    type: 'cost',
    id: newId(),
    title: '',
    autoTitle: true,
    weight: '1',
    archived: false,
    categoryIds: [],
    jql: '',
    kind: 'actual',
    measure: 'total',
    runRateMonths: '3',
    baseline: 'window',
    baselineAmount: '',
    baselineMonths: '3',
    target: 'percent-change',
    targetAmount: '',
    percentDirection: 'reduce',
    percent: '10',
  };
}

/** A blank manual key result: a number people report in check-ins. */
export function newManualKeyResult(): ManualKeyResultDraft {
  return {
    type: 'manual',
    id: newId(),
    title: '',
    weight: '1',
    archived: false,
    unit: 'number',
    currency: '',
    startValue: '0',
    targetValue: '',
    checkIns: [],
  };
}

/** The editor's draft of a saved objective. */
export function toObjectiveDraft(objective: ObjectiveDto, context: DraftContext): ObjectiveDraft {
  return {
    id: objective.id,
    version: objective.version,
    title: objective.title,
    description: objective.description,
    ownerAccountId: objective.ownerAccountId,
    period: toPeriodDraft(
      objective.period,
      defaultPeriodDraft(context.today, context.fiscalYearStartMonth),
    ),
    status: objective.status,
    keyResults: objective.keyResults.map((kr) => toKeyResultDraft(kr, context)),
  };
}

function toKeyResultDraft(keyResult: KeyResultDto, context: DraftContext): KeyResultDraft {
  return keyResult.type === 'cost'
    ? toCostDraft(keyResult, context)
    : toManualDraft(keyResult, context.locale);
}

function toCostDraft(kr: CostKeyResultDto, context: DraftContext): CostKeyResultDraft {
  const blank = newCostKeyResult();
  const money = (amountMinor: number) =>
    moneyText(amountMinor, kr.currency || context.reportingCurrency, context.locale);
  const { baseline, target, measure } = kr;

  return {
    ...blank,
    id: kr.id,
    title: kr.title,
    autoTitle: false,
    weight: numberText(kr.weight, context.locale),
    archived: kr.archived,
    categoryIds: kr.categoryIds,
    jql: kr.jql ?? '',
    kind: kr.kind,
    measure: measure.type,
    runRateMonths: measure.type === 'run-rate' ? String(measure.months) : blank.runRateMonths,
    baseline: baseline?.type ?? blank.baseline,
    baselineAmount: baseline?.type === 'fixed' ? money(baseline.amountMinor) : '',
    baselineMonths: baseline?.type === 'window' ? String(baseline.months) : blank.baselineMonths,
    target: target.type,
    targetAmount: target.type === 'percent-change' ? '' : money(target.amountMinor),
    percentDirection:
      target.type === 'percent-change' && target.percent > 0 ? 'increase' : 'reduce',
    percent:
      target.type === 'percent-change'
        ? numberText(Math.abs(target.percent), context.locale)
        : blank.percent,
  };
}

function toManualDraft(kr: ManualKeyResultDto, locale: string): ManualKeyResultDraft {
  const value = (v: number) =>
    kr.unit === 'currency' && kr.currency
      ? moneyText(v, kr.currency, locale)
      : numberText(v, locale);

  return {
    type: 'manual',
    id: kr.id,
    title: kr.title,
    weight: numberText(kr.weight, locale),
    archived: kr.archived,
    unit: kr.unit,
    currency: kr.currency ?? '',
    startValue: value(kr.startValue),
    targetValue: value(kr.targetValue),
    checkIns: kr.checkIns,
  };
}

/** A number as a user would type it in the locale: its decimal separator, no grouping. */
export function numberText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(
    value,
  );
}

function moneyText(amountMinor: number, currency: string, locale: string): string {
  return isCurrencyCode(currency)
    ? formatMoneyForInput({ amount: amountMinor, currency }, locale)
    : String(amountMinor);
}
