import type { CheckIn, CostKeyResult, ManualKeyResult } from '../../src/domain/okr/key-result';
import type { MonthSeries } from '../../src/domain/okr/measure';
import type { Objective } from '../../src/domain/okr/objective';
import type { IsoMonth } from '../../src/shared/contract';

/** A decrease cost key result: total actual cloud costs, from a fixed 1,000.00 to 500.00 EUR. */
export function buildCostKeyResult(overrides: Partial<CostKeyResult> = {}): CostKeyResult {
  return {
    type: 'cost',
    id: 'kr-1',
    title: 'Cut cloud spend',
    weight: 1,
    archived: false,
    categoryIds: ['cloud'],
    kind: 'actual',
    currency: 'EUR',
    measure: { type: 'total' },
    baseline: { type: 'fixed', amountMinor: 1000_00 },
    target: { type: 'amount', amountMinor: 500_00 },
    ...overrides,
  };
}

/** An increasing manual key result from 0 to 10, with no check-ins. */
export function buildManualKeyResult(overrides: Partial<ManualKeyResult> = {}): ManualKeyResult {
  return {
    type: 'manual',
    id: 'kr-2',
    title: 'Tag every resource',
    weight: 1,
    archived: false,
    unit: 'number',
    startValue: 0,
    targetValue: 10,
    checkIns: [],
    ...overrides,
  };
}

/** A check-in of 5 with medium confidence. */
export function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    value: 5,
    confidence: 'medium',
    note: '',
    authorAccountId: 'user-1',
    date: '2026-02-01',
    ...overrides,
  };
}

/** An active objective for FY2026 Q1 with one cost key result. */
export function buildObjective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj-1',
    title: 'Run the platform for less',
    description: '',
    ownerAccountId: 'user-1',
    period: { type: 'fiscal-quarter', fiscalYear: 2026, quarter: 1 },
    status: 'active',
    keyResults: [buildCostKeyResult()],
    ...overrides,
  };
}

/** A month series from a plain object of month → minor units. */
export function buildSeries(months: Readonly<Record<IsoMonth, number>> = {}): MonthSeries {
  return new Map(Object.entries(months));
}
