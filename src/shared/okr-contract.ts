/**
 * The objectives-and-key-results part of the contract between resolvers and front ends.
 * Money values are integer minor units of the project's reporting currency; fractions are
 * unrounded (0.4 = 40%) and rounded only for display.
 */
import type { CostKind, IsoDate, IsoMonth } from './contract';

/** An objective's period: a part of the fiscal year, or custom dates (end inclusive). */
export type PeriodSpecDto =
  | { readonly type: 'fiscal-year'; readonly fiscalYear: number }
  | { readonly type: 'fiscal-half'; readonly fiscalYear: number; readonly half: 1 | 2 }
  | {
      readonly type: 'fiscal-quarter';
      readonly fiscalYear: number;
      readonly quarter: 1 | 2 | 3 | 4;
    }
  | { readonly type: 'custom'; readonly start: IsoDate; readonly endInclusive: IsoDate };

export type ObjectiveStatusDto = 'draft' | 'active' | 'closed' | 'archived';

export type CostMeasureDto =
  { readonly type: 'total' } | { readonly type: 'run-rate'; readonly months: number };

export type CostBaselineDto =
  | { readonly type: 'fixed'; readonly amountMinor: number }
  | { readonly type: 'window'; readonly months: number };

export type CostTargetDto =
  | { readonly type: 'amount'; readonly amountMinor: number }
  | { readonly type: 'percent-change'; readonly percent: number }
  | { readonly type: 'cap'; readonly amountMinor: number };

type KeyResultBaseDto = {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly archived: boolean;
};

/** A key result computed from the costs of some categories, in the reporting currency. */
export type CostKeyResultDto = KeyResultBaseDto & {
  readonly type: 'cost';
  readonly categoryIds: readonly string[];
  readonly kind: CostKind;
  readonly currency: string;
  /** Narrows the costs to issues matching this JQL (within the project). */
  readonly jql?: string;
  readonly measure: CostMeasureDto;
  readonly baseline?: CostBaselineDto;
  readonly target: CostTargetDto;
};

export type CheckInDto = {
  readonly value: number;
  readonly confidence: 'low' | 'medium' | 'high';
  readonly note: string;
  readonly authorAccountId: string;
  readonly date: IsoDate;
};

/** A key result whose value people report in check-ins. */
export type ManualKeyResultDto = KeyResultBaseDto & {
  readonly type: 'manual';
  readonly unit: 'number' | 'percent' | 'currency';
  readonly currency?: string;
  readonly startValue: number;
  readonly targetValue: number;
  readonly checkIns: readonly CheckInDto[];
};

export type KeyResultDto = CostKeyResultDto | ManualKeyResultDto;

export type ObjectiveDto = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly ownerAccountId: string;
  readonly period: PeriodSpecDto;
  readonly status: ObjectiveStatusDto;
  readonly keyResults: readonly KeyResultDto[];
  /** Grows with every save; a save carrying an older one is refused. */
  readonly version: number;
};

/** A key result's numbers now (see the domain's KeyResultEvaluation). */
export type EvaluationDto = {
  readonly direction: 'decrease' | 'increase';
  readonly display: 'progress' | 'share-used';
  readonly baselineValue: number | undefined;
  readonly targetValue: number | undefined;
  readonly currentValue: number | undefined;
  readonly progress: number | null;
  readonly score: number | null;
  readonly changePercent: number | 'n/a';
  readonly notMeasurable?: 'no-data' | 'zero-baseline' | 'too-large';
};

export type ForecastDto = {
  readonly status: 'on-track' | 'at-risk' | 'off-track' | 'no-data';
  /** The window is over: the projection is the key result's final value. */
  readonly ended?: true;
  readonly runRateMinor?: number;
  readonly projectedValueMinor?: number;
  readonly projectedScore?: number;
  readonly projectedMonths: ReadonlyArray<{
    readonly month: IsoMonth;
    readonly amountMinor: number;
  }>;
};

/** A key result with its live (or frozen) evaluation, forecast and monthly history. */
export type KeyResultView = {
  readonly keyResult: KeyResultDto;
  readonly evaluation: EvaluationDto;
  readonly forecast?: ForecastDto;
  /** The measured months of the window and the baseline window, in minor units. */
  readonly history: ReadonlyArray<{ readonly month: IsoMonth; readonly amountMinor: number }>;
  /** For a closed objective: costs that arrived after closing (live minus frozen value). */
  readonly adjustmentMinor?: number;
  /** For a JQL-narrowed key result: when its value was last measured (ISO time). */
  readonly refreshedAt?: string;
};

export type ObjectiveView = {
  readonly objective: ObjectiveDto;
  readonly periodLabel: string;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  /** Weighted mean of active key results' scores; null when nothing is measurable. */
  readonly progress: number | null;
  readonly keyResults: readonly KeyResultView[];
  readonly closedOn?: IsoDate;
};

export type ObjectivesResponse = {
  readonly reportingCurrency: string;
  readonly fiscalYearStartMonth: number;
  readonly today: IsoDate;
  readonly objectives: readonly ObjectiveView[];
};

/** Create or update; `version` is 0 for a new objective. */
export type SaveObjectiveRequest = Omit<ObjectiveDto, 'keyResults'> & {
  readonly keyResults: readonly KeyResultDto[];
};
export type DeleteObjectiveRequest = { readonly id: string; readonly version: number };
export type CheckInRequest = {
  readonly objectiveId: string;
  readonly keyResultId: string;
  readonly version: number;
  readonly value: number;
  readonly confidence: 'low' | 'medium' | 'high';
  readonly note: string;
  readonly date: IsoDate;
};
/** Evaluates an unsaved key result against the recorded costs, for the editor's live preview. */
export type PreviewKeyResultRequest = {
  readonly period: PeriodSpecDto;
  readonly keyResult: KeyResultDto;
};

/** A key result the issue's costs count toward (shown in the issue panel). */
export type FedKeyResultDto = {
  readonly objectiveId: string;
  readonly objectiveTitle: string;
  readonly keyResultId: string;
  readonly keyResultTitle: string;
};

/** Which key result to drill into. */
export type ContributionsRequest = { readonly objectiveId: string; readonly keyResultId: string };

/** The issues whose costs make up a cost key result's current value, largest first. */
export type ContributionsResponse = {
  readonly currency: string;
  /** Sum of the contributions (minor units), the KR's measured total over its window. */
  readonly totalMinor: number;
  readonly issues: ReadonlyArray<{
    readonly issueId: string;
    readonly issueKey: string;
    readonly amountMinor: number;
    /** Fraction of `totalMinor` (0.25 = 25%); null when the total is zero. */
    readonly share: number | null;
    readonly entries: ReadonlyArray<{
      readonly id: string;
      readonly date: string;
      readonly amount: { readonly amount: number; readonly currency: string };
      readonly convertedMinor: number | null;
    }>;
  }>;
  /** Occurrences left out because no rate converts them. */
  readonly unconvertedCount: number;
  /** Issues the viewer may not browse: counted in the total, not listed. */
  readonly hiddenIssueCount?: number;
};
