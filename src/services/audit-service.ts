import type { AuditAction, AuditEvent } from '../domain/audit';
import { diffFields, entryAuditEvent } from '../domain/audit';
import type { CostEntry } from '../domain/cost-entry';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { PermissionError } from '../platform/errors';
import type { AuditListResponse, EntryHistoryResponse } from '../shared/contract';

import { issueCostAccess, requireProjectAdmin } from './access';
import type {
  AuditRepository,
  CostEntryRepository,
  JiraGateway,
  SettingsRepository,
} from './ports';

/** What reading and writing the audit trail needs. */
export type AuditDeps = {
  readonly audit: AuditRepository;
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly jira: JiraGateway;
  readonly accountId: string;
  readonly now: () => Date;
  readonly newId: () => string;
};

/**
 * The history of one entry of the issue, newest first (deleted entries included).
 * @throws {PermissionError} when the user may not see the issue's costs.
 */
export async function entryHistory(
  deps: AuditDeps,
  issueId: string,
  entryId: string,
): Promise<EntryHistoryResponse> {
  const recorded = (await deps.audit.listTargetEvents(`entry:${entryId}`)).filter(
    (e) => e.issueId === issueId,
  );
  const current = await deps.entries.findEntry(entryId);
  const entry = current?.issueId === issueId ? current : undefined;
  // The background job records creations; an entry older than that, or whose job has not run
  // yet, has its creation read from the entry itself.
  const synthesized = recorded.some((e) => e.action === 'entry.created')
    ? []
    : creationOf(entry ?? deletedSnapshot(recorded));
  const events = [...recorded, ...synthesized];
  const projectId = events[0]?.projectId ?? (await deps.jira.findIssue(issueId))?.projectId;
  if (projectId === undefined) throw new PermissionError('You cannot see costs of this issue.');
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const access = await issueCostAccess({ jira: deps.jira, issueId, projectId, settings });
  if (!access.canView) throw new PermissionError('You cannot see costs of this issue.');

  return { events };
}

/** The creation, read from the entry itself (stored, or the snapshot its deletion kept). */
function creationOf(entry: CostEntry | undefined): AuditEvent[] {
  return entry ? [entryCreationEvent(entry)] : [];
}

/**
 * The audit event of an entry's creation, from its version 1 fields. Its id derives from the
 * entry's, so a retried background job writes the same event again rather than a second one.
 */
export function entryCreationEvent(entry: CostEntry): AuditEvent {
  return entryAuditEvent({
    id: `${entry.id}-created`,
    at: entry.createdAt,
    actor: entry.createdBy,
    action: 'entry.created',
    after: entry,
  });
}

/**
 * Records the creation of entries just added to an issue, from the issue's entries as the
 * background job read them; an entry deleted or edited since keeps its own trail.
 */
export async function recordEntryCreations(
  deps: Pick<AuditDeps, 'audit'>,
  entries: readonly CostEntry[],
  createdIds: readonly string[],
): Promise<number> {
  let recorded = 0;
  for (const entry of entries) {
    if (!createdIds.includes(entry.id)) continue;
    await deps.audit.saveEvent(entryCreationEvent(entry));
    recorded += 1;
  }

  return recorded;
}

function deletedSnapshot(events: readonly AuditEvent[]): CostEntry | undefined {
  const deletion = events.find((e) => e.action === 'entry.deleted');

  // The snapshot is the entry as it was stored when deleted.
  return deletion?.snapshot as CostEntry | undefined;
}

/** A page of the project's audit trail, newest first. Project admins only. */
export async function listAudit(
  deps: AuditDeps,
  projectId: string,
  cursor?: string,
): Promise<AuditListResponse> {
  await requireProjectAdmin(deps.jira, projectId);

  return deps.audit.listProjectEvents(projectId, cursor);
}

/** The audit event of a change, for a store that writes it in the change's own transaction. */
export function auditEventOf<T extends object>(
  deps: Pick<AuditDeps, 'accountId' | 'now' | 'newId'>,
  input: ChangeInput<T>,
): AuditEvent {
  const { before, after } = input;

  return {
    id: deps.newId(),
    projectId: input.projectId,
    at: deps.now().toISOString(),
    actor: deps.accountId,
    action: input.action,
    target: input.target,
    summary: input.summary,
    ...(before && after ? { changes: diffFields(before, after, input.fields) } : {}),
    ...(before && !after ? { snapshot: before } : {}),
  };
}

/** A change to record: what, by which action, and its state before and after. */
export type ChangeInput<T extends object> = {
  readonly projectId: string;
  readonly action: AuditAction;
  readonly target: string;
  readonly summary: string;
  readonly before?: T;
  readonly after?: T;
  readonly fields: ReadonlyArray<keyof T>;
};

/** Records a change of a project-level definition (objective, settings, rates). */
export async function recordChange<T extends object>(
  deps: Pick<AuditDeps, 'audit' | 'accountId' | 'now' | 'newId'>,
  input: ChangeInput<T>,
): Promise<void> {
  await deps.audit.saveEvent(auditEventOf(deps, input));
}
