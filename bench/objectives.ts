import { DEMO_USERS } from '../local/jira/demo-people';
import { DEFAULT_CATEGORIES } from '../src/domain/cost-settings';
import type {
  CostKeyResultDto,
  PeriodSpecDto,
  SaveObjectiveRequest,
} from '../src/shared/okr-contract';

import { shiftMonth } from './dataset';

/** Objectives the bench saves, and cost key results per objective: 10 x 5 = 50 key results. */
export const OBJECTIVE_COUNT = 10;
export const KEY_RESULTS_PER_OBJECTIVE = 5;

const TITLES = [
  'Run a leaner platform',
  'Bring second-half spend under control',
  'Finish the year within budget',
  'Stabilise third-quarter costs',
  'Close last year’s savings programme',
  'Start the year lean',
  'Cut the run-rate of the last six months',
  'Keep spring spend flat',
  'Land the first-quarter savings',
  'Twelve months of visible costs',
];

/**
 * Ten objectives with five category-scoped cost key results each, over the periods a team
 * would really use (fiscal years, halves, quarters, custom windows) relative to `today`, so
 * that rollups read one to three aggregate years. The fifth one is closed, so it is frozen.
 */
export function benchObjectives(today: string, ownerAccountId: string): SaveObjectiveRequest[] {
  const year = Number(today.slice(0, 4));
  const month = today.slice(0, 7);
  const periods: PeriodSpecDto[] = [
    { type: 'fiscal-year', fiscalYear: year },
    { type: 'fiscal-half', fiscalYear: year, half: 2 },
    { type: 'fiscal-quarter', fiscalYear: year, quarter: 4 },
    { type: 'fiscal-quarter', fiscalYear: year, quarter: 3 },
    { type: 'fiscal-year', fiscalYear: year - 1 },
    { type: 'fiscal-half', fiscalYear: year, half: 1 },
    { type: 'custom', start: `${shiftMonth(month, -5)}-01`, endInclusive: lastDay(month) },
    { type: 'fiscal-quarter', fiscalYear: year, quarter: 2 },
    { type: 'fiscal-quarter', fiscalYear: year, quarter: 1 },
    { type: 'custom', start: `${shiftMonth(month, -11)}-01`, endInclusive: lastDay(month) },
  ];

  return periods.map((period, o) => ({
    id: `bench-objective-${String(o + 1).padStart(2, '0')}`,
    title: TITLES[o] ?? `Objective ${o + 1}`,
    description: 'Seeded by the benchmark.',
    ownerAccountId,
    period,
    status: o === 4 ? 'closed' : 'active',
    version: 0,
    keyResults: Array.from({ length: KEY_RESULTS_PER_OBJECTIVE }, (_, k) => keyResult(o, k)),
  }));
}

function keyResult(o: number, k: number): CostKeyResultDto {
  const category = (offset: number) =>
    DEFAULT_CATEGORIES[(o * KEY_RESULTS_PER_OBJECTIVE + k + offset) % DEFAULT_CATEGORIES.length]
      ?.id ?? 'other';
  const categoryIds = k % 2 === 0 ? [category(0)] : [category(0), category(3)];
  const base = {
    id: `bench-kr-${String(o + 1).padStart(2, '0')}-${k + 1}`,
    weight: 1 + (k % 3),
    archived: false,
    type: 'cost' as const,
    categoryIds,
    currency: '',
  };
  switch (k) {
    case 0:
      return {
        ...base,
        title: `Reduce ${categoryIds.join(' + ')} costs by 15%`,
        kind: 'actual',
        measure: { type: 'total' },
        baseline: { type: 'window', months: 6 },
        target: { type: 'percent-change', percent: -15 },
      };
    case 1:
      return {
        ...base,
        title: `Cut the ${categoryIds.join(' + ')} run-rate by 20%`,
        kind: 'actual',
        measure: { type: 'run-rate', months: 3 },
        baseline: { type: 'window', months: 12 },
        target: { type: 'percent-change', percent: -20 },
      };
    case 2:
      return {
        ...base,
        title: `Keep ${categoryIds.join(' + ')} under €400,000`,
        kind: 'actual',
        measure: { type: 'total' },
        target: { type: 'cap', amountMinor: 400_000_00 },
      };
    case 3:
      return {
        ...base,
        title: `Bring ${categoryIds.join(' + ')} from €900,000 to €600,000`,
        kind: 'actual',
        measure: { type: 'total' },
        baseline: { type: 'fixed', amountMinor: 900_000_00 },
        target: { type: 'amount', amountMinor: 600_000_00 },
      };
    default:
      return {
        ...base,
        title: `Plan at most 10% more ${categoryIds.join(' + ')} spend`,
        kind: 'planned',
        measure: { type: 'run-rate', months: 3 },
        baseline: { type: 'window', months: 6 },
        target: { type: 'percent-change', percent: 10 },
      };
  }
}

function lastDay(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);

  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The gadget configuration the bench measures: the OPS project with every bench objective,
 * closed ones too, so that the gadget shows all 50 key results.
 */
export function benchGadgetConfig(projectId: string, today: string) {
  return {
    projectId,
    objectiveIds: benchObjectives(today, DEMO_USERS.lead).map((objective) => objective.id),
  };
}
