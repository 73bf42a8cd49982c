import type { PanelLoadResponse } from '../../src/shared/contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

const entry = (id: string, amount: number) => ({
  id,
  kind: 'actual',
  amount: { amount, currency: 'EUR' },
  categoryId: 'licences',
  incurredOn: '2026-06-10',
  description: '',
  recurrence: { frequency: 'monthly', months: 2 },
});

/** The licence cells of a project's June and July 2026 aggregates, read from the store. */
function aggregateCells(host: ReturnType<typeof buildLocalHost>['host'], projectId: string) {
  const cells: Record<string, string> = {};
  for (const month of ['2026-06', '2026-07']) {
    const answer = host.kvs.handle('/api/v1/entity/get', {
      entityName: 'cost-aggregate',
      key: `${projectId}:${month}:licences`,
    });
    const stored = (answer.body as { value?: { cells: Record<string, string> } } | undefined)
      ?.value;
    for (const [key, value] of Object.entries(stored?.cells ?? {}))
      cells[`${month}|${key}`] = value;
  }

  return cells;
}

describe('issue lifecycle triggers through the local host', () => {
  it('moves entries and aggregates with an issue that moves project, once', async () => {
    const local = buildLocalHost();
    const { host, call, ops } = local;
    const mkt = host.jira.site.projects.find((p) => p.key === 'MKT')!;
    const issue = local.opsIssues[3]!;
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: issue.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: entry('move-0001', 1500),
      }),
    );
    const moved = host.jira.moveIssue(issue.id, mkt.id);
    const event = {
      eventType: 'avi:jira:updated:issue',
      issue: { id: issue.id, key: moved.newKey, fields: { project: { id: mkt.id, key: 'MKT' } } },
      changelog: { items: [{ field: 'project', fieldId: 'project', from: ops.id, to: mkt.id }] },
    };

    await host.trigger('onIssueEvent', event);
    const afterFirst = { ops: aggregateCells(host, ops.id), mkt: aggregateCells(host, mkt.id) };
    const second = await host.trigger('onIssueEvent', event);
    const loaded = dataOf(
      await call<PanelLoadResponse>({ ...panel, as: 'admin', key: 'panel/load' }),
    );
    await host.shutdown();

    expect(afterFirst).toStrictEqual({
      ops: {},
      mkt: { '2026-06|EUR|actual': '1500', '2026-07|EUR|actual': '1500' },
    });
    expect(second.kvsCalls).toBe(1);
    expect({ project: loaded.project.id, key: loaded.entries[0]?.issueKey }).toStrictEqual({
      project: mkt.id,
      key: moved.newKey,
    });
  });

  it('removes the entries and aggregate contributions of a deleted issue, idempotently', async () => {
    const local = buildLocalHost();
    const { host, call, ops } = local;
    const issue = local.opsIssues[4]!;
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: issue.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: entry('gone-0001', 900),
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: entry('gone-0002', 100),
      }),
    );
    host.jira.deleteIssue(issue.id);
    const event = { eventType: 'avi:jira:deleted:issue', issue: { id: issue.id, key: issue.key } };

    await host.trigger('onIssueEvent', event);
    await host.trigger('onIssueEvent', event);
    const entriesLeft = host.kvs.listAllKeys().filter((k) => k.entityName === 'cost-entry');
    const cells = aggregateCells(host, ops.id);
    await host.shutdown();

    expect(entriesLeft).toStrictEqual([]);
    expect(cells).toStrictEqual({});
  });
});
