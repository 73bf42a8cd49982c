import { kvs, Sort } from '@forge/kvs';

import type { AuditEvent } from '../domain/audit';
import { AUDIT_RETENTION_DAYS } from '../domain/audit';
import { ValidationError } from '../platform/errors';
import type { AuditRepository } from '../services/ports';

import { ENTITY, INDEX, keys } from './keys';

/** An audit event as stored (schema version 1). */
export type AuditRecord = AuditEvent & { readonly schemaVersion: 1 };

const PAGE_SIZE = 50;
/** Most events shown for one entry or objective. */
const TARGET_HISTORY_LIMIT = 100;

/** The storage expiry of every audit event. */
export const AUDIT_TTL = { value: AUDIT_RETENTION_DAYS, unit: 'DAYS' } as const;

const events = () => kvs.entity<AuditRecord>(ENTITY.auditEvent);

/** The audit trail in the Forge Custom Entity Store, newest first. */
export const kvsAuditRepository: AuditRepository = {
  async saveEvent(event) {
    await events().set(keys.auditEvent(event.id), toAuditRecord(event), { ttl: AUDIT_TTL });
  },

  async listProjectEvents(projectId, cursor) {
    const query = events()
      .query()
      .index(INDEX.auditByProject, { partition: [projectId] })
      .sort(Sort.DESC)
      .limit(PAGE_SIZE);
    const page = await (cursor ? query.cursor(cursor) : query).getMany().catch((error: unknown) => {
      // A cursor comes back from the browser; one KVS does not recognise is the user's input.
      if ((error as { code?: unknown } | null)?.code === 'INVALID_CURSOR') {
        throw new ValidationError('This page of the audit trail is no longer available; reload.');
      }
      throw error;
    });

    return {
      events: page.results.map((item) => fromRecord(item.value)),
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    };
  },

  async listTargetEvents(target) {
    const page = await events()
      .query()
      .index(INDEX.auditByTarget, { partition: [target] })
      .sort(Sort.DESC)
      .limit(TARGET_HISTORY_LIMIT)
      .getMany();

    return page.results.map((item) => fromRecord(item.value));
  },
};

export function toAuditRecord(event: AuditEvent): AuditRecord {
  return { schemaVersion: 1, ...event };
}

function fromRecord(record: AuditRecord): AuditEvent {
  const { schemaVersion: _schemaVersion, ...event } = record;

  return event;
}
