import type {
  CategoryDto,
  CostEntryDto,
  GadgetLoadResponse,
  PanelLoadResponse,
  ProjectRef,
  SettingsLoadResponse,
  TotalsDto,
} from '@shared/contract';
import type {
  CostKeyResultDto,
  EvaluationDto,
  KeyResultView,
  ManualKeyResultDto,
  ObjectiveDto,
  ObjectiveView,
  ObjectivesResponse,
} from '@shared/okr-contract';

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
    missingObjectives: 0,
    period: { kind: 'last-12-months', start: '2024-04-01', end: '2025-04-01' },
    today: '2025-03-15',
    ...overrides,
  };
}

export function buildCostKeyResult(overrides: Partial<CostKeyResultDto> = {}): CostKeyResultDto {
  return {
    id: 'kr-cloud',
    title: 'Reduce Cloud spend by 15% within 3 months',
    weight: 1,
    archived: false,
    type: 'cost',
    categoryIds: ['cat-cloud'],
    kind: 'actual',
    currency: 'EUR',
    measure: { type: 'total' },
    baseline: { type: 'window', months: 3 },
    target: { type: 'percent-change', percent: -15 },
    ...overrides,
  };
}

export function buildManualKeyResult(
  overrides: Partial<ManualKeyResultDto> = {},
): ManualKeyResultDto {
  return {
    id: 'kr-teams',
    title: 'Teams reviewing costs monthly',
    weight: 1,
    archived: false,
    type: 'manual',
    unit: 'number',
    startValue: 0,
    targetValue: 8,
    checkIns: [],
    ...overrides,
  };
}

export function buildEvaluation(overrides: Partial<EvaluationDto> = {}): EvaluationDto {
  return {
    direction: 'decrease',
    display: 'progress',
    baselineValue: 3000000,
    targetValue: 2550000,
    currentValue: 2700000,
    progress: 0.6666666666666666,
    score: 0.6666666666666666,
    changePercent: -10,
    ...overrides,
  };
}

export function buildKeyResultView(overrides: Partial<KeyResultView> = {}): KeyResultView {
  return {
    keyResult: buildCostKeyResult(),
    evaluation: buildEvaluation(),
    forecast: {
      status: 'at-risk',
      runRateMinor: 900000,
      projectedValueMinor: 2650000,
      projectedScore: 0.5,
      projectedMonths: [{ month: '2025-03', amountMinor: 900000 }],
    },
    history: [
      { month: '2024-10', amountMinor: 1000000 },
      { month: '2024-11', amountMinor: 1000000 },
      { month: '2024-12', amountMinor: 1000000 },
      { month: '2025-01', amountMinor: 950000 },
      { month: '2025-02', amountMinor: 850000 },
      { month: '2025-03', amountMinor: 900000 },
    ],
    ...overrides,
  };
}

export function buildObjective(overrides: Partial<ObjectiveDto> = {}): ObjectiveDto {
  return {
    id: 'objective-lean',
    title: 'Run a leaner platform',
    description: 'Spend less on infrastructure.',
    ownerAccountId: 'account-me',
    period: { type: 'fiscal-quarter', fiscalYear: 2025, quarter: 1 },
    status: 'active',
    keyResults: [buildCostKeyResult()],
    version: 3,
    ...overrides,
  };
}

export function buildObjectiveView(overrides: Partial<ObjectiveView> = {}): ObjectiveView {
  const objective = overrides.objective ?? buildObjective();
  const keyResults =
    overrides.keyResults ??
    objective.keyResults.map((keyResult) =>
      buildKeyResultView({
        keyResult,
        ...(keyResult.type === 'manual'
          ? {
              evaluation: buildEvaluation({
                direction: 'increase',
                baselineValue: keyResult.startValue,
                targetValue: keyResult.targetValue,
                currentValue: keyResult.startValue,
                progress: 0,
                score: 0,
                changePercent: 'n/a',
              }),
              history: [],
              forecast: undefined,
            }
          : {}),
      }),
    );

  return {
    objective,
    periodLabel: 'FY2025 Q1',
    period: { start: '2025-01-01', end: '2025-04-01' },
    progress: 0.6666666666666666,
    ...overrides,
    keyResults,
  };
}

export function buildObjectivesResponse(
  overrides: Partial<ObjectivesResponse> = {},
): ObjectivesResponse {
  return {
    reportingCurrency: 'EUR',
    fiscalYearStartMonth: 1,
    today: '2025-03-15',
    objectives: [buildObjectiveView()],
    ...overrides,
  };
}
