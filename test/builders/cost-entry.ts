import type { CostEntry } from '../../src/domain/cost-entry';

/** A cost entry with sensible defaults; override what the test is about. */
export function buildCostEntry(overrides: Partial<CostEntry> = {}): CostEntry {
  return {
    id: 'entry-0001',
    issueId: '10100',
    issueKey: 'OPS-1',
    projectId: '10000',
    kind: 'actual',
    amountMinor: 100_00,
    currency: 'EUR',
    categoryId: 'cloud',
    incurredOn: '2026-03-15',
    description: '',
    recurrence: { frequency: 'none' },
    createdBy: 'user-1',
    createdAt: '2026-03-15T10:00:00.000Z',
    updatedBy: 'user-1',
    updatedAt: '2026-03-15T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
