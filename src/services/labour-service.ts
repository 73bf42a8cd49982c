import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import type { LabourRate } from '../domain/labour';
import { LABOUR_CATEGORY_ID, sameRatePoint } from '../domain/labour';
import { NotFoundError, ValidationError } from '../platform/errors';
import type {
  DeleteLabourRateRequest,
  LabourLoadResponse,
  LabourRatesResponse,
  LabourSyncJobDto,
  LabourSyncResponse,
  SaveLabourRateRequest,
} from '../shared/labour-contract';

import { requireProjectAdmin } from './access';
import { recordChange } from './audit-service';
import { startLabourSync } from './labour-job-service';
import type {
  AuditRepository,
  JiraGateway,
  LabourQueue,
  LabourRepository,
  LabourSyncJob,
  SettingsRepository,
} from './ports';

/** What the labour settings use cases need; one instance per invocation. */
export type LabourDeps = {
  readonly labour: LabourRepository;
  readonly settings: SettingsRepository;
  readonly queue: LabourQueue;
  readonly jira: JiraGateway;
  readonly audit: AuditRepository;
  readonly accountId: string;
  readonly now: () => Date;
  readonly newId: () => string;
};

/** Most labour rates one project holds. */
export const MAX_LABOUR_RATES = 2000;

/**
 * The project's labour rates and job. Rates are sensitive: project admins only.
 * @throws {PermissionError} unless the user administers the project.
 */
export async function loadLabour(deps: LabourDeps, projectId: string): Promise<LabourLoadResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const [rates, job] = await Promise.all([
    deps.labour.listLabourRates(projectId),
    deps.labour.findSyncJob(projectId),
  ]);

  return { rates: sortRates(rates), ...(job ? { job: toJobDto(job) } : {}) };
}

/**
 * Adds or replaces a rate (of a person, or the project default) from a date, then recomputes
 * labour entries of worklogs from that date on in the background.
 */
export async function saveLabourRate(
  deps: LabourDeps,
  projectId: string,
  request: SaveLabourRateRequest,
): Promise<LabourRatesResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const rates = (await deps.labour.listLabourRates(projectId)).filter(
    (rate) => !sameRatePoint(rate, request),
  );
  if (rates.length >= MAX_LABOUR_RATES) {
    throw new ValidationError(`A project holds at most ${MAX_LABOUR_RATES} labour rates.`);
  }
  const next = sortRates([...rates, request]);

  await deps.labour.saveLabourRates(projectId, next);
  await ensureLabourCategory(deps, projectId);
  await recordChange(deps, {
    projectId,
    action: 'labour-rates.updated',
    target: 'labour-rates',
    summary: `Labour rate of ${request.accountId ?? 'the project default'} from ${request.from}`,
    fields: [],
  });
  const job = await startLabourSync(deps, { projectId, from: request.from });

  return { rates: next, job: toJobDto(job) };
}

/** Removes a rate, then recomputes labour entries from its date on in the background. */
export async function deleteLabourRate(
  deps: LabourDeps,
  projectId: string,
  request: DeleteLabourRateRequest,
): Promise<LabourRatesResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const rates = await deps.labour.listLabourRates(projectId);
  const next = rates.filter((rate) => !sameRatePoint(rate, request));
  if (next.length === rates.length) throw new NotFoundError('This labour rate no longer exists.');

  await deps.labour.saveLabourRates(projectId, next);
  await recordChange(deps, {
    projectId,
    action: 'labour-rates.updated',
    target: 'labour-rates',
    summary: `Removed the labour rate of ${request.accountId ?? 'the project default'} from ${request.from}`,
    fields: [],
  });
  const job = await startLabourSync(deps, { projectId, from: request.from });

  return { rates: next, job: toJobDto(job) };
}

/** Starts a full recomputation (the backfill of existing worklogs). */
export async function startLabourBackfill(
  deps: LabourDeps,
  projectId: string,
): Promise<LabourSyncResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const job = await startLabourSync(deps, { projectId });
  await recordChange(deps, {
    projectId,
    action: 'labour.sync-started',
    target: 'labour-rates',
    summary: 'Labour cost recomputed from all worklogs',
    fields: [],
  });

  return { job: toJobDto(job) };
}

/** The job's progress, for the settings page to poll. */
export async function labourSyncStatus(
  deps: LabourDeps,
  projectId: string,
): Promise<LabourSyncResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const job = await deps.labour.findSyncJob(projectId);

  return job ? { job: toJobDto(job) } : {};
}

/** Projects whose admins saved categories before Labour existed get it, so entries show. */
async function ensureLabourCategory(deps: LabourDeps, projectId: string): Promise<void> {
  const settings = await deps.settings.findCostSettings(projectId);
  if (!settings || settings.categories.some((category) => category.id === LABOUR_CATEGORY_ID)) {
    return;
  }
  const labour = DEFAULT_COST_SETTINGS.categories.find((c) => c.id === LABOUR_CATEGORY_ID);
  if (labour) {
    await deps.settings.saveCostSettings(projectId, {
      ...settings,
      categories: [...settings.categories, labour],
    });
  }
}

function toJobDto(job: LabourSyncJob): LabourSyncJobDto {
  const { projectId: _projectId, since: _since, pendingSummaries: _pending, ...dto } = job;

  return dto;
}

function sortRates(rates: readonly LabourRate[]): LabourRate[] {
  return [...rates].sort(
    (a, b) => (a.accountId ?? '').localeCompare(b.accountId ?? '') || b.from.localeCompare(a.from),
  );
}
