import type { LocalHost } from '../../../local/host';
import type { CostEntry } from '../../../src/domain/cost-entry';
import type { ErrorCode, Result } from '../../../src/shared/result';
import { kvsCostEntryRepository } from '../../../src/storage/cost-entry-store';
import { buildCostEntry } from '../../builders/cost-entry';

/** Every code a resolver may answer with; anything else is not a typed error. */
export const ERROR_CODES: readonly ErrorCode[] = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'CURRENCY_MISMATCH',
  'LIMIT_EXCEEDED',
  'UNEXPECTED',
];

/** What a call came to: 'ok', an error code, or 'threw' when the handler itself threw. */
export type Outcome = 'ok' | ErrorCode | 'threw';

/** The outcome of a resolver result. */
export function outcomeOf(result: Result<unknown>): Outcome {
  return result.ok ? 'ok' : result.error.code;
}

/**
 * Why a result is not a well-formed envelope (ok with data, or a typed error with a short
 * message and no stack trace), or undefined when it is one.
 */
export function envelopeProblem(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null) return 'not an object';
  const envelope = result as { ok?: unknown; data?: unknown; error?: unknown };
  if (envelope.ok === true) return 'data' in envelope ? undefined : 'ok without data';
  if (envelope.ok !== false) return 'no ok flag';
  const error = envelope.error as { code?: unknown; message?: unknown } | undefined;
  if (!ERROR_CODES.includes(error?.code as ErrorCode)) return `unknown code ${String(error?.code)}`;
  if (typeof error?.message !== 'string' || error.message === '') return 'no message';
  const text = JSON.stringify(result);
  if (/\n\s+at |\bat .+\.[jt]s:\d+|"stack"/.test(text)) return 'carries a stack trace';

  return undefined;
}

/** Every live record in the store, keyed `entity/key` (plain KVS keys under `kv/`). */
export function dumpStore(host: LocalHost): Map<string, string> {
  const dump = new Map<string, string>();
  for (const { entityName, key } of host.kvs.listAllKeys()) {
    const answer = entityName
      ? host.kvs.handle('/api/v1/entity/get', { entityName, key })
      : host.kvs.handle('/api/v1/get', { key });
    dump.set(`${entityName ?? 'kv'}/${key}`, JSON.stringify(answer.body));
  }

  return dump;
}

/** The keys whose records differ between two dumps (added, removed or changed). */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);

  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

/** Every stored value of a custom entity. */
export function readRecords<T>(host: LocalHost, entityName: string): T[] {
  return host.kvs
    .listAllKeys()
    .filter((k) => k.entityName === entityName)
    .map(
      ({ key }) =>
        (host.kvs.handle('/api/v1/entity/get', { entityName, key }).body as { value: T }).value,
    );
}

/** A plain KVS value, or undefined. */
export function readValue<T>(host: LocalHost, key: string): T | undefined {
  const answer = host.kvs.handle('/api/v1/get', { key });

  return answer.status === 200 ? (answer.body as { value: T }).value : undefined;
}

/**
 * Stores an entry and its aggregates through the app's repository, outside any invocation:
 * test set-up that needs no user allowed to edit costs.
 */
export async function seedEntry(overrides: Partial<CostEntry>): Promise<CostEntry> {
  const entry = buildCostEntry(overrides);
  await kvsCostEntryRepository.saveEntryChange({ after: entry });

  return entry;
}

/** A create payload for the issue panel: one actual cost in EUR. */
export function entryPayload(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'actual',
    amount: { amount: 125_00, currency: 'EUR' },
    categoryId: 'cloud',
    incurredOn: '2026-03-10',
    description: 'Cloud bill',
    recurrence: { frequency: 'none' },
    ...overrides,
  };
}

/** A save payload for an objective with one cost key result (version 0 creates it). */
export function costObjectivePayload(id: string, version = 0) {
  return {
    id,
    title: 'Run a leaner platform',
    description: '',
    ownerAccountId: 'owner-1',
    period: { type: 'custom', start: '2026-01-01', endInclusive: '2026-06-30' },
    status: 'active',
    version,
    keyResults: [
      {
        id: 'kr-cloud',
        title: 'Keep cloud spend under 5,000.00',
        weight: 1,
        archived: false,
        type: 'cost',
        categoryIds: ['cloud'],
        kind: 'actual',
        measure: { type: 'total' },
        target: { type: 'cap', amountMinor: 5000_00 },
      },
    ],
  };
}

/** A save payload for an objective with one manual key result, for check-ins. */
export function manualObjectivePayload(id: string, version = 0) {
  return {
    ...costObjectivePayload(id, version),
    keyResults: [
      {
        id: 'kr-tagged',
        title: 'Tag every resource',
        weight: 1,
        archived: false,
        type: 'manual',
        unit: 'number',
        startValue: 0,
        targetValue: 10,
        checkIns: [],
      },
    ],
  };
}
