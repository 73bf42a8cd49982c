import { Filter, FilterConditions, kvs } from '@forge/kvs';

import type { Objective } from '../domain/okr/objective';
import { ConflictError, LimitError, StorageError } from '../platform/errors';
import type { ObjectiveRepository, StoredObjective } from '../services/ports';

import { ENTITY, INDEX, keys } from './keys';

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

  async saveObjective({ projectId, objective, expectedVersion }) {
    const record: ObjectiveRecord = {
      schemaVersion: 1,
      ...objective,
      projectId,
      version: expectedVersion + 1,
    };
    try {
      if (expectedVersion === 0) {
        await objectives().set(keys.objective(objective.id), record, {
          keyPolicy: 'FAIL_IF_EXISTS',
        });
      } else {
        await kvs
          .transact()
          .set(keys.objective(objective.id), record, {
            entityName: ENTITY.objective,
            conditions: new Filter<ObjectiveRecord>().and(
              'version',
              FilterConditions.equalTo(expectedVersion),
            ),
          })
          .execute();
      }
    } catch (error) {
      throw translateWriteError(error);
    }

    return fromRecord(record);
  },

  async deleteObjective({ id, expectedVersion }) {
    try {
      await kvs
        .transact()
        .delete(keys.objective(id), {
          entityName: ENTITY.objective,
          conditions: new Filter<ObjectiveRecord>().and(
            'version',
            FilterConditions.equalTo(expectedVersion),
          ),
        })
        .execute();
    } catch (error) {
      throw translateWriteError(error);
    }
  },
};

function fromRecord(record: ObjectiveRecord): StoredObjective {
  const { schemaVersion: _schemaVersion, projectId, version, ...objective } = record;

  return { projectId, version, objective };
}

function translateWriteError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /CONDITION|EXISTS|CONFLICT/.test(code)) {
    return new ConflictError(
      'This objective was changed by someone else. Reload to see the latest.',
    );
  }

  if (code === 'MAX_SIZE') {
    return new LimitError(
      'This objective is too large to store. Remove old check-ins or shorten their notes.',
    );
  }

  return new StorageError('The objective could not be saved.', { cause: error });
}
