import { compileFilters } from './conditions';
import type { SqlFragment } from './conditions';
import { NO_CONTENT, resolveTarget } from './context';
import type { KvsContext, Target } from './context';
import { KV_SPACE } from './item-store';
import { applyWrite, prepareWrite } from './key-value-ops';
import type { PreparedWrite } from './key-value-ops';
import { MAX_OPERATIONS, validateKey } from './limits';
import { asRecord, badRequest, isRecord, KvsError } from './types';
import type { KvsAnswer } from './types';

/**
 * The code answered when a transaction's condition does not hold. Forge's documents name no
 * code for this case; 409 with this code is the closest match to what the SDK's callers expect
 * for an optimistic-lock conflict, and it carries the failing key and entity in the body.
 */
export const TRANSACTION_CONDITION_FAILED = 'TRANSACTION_CONDITION_FAILED';

type Kind = 'set' | 'delete' | 'check';
type Operation = {
  kind: Kind;
  target: Target;
  key: string;
  entityName?: string;
  condition?: SqlFragment;
  write?: PreparedWrite;
};

/**
 * `/api/v1/transaction`: `{ set?, delete?, check? }`, all applied or none.
 *
 * Every item is validated first; then, inside one SQLite transaction, every condition is
 * evaluated against the stored value (a missing or expired key fails its condition), and only
 * when all hold are the sets and deletes applied.
 * @throws {KvsError} BAD_REQUEST when empty, TOO_MANY_OPERATIONS over 25 operations (Forge
 *   documents the limit but not its code), DUPLICATE_KEY when a key appears twice, any key or
 *   value code, or 409 TRANSACTION_CONDITION_FAILED.
 */
export function transact(ctx: KvsContext, body: unknown): KvsAnswer {
  const request = asRecord(body);
  const operations = (['set', 'delete', 'check'] as const).flatMap((kind) =>
    readList(request[kind], kind).map((item) => readOperation(ctx, kind, item)),
  );
  checkOperationCount(operations);

  ctx.items.atomically(() => {
    const now = ctx.now();
    for (const operation of operations) {
      if (operation.condition !== undefined && !holds(ctx, operation, operation.condition, now)) {
        throw conditionFailed(operation);
      }
    }
    for (const operation of operations) {
      if (operation.write !== undefined) {
        applyWrite(ctx, operation.write);
      } else if (operation.kind === 'delete') {
        ctx.items.delete(operation.target.space, operation.key, now);
      }
    }
  });

  return NO_CONTENT;
}

function readList(list: unknown, kind: Kind): Record<string, unknown>[] {
  if (list === undefined || list === null) {
    return [];
  }
  if (!Array.isArray(list) || !list.every(isRecord)) {
    throw badRequest('BAD_REQUEST', `Transaction "${kind}" must be an array of items`);
  }

  return list;
}

function readOperation(ctx: KvsContext, kind: Kind, item: Record<string, unknown>): Operation {
  // The SDK flattens { entity: { entityName, conditions } } into the item; accept both shapes.
  const entity = isRecord(item.entity) ? item.entity : {};
  const entityName = item.entityName ?? entity.entityName;
  const target = resolveTarget(ctx, entityName, KV_SPACE);
  const write = kind === 'set' ? prepareWrite(target, item, ctx) : undefined;
  const key = write?.key ?? validateKey(item.key, target.keyKind);
  const condition = compileFilters(item.conditions ?? entity.conditions);
  if (kind === 'check' && condition === undefined) {
    throw badRequest('BAD_REQUEST', `The check on "${key}" needs conditions`);
  }

  return {
    kind,
    target,
    key,
    ...(typeof entityName === 'string' ? { entityName } : {}),
    ...(condition === undefined ? {} : { condition }),
    ...(write === undefined ? {} : { write }),
  };
}

function checkOperationCount(operations: readonly Operation[]): void {
  if (operations.length === 0) {
    throw badRequest('BAD_REQUEST', 'A transaction needs at least one operation');
  }
  if (operations.length > MAX_OPERATIONS) {
    throw badRequest(
      'TOO_MANY_OPERATIONS',
      `A transaction can contain at most ${MAX_OPERATIONS} operations; got ${operations.length}`,
    );
  }
  const identities = operations.map((op) => JSON.stringify([op.target.space, op.key]));
  if (new Set(identities).size !== identities.length) {
    throw badRequest('DUPLICATE_KEY', 'Each key can only be used once in a transaction');
  }
}

function holds(ctx: KvsContext, operation: Operation, condition: SqlFragment, now: number) {
  const sql =
    'SELECT 1 FROM items WHERE space = ? AND key = ? ' +
    `AND (expires_at IS NULL OR expires_at > ?) AND ${condition.sql}`;
  const params = [operation.target.space, operation.key, now, ...condition.params];

  return ctx.items.prepared(sql).get(...params) !== undefined;
}

function conditionFailed(operation: Operation): KvsError {
  return new KvsError(
    409,
    TRANSACTION_CONDITION_FAILED,
    `The ${operation.kind} condition on "${operation.key}" was not met; nothing was applied`,
    {
      key: operation.key,
      operation: operation.kind,
      ...(operation.entityName ? { entityName: operation.entityName } : {}),
    },
  );
}
