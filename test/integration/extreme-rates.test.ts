import type { PanelLoadResponse } from '../../src/shared/contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

describe('a rate so extreme that a converted amount leaves the exact range', () => {
  it('counts the entry as unconverted in the panel and the background summary, failing nothing', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
    };
    dataOf(
      await call({
        module: 'jira:projectSettingsPage',
        location: { kind: 'project-settings', projectId: ops.id },
        as: 'admin',
        key: 'rates/save',
        payload: { base: 'EUR', quote: 'USD', rate: '0.000000000001', date: '2026-01-02' },
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: {
          id: 'extreme-0001',
          kind: 'actual',
          amount: { amount: 1_000_000_00, currency: 'USD' },
          categoryId: 'infrastructure',
          incurredOn: '2026-02-10',
          description: '',
          recurrence: { frequency: 'none' },
        },
      }),
    );
    await host.drainQueues();
    const loaded = await call<PanelLoadResponse>({ ...panel, as: 'admin', key: 'panel/load' });
    const failures = host.queueFailures.length;
    await host.shutdown();

    expect(failures).toBe(0);
    expect(dataOf(loaded).totals.reporting).toMatchObject({ actual: 0, unconvertedCount: 1 });
  });
});
