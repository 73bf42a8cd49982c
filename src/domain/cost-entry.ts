import type { CostKind, EntrySourceDto, IsoDate, RecurrenceDto } from '../shared/contract';
import type { CurrencyCode } from '../shared/currencies';

import { MAX_RECURRENCE_MONTHS } from '../shared/limits';

import { addMonths } from './calendar';

export { MAX_DESCRIPTION_LENGTH, MAX_RECURRENCE_MONTHS } from '../shared/limits';

/** A recorded cost on a Jira issue. `amountMinor` is integer minor units of `currency`. */
export type CostEntry = {
  readonly id: string;
  readonly issueId: string;
  readonly issueKey: string;
  readonly projectId: string;
  readonly kind: CostKind;
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
  readonly categoryId: string;
  readonly incurredOn: IsoDate;
  readonly description: string;
  readonly recurrence: RecurrenceDto;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  /** Starts at 1 and grows by one with every write; a write carrying an older one is refused. */
  readonly version: number;
  /**
   * Set on entries the app derived (imports, worklogs). People cannot change or delete them in
   * the panel; the process that wrote them replaces them.
   */
  readonly source?: EntrySourceDto;
};

/** Whether people may change or delete the entry by hand. */
export function isDerived(entry: Pick<CostEntry, 'source'>): boolean {
  return entry.source !== undefined;
}

/**
 * The dates on which an entry counts: its own date, then monthly repeats for a number of months
 * (the first included) or until a date (inclusive). Each occurrence counts its full amount in the
 * month it falls in.
 */
export function occurrenceDates(
  entry: Pick<CostEntry, 'incurredOn' | 'recurrence'>,
): readonly IsoDate[] {
  const { incurredOn, recurrence } = entry;
  if (recurrence.frequency === 'none') return [incurredOn];
  const dates: IsoDate[] = [];
  for (let i = 0; i < MAX_RECURRENCE_MONTHS; i += 1) {
    const date = addMonths(incurredOn, i);
    if ('months' in recurrence ? i >= recurrence.months : date > recurrence.until) break;
    dates.push(date);
  }

  return dates;
}

/** Whether an entry repeats. */
export function isRecurring(entry: Pick<CostEntry, 'recurrence'>): boolean {
  return entry.recurrence.frequency !== 'none';
}
