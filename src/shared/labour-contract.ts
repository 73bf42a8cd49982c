import type { IsoDate, MoneyDto } from './contract';

/**
 * Labour cost from Jira worklogs: the contract between the settings page and its resolver.
 * Every amount is integer minor units of its currency.
 */

/**
 * An hourly cost rate in force from `from` (inclusive) until the next rate of the same person
 * (or of the project default when `accountId` is absent). `hourly` is minor units per hour.
 */
export type LabourRateDto = {
  readonly accountId?: string;
  readonly from: IsoDate;
  readonly hourly: MoneyDto;
};

/** Where the background recomputation of a project's labour entries stands. */
export type LabourSyncJobDto = {
  readonly jobId: string;
  readonly status: 'running' | 'done';
  /** Only worklogs started on or after this date are recomputed; absent: all of them. */
  readonly from?: IsoDate;
  readonly startedAt: string;
  readonly updatedAt: string;
  /** Worklogs changed up to this instant (ISO) have been read; progress through Jira's feed. */
  readonly readUpTo?: string;
  readonly pages: number;
  readonly worklogsRead: number;
  readonly entriesWritten: number;
  readonly entriesDeleted: number;
  /** Worklogs of the project with no rate in force on their date: no entry. */
  readonly withoutRate: number;
};

export type LabourLoadResponse = {
  readonly rates: readonly LabourRateDto[];
  readonly job?: LabourSyncJobDto;
};

export type SaveLabourRateRequest = LabourRateDto;
export type DeleteLabourRateRequest = { readonly accountId?: string; readonly from: IsoDate };
export type LabourRatesResponse = {
  readonly rates: readonly LabourRateDto[];
  readonly job?: LabourSyncJobDto;
};
export type LabourSyncResponse = { readonly job?: LabourSyncJobDto };
