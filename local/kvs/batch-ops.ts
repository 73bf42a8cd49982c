import { resolveTarget } from './context';
import type { KvsContext } from './context';
import { readMetadataFields, toItemResult, valueBytes } from './item-results';
import { KV_SPACE } from './item-store';
import { applyWrite, keyNotFound, prepareWrite } from './key-value-ops';
import { MAX_OPERATIONS, validateKey } from './limits';
import { badRequest, isRecord, KvsError } from './types';
import type { KvsAnswer } from './types';

type BatchItem = Record<string, unknown> & { key: unknown; entityName?: unknown };
type ItemName = { key: string; entityName?: string };
type FailedKey = ItemName & { error: { code: string; message: string } };

// Forge runs a batch's items independently (partial success); the whole request fails only
// when it is empty, too large or names a key twice
// (https://developer.atlassian.com/platform/forge/storage-reference/batchops-entities/).

/** `/api/v1/batch/set`: the body is the item array itself, as storage-api.js sends it. */
export function batchSet(ctx: KvsContext, body: unknown): KvsAnswer {
  const items = readBatch(body);

  const successfulKeys: ItemName[] = [];
  const failedKeys: FailedKey[] = [];
  ctx.items.atomically(() => {
    for (const item of items) {
      try {
        const write = prepareWrite(resolveTarget(ctx, item.entityName, KV_SPACE), item, ctx);
        applyWrite(ctx, { ...write, options: { ...write.options, returnValue: undefined } });
        successfulKeys.push(nameOf(item));
      } catch (error: unknown) {
        failedKeys.push(toFailure(item, error));
      }
    }
  });

  return { status: 200, body: { successfulKeys, failedKeys } };
}

/** `/api/v1/batch/get`: found items in successfulKeys, missing ones as KEY_NOT_FOUND failures. */
export function batchGet(ctx: KvsContext, body: unknown): KvsAnswer {
  const items = readBatch(body);

  const now = ctx.now();
  const successfulKeys: unknown[] = [];
  const failedKeys: FailedKey[] = [];
  for (const item of items) {
    try {
      const target = resolveTarget(ctx, item.entityName, KV_SPACE);
      const key = validateKey(item.key, target.keyKind);
      const row = ctx.items.get(target.space, key, now);
      if (row === undefined) {
        throw keyNotFound(key);
      }
      ctx.counters.bytesRead += valueBytes(row);
      successfulKeys.push({
        ...nameOf(item),
        ...toItemResult(row, readMetadataFields(item.options)),
      });
    } catch (error: unknown) {
      failedKeys.push(toFailure(item, error));
    }
  }

  return { status: 200, body: { successfulKeys, failedKeys } };
}

/** `/api/v1/batch/delete`: missing keys are reported as KEY_NOT_FOUND failures. */
export function batchDelete(ctx: KvsContext, body: unknown): KvsAnswer {
  const items = readBatch(body);

  const successfulKeys: ItemName[] = [];
  const failedKeys: FailedKey[] = [];
  ctx.items.atomically(() => {
    for (const item of items) {
      try {
        const target = resolveTarget(ctx, item.entityName, KV_SPACE);
        const key = validateKey(item.key, target.keyKind);
        if (!ctx.items.delete(target.space, key, ctx.now())) {
          throw keyNotFound(key);
        }
        successfulKeys.push(nameOf(item));
      } catch (error: unknown) {
        failedKeys.push(toFailure(item, error));
      }
    }
  });

  return { status: 200, body: { successfulKeys, failedKeys } };
}

/**
 * Checks the request as a whole.
 * @throws {KvsError} BAD_REQUEST when not a non-empty array of items, TOO_MANY_OPERATIONS over
 *   25 items, DUPLICATE_KEY when a key (with its entity) appears twice.
 */
function readBatch(body: unknown): BatchItem[] {
  if (!Array.isArray(body) || body.length === 0 || !body.every(isRecord)) {
    throw badRequest('BAD_REQUEST', 'A batch needs a non-empty array of { key, ... } items');
  }
  if (body.length > MAX_OPERATIONS) {
    throw badRequest(
      'TOO_MANY_OPERATIONS',
      `A batch can contain at most ${MAX_OPERATIONS} keys; got ${body.length}`,
    );
  }
  const items = body as BatchItem[]; // `as`: every element was checked to be an object
  const identities = items.map((item) => JSON.stringify([item.entityName ?? null, item.key]));
  if (new Set(identities).size !== identities.length) {
    throw badRequest('DUPLICATE_KEY', 'A batch cannot name the same key twice');
  }

  return items;
}

function nameOf(item: BatchItem): ItemName {
  const key = String(item.key);

  return typeof item.entityName === 'string' ? { key, entityName: item.entityName } : { key };
}

function toFailure(item: BatchItem, error: unknown): FailedKey {
  if (!(error instanceof KvsError)) {
    throw error;
  }

  return { ...nameOf(item), error: { code: error.code, message: error.message } };
}
