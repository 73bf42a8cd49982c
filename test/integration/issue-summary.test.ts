import { buildLocalHost, dataOf } from '../builders/local-host';

const entry = (id: string, amount: number, currency: string, categoryId: string) => ({
  id,
  kind: 'actual',
  amount: { amount, currency },
  categoryId,
  incurredOn: '2026-05-04',
  description: '',
  recurrence: { frequency: 'none' },
});

function summaryOf(local: ReturnType<typeof buildLocalHost>, issueId: string) {
  const answer = local.host.jira.handle(
    'GET',
    `/rest/api/3/issue/${issueId}/properties/okr-cost-summary`,
    undefined,
    {
      kind: 'app',
    },
  );

  return answer.status === 200 ? (answer.body as { value: unknown }).value : undefined;
}

describe('the JQL cost summary on issues', () => {
  it('is rebuilt in the background after each change and removed with the last entry', async () => {
    const local = buildLocalHost();
    const { host, call, ops, opsIssues } = local;
    const issueId = opsIssues[5]!.id;
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId },
    };
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    dataOf(
      await call({
        ...settings,
        as: 'admin',
        key: 'rates/save',
        payload: { base: 'EUR', quote: 'USD', rate: '1.25', date: '2026-01-02' },
      }),
    );
    const created = await call({
      ...panel,
      as: 'admin',
      key: 'entries/create',
      payload: entry('sum-00001', 1500_00, 'EUR', 'cloud'),
    });
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: entry('sum-00002', 250_00, 'USD', 'travel'),
      }),
    );

    await host.drainQueues();
    const afterCreates = summaryOf(local, issueId);
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/delete',
        payload: { id: 'sum-00001', version: 1 },
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/delete',
        payload: { id: 'sum-00002', version: 1 },
      }),
    );
    await host.drainQueues();
    const afterDeletes = summaryOf(local, issueId);
    await host.shutdown();

    expect(created.counters.eventsPushed).toBe(1);
    expect(afterCreates).toStrictEqual({
      total: 1700,
      planned: 0,
      currency: 'EUR',
      categories: ['cloud', 'travel'],
      currencies: ['EUR', 'USD'],
      entries: 2,
      unconverted: 0,
    });
    expect(afterDeletes).toBeUndefined();
    expect(host.queueFailures).toStrictEqual([]);
  });
});
