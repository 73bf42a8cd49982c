import kvs, { Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';

import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import { buildCostEntry, installStore, rejectionOf, uninstallStore } from './kvs-harness';

type CostEntry = {
  issueId: string;
  projectId: string;
  incurredOn: string;
  amountMinor: number;
  currency: string;
  tags?: string[];
};

function buildEntry(overrides: Partial<CostEntry> = {}): CostEntry {
  // `as`: buildCostEntry's defaults supply every CostEntry field
  return buildCostEntry(overrides) as CostEntry;
}

const entries = () => kvs.entity<CostEntry>('cost-entry');

type EntryFilter = Parameters<
  ReturnType<ReturnType<ReturnType<typeof entries>['query']>['index']>['filters']
>[0];

async function seed(values: Record<string, Partial<CostEntry>>): Promise<void> {
  for (const [key, overrides] of Object.entries(values)) {
    await entries().set(key, buildEntry(overrides));
  }
}

describe('entity queries', () => {
  let store: SqliteKvs;

  beforeEach(() => {
    store = installStore();
  });

  afterEach(() => {
    uninstallStore(store);
  });

  describe('partition, range, sort and filters', () => {
    beforeEach(async () => {
      await seed({
        e1: { incurredOn: '2026-01-05', amountMinor: 100, currency: 'EUR' },
        e2: { incurredOn: '2026-02-10', amountMinor: 200, currency: 'USD' },
        e3: { incurredOn: '2026-02-20', amountMinor: 300, currency: 'EUR', tags: ['cloud'] },
        e4: { incurredOn: '2026-03-01', amountMinor: 400, currency: 'EUR' },
        e5: { incurredOn: '2026-02-15', amountMinor: 500, currency: 'EUR', projectId: '20000' },
        e6: { incurredOn: '2026-02-20', amountMinor: 600, currency: 'EUR' },
      });
    });

    it('returns the partition between two dates, newest first, filtered', async () => {
      const page = await entries()
        .query()
        .index('by-project-date', { partition: ['10000'] })
        .where(WhereConditions.between('2026-02-01', '2026-02-28'))
        .filters(new Filter<CostEntry>().and('currency', FilterConditions.equalTo('EUR')))
        .sort(Sort.DESC)
        .getMany();

      expect(page.results.map((r) => r.key)).toStrictEqual(['e6', 'e3']);
    });

    it('breaks ties on the range attribute by key, in the sort direction', async () => {
      const keysFor = async (sort: Sort) =>
        (
          await entries()
            .query()
            .index('by-project-date', { partition: ['10000'] })
            .where(WhereConditions.greaterThan('2026-02-10'))
            .sort(sort)
            .getMany()
        ).results.map((r) => r.key);

      expect([await keysFor(Sort.ASC), await keysFor(Sort.DESC)]).toStrictEqual([
        ['e3', 'e6', 'e4'],
        ['e4', 'e6', 'e3'],
      ]);
    });

    it('applies or-filters, numeric comparisons and contains', async () => {
      const page = await entries()
        .query()
        .index('by-project-date', { partition: ['10000'] })
        .filters(
          new Filter<CostEntry>()
            .or('amountMinor', FilterConditions.lessThan(150))
            .or('tags', FilterConditions.contains('cloud'))
            .or('currency', FilterConditions.beginsWith('US')),
        )
        .getMany();

      expect(page.results.map((r) => r.key)).toStrictEqual(['e1', 'e2', 'e3']);
    });

    it('applies exists, notExists, notEqualTo and notContains', async () => {
      const keysWith = async (filter: EntryFilter) =>
        (
          await entries()
            .query()
            .index('by-project-date', { partition: ['10000'] })
            .filters(filter)
            .getMany()
        ).results.map((r) => r.key);

      const results = [
        await keysWith(new Filter<CostEntry>().and('tags', FilterConditions.exists())),
        await keysWith(
          new Filter<CostEntry>()
            .and('tags', FilterConditions.notExists())
            .and('currency', FilterConditions.notEqualTo('USD')),
        ),
        await keysWith(new Filter<CostEntry>().and('tags', FilterConditions.notContains('cloud'))),
      ];

      expect(results).toStrictEqual([['e3'], ['e1', 'e6', 'e4'], ['e1', 'e2', 'e6', 'e4']]);
    });

    it('finds entries by a simple index with equalTo', async () => {
      await seed({ other: { issueId: '10002' } });

      const page = await entries()
        .query()
        .index('issueId')
        .where(WhereConditions.equalTo('10002'))
        .getMany();

      expect(page.results).toStrictEqual([
        { key: 'other', value: buildCostEntry({ issueId: '10002' }) },
      ]);
    });

    it('keeps pages full and follows the cursor when filters skip items', async () => {
      const keys: string[] = [];
      let cursor: string | undefined;
      const pageSizes: number[] = [];
      do {
        const builder = entries()
          .query()
          .index('by-project-date', { partition: ['10000'] })
          .filters(new Filter<CostEntry>().and('currency', FilterConditions.equalTo('EUR')))
          .sort(Sort.DESC)
          .limit(2);
        const page = await (cursor === undefined ? builder : builder.cursor(cursor)).getMany();
        keys.push(...page.results.map((r) => r.key));
        pageSizes.push(page.results.length);
        cursor = page.nextCursor;
      } while (cursor !== undefined);

      expect({ keys, pageSizes }).toStrictEqual({
        keys: ['e4', 'e6', 'e3', 'e1'],
        pageSizes: [2, 2],
      });
    });

    it('orders the built-in by-key index by key with beginsWith', async () => {
      const page = await entries()
        .query()
        .index('by-key')
        .where(WhereConditions.beginsWith('e'))
        .sort(Sort.DESC)
        .limit(3)
        .getMany();

      expect(page.results.map((r) => r.key)).toStrictEqual(['e6', 'e5', 'e4']);
    });
  });

  describe('index membership', () => {
    it('leaves out entities lacking an index attribute', async () => {
      const partial = { issueId: '1', projectId: '10000' };
      // `as`: the value deliberately lacks incurredOn, which the index needs
      await entries().set('no-date', partial as CostEntry);

      const page = await entries()
        .query()
        .index('by-project-date', { partition: ['10000'] })
        .getMany();

      expect(page.results).toStrictEqual([]);
    });
  });

  describe('errors', () => {
    it('rejects an undeclared entity with ENTITY_NOT_FOUND', async () => {
      const error = await rejectionOf(kvs.entity('invoice').query().index('by-key').getMany());

      expect(error.code).toBe('ENTITY_NOT_FOUND');
    });

    it('rejects an undeclared index with INVALID_ENTITY_INDEX', async () => {
      const error = await rejectionOf(entries().query().index('by-currency').getMany());

      expect(error.code).toBe('INVALID_ENTITY_INDEX');
    });

    it('rejects a missing partition with INVALID_PARTITION', async () => {
      const error = await rejectionOf(entries().query().index('by-project-date').getMany());

      expect(error.code).toBe('INVALID_PARTITION');
    });

    it('rejects a limit over 100 with COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', async () => {
      const error = await rejectionOf(entries().query().index('by-key').limit(101).getMany());

      expect(error.code).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    });

    it('rejects an integer attribute outside 32 bits with INVALID_ENTITY_VALUE', async () => {
      const error = await rejectionOf(entries().set('big', buildEntry({ amountMinor: 2 ** 31 })));

      expect(error.code).toBe('INVALID_ENTITY_VALUE');
    });

    it('accepts the 32-bit integer bounds', async () => {
      await entries().set('min', buildEntry({ amountMinor: -(2 ** 31) }));
      await entries().set('max', buildEntry({ amountMinor: 2 ** 31 - 1 }));

      expect((await entries().get('max'))?.amountMinor).toBe(2 ** 31 - 1);
    });
  });
});
