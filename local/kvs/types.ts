/** One custom entity index as declared in manifest.yml, with string shorthands normalised. */
export type EntityIndexDef = { name: string; partition: string[]; range: string[] };

/** The declared type of a custom entity attribute. */
export type EntityAttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

/** One custom entity as declared under `app.storage.entities` in manifest.yml. */
export type EntityDef = {
  name: string;
  attributes: Record<string, { type: EntityAttributeType }>;
  indexes: EntityIndexDef[];
};

/** The store's answer to one SDK request: an HTTP status and a JSON body (undefined = empty). */
export type KvsAnswer = { status: number; body?: unknown };

/** Work done by the store since the last reset; byte counts are UTF-8 JSON bytes of values. */
export type KvsCounters = { calls: number; bytesRead: number; bytesWritten: number };

/** A fault to inject: the `failOnCall`-th handle() call from now answers an error. */
export type KvsFault = { failOnCall: number; code?: string; status?: number };

/** Options of {@link SqliteKvs}; `now` returns epoch milliseconds and exists for TTL tests. */
export type SqliteKvsOptions = { file: string; entities: EntityDef[]; now?: () => number };

/**
 * A failure answered to the SDK as `{ code, message, ...extra }`. The SDK raises it as
 * ForgeKvsAPIError with `.code`; extra fields land in the error's `context`.
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'KvsError';
  }

  /** The wire answer for this error. */
  toAnswer(): KvsAnswer {
    return { status: this.status, body: { ...this.extra, code: this.code, message: this.message } };
  }
}

/** A 400 answer, the status of every validation failure in Forge's error tables. */
export function badRequest(code: string, message: string, extra?: Record<string, unknown>) {
  return new KvsError(400, code, message, extra);
}

/** Narrows an unknown request field to a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a request body as an object, or answers BAD_REQUEST as the real service does. */
export function asRecord(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) {
    throw badRequest('BAD_REQUEST', 'Provided request body is invalid');
  }

  return body;
}
