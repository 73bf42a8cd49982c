import { badRequest, isRecord } from './types';

// Limits and codes: https://developer.atlassian.com/platform/forge/limits-kvs-ce/ and the error
// tables at …/storage-reference/handling-errors-kvs/ and …/handling-errors-customentities/.

/** Longest key Forge accepts, in characters. */
export const MAX_KEY_CHARS = 500;
/** Largest stored value: 240 KiB of UTF-8 JSON. */
export const MAX_VALUE_BYTES = 240 * 1024;
/** Deepest nesting of objects and arrays in a value (a flat object has depth 1). */
export const MAX_VALUE_DEPTH = 31;
/** Largest page of a query. */
export const MAX_PAGE_LIMIT = 100;
/** Page size when the request names none. */
export const DEFAULT_PAGE_LIMIT = 10;
/** Most operations in one transaction, and most items in one batch request. */
export const MAX_OPERATIONS = 25;

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
// The manifest schema's entity-name pattern (@forge/manifest 13.7.0).
const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;
const TTL_UNIT_MS: Record<string, number> = {
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

/** Which store a key belongs to; the two documents name the empty-key code differently. */
export type KeySpaceKind = 'kvs' | 'entity';

/**
 * Checks a key against Forge's key rules.
 * @throws {KvsError} KEY_TOO_SHORT (KVS) or EMPTY_KEY (entities) when empty, KEY_TOO_LONG over
 *   500 characters, INVALID_KEY when it does not match Forge's key pattern.
 */
export function validateKey(key: unknown, kind: KeySpaceKind): string {
  if (typeof key !== 'string') {
    throw badRequest('INVALID_KEY', 'The provided key must be a string');
  }
  if (key.length === 0) {
    // The KVS error table documents KEY_TOO_SHORT, the Custom Entity Store table EMPTY_KEY.
    throw kind === 'kvs'
      ? badRequest('KEY_TOO_SHORT', 'The provided key needs to be at least one character')
      : badRequest('EMPTY_KEY', 'Key cannot be empty');
  }
  if (key.length > MAX_KEY_CHARS) {
    throw badRequest('KEY_TOO_LONG', `The provided key has exceeded ${MAX_KEY_CHARS} characters`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw badRequest('INVALID_KEY', `The provided key does not match the regex: ${KEY_PATTERN}`);
  }

  return key;
}

/**
 * Serialises a value to be stored and checks its size and depth.
 * @returns the JSON text and its UTF-8 byte length.
 * @throws {KvsError} BAD_REQUEST without a value, MAX_SIZE over 240 KiB, MAX_DEPTH over 31.
 */
export function serialiseValue(value: unknown): { text: string; bytes: number } {
  if (value === undefined) {
    throw badRequest('BAD_REQUEST', 'A value is required');
  }
  if (depthExceeds(value, MAX_VALUE_DEPTH)) {
    throw badRequest(
      'MAX_DEPTH',
      `The provided value exceeds the maximum depth (${MAX_VALUE_DEPTH})`,
    );
  }
  const text = JSON.stringify(value);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_VALUE_BYTES) {
    throw badRequest(
      'MAX_SIZE',
      `The provided value is ${bytes} bytes; the limit is ${MAX_VALUE_BYTES}`,
    );
  }

  return { text, bytes };
}

function depthExceeds(value: unknown, remaining: number): boolean {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  if (remaining === 0) {
    return true;
  }
  const children = Array.isArray(value) ? value : Object.values(value);

  return children.some((child) => depthExceeds(child, remaining - 1));
}

/**
 * Checks an entity name's format (declaration is checked by the schema).
 * @throws {KvsError} INVALID_ENTITY_TYPE, ENTITY_TYPE_TOO_SHORT or ENTITY_TYPE_TOO_LARGE.
 */
export function validateEntityName(name: unknown): string {
  if (typeof name !== 'string' || !ENTITY_NAME_PATTERN.test(name)) {
    throw badRequest('INVALID_ENTITY_TYPE', `Entity name ${JSON.stringify(name)} is invalid`);
  }
  if (name.length < 3) {
    throw badRequest('ENTITY_TYPE_TOO_SHORT', 'The entity name needs at least 3 characters');
  }
  if (name.length > 60) {
    throw badRequest('ENTITY_TYPE_TOO_LARGE', 'The entity name has exceeded 60 characters');
  }

  return name;
}

/** True when a name is a well-formed entity name (used when reading declarations). */
export function isValidEntityName(name: string): boolean {
  return ENTITY_NAME_PATTERN.test(name) && name.length >= 3 && name.length <= 60;
}

/**
 * Reads a page limit; `code` differs between KVS queries and entity queries in Forge's tables.
 * @throws {KvsError} `code` when the limit is not an integer in 1..100.
 */
export function readPageLimit(limit: unknown, code: string): number {
  if (limit === undefined || limit === null) {
    return DEFAULT_PAGE_LIMIT;
  }
  if (
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_PAGE_LIMIT
  ) {
    throw badRequest(code, `The page limit must be between 1 and ${MAX_PAGE_LIMIT}`);
  }

  return limit;
}

/** What a set request asks for besides the value. */
export type SetOptions = {
  failIfExists: boolean;
  returnValue?: 'PREVIOUS' | 'LATEST';
  ttlMs?: number;
};

/**
 * Reads `{ keyPolicy, returnValue, ttl }` set options.
 * @throws {KvsError} BAD_REQUEST for an unknown policy or return mode, INVALID_TTL for a bad ttl.
 */
export function readSetOptions(options: unknown): SetOptions {
  if (options === undefined || options === null) {
    return { failIfExists: false };
  }
  if (!isRecord(options)) {
    throw badRequest('BAD_REQUEST', 'Set options must be an object');
  }
  const { keyPolicy, returnValue, ttl } = options;
  if (keyPolicy !== undefined && keyPolicy !== 'OVERRIDE' && keyPolicy !== 'FAIL_IF_EXISTS') {
    throw badRequest('BAD_REQUEST', `Unknown keyPolicy ${JSON.stringify(keyPolicy)}`);
  }
  if (returnValue !== undefined && returnValue !== 'PREVIOUS' && returnValue !== 'LATEST') {
    throw badRequest('BAD_REQUEST', `Unknown returnValue ${JSON.stringify(returnValue)}`);
  }

  return {
    failIfExists: keyPolicy === 'FAIL_IF_EXISTS',
    ...(returnValue === undefined ? {} : { returnValue }),
    ...(ttl === undefined ? {} : { ttlMs: readTtlMs(ttl) }),
  };
}

function readTtlMs(ttl: unknown): number {
  const unitMs = isRecord(ttl) && typeof ttl.unit === 'string' ? TTL_UNIT_MS[ttl.unit] : undefined;
  const value = isRecord(ttl) ? ttl.value : undefined;
  if (unitMs === undefined || typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw badRequest('INVALID_TTL', 'ttl must be { value > 0, unit: SECONDS|MINUTES|HOURS|DAYS }');
  }

  return value * unitMs;
}
