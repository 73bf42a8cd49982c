import { lastDayOfMonth } from '../domain/calendar';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { monthsIn } from '../domain/okr/periods';
import { DEFAULT_GADGET_PERIOD, spendWindow } from '../domain/spend-window';
import type { TotalItem } from '../domain/totals';
import { computeTotals } from '../domain/totals';
import { PermissionError } from '../platform/errors';
import type {
  GadgetConfig,
  GadgetLoadResponse,
  GadgetObjectivesResponse,
  MonthTotals,
  ProjectRef,
} from '../shared/contract';
import type { ObjectiveView } from '../shared/okr-contract';

import { projectCostAccess } from './access';
import type { ObjectiveDeps } from './objective-service';
import { listObjectives, viewObjectivesWith } from './objective-service';

/** What the gadget use cases need; one instance per invocation. */
export type GadgetDeps = ObjectiveDeps;

/**
 * The gadget's view of a project, read from aggregates only: its KVS calls do not grow with
 * the number of cost entries. Month cells are converted at the rate in force on the month's last
 * day, rounded half-to-even once per cell. The configuration comes from the dashboard, which
 * anyone who may edit it can fill: it only narrows what the viewer may see anyway.
 * @throws {PermissionError} when the viewer may not see the configured project's costs.
 */
export async function loadGadget(
  deps: GadgetDeps,
  config: GadgetConfig,
): Promise<GadgetLoadResponse> {
  const { projectId } = config;
  if (projectId === undefined) return { state: 'unconfigured' };
  const project = await deps.jira.findProject(projectId);
  if (!project) throw new PermissionError('You cannot see costs of the project this gadget shows.');
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const access = await projectCostAccess({ jira: deps.jira, projectId, settings });
  if (!access.canView)
    throw new PermissionError('You cannot see costs of the project this gadget shows.');
  const periodKind = config.period ?? DEFAULT_GADGET_PERIOD;
  const window = spendWindow(periodKind, deps.today, settings.fiscalYearStartMonth);
  const months = monthsIn(window);
  const first = months[0] ?? deps.today.slice(0, 7);
  const last = months.at(-1) ?? first;
  // One pass reads the aggregates and rates both the objectives and the spend window need.
  const { response, context } = await viewObjectivesWith(deps, projectId, settings, 'viewer', {
    from: first,
    to: last,
  });
  const { convert } = context;
  const items: Array<TotalItem & { month: string; categoryId: string }> = context.cells
    .filter((cell) => cell.month >= first && cell.month <= last)
    .map((cell) => ({
      amountMinor: Number(cell.amountMinor),
      currency: cell.currency,
      kind: cell.kind,
      date: lastDayOfMonth(cell.month),
      month: cell.month,
      categoryId: cell.categoryId,
    }));

  const chosen = chooseObjectives(response.objectives, config.objectiveIds ?? []);

  return {
    state: 'ready',
    today: deps.today,
    objectives: chosen.objectives,
    missingObjectives: chosen.missing,
    period: { kind: periodKind, ...window },
    project: toProjectRef(project),
    reportingCurrency: settings.reportingCurrency,
    totals: computeTotals(items, settings.reportingCurrency, convert),
    months: months.map((month): MonthTotals => {
      const totals = computeTotals(
        items.filter((item) => item.month === month),
        settings.reportingCurrency,
        convert,
      );

      return {
        month,
        actual: totals.reporting.actual,
        planned: totals.reporting.planned,
        ...(totals.reporting.beyondRange ? { beyondRange: true as const } : {}),
      };
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
          ...(totals.reporting.beyondRange ? { beyondRange: true as const } : {}),
        };
      })
      .filter((row) => row.actual !== 0 || row.planned !== 0),
  };
}

/**
 * The objectives a viewer may pick for a gadget showing `projectId` (active and closed ones).
 * @throws {PermissionError} when the viewer may not see the project's costs.
 */
export async function listGadgetObjectives(
  deps: GadgetDeps,
  projectId: string,
): Promise<GadgetObjectivesResponse> {
  const { objectives } = await listObjectives(deps, projectId, 'viewer');

  return {
    objectives: objectives.map(({ objective, periodLabel, period }) => ({
      id: objective.id,
      title: objective.title,
      status: objective.status,
      periodLabel: objective.period.type === 'custom' ? '' : periodLabel,
      period,
    })),
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

/**
 * The objectives a gadget shows: those chosen, in the chosen order, or with none chosen every
 * active one. A chosen id the viewer cannot list (deleted, or a draft) is counted as missing.
 */
function chooseObjectives(
  visible: readonly ObjectiveView[],
  chosenIds: readonly string[],
): { objectives: ObjectiveView[]; missing: number } {
  if (chosenIds.length === 0) {
    return { objectives: visible.filter((v) => v.objective.status === 'active'), missing: 0 };
  }
  const byId = new Map(visible.map((view) => [view.objective.id, view]));
  const objectives = [...new Set(chosenIds)].flatMap((id) => {
    const view = byId.get(id);

    return view ? [view] : [];
  });

  return { objectives, missing: new Set(chosenIds).size - objectives.length };
}
