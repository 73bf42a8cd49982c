import { readCells } from '../domain/aggregates';
import { lastDayOfMonth } from '../domain/calendar';
import { createConverter } from '../domain/conversion';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import type { TotalItem } from '../domain/totals';
import { computeTotals } from '../domain/totals';
import { PermissionError } from '../platform/errors';
import type { GadgetLoadResponse, MonthTotals, ProjectRef } from '../shared/contract';

import { projectCostAccess } from './access';
import type { ObjectiveDeps } from './objective-service';
import { listObjectives } from './objective-service';
import { loadRatesFor, monthDated } from './rates';

/** What the gadget use cases need; one instance per invocation. */
export type GadgetDeps = ObjectiveDeps;

/** Months of history the gadget shows, this month included. */
const TREND_MONTHS = 12;

/**
 * The gadget's view of a project, read from aggregates only: its KVS calls do not grow with
 * the number of cost entries. Month cells are converted at the rate in force on the month's last
 * day, rounded half-to-even once per cell.
 * @throws {PermissionError} when the viewer may not see the configured project's costs.
 */
export async function loadGadget(
  deps: GadgetDeps,
  projectId: string | undefined,
): Promise<GadgetLoadResponse> {
  if (projectId === undefined) return { state: 'unconfigured' };
  const project = await deps.jira.findProject(projectId);
  if (!project) throw new PermissionError('You cannot see costs of the project this gadget shows.');
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const access = await projectCostAccess({ jira: deps.jira, projectId, settings });
  if (!access.canView)
    throw new PermissionError('You cannot see costs of the project this gadget shows.');
  const months = lastMonths(deps.today, TREND_MONTHS);
  const aggregates = await deps.entries.listMonthAggregates(
    projectId,
    months[0] ?? deps.today.slice(0, 7),
    months.at(-1) ?? deps.today.slice(0, 7),
  );
  const cells = aggregates.flatMap(readCells);
  const convert = createConverter(
    await loadRatesFor(deps.settings, projectId, cells.map(monthDated), settings.reportingCurrency),
    settings.reportingCurrency,
  );
  const items: Array<TotalItem & { month: string; categoryId: string }> = cells.map((cell) => ({
    amountMinor: Number(cell.amountMinor),
    currency: cell.currency,
    kind: cell.kind,
    date: lastDayOfMonth(cell.month),
    month: cell.month,
    categoryId: cell.categoryId,
  }));

  const { objectives } = await listObjectives(deps, projectId, 'viewer');

  return {
    state: 'ready',
    today: deps.today,
    objectives,
    project: toProjectRef(project),
    reportingCurrency: settings.reportingCurrency,
    totals: computeTotals(items, settings.reportingCurrency, convert),
    months: months.map((month): MonthTotals => {
      const totals = computeTotals(
        items.filter((item) => item.month === month),
        settings.reportingCurrency,
        convert,
      );

      return { month, actual: totals.reporting.actual, planned: totals.reporting.planned };
    }),
    byCategory: settings.categories
      .map((category) => {
        const totals = computeTotals(
          items.filter((item) => item.categoryId === category.id),
          settings.reportingCurrency,
          convert,
        );

        return {
          categoryId: category.id,
          name: category.name,
          actual: totals.reporting.actual,
          planned: totals.reporting.planned,
        };
      })
      .filter((row) => row.actual !== 0 || row.planned !== 0),
  };
}

/** Projects whose costs the viewer may see, for the gadget's edit view. */
export async function listGadgetProjects(deps: GadgetDeps): Promise<ProjectRef[]> {
  const projects = await deps.jira.listBrowsableProjects();

  return projects.map(toProjectRef);
}

function toProjectRef(project: { id: string; key: string; name: string }): ProjectRef {
  return { id: project.id, key: project.key, name: project.name };
}

function lastMonths(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }

  return months;
}
