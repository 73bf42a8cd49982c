import type { CostSettings, RateRecord } from '../domain/cost-settings';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { NotFoundError, ValidationError } from '../platform/errors';
import type {
  DeleteRateRequest,
  SaveRateRequest,
  SettingsLoadResponse,
  UpdateCostSettingsRequest,
} from '../shared/contract';

import { requireProjectAdmin } from './access';
import { recordChange } from './audit-service';
import type { AuditRepository, JiraGateway, SettingsRepository } from './ports';

/** What the settings use cases need; one instance per invocation. */
export type SettingsDeps = {
  readonly settings: SettingsRepository;
  readonly jira: JiraGateway;
  readonly audit: AuditRepository;
  readonly accountId: string;
  readonly now: () => Date;
  readonly newId: () => string;
};

/** Most rates one project's table holds (see the storage limitation on rate tables). */
export const MAX_RATES = 3000;

/**
 * The project settings page's data.
 * @throws {PermissionError} unless the user administers the project.
 */
export async function loadSettings(
  deps: SettingsDeps,
  projectId: string,
): Promise<SettingsLoadResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const project = await deps.jira.findProject(projectId);
  if (!project) throw new NotFoundError('This project was not found.');
  const [settings, rates, roles] = await Promise.all([
    deps.settings.findCostSettings(projectId),
    deps.settings.listRates(projectId),
    deps.jira.listProjectRoles(projectId),
  ]);

  return { project, settings: settings ?? DEFAULT_COST_SETTINGS, rates: sortRates(rates), roles };
}

/**
 * Saves the cost settings. Categories can be renamed and retired but never removed, so that
 * entries keep their category.
 * @throws {ValidationError} when a category in use would disappear or ids repeat.
 */
export async function updateCostSettings(
  deps: SettingsDeps,
  projectId: string,
  request: UpdateCostSettingsRequest,
): Promise<CostSettings> {
  await requireProjectAdmin(deps.jira, projectId);
  const current = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const ids = new Set(request.categories.map((category) => category.id));
  if (ids.size !== request.categories.length) {
    throw new ValidationError('Two categories share an id.', [
      { path: 'categories', message: 'Ids must be unique.' },
    ]);
  }
  const dropped = current.categories.filter((category) => !ids.has(category.id));
  if (dropped.length > 0) {
    throw new ValidationError(
      `Retire categories instead of removing them: ${dropped.map((c) => c.name).join(', ')}.`,
      [{ path: 'categories', message: 'Categories cannot be removed.' }],
    );
  }

  await deps.settings.saveCostSettings(projectId, request);
  await recordChange(deps, {
    projectId,
    action: 'settings.updated',
    target: 'settings',
    summary: 'Cost settings',
    before: current,
    after: request,
    fields: [
      'reportingCurrency',
      'fiscalYearStartMonth',
      'categories',
      'viewers',
      'editors',
      'forecastThresholds',
    ],
  });

  return request;
}

/** Adds or replaces the rate of a currency pair on a date. */
export async function saveRate(
  deps: SettingsDeps,
  projectId: string,
  request: SaveRateRequest,
): Promise<RateRecord[]> {
  await requireProjectAdmin(deps.jira, projectId);
  if (request.base === request.quote) {
    throw new ValidationError('A rate converts between two different currencies.', [
      { path: 'quote', message: 'Choose a different currency.' },
    ]);
  }
  const rates = (await deps.settings.listRates(projectId)).filter(
    (rate) => !samePoint(rate, request),
  );
  if (rates.length >= MAX_RATES)
    throw new ValidationError(`A project holds at most ${MAX_RATES} rates.`);
  const next = sortRates([...rates, request]);

  await deps.settings.saveRates(projectId, next);
  await recordChange(deps, {
    projectId,
    action: 'rates.updated',
    target: 'rates',
    summary: `${request.base}/${request.quote} ${request.rate} from ${request.date}`,
    fields: [],
  });

  return next;
}

/** Removes the rate of a currency pair on a date. */
export async function deleteRate(
  deps: SettingsDeps,
  projectId: string,
  request: DeleteRateRequest,
): Promise<RateRecord[]> {
  await requireProjectAdmin(deps.jira, projectId);
  const rates = await deps.settings.listRates(projectId);
  const next = rates.filter((rate) => !samePoint(rate, request));
  if (next.length === rates.length) throw new NotFoundError('This rate no longer exists.');

  await deps.settings.saveRates(projectId, next);
  await recordChange(deps, {
    projectId,
    action: 'rates.updated',
    target: 'rates',
    summary: `Removed ${request.base}/${request.quote} from ${request.date}`,
    fields: [],
  });

  return next;
}

function samePoint(a: DeleteRateRequest, b: DeleteRateRequest): boolean {
  return a.base === b.base && a.quote === b.quote && a.date === b.date;
}

function sortRates(rates: readonly RateRecord[]): RateRecord[] {
  return [...rates].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      a.base.localeCompare(b.base) ||
      a.quote.localeCompare(b.quote),
  );
}
