import { NO_CONTENT, resolveTarget } from './context';
import type { KvsContext, PlainSpace, Target } from './context';
import { readMetadataFields, toItemResult, valueBytes } from './item-results';
import type { ItemResult, MetadataFields } from './item-results';
import { readSetOptions, serialiseValue, validateKey } from './limits';
import type { SetOptions } from './limits';
import { asRecord, KvsError } from './types';
import type { KvsAnswer } from './types';

/** A validated write, ready to apply inside or outside a transaction. */
export type PreparedWrite = {
  target: Target;
  key: string;
  text: string;
  bytes: number;
  options: SetOptions;
  returnFields: MetadataFields;
};

/** The 404 answer the SDK turns into `undefined` (get) or ignores (delete). */
export function keyNotFound(key: string): KvsError {
  return new KvsError(404, 'KEY_NOT_FOUND', `Provided key "${key}" does not exist`);
}

/**
 * Validates one write: key rules, entity attribute types, value size and depth, set options.
 * @throws {KvsError} with the Forge code of the first rule broken.
 */
export function prepareWrite(
  target: Target,
  item: Record<string, unknown>,
  ctx: KvsContext,
): PreparedWrite {
  const key = validateKey(item.key, target.keyKind);
  if (target.entity !== undefined) {
    ctx.schema.validateValue(target.entity, item.value);
  }
  const { text, bytes } = serialiseValue(item.value);
  const options = readSetOptions(item.options);
  const returnFields = readMetadataFields(item.options, 'returnMetadataFields');

  return { target, key, text, bytes, options, returnFields };
}

/**
 * Stores a prepared write, honouring keyPolicy, ttl and returnValue.
 * @returns the item the caller asked back (previous or latest), if any.
 * @throws {KvsError} 409 KEY_ALREADY_EXISTS when keyPolicy is FAIL_IF_EXISTS and the key is live.
 */
export function applyWrite(ctx: KvsContext, write: PreparedWrite): ItemResult | undefined {
  const { target, key, options } = write;
  const now = ctx.now();
  const previous = ctx.items.get(target.space, key, now);
  if (options.failIfExists && previous !== undefined) {
    throw new KvsError(409, 'KEY_ALREADY_EXISTS', `Key "${key}" already exists`);
  }
  const expiresAt = options.ttlMs === undefined ? null : now + options.ttlMs;

  ctx.items.put({ space: target.space, key, value: write.text, now, expiresAt });
  ctx.counters.bytesWritten += write.bytes;
  const returned =
    options.returnValue === 'LATEST' ? ctx.items.get(target.space, key, now) : previous;
  if (options.returnValue === undefined || returned === undefined) {
    return undefined;
  }
  ctx.counters.bytesRead += valueBytes(returned);

  return toItemResult(returned, write.returnFields);
}

/** `/api/v1/get`, `/api/v1/secret/get` and `/api/v1/entity/get`. */
export function getItem(ctx: KvsContext, body: unknown, plain: PlainSpace): KvsAnswer {
  const request = asRecord(body);
  const target = resolveTarget(ctx, request.entityName, plain);
  const key = validateKey(request.key, target.keyKind);

  const row = ctx.items.get(target.space, key, ctx.now());
  if (row === undefined) {
    throw keyNotFound(key);
  }
  ctx.counters.bytesRead += valueBytes(row);

  return { status: 200, body: toItemResult(row, readMetadataFields(request.options)) };
}

/** `/api/v1/set`, `/api/v1/secret/set` and `/api/v1/entity/set`. */
export function setItem(ctx: KvsContext, body: unknown, plain: PlainSpace): KvsAnswer {
  const request = asRecord(body);
  const target = resolveTarget(ctx, request.entityName, plain);
  const write = prepareWrite(target, request, ctx);

  const returned = ctx.items.atomically(() => applyWrite(ctx, write));

  return returned === undefined ? NO_CONTENT : { status: 200, body: returned };
}

/**
 * `/api/v1/delete`, `/api/v1/secret/delete` and `/api/v1/entity/delete`. A missing key answers
 * KEY_NOT_FOUND, which the SDK's delete swallows (storage-api.js wraps it in handleKeyNotFound).
 */
export function deleteItem(ctx: KvsContext, body: unknown, plain: PlainSpace): KvsAnswer {
  const request = asRecord(body);
  const target = resolveTarget(ctx, request.entityName, plain);
  const key = validateKey(request.key, target.keyKind);

  if (!ctx.items.delete(target.space, key, ctx.now())) {
    throw keyNotFound(key);
  }

  return NO_CONTENT;
}
