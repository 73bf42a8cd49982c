import kvs, { Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';

import { ItemStore } from '../../../local/kvs/item-store';
import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import { buildCostEntry, installStore, uninstallStore } from './kvs-harness';

const PROJECTS = 100;
const ENTRIES_PER_PROJECT = 1000;

type CostEntry = { projectId: string; incurredOn: string; currency: string };

function seed(store: SqliteKvs): void {
  for (let start = 0; start < PROJECTS * ENTRIES_PER_PROJECT; start += 25) {
    const items = Array.from({ length: 25 }, (_, offset) => {
      const n = start + offset;
      const day = String((n % 28) + 1).padStart(2, '0');
      const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0');
      const value = buildCostEntry({
        issueId: String(20000 + (n % 5000)),
        projectId: String(n % PROJECTS),
        incurredOn: `2026-${month}-${day}`,
        currency: n % 3 === 0 ? 'USD' : 'EUR',
      });

      return { key: `entry:${String(n).padStart(6, '0')}`, value, entityName: 'cost-entry' };
    });
    store.handle('/api/v1/batch/set', items);
  }
}

function pageQuery(cursor?: string) {
  const builder = kvs
    .entity<CostEntry>('cost-entry')
    .query()
    .index('by-project-date', { partition: ['42'] })
    .where(WhereConditions.between('2026-03-01', '2026-09-30'))
    .filters(new Filter<CostEntry>().and('currency', FilterConditions.equalTo('EUR')))
    .sort(Sort.DESC)
    .limit(100);

  return (cursor === undefined ? builder : builder.cursor(cursor)).getMany();
}

describe('entity queries at scale', () => {
  let store: SqliteKvs;

  beforeAll(() => {
    store = installStore();
    seed(store);
  }, 120_000);

  afterAll(() => {
    uninstallStore(store);
  });

  it('plans the query on the declared index rather than a table scan', async () => {
    const prepared = jest.spyOn(ItemStore.prototype, 'prepared');
    await pageQuery();
    const call = prepared.mock.calls.findIndex(([text]) => text.includes('ORDER BY'));
    const sql = prepared.mock.calls[call]?.[0] ?? '';
    const db = prepared.mock.contexts[call]?.db;

    const plan = db
      ?.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...Array.from({ length: sql.split('?').length - 1 }, () => null))
      .map((row: unknown) => (row as { detail: string }).detail); // `as`: EXPLAIN's columns

    expect(plan).toStrictEqual([expect.stringMatching(/^SEARCH items USING INDEX kvsix_/)]);
  });

  it('pages through one project of 100k entries quickly and completely', async () => {
    const keys: string[] = [];
    let cursor: string | undefined;
    const started = performance.now();
    do {
      const page = await pageQuery(cursor);
      keys.push(...page.results.map((result) => result.key));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    const elapsedMs = performance.now() - started;

    // 1000 entries in project 42; a third are USD; the months between 3 and 9 hold 7/12.
    expect({
      count: keys.length,
      unique: new Set(keys).size,
      fast: elapsedMs < 1000,
    }).toStrictEqual({
      count: expectedCount(),
      unique: expectedCount(),
      fast: true,
    });
  });
});

function expectedCount(): number {
  let count = 0;
  for (let n = 42; n < PROJECTS * ENTRIES_PER_PROJECT; n += PROJECTS) {
    const month = (Math.floor(n / 28) % 12) + 1;
    if (n % 3 !== 0 && month >= 3 && month <= 9) {
      count += 1;
    }
  }

  return count;
}
