import type { InvocationCounters } from '../local/runtime/invocation';

import { int, table } from './format';
import type { OpStats } from './measure';
import { OP } from './operations';

/** One budget checked at one size. */
export type BudgetOutcome = {
  readonly size: number;
  readonly budget: string;
  readonly limit: number;
  readonly measured: number;
  readonly ok: boolean;
};

type Budget = {
  readonly op: string;
  readonly counter: keyof InvocationCounters;
  readonly limit: number;
  readonly label: string;
};

/**
 * The budgets: per invocation, the highest value over the measured runs. "add entry"
 * writes one entry per invocation, so its bytes written are bytes per entry. The first entry of
 * a project x month x category also creates that month's empty aggregate (one more KVS call,
 * once per month and category): its calls are reported, not budgeted, as an amortized cost.
 */
const BUDGETS: readonly Budget[] = [
  { op: OP.panelLoad, counter: 'kvsCalls', limit: 3, label: 'panel load: KVS calls' },
  { op: OP.panelLoad, counter: 'jiraCalls', limit: 1, label: 'panel load: Jira calls' },
  { op: OP.gadgetLoad, counter: 'kvsCalls', limit: 30, label: 'gadget load (50 KRs): KVS calls' },
  { op: OP.addEntry, counter: 'kvsCalls', limit: 3, label: 'add entry: KVS calls' },
  {
    op: OP.addEntry,
    counter: 'kvsBytesWritten',
    limit: 1024,
    label: 'add entry: KVS bytes written per entry',
  },
  {
    op: OP.addEntryNewMonth,
    counter: 'kvsBytesWritten',
    limit: 1024,
    label: 'add entry, first in its month x category: KVS bytes written per entry',
  },
];

/** Checks every budget against one size's measurements. */
export function checkBudgets(size: number, stats: ReadonlyMap<string, OpStats>): BudgetOutcome[] {
  return BUDGETS.map(({ op, counter, limit, label }) => {
    const measured = stats.get(op)?.counters[counter];
    if (measured === undefined) throw new Error(`The bench did not measure ${op}.`);

    return { size, budget: label, limit, measured, ok: measured <= limit };
  });
}

/** The outcomes as a markdown table, misses marked. */
export function budgetTable(outcomes: readonly BudgetOutcome[]): string {
  return table(
    ['budget', 'entries', 'limit', 'measured', 'outcome'],
    outcomes.map((o) => [
      o.budget,
      int(o.size),
      `<= ${int(o.limit)}`,
      int(o.measured),
      o.ok ? 'pass' : `**MISS** by ${int(o.measured - o.limit)} (${ratioOf(o)})`,
    ]),
  );
}

/** The misses, one line per budget with the sizes it was missed at. */
export function missSummary(outcomes: readonly BudgetOutcome[]): string[] {
  const byBudget = new Map<string, BudgetOutcome[]>();
  for (const o of outcomes.filter((x) => !x.ok)) {
    byBudget.set(o.budget, [...(byBudget.get(o.budget) ?? []), o]);
  }

  return [...byBudget].map(
    ([budget, misses]) =>
      `- **MISS** ${budget} (limit ${int(misses[0]?.limit ?? 0)}): ` +
      misses.map((m) => `${int(m.measured)} at ${int(m.size)} entries`).join(', '),
  );
}

function ratioOf(o: BudgetOutcome): string {
  return `${(o.measured / o.limit).toFixed(2)}x the limit`;
}
