import { buildLocalHost, dataOf } from '../builders/local-host';

describe('data lifecycle', () => {
  it('leaves no orphaned keys after an objective and an issue with costs are deleted', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const issue = opsIssues[1]!;
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: issue.id },
    };
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    const entry = (id: string, months: number) => ({
      id,
      kind: 'actual',
      amount: { amount: 120_00, currency: 'USD' },
      categoryId: 'cloud',
      incurredOn: '2026-01-15',
      description: '',
      recurrence: months > 1 ? { frequency: 'monthly', months } : { frequency: 'none' },
    });
    dataOf(
      await call({ ...panel, as: 'admin', key: 'entries/create', payload: entry('life-0001', 1) }),
    );
    dataOf(
      await call({ ...panel, as: 'admin', key: 'entries/create', payload: entry('life-0002', 12) }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/update',
        payload: { ...entry('life-0001', 1), version: 1, categoryId: 'hardware' },
      }),
    );
    dataOf(
      await call({
        ...settings,
        as: 'lead',
        key: 'objectives/save',
        payload: {
          id: 'life-objective',
          title: 'Temporary',
          description: '',
          ownerAccountId: 'owner',
          period: { type: 'custom', start: '2026-01-01', endInclusive: '2026-06-30' },
          status: 'active',
          version: 0,
          keyResults: [
            {
              id: 'life-kr',
              title: 'AWS spend',
              weight: 1,
              archived: false,
              type: 'cost',
              categoryIds: ['cloud'],
              jql: 'labels = aws',
              kind: 'actual',
              measure: { type: 'total' },
              baseline: { type: 'fixed', amountMinor: 1000_00 },
              target: { type: 'amount', amountMinor: 500_00 },
            },
          ],
        },
      }),
    );
    await host.drainQueues();
    const before = host.kvs.listAllKeys();

    dataOf(
      await call({
        ...settings,
        as: 'lead',
        key: 'objectives/delete',
        payload: { id: 'life-objective', version: 1 },
      }),
    );
    host.jira.deleteIssue(issue.id);
    await host.trigger('onIssueEvent', {
      eventType: 'avi:jira:deleted:issue',
      issue: { id: issue.id, key: issue.key },
    });
    await host.drainQueues();
    const after = host.kvs.listAllKeys();
    await host.shutdown();

    const kinds = (keys: typeof after) =>
      [...new Set(keys.map((k) => k.entityName ?? k.key.split(':')[0]))].sort();
    expect(kinds(before)).toStrictEqual([
      'audit-event',
      'cost-aggregate',
      'cost-entry',
      'jql-kr',
      'kr-series',
      'objective',
      'settings',
    ]);
    // What stays: the project's settings (with its now empty key result index) and the audit
    // trail, which expires on its own after AUDIT_RETENTION_DAYS.
    expect(kinds(after)).toStrictEqual(['audit-event', 'settings']);
  });
});
