import { ValidationError } from '../platform/errors';
import type { IsoDate } from '../shared/contract';
import type { CurrencyCode } from '../shared/currencies';
import { MAX_SAFE_MINOR_UNITS } from '../shared/currencies';
import type { LabourRateDto } from '../shared/labour-contract';
import type { CostEntry } from './cost-entry';

/** The cost category labour entries are recorded in (one of the default categories). */
export const LABOUR_CATEGORY_ID = 'labour';

/** An hourly cost rate; `hourly.amount` is minor units per hour. See LabourRateDto. */
export type LabourRate = LabourRateDto;

/** A Jira worklog as the labour calculation needs it. `started` is a Jira date-time. */
export type Worklog = {
  readonly id: string;
  readonly issueId: string;
  readonly authorAccountId: string;
  readonly started: string;
  readonly timeSpentSeconds: number;
};

/** The issue a worklog is on, with the project it is in now. */
export type WorklogIssue = {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
};

const SECONDS_PER_HOUR = 3600n;
const JIRA_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * The calendar date a worklog counts on: the UTC date of its start. Jira renders `started` in
 * the offset of whoever reads it, so the UTC date is the one every reader agrees on.
 * @throws {ValidationError} when `started` is not a Jira date-time.
 */
export function worklogDate(started: string): IsoDate {
  return new Date(worklogStartMs(started)).toISOString().slice(0, 10);
}

/**
 * Epoch milliseconds of a Jira date-time such as `2026-09-14T09:00:00.000+0200`.
 * @throws {ValidationError} when the text is not a Jira date-time.
 */
export function worklogStartMs(started: string): number {
  const match = JIRA_DATE_TIME.exec(started);
  if (!match) throw new ValidationError(`Not a Jira date-time: ${started.slice(0, 40)}`);
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
  const second = Number(match[6] ?? 0);
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const sign = match[9] === '-' ? -1 : 1;
  const offsetMinutes = match[8] === 'Z' ? 0 : sign * (Number(match[10]) * 60 + Number(match[11]));
  const local = Date.UTC(year!, month! - 1, day, hour, minute, second, millis);

  return local - offsetMinutes * 60_000;
}

/**
 * The rate in force for a person on a date: their own rate with the latest `from` on or before
 * the date; without one, the project default's likewise; otherwise undefined.
 */
export function rateInForce(
  rates: readonly LabourRate[],
  accountId: string,
  date: IsoDate,
): LabourRate | undefined {
  const latest = (candidates: readonly LabourRate[]) =>
    candidates
      .filter((rate) => rate.from <= date)
      .reduce<LabourRate | undefined>(
        (best, rate) => (!best || rate.from > best.from ? rate : best),
        undefined,
      );

  return (
    latest(rates.filter((rate) => rate.accountId === accountId)) ??
    latest(rates.filter((rate) => rate.accountId === undefined))
  );
}

/**
 * The cost of time spent at an hourly rate, in minor units: hourly x seconds / 3600, computed
 * exactly on integers and rounded half-to-even once.
 * @throws {ValidationError} when an input is negative or not an integer, or the cost exceeds
 *   MAX_SAFE_MINOR_UNITS.
 */
export function labourCostMinor(hourlyMinor: number, seconds: number): number {
  if (!Number.isSafeInteger(hourlyMinor) || hourlyMinor < 0)
    throw new ValidationError('An hourly rate is a whole, non-negative number of minor units.');
  if (!Number.isSafeInteger(seconds) || seconds < 0)
    throw new ValidationError('Time spent is a whole, non-negative number of seconds.');
  const product = BigInt(hourlyMinor) * BigInt(seconds);
  const quotient = product / SECONDS_PER_HOUR;
  const twiceRemainder = (product % SECONDS_PER_HOUR) * 2n;
  const roundUp =
    twiceRemainder > SECONDS_PER_HOUR ||
    (twiceRemainder === SECONDS_PER_HOUR && quotient % 2n === 1n);
  const cost = roundUp ? quotient + 1n : quotient;
  if (cost > BigInt(MAX_SAFE_MINOR_UNITS))
    throw new ValidationError('The labour cost is too large.');

  return Number(cost);
}

/** The id of the entry derived from a worklog; the same worklog always gives the same id. */
export function worklogEntryId(worklogId: string): string {
  return `worklog-${worklogId}`;
}

/** The `source.key` of the entry derived from a worklog. */
export function worklogSourceKey(worklogId: string): string {
  return `worklog:${worklogId}`;
}

/** Jira's "2h 30m" rendering of seconds, in hours and minutes only. */
export function formatHours(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;

  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

/**
 * The labour entry a worklog should have (version 1; the writer sets the version), or undefined
 * when no rate is in force for its author on its date. Kind actual, category Labour, dated on the
 * worklog's UTC start date, amount rounded half-to-even once per worklog.
 */
export function labourEntryFor(input: {
  worklog: Worklog;
  issue: WorklogIssue;
  rates: readonly LabourRate[];
}): CostEntry | undefined {
  const { worklog, issue, rates } = input;
  const incurredOn = worklogDate(worklog.started);
  const rate = rateInForce(rates, worklog.authorAccountId, incurredOn);
  if (!rate) return undefined;
  const time = formatHours(worklog.timeSpentSeconds);
  // Deterministic, so a recomputation equals what was stored and a replay writes nothing.
  const at = new Date(worklogStartMs(worklog.started)).toISOString();

  return {
    id: worklogEntryId(worklog.id),
    issueId: issue.id,
    issueKey: issue.key,
    projectId: issue.projectId,
    kind: 'actual',
    amountMinor: labourCostMinor(rate.hourly.amount, worklog.timeSpentSeconds),
    currency: rate.hourly.currency as CurrencyCode,
    categoryId: LABOUR_CATEGORY_ID,
    incurredOn,
    description: `${time} logged`,
    recurrence: { frequency: 'none' },
    createdBy: worklog.authorAccountId,
    createdAt: at,
    updatedBy: worklog.authorAccountId,
    updatedAt: at,
    version: 1,
    source: {
      kind: 'worklog',
      key: worklogSourceKey(worklog.id),
      label: `Worklog ${worklog.id} (${time})`,
    },
  };
}

/** Whether a stored entry already says what a recomputed one says (the version aside). */
export function sameLabourEntry(stored: CostEntry, computed: CostEntry): boolean {
  const fields = [
    'issueId',
    'issueKey',
    'projectId',
    'amountMinor',
    'currency',
    'incurredOn',
    'description',
    'createdBy',
    'createdAt',
    'categoryId',
    'kind',
  ] as const;

  return (
    fields.every((field) => stored[field] === computed[field]) &&
    stored.source?.key === computed.source?.key &&
    stored.source?.label === computed.source?.label
  );
}

/** Whether two rates are the same point: the same person (or default) from the same date. */
export function sameRatePoint(
  a: Pick<LabourRate, 'accountId' | 'from'>,
  b: Pick<LabourRate, 'accountId' | 'from'>,
): boolean {
  return a.accountId === b.accountId && a.from === b.from;
}
