import kvs, { Filter, FilterConditions } from '@forge/kvs';

import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import { buildCostEntry, installStore, rejectionOf, uninstallStore } from './kvs-harness';

type Aggregate = { version: number; totalMinor: number };

const versionIs = (version: number) =>
  new Filter<Aggregate>().and('version', FilterConditions.equalTo(version));

async function snapshot(): Promise<unknown[]> {
  return [
    await kvs.get('plain'),
    await kvs.get('doomed'),
    await kvs.entity('aggregate').get('agg:1'),
    await kvs.entity('cost-entry').get('entry:1'),
  ];
}

describe('kvs.transact', () => {
  let store: SqliteKvs;

  beforeEach(async () => {
    store = installStore();
    await kvs.set('plain', 'before');
    await kvs.set('doomed', 'still here');
    await kvs.entity<Aggregate>('aggregate').set('agg:1', { version: 3, totalMinor: 1000 });
  });

  afterEach(() => {
    uninstallStore(store);
  });

  it('applies set, delete and check together when the check holds', async () => {
    await kvs
      .transact()
      .set('entry:1', buildCostEntry(), { entityName: 'cost-entry' })
      .set(
        'agg:1',
        { version: 4, totalMinor: 2250 },
        { entityName: 'aggregate', conditions: versionIs(3) },
      )
      .set('plain', 'after')
      .delete('doomed')
      .execute();

    expect(await snapshot()).toStrictEqual([
      'after',
      undefined,
      { version: 4, totalMinor: 2250 },
      buildCostEntry(),
    ]);
  });

  it('applies nothing and rejects when a check condition fails', async () => {
    const before = await snapshot();

    const error = await rejectionOf(
      kvs
        .transact()
        .set('entry:1', buildCostEntry(), { entityName: 'cost-entry' })
        .set('plain', 'after')
        .delete('doomed')
        .check('agg:1', { entityName: 'aggregate', conditions: versionIs(2) })
        .execute(),
    );

    expect({ code: error.code, after: await snapshot() }).toStrictEqual({
      code: 'TRANSACTION_CONDITION_FAILED',
      after: before,
    });
  });

  it('fails a condition on a key that does not exist', async () => {
    const error = await rejectionOf(
      kvs
        .transact()
        .set('plain', 'after')
        .check('agg:missing', { entityName: 'aggregate', conditions: versionIs(0) })
        .execute(),
    );

    expect([error.code, await kvs.get('plain')]).toStrictEqual([
      'TRANSACTION_CONDITION_FAILED',
      'before',
    ]);
  });

  it('rejects 26 operations with TOO_MANY_OPERATIONS and applies none', async () => {
    const builder = kvs.transact();
    for (let i = 0; i < 26; i += 1) {
      builder.set(`bulk:${i}`, i);
    }

    const error = await rejectionOf(builder.execute());

    expect([error.code, await kvs.get('bulk:0')]).toStrictEqual(['TOO_MANY_OPERATIONS', undefined]);
  });

  it('accepts 25 operations', async () => {
    const builder = kvs.transact();
    for (let i = 0; i < 25; i += 1) {
      builder.set(`bulk:${i}`, i);
    }

    await builder.execute();

    expect(await kvs.get('bulk:24')).toBe(24);
  });

  it('rejects a key used twice with DUPLICATE_KEY', async () => {
    const error = await rejectionOf(kvs.transact().set('plain', 1).delete('plain').execute());

    expect(error.code).toBe('DUPLICATE_KEY');
  });

  it('rejects an invalid entity value in any operation and applies none', async () => {
    const error = await rejectionOf(
      kvs
        .transact()
        .set('plain', 'after')
        .set('agg:1', { version: 1.5, totalMinor: 0 }, { entityName: 'aggregate' })
        .execute(),
    );

    expect([error.code, await kvs.get('plain')]).toStrictEqual(['INVALID_ENTITY_VALUE', 'before']);
  });
});
