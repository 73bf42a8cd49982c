import kvs, { ForgeKvsAPIError, MetadataField } from '@forge/kvs';

import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import {
  buildCostEntry,
  COST_ENTRY,
  installStore,
  manualClock,
  rejectionOf,
  tempDir,
  uninstallStore,
} from './kvs-harness';

describe('SqliteKvs', () => {
  let store: SqliteKvs;
  const clock = manualClock();

  beforeEach(() => {
    store = installStore({ now: clock.now });
  });

  afterEach(() => {
    uninstallStore(store);
  });

  describe('get, set and delete', () => {
    it('returns the stored value when a key was set', async () => {
      await kvs.set('objective:1', { schemaVersion: 1, title: 'Cut cloud cost' });

      const value = await kvs.get('objective:1');

      expect(value).toStrictEqual({ schemaVersion: 1, title: 'Cut cloud cost' });
    });

    it('returns undefined when the key is missing or deleted', async () => {
      await kvs.set('objective:1', 'x');
      await kvs.delete('objective:1');

      const values = [await kvs.get('objective:1'), await kvs.get('never-set')];

      expect(values).toStrictEqual([undefined, undefined]);
    });

    it('resolves when deleting a missing key', async () => {
      await expect(kvs.delete('never-set')).resolves.toBeUndefined();
    });

    it('keeps secrets apart from plain keys', async () => {
      await kvs.setSecret('token', 's3cret');

      const seen = [await kvs.get('token'), await kvs.getSecret('token')];

      expect(seen).toStrictEqual([undefined, 's3cret']);
    });

    it('returns metadata fields when asked', async () => {
      await kvs.set('k', 1, { ttl: { value: 1, unit: 'HOURS' } });

      const result = await kvs.get('k', {
        metadataFields: [MetadataField.CREATED_AT, MetadataField.EXPIRE_TIME],
      });

      expect(result).toStrictEqual({
        key: 'k',
        value: 1,
        createdAt: Math.floor(clock.now() / 1000),
        expireTime: new Date(clock.now() + 3_600_000).toISOString(),
      });
    });

    it('returns the previous value when returnValue is PREVIOUS', async () => {
      await kvs.set('k', 'old');

      const result = await kvs.set('k', 'new', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });

      expect(result).toStrictEqual({ key: 'k', value: 'old' });
    });
  });

  describe('keyPolicy FAIL_IF_EXISTS', () => {
    it('rejects with KEY_ALREADY_EXISTS and keeps the value when the key exists', async () => {
      await kvs.set('lock', 'first');

      const error = await rejectionOf(kvs.set('lock', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));

      expect([error.code, await kvs.get('lock')]).toStrictEqual(['KEY_ALREADY_EXISTS', 'first']);
    });

    it('creates the key when it is absent', async () => {
      await kvs.set('lock', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });

      expect(await kvs.get('lock')).toBe('first');
    });
  });

  describe('ttl', () => {
    it('hides a value once its ttl has passed', async () => {
      await kvs.set('session', 'v', { ttl: { value: 30, unit: 'SECONDS' } });
      clock.advance(29_000);
      const before = await kvs.get('session');

      clock.advance(1_000);

      expect([before, await kvs.get('session')]).toStrictEqual(['v', undefined]);
    });

    it('allows FAIL_IF_EXISTS to recreate an expired key', async () => {
      await kvs.set('lease', 'a', { ttl: { value: 1, unit: 'MINUTES' } });
      clock.advance(60_000);

      await kvs.set('lease', 'b', { keyPolicy: 'FAIL_IF_EXISTS' });

      expect(await kvs.get('lease')).toBe('b');
    });

    it('leaves expired entities out of queries', async () => {
      const entries = kvs.entity('cost-entry');
      await entries.set('e1', buildCostEntry(), { ttl: { value: 1, unit: 'SECONDS' } });
      await entries.set('e2', buildCostEntry());
      clock.advance(1_000);

      const page = await entries
        .query()
        .index('issueId')
        .where({ condition: 'EQUAL_TO', values: ['10001'] })
        .getMany();

      expect(page.results.map((r) => r.key)).toStrictEqual(['e2']);
    });
  });

  describe('counters', () => {
    it('counts calls and value bytes read and written', async () => {
      store.resetCounters();

      await kvs.set('k', { a: 'xyz' });
      await kvs.get('k');
      await kvs.get('missing');

      expect(store.getCounters()).toStrictEqual({ calls: 3, bytesRead: 11, bytesWritten: 11 });
    });
  });

  describe('injectFault', () => {
    it('fails exactly the chosen call and applies nothing', async () => {
      store.injectFault({ failOnCall: 2 });

      await kvs.set('a', 1);
      const error = await rejectionOf(kvs.set('b', 2));
      await kvs.set('c', 3);

      expect({
        error: error instanceof ForgeKvsAPIError ? error.code : error,
        keys: store.listAllKeys(),
      }).toStrictEqual({ error: 'INTERNAL_SERVER_ERROR', keys: [{ key: 'a' }, { key: 'c' }] });
    });

    it('answers the given status and code', async () => {
      store.injectFault({ failOnCall: 1, status: 429, code: 'RATE_LIMIT_EXCEEDED' });

      const error = await rejectionOf(kvs.get('a'));

      expect(
        error instanceof ForgeKvsAPIError && [error.code, error.responseDetails.status],
      ).toStrictEqual(['RATE_LIMIT_EXCEEDED', 429]);
    });
  });

  describe('reset and listAllKeys', () => {
    it('lists keys and entity keys but not secrets, and wipes them on reset', async () => {
      await kvs.set('b', 1);
      await kvs.entity('cost-entry').set('e1', buildCostEntry());
      await kvs.setSecret('s', 'x');
      const listed = store.listAllKeys();

      store.reset();

      expect([listed, store.listAllKeys()]).toStrictEqual([
        [{ entityName: 'cost-entry', key: 'e1' }, { key: 'b' }],
        [],
      ]);
    });
  });
});

describe('SqliteKvs persistence', () => {
  it('reads back data written before a restart when given a file', async () => {
    const tmp = tempDir();
    const file = `${tmp.dir}/data/kvs.sqlite`;
    const first = installStore({ file });
    await kvs.set('objective:1', { title: 'Persist me' });
    await kvs.entity('cost-entry').set('e1', buildCostEntry());
    uninstallStore(first);

    const second = installStore({ file });
    const values = [
      await kvs.get('objective:1'),
      (
        await kvs
          .entity('cost-entry')
          .query()
          .index('by-project-date', { partition: ['10000'] })
          .getMany()
      ).results,
    ];
    uninstallStore(second);
    tmp.remove();

    expect(values).toStrictEqual([
      { title: 'Persist me' },
      [{ key: 'e1', value: buildCostEntry() }],
    ]);
  });

  it('serves an index added to the manifest after data was written', async () => {
    const tmp = tempDir();
    const file = `${tmp.dir}/kvs.sqlite`;
    const first = installStore({ file, entities: [COST_ENTRY] });
    await kvs.entity('cost-entry').set('e1', buildCostEntry({ currency: 'USD' }));
    uninstallStore(first);
    const byCurrency = { name: 'by-currency', partition: [], range: ['currency'] };

    const second = installStore({
      file,
      entities: [{ ...COST_ENTRY, indexes: [...COST_ENTRY.indexes, byCurrency] }],
    });
    const page = await kvs.entity('cost-entry').query().index('by-currency').getMany();
    uninstallStore(second);
    tmp.remove();

    expect(page.results.map((result) => result.key)).toStrictEqual(['e1']);
  });
});
