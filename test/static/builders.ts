import type {
  CategoryDto,
  CostEntryDto,
  GadgetLoadResponse,
  PanelLoadResponse,
  ProjectRef,
  SettingsLoadResponse,
  TotalsDto,
} from '@shared/contract';

export function buildProject(overrides: Partial<ProjectRef> = {}): ProjectRef {
  return { id: '10000', key: 'OPS', name: 'Operations', ...overrides };
}

export function buildCategory(overrides: Partial<CategoryDto> = {}): CategoryDto {
  return { id: 'cat-cloud', name: 'Cloud', retired: false, ...overrides };
}

export function buildEntry(overrides: Partial<CostEntryDto> = {}): CostEntryDto {
  return {
    id: 'entry-1',
    issueId: '10001',
    issueKey: 'OPS-1',
    kind: 'actual',
    amount: { amount: 10000, currency: 'USD' },
    categoryId: 'cat-cloud',
    incurredOn: '2025-03-01',
    description: 'Compute for March',
    recurrence: { frequency: 'none' },
    createdBy: 'account-me',
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedBy: 'account-me',
    updatedAt: '2025-03-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function buildTotals(overrides: Partial<TotalsDto> = {}): TotalsDto {
  return {
    byCurrency: [{ currency: 'USD', actual: 10000, planned: 0 }],
    reporting: { currency: 'USD', actual: 10000, planned: 0, unconvertedCount: 0 },
    ...overrides,
  };
}

export function buildPanelData(overrides: Partial<PanelLoadResponse> = {}): PanelLoadResponse {
  return {
    issue: { id: '10001', key: 'OPS-1' },
    project: buildProject(),
    entries: [buildEntry()],
    totals: buildTotals(),
    categories: [buildCategory(), buildCategory({ id: 'cat-people', name: 'People' })],
    reportingCurrency: 'USD',
    canEdit: true,
    keyResults: [],
    ...overrides,
  };
}

export function buildSettingsData(
  overrides: Partial<SettingsLoadResponse> = {},
): SettingsLoadResponse {
  return {
    project: buildProject(),
    settings: {
      reportingCurrency: 'EUR',
      fiscalYearStartMonth: 1,
      categories: [
        buildCategory(),
        buildCategory({ id: 'cat-travel', name: 'Travel', retired: true }),
      ],
      viewers: { type: 'jira-permission' },
      editors: { type: 'jira-permission' },
    },
    rates: [{ base: 'USD', quote: 'EUR', rate: '0.9234', date: '2025-01-02' }],
    roles: [
      { id: '10002', name: 'Administrators' },
      { id: '10003', name: 'Finance' },
    ],
    ...overrides,
  };
}

export function buildGadgetReady(
  overrides: Partial<Extract<GadgetLoadResponse, { state: 'ready' }>> = {},
): GadgetLoadResponse {
  return {
    state: 'ready',
    project: buildProject(),
    reportingCurrency: 'EUR',
    totals: {
      byCurrency: [{ currency: 'EUR', actual: 150000, planned: 200000 }],
      reporting: { currency: 'EUR', actual: 150000, planned: 200000, unconvertedCount: 0 },
    },
    months: [
      { month: '2025-01', actual: 50000, planned: 60000 },
      { month: '2025-02', actual: 100000, planned: 140000 },
    ],
    byCategory: [
      { categoryId: 'cat-cloud', name: 'Cloud', actual: 120000, planned: 150000 },
      { categoryId: 'cat-people', name: 'People', actual: 30000, planned: 50000 },
    ],
    objectives: [],
    today: '2025-03-15',
    ...overrides,
  };
}
