import type { ContributionsResponse } from '../../shared/okr-contract';
import { lastDayOfMonth, monthOf } from '../calendar';
import type { CostEntry } from '../cost-entry';
import { occurrenceDates } from '../cost-entry';
import type { Converter } from '../totals';

import type { CostKeyResult } from './key-result';
import type { Period } from './periods';

/** Most issues a drill-down lists. */
export const MAX_CONTRIBUTING_ISSUES = 50;

/**
 * The issues and entries whose costs make up a cost key result over its window: each
 * occurrence of a matching entry (categories and kind) inside the window, up to `upTo` for
 * actual costs, converted like the rollup (the rate in force on its month's last day, rounded
 * half-to-even once per occurrence). Shares are fractions of the total; per-occurrence rounding
 * can make the total differ from the key result's value by a few minor units.
 */
export function keyResultContributions(input: {
  keyResult: Pick<CostKeyResult, 'categoryIds' | 'kind' | 'currency'>;
  entries: readonly CostEntry[];
  window: Period;
  upTo: string;
  convert: Converter;
}): ContributionsResponse {
  const { keyResult, window, convert } = input;
  const last = keyResult.kind === 'actual' && input.upTo < window.end ? input.upTo : window.end;
  const byIssue = new Map<
    string,
    {
      issueKey: string;
      amount: number;
      entries: ContributionsResponse['issues'][number]['entries'][number][];
    }
  >();
  let unconvertedCount = 0;
  for (const entry of input.entries) {
    if (entry.kind !== keyResult.kind || !keyResult.categoryIds.includes(entry.categoryId))
      continue;
    for (const date of occurrenceDates(entry)) {
      if (date < window.start || date >= window.end || date > last) continue;
      const converted =
        convert({
          amountMinor: entry.amountMinor,
          currency: entry.currency,
          kind: entry.kind,
          date: lastDayOfMonth(monthOf(date)),
        }) ?? null;
      if (converted === null) unconvertedCount += 1;
      const issue = byIssue.get(entry.issueId) ?? {
        issueKey: entry.issueKey,
        amount: 0,
        entries: [],
      };
      issue.amount += converted ?? 0;
      issue.entries.push({
        id: entry.id,
        date,
        amount: { amount: entry.amountMinor, currency: entry.currency },
        convertedMinor: converted,
      });
      byIssue.set(entry.issueId, issue);
    }
  }
  const totalMinor = [...byIssue.values()].reduce((sum, issue) => sum + issue.amount, 0);

  return {
    currency: keyResult.currency,
    totalMinor,
    unconvertedCount,
    issues: [...byIssue.entries()]
      .sort(([, a], [, b]) => Math.abs(b.amount) - Math.abs(a.amount))
      .slice(0, MAX_CONTRIBUTING_ISSUES)
      .map(([issueId, issue]) => ({
        issueId,
        issueKey: issue.issueKey,
        amountMinor: issue.amount,
        share: totalMinor === 0 ? null : issue.amount / totalMinor,
        entries: issue.entries.sort((a, b) => a.date.localeCompare(b.date)),
      })),
  };
}
