import type { IsoMonth } from './contract';

/**
 * Request and response types of the FOCUS cloud-bill import (project settings page). Amounts
 * that cross this boundary are integer minor units of their currency.
 */

/** Which FOCUS cost column an import records: the invoiced cost or the amortized one. */
export type FocusCostBasis = 'BilledCost' | 'EffectiveCost';

/** The FOCUS columns a rule can look at; `tag` reads one key of the JSON `Tags` column. */
export type FocusRuleField = 'tag' | 'ServiceCategory' | 'ServiceName' | 'SubAccountName';

/** Where matching rows go: a cost category of the project and one of its issues (by key). */
export type FocusTargetDto = { readonly categoryId: string; readonly issueKey: string };

/**
 * One mapping rule: rows whose `field` (or tag `tagKey`) equals `value` (trimmed, ignoring
 * case) go to the target. Rules are tried in order; the first that matches wins.
 */
export type FocusRuleDto = FocusTargetDto & {
  readonly id: string;
  readonly field: FocusRuleField;
  /** The tag's key; only for `field: 'tag'`. */
  readonly tagKey?: string;
  readonly value: string;
};

/** A project's remembered import mapping. Rows no rule matches go to `defaultTarget`, if set. */
export type FocusMappingDto = {
  readonly costBasis: FocusCostBasis;
  readonly rules: readonly FocusRuleDto[];
  readonly defaultTarget?: FocusTargetDto;
};

/** The bill a group of rows came from: one provider's billing account in one billing period. */
export type FocusSourceDto = {
  readonly providerName: string;
  readonly billingAccountId: string;
  /** The month of `BillingPeriodStart`. */
  readonly billingPeriod: IsoMonth;
};

/** The sum of a bill's rows for one issue, category, month (of ChargePeriodStart) and currency. */
export type FocusGroupDto = FocusTargetDto & {
  readonly source: FocusSourceDto;
  readonly month: IsoMonth;
  readonly currency: string;
  /** The exact sum rounded half-to-even once, in minor units. */
  readonly amountMinor: number;
  readonly rowCount: number;
};

/** What the Import tab loads: the remembered mapping and the last imports. */
export type FocusImportLoadResponse = {
  readonly mapping: FocusMappingDto;
  readonly projectKey: string;
};

export type SaveFocusMappingRequest = FocusMappingDto;

/**
 * One batch of an import run. `runId` is made by the browser for the whole file; batches may be
 * sent again (the same index overwrites), so a retried upload never adds anything twice.
 */
export type StageFocusBatchRequest = {
  readonly runId: string;
  readonly batchIndex: number;
  readonly costBasis: FocusCostBasis;
  readonly fileName: string;
  readonly groups: readonly FocusGroupDto[];
};

export type StageFocusBatchResponse = { readonly runId: string; readonly batchIndex: number };

/**
 * Applies a staged run to the bills in `sources`, replacing what earlier imports recorded for
 * them (a bill whose rows all sum to zero still clears its old entries). Call again while `done`
 * is false: a large run takes several calls.
 */
export type CommitFocusImportRequest = {
  readonly runId: string;
  readonly batchCount: number;
  readonly sources: readonly FocusSourceDto[];
};

export type CommitFocusImportResponse = {
  readonly done: boolean;
  /** Entries written and deleted by this call. */
  readonly written: number;
  readonly deleted: number;
  /** Entries the run's bills hold once done. */
  readonly entries: number;
  readonly sources: readonly FocusSourceDto[];
};
