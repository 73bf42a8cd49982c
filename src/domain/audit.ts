import type { CostEntry } from './cost-entry';

/** What happened to what. */
export type AuditAction =
  | 'entry.created'
  | 'entry.updated'
  | 'entry.deleted'
  | 'entry.moved'
  | 'objective.created'
  | 'objective.updated'
  | 'objective.deleted'
  | 'settings.updated'
  | 'rates.updated'
  | 'labour-rates.updated'
  | 'labour.sync-started'
  | 'import.committed'
  | 'entries.imported';

/**
 * One recorded change. `changes` holds each changed field as `[before, after]`; a deletion
 * keeps the whole `snapshot` of what was deleted. A creation needs neither: its values are the
 * first `before` of the next change, or the stored record. `actor` is an account id, or
 * `jira` for changes that follow Jira events.
 */
export type AuditEvent = {
  readonly id: string;
  readonly projectId: string;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  /** `entry:<id>`, `objective:<id>`, `settings` or `rates`. */
  readonly target: string;
  readonly issueId?: string;
  readonly summary: string;
  readonly changes?: Readonly<Record<string, readonly [unknown, unknown]>>;
  readonly snapshot?: unknown;
};

/** How long audit events are kept, in days (the storage expires them). */
export const AUDIT_RETENTION_DAYS = 400;

const ENTRY_FIELDS = [
  'kind',
  'amountMinor',
  'currency',
  'categoryId',
  'incurredOn',
  'description',
  'recurrence',
  'projectId',
  'issueKey',
] as const satisfies ReadonlyArray<keyof CostEntry>;

/** The fields that differ between two versions of a record, as `[before, after]`. */
export function diffFields<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T>) {
  const changes: Record<string, readonly [unknown, unknown]> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[String(field)] = [before[field], after[field]];
    }
  }

  return changes;
}

/** The audit event of an entry change (`before` and `after` absent for a create or delete). */
export function entryAuditEvent(input: {
  id: string;
  at: string;
  actor: string;
  action: Extract<AuditAction, `entry.${string}`>;
  before?: CostEntry;
  after?: CostEntry;
}): AuditEvent {
  const { before, after } = input;
  const subject = after ?? before;
  if (!subject) throw new RangeError('An entry change needs the entry before or after it.');

  return {
    id: input.id,
    projectId: subject.projectId,
    at: input.at,
    actor: input.actor,
    action: input.action,
    target: `entry:${subject.id}`,
    issueId: subject.issueId,
    summary: `${subject.currency} ${subject.amountMinor} ${subject.categoryId} on ${subject.incurredOn}`,
    ...(before && after ? { changes: diffFields(before, after, ENTRY_FIELDS) } : {}),
    ...(before && !after ? { snapshot: before } : {}),
  };
}
