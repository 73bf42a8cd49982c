import { batchDelete, batchGet, batchSet } from './batch-ops';
import type { KvsContext, KvsRoute } from './context';
import { queryEntities } from './entity-query';
import { EntitySchema } from './entity-schema';
import { ItemStore, KV_SPACE, SECRET_SPACE } from './item-store';
import { deleteItem, getItem, setItem } from './key-value-ops';
import { queryKeys } from './query-page';
import { transact } from './transaction';
import { KvsError } from './types';
import type { KvsAnswer, KvsCounters, KvsFault, SqliteKvsOptions } from './types';

export type {
  EntityAttributeType,
  EntityDef,
  EntityIndexDef,
  KvsAnswer,
  KvsCounters,
  KvsFault,
  SqliteKvsOptions,
} from './types';
export { TRANSACTION_CONDITION_FAILED } from './transaction';

// The paths @forge/kvs 1.6.x posts to (node_modules/@forge/kvs/out/storage-api.js).
const ROUTES: Readonly<Record<string, KvsRoute>> = {
  '/api/v1/get': (ctx, body) => getItem(ctx, body, KV_SPACE),
  '/api/v1/set': (ctx, body) => setItem(ctx, body, KV_SPACE),
  '/api/v1/delete': (ctx, body) => deleteItem(ctx, body, KV_SPACE),
  '/api/v1/secret/get': (ctx, body) => getItem(ctx, body, SECRET_SPACE),
  '/api/v1/secret/set': (ctx, body) => setItem(ctx, body, SECRET_SPACE),
  '/api/v1/secret/delete': (ctx, body) => deleteItem(ctx, body, SECRET_SPACE),
  '/api/v1/entity/get': (ctx, body) => getItem(ctx, entityBody(body), KV_SPACE),
  '/api/v1/entity/set': (ctx, body) => setItem(ctx, entityBody(body), KV_SPACE),
  '/api/v1/entity/delete': (ctx, body) => deleteItem(ctx, entityBody(body), KV_SPACE),
  '/api/v1/query': queryKeys,
  '/api/v1/entity/query': queryEntities,
  '/api/v1/batch/set': batchSet,
  '/api/v1/batch/get': batchGet,
  '/api/v1/batch/delete': batchDelete,
  '/api/v1/transaction': transact,
};

/**
 * The local host's Forge KVS: answers the real @forge/kvs SDK's requests from SQLite with
 * Forge's semantics and limits (key rules, 240 KiB values, 100-item pages, 25-operation
 * transactions, custom entity indexes). Synchronous; the runtime wraps answers in a Response.
 */
export class SqliteKvs {
  private readonly items: ItemStore;
  private readonly ctx: KvsContext;
  private fault: (KvsFault & { remaining: number }) | undefined;

  /**
   * Opens (or creates) the database and its entity indexes.
   * @param options.file a file path (kept across restarts) or ':memory:'.
   * @param options.entities the custom entities of manifest.yml (see readEntityDefs).
   * @param options.now the clock in epoch ms, for TTL tests; Date.now by default.
   * @throws {Error} when an entity declaration is malformed.
   */
  constructor(options: SqliteKvsOptions) {
    const schema = new EntitySchema(options.entities);
    const now = options.now ?? Date.now;
    this.items = new ItemStore(options.file);
    this.items.syncIndexes(schema.indexStatements());
    this.items.purgeExpired(now());
    this.ctx = {
      items: this.items,
      schema,
      now,
      counters: { calls: 0, bytesRead: 0, bytesWritten: 0 },
    };
  }

  /**
   * Answers one SDK request; `path` like '/api/v1/get', `body` the parsed JSON body.
   * Never throws: failures are answered as `{ code, message }` with a non-2xx status.
   */
  handle(path: string, body: unknown): KvsAnswer {
    const counters = this.ctx.counters;
    counters.calls += 1;
    const injected = this.takeFault();
    if (injected !== undefined) {
      return injected.toAnswer();
    }
    const route = ROUTES[path.split('?')[0] ?? path];
    if (route === undefined) {
      return new KvsError(404, 'NOT_FOUND', `Unknown KVS path ${path}`).toAnswer();
    }

    const before = { ...counters };
    try {
      return route(this.ctx, body);
    } catch (error: unknown) {
      // A failed request applied nothing, so it read and wrote nothing either.
      counters.bytesRead = before.bytesRead;
      counters.bytesWritten = before.bytesWritten;
      if (error instanceof KvsError) {
        return error.toAnswer();
      }
      const message = error instanceof Error ? error.message : String(error);
      return new KvsError(500, 'INTERNAL_SERVER_ERROR', message).toAnswer();
    }
  }

  /** Counts since construction or the last resetCounters(). */
  getCounters(): KvsCounters {
    return { ...this.ctx.counters };
  }

  /** Sets every counter back to zero. */
  resetCounters(): void {
    Object.assign(this.ctx.counters, { calls: 0, bytesRead: 0, bytesWritten: 0 });
  }

  /**
   * Makes the `failOnCall`-th handle() call from now (1 = the next) answer an error without
   * applying anything: status 500 and INTERNAL_SERVER_ERROR unless given. `undefined` clears it.
   */
  injectFault(fault: KvsFault | undefined): void {
    if (fault !== undefined && (!Number.isInteger(fault.failOnCall) || fault.failOnCall < 1)) {
      throw new Error('failOnCall must be a positive integer');
    }
    this.fault = fault === undefined ? undefined : { ...fault, remaining: fault.failOnCall };
  }

  /** Wipes all app data: keys, secrets and entities. Counters and faults are kept. */
  reset(): void {
    this.items.wipe();
  }

  /** Every live key, entity keys with their entity name; secrets are not listed. */
  listAllKeys(): Array<{ entityName?: string; key: string }> {
    return this.items
      .listKeys(this.ctx.now())
      .map(({ space, key }) =>
        space.startsWith('e:') ? { entityName: space.slice(2), key } : { key },
      );
  }

  /** Closes the database (flushing WAL to the file); later calls answer 500. */
  close(): void {
    this.items.close();
  }

  private takeFault(): KvsError | undefined {
    if (this.fault === undefined) {
      return undefined;
    }
    this.fault.remaining -= 1;
    if (this.fault.remaining > 0) {
      return undefined;
    }
    const { code = 'INTERNAL_SERVER_ERROR', status = 500 } = this.fault;
    this.fault = undefined;

    return new KvsError(status, code, 'Injected fault: the local host failed this call');
  }
}

// Entity paths must name an entity; without one the request would silently hit plain KVS.
function entityBody(body: unknown): unknown {
  if (typeof body === 'object' && body !== null && !('entityName' in body)) {
    return { ...body, entityName: '' };
  }

  return body;
}
