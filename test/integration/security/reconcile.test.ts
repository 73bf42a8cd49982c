import type { LocalHost } from '../../../local/host';
import { ConflictError } from '../../../src/platform/errors';
import type { ReconcileResponse } from '../../../src/shared/contract';
import { PANEL_KEYS, SETTINGS_KEYS } from '../../../src/shared/resolver-keys';
import { kvsCostEntryRepository } from '../../../src/storage/cost-entry-store';
import { keys } from '../../../src/storage/keys';
import type { AggregateRecord } from '../../../src/storage/records';
import type { DemoUser } from '../../builders/local-host';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../../builders/local-host';

import { changedKeys, dumpStore, entryPayload, outcomeOf } from './support';

const AGGREGATE = 'cost-aggregate';

function writeAggregate(host: LocalHost, record: AggregateRecord): void {
  const key = keys.costAggregate(record.projectId, record.month, record.categoryId);
  const answer = host.kvs.handle('/api/v1/entity/set', {
    entityName: AGGREGATE,
    key,
    value: record,
  });
  if (answer.status >= 300) throw new Error(`Could not corrupt ${key}: ${answer.status}`);
}

function deleteAggregate(host: LocalHost, projectId: string, month: string, categoryId: string) {
  const key = keys.costAggregate(projectId, month, categoryId);
  const answer = host.kvs.handle('/api/v1/entity/delete', { entityName: AGGREGATE, key });
  if (answer.status >= 300) throw new Error(`Could not delete ${key}: ${answer.status}`);
}

/** A project with costs in several months and categories, and a neighbour project with costs. */
async function buildProjectWithCosts() {
  const built = buildLocalHost();
  const { host, call, ops, opsIssues } = built;
  const mktIssue = host.jira.site.issues.find((issue) => issue.projectId !== ops.id)!;
  const create = async (issueId: string, payload: unknown) =>
    dataOf(
      await call({
        module: 'jira:issuePanel',
        location: { kind: 'issue', issueId },
        as: 'admin',
        key: PANEL_KEYS.createEntry,
        payload,
      }),
    );
  await create(opsIssues[0]!.id, entryPayload('rec-0001', { incurredOn: '2026-03-10' }));
  await create(
    opsIssues[0]!.id,
    entryPayload('rec-0002', {
      incurredOn: '2026-03-20',
      amount: { amount: 5_00, currency: 'USD' },
    }),
  );
  await create(
    opsIssues[1]!.id,
    entryPayload('rec-0003', {
      categoryId: 'licences',
      kind: 'planned',
      incurredOn: '2026-01-31',
      recurrence: { frequency: 'monthly', months: 4 },
    }),
  );
  await create(mktIssue.id, entryPayload('rec-mkt1', { incurredOn: '2026-03-10' }));
  await host.drainQueues();
  const reconcile = async (repair: boolean, as: DemoUser = 'lead') =>
    call<ReconcileResponse>({
      module: 'jira:projectSettingsPage',
      location: { kind: 'project-settings', projectId: ops.id },
      as,
      key: SETTINGS_KEYS.reconcile,
      payload: { repair },
    });

  return { ...built, mktProjectId: mktIssue.projectId, reconcile };
}

describe('costs/reconcile', () => {
  it('finds no drift in aggregates kept by the app', async () => {
    const { host, reconcile } = await buildProjectWithCosts();

    const report = dataOf(await reconcile(false));
    await host.shutdown();

    // 2026-03 cloud, and licences in each of the four months the recurring entry touches.
    expect(report).toStrictEqual({ checked: 5, drifted: [], repaired: false });
  });

  it('reports a wrong, a missing and a stray aggregate, and repairs exactly those', async () => {
    const { host, ops, mktProjectId, reconcile } = await buildProjectWithCosts();
    writeAggregate(host, {
      schemaVersion: 1,
      projectId: ops.id,
      month: '2026-03',
      categoryId: 'cloud',
      revision: 7,
      cells: { 'EUR|actual': '99999', 'USD|actual': '500' },
    });
    deleteAggregate(host, ops.id, '2026-02', 'licences');
    writeAggregate(host, {
      schemaVersion: 1,
      projectId: ops.id,
      month: '1999-07',
      categoryId: 'travel',
      revision: 1,
      cells: { 'JPY|planned': '1200' },
    });
    const mktBefore = aggregatesAndRecount(host).stored.get(`${mktProjectId}|2026-03|cloud`);
    const beforeCheck = dumpStore(host);

    const check = dataOf(await reconcile(false));
    const changedByCheck = changedKeys(beforeCheck, dumpStore(host));
    const repair = dataOf(await reconcile(true));
    const { stored, recount } = aggregatesAndRecount(host);
    const again = dataOf(await reconcile(false));
    await host.shutdown();

    const drifted = [
      { month: '1999-07', categoryId: 'travel', stored: { 'JPY|planned': '1200' }, expected: {} },
      {
        month: '2026-02',
        categoryId: 'licences',
        stored: {},
        expected: { 'EUR|planned': '12500' },
      },
      {
        month: '2026-03',
        categoryId: 'cloud',
        stored: { 'EUR|actual': '99999', 'USD|actual': '500' },
        expected: { 'EUR|actual': '12500', 'USD|actual': '500' },
      },
    ];
    expect({ check, changedByCheck, repair, again }).toStrictEqual({
      check: { checked: 6, drifted, repaired: false },
      changedByCheck: [],
      repair: { checked: 6, drifted, repaired: true },
      again: { checked: 5, drifted: [], repaired: false },
    });
    expect(stored).toStrictEqual(recount);
    expect(stored.get(`${mktProjectId}|2026-03|cloud`)).toStrictEqual(mktBefore);
  });

  it('repairs more drifted aggregates than fit in one transaction', async () => {
    const { host, ops, reconcile } = await buildProjectWithCosts();
    for (let month = 0; month < 30; month += 1) {
      writeAggregate(host, {
        schemaVersion: 1,
        projectId: ops.id,
        month: `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
        categoryId: 'hardware',
        revision: 3,
        cells: { 'EUR|actual': String(month + 1) },
      });
    }

    const repair = dataOf(await reconcile(true));
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();

    expect(repair.drifted).toHaveLength(30);
    expect(stored).toStrictEqual(recount);
  });

  it('refuses a repair of an aggregate that changed since it was checked, writing nothing', async () => {
    const { host, ops } = await buildProjectWithCosts();
    const before = dumpStore(host);

    const attempt = kvsCostEntryRepository.replaceAggregates(ops.id, [
      {
        month: '2026-03',
        categoryId: 'cloud',
        cells: { 'EUR|actual': '1' },
        previous: { 'EUR|actual': '12500' },
      },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const changed = changedKeys(before, dumpStore(host));
    await host.shutdown();

    expect(changed).toStrictEqual([]);
  });

  it('is for project administrators only', async () => {
    const { host, reconcile } = await buildProjectWithCosts();

    const outcomes = [];
    for (const user of ['member', 'viewer', 'outsider', 'marketer'] as const)
      outcomes.push(outcomeOf((await reconcile(true, user)).result));
    await host.shutdown();

    expect(outcomes).toStrictEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });
});
