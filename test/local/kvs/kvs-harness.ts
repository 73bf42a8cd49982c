import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import type { EntityDef } from '../../../local/kvs/sqlite-kvs';

type ForgeFetch = (target: unknown, path: string, init: { body: string }) => Promise<Response>;

declare global {
  // The global @forge/kvs reads at call time (node_modules/@forge/kvs/out/index.js).
  var __forge_fetch__: ForgeFetch | undefined;
}

/** The cost-entry entity the tests declare inline, shaped like the app's. */
export const COST_ENTRY: EntityDef = {
  name: 'cost-entry',
  attributes: {
    issueId: { type: 'string' },
    projectId: { type: 'string' },
    incurredOn: { type: 'string' },
    amountMinor: { type: 'integer' },
    currency: { type: 'string' },
    tags: { type: 'any' },
  },
  indexes: [
    { name: 'issueId', partition: [], range: ['issueId'] },
    { name: 'by-project-date', partition: ['projectId'], range: ['incurredOn'] },
  ],
};

/** A version-stamped aggregate, used for optimistic-lock transaction checks. */
export const AGGREGATE: EntityDef = {
  name: 'aggregate',
  attributes: { version: { type: 'integer' }, totalMinor: { type: 'integer' } },
  indexes: [],
};

/** A clock the test moves by hand. */
export type ManualClock = { now: () => number; advance: (ms: number) => void };

/** Starts a manual clock at a fixed instant. */
export function manualClock(startMs = Date.UTC(2026, 0, 1)): ManualClock {
  let current = startMs;

  return { now: () => current, advance: (ms) => (current += ms) };
}

/**
 * Opens a store and routes the real @forge/kvs SDK's `__forge_fetch__` calls to it, the way
 * the local runtime does.
 */
export function installStore(
  options: { file?: string; entities?: EntityDef[]; now?: () => number } = {},
): SqliteKvs {
  const store = new SqliteKvs({
    file: options.file ?? ':memory:',
    entities: options.entities ?? [COST_ENTRY, AGGREGATE],
    ...(options.now ? { now: options.now } : {}),
  });
  globalThis.__forge_fetch__ = (_target, path, init) => {
    const answer = store.handle(path, JSON.parse(init.body));
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);

    return Promise.resolve(
      new Response(text, {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };

  return store;
}

/** Closes the store and removes the fetch global. */
export function uninstallStore(store: SqliteKvs): void {
  store.close();
  globalThis.__forge_fetch__ = undefined;
}

/** A fresh temporary directory and its cleanup. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-test-'));

  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A cost entry value with overridable fields. */
export function buildCostEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    issueId: '10001',
    projectId: '10000',
    incurredOn: '2026-01-15',
    amountMinor: 1250,
    currency: 'EUR',
    ...overrides,
  };
}

/** Awaits a promise expected to reject and returns the error, for asserting on `.code`. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ code?: unknown }> {
  try {
    await promise;
  } catch (error: unknown) {
    return error as { code?: unknown }; // `as`: the caller asserts on the fields it needs
  }
  throw new Error('Expected the promise to reject');
}
