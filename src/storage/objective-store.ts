import { Filter, FilterConditions, kvs } from '@forge/kvs';

import type { Objective } from '../domain/okr/objective';
import { ConflictError, LimitError, StorageError } from '../platform/errors';
import type { ObjectiveRepository, StoredObjective } from '../services/ports';

import { AUDIT_TTL, toAuditRecord } from './audit-store';
import { ENTITY, INDEX, keys } from './keys';
import { registryWrites } from './rollup-store';
import { keyResultIndexWrite } from './settings-store';

type ObjectiveRecord = Objective & {
  readonly schemaVersion: 1;
  readonly projectId: string;
  readonly version: number;
};

const PAGE_SIZE = 100;

const objectives = () => kvs.entity<ObjectiveRecord>(ENTITY.objective);

/** Objectives (with their key results embedded) in the Forge Custom Entity Store. */
export const kvsObjectiveRepository: ObjectiveRepository = {
  async listObjectives(projectId) {
    const result: StoredObjective[] = [];
    let cursor: string | undefined;
    do {
      const query = objectives()
        .query()
        .index(INDEX.objectivesByProject, { partition: [projectId] })
        .limit(PAGE_SIZE);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      result.push(...page.results.map((item) => fromRecord(item.value)));
      cursor = page.nextCursor;
    } while (cursor);

    return result;
  },

  async findObjective(id) {
    const record = await objectives().get(keys.objective(id));

    return record === undefined ? undefined : fromRecord(record);
  },

  async saveObjectiveChange(change) {
    const { projectId, objectiveId, objective, expectedVersion, audit } = change;
    const key = keys.objective(objectiveId);
    // Reads first, so that a failure before the transaction leaves everything as it was.
    if (objective && expectedVersion === 0 && (await objectives().get(key)) !== undefined) {
      throw conflict();
    }
    const config = change.keyResultIndex
      ? await keyResultIndexWrite(projectId, change.keyResultIndex)
      : undefined;
    const registry = change.narrowedKeyResultIds
      ? await registryWrites(projectId, objectiveId, change.narrowedKeyResultIds)
      : [];

    const transaction = kvs.transact();
    // A create cannot be guarded by a condition (a missing item fails every condition); the
    // read above refuses an id in use, and ids are random UUIDs from the browser.
    const guard =
      expectedVersion === 0
        ? {}
        : {
            conditions: new Filter<ObjectiveRecord>().and(
              'version',
              FilterConditions.equalTo(expectedVersion),
            ),
          };
    if (objective) {
      const record: ObjectiveRecord = {
        schemaVersion: 1,
        ...objective,
        projectId,
        version: expectedVersion + 1,
      };
      transaction.set(key, record, { entityName: ENTITY.objective, ...guard });
    } else {
      transaction.delete(key, { entityName: ENTITY.objective, ...guard });
    }
    if (config) transaction.set(config.key, config.value);
    for (const write of registry) {
      if (write.value === undefined) transaction.delete(write.key);
      else transaction.set(write.key, write.value);
    }
    if (audit) {
      transaction.set(
        keys.auditEvent(audit.id),
        toAuditRecord(audit),
        { entityName: ENTITY.auditEvent },
        { ttl: AUDIT_TTL },
      );
    }
    try {
      await transaction.execute();
    } catch (error) {
      throw translateWriteError(error);
    }
  },
};

function fromRecord(record: ObjectiveRecord): StoredObjective {
  const { schemaVersion: _schemaVersion, projectId, version, ...objective } = record;

  return { projectId, version, objective };
}

function conflict(): ConflictError {
  return new ConflictError('This objective was changed by someone else. Reload to see the latest.');
}

function translateWriteError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /CONDITION|EXISTS|CONFLICT/.test(code)) return conflict();

  if (code === 'MAX_SIZE') {
    return new LimitError(
      'This objective is too large to store. Remove old check-ins or shorten their notes.',
    );
  }

  return new StorageError('The objective could not be saved.', { cause: error });
}
