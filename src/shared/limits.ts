import { addMonths } from './months';

/** Input limits shared by the resolvers' validation and the front ends' forms. */

/**
 * Most monthly occurrences of one cost entry. An edit may move every occurrence to other months
 * (old and new months both change), and each month is one aggregate record in the same KVS
 * transaction as the entry: 2 x 12 + 1 = 25, Forge's limit of operations per transaction.
 */
export const MAX_RECURRENCE_MONTHS = 12;

/**
 * The first date a monthly entry's "until" may no longer reach: its date plus
 * MAX_RECURRENCE_MONTHS months. An earlier "until" holds at most that many occurrences.
 */
export function repeatsEndBefore(incurredOn: string): string {
  return addMonths(incurredOn, MAX_RECURRENCE_MONTHS);
}

/** Longest cost entry description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 1000;
