import type { AuditListResponse, EntryHistoryResponse } from '../../src/shared/contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

const entry = (amount: number) => ({
  kind: 'actual',
  amount: { amount, currency: 'EUR' },
  categoryId: 'services',
  incurredOn: '2026-04-01',
  description: 'Consultancy',
  recurrence: { frequency: 'none' },
});

describe('the audit trail', () => {
  it('records who changed an entry, when, and each field before and after', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[6]!.id },
    };
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'member',
        key: 'entries/create',
        payload: { id: 'audit-0001', ...entry(100_00) },
      }),
    );
    // The creation is recorded by the background job the create pushed.
    await host.drainQueues();
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/update',
        payload: { id: 'audit-0001', version: 1, ...entry(120_00) },
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/delete',
        payload: { id: 'audit-0001', version: 2 },
      }),
    );

    const history = dataOf(
      await call<EntryHistoryResponse>({
        ...panel,
        as: 'viewer',
        key: 'entries/history',
        payload: { id: 'audit-0001' },
      }),
    );
    const project = dataOf(
      await call<AuditListResponse>({ ...settings, as: 'lead', key: 'audit/list' }),
    );
    const outsider = await call({
      ...panel,
      as: 'outsider',
      key: 'entries/history',
      payload: { id: 'audit-0001' },
    });
    await host.shutdown();

    expect(history.events.map((e) => [e.action, e.actor])).toStrictEqual([
      [
        'entry.deleted',
        host.jira.site.users.find((u) => u.displayName === 'Alana Admin')!.accountId,
      ],
      [
        'entry.updated',
        host.jira.site.users.find((u) => u.displayName === 'Alana Admin')!.accountId,
      ],
      [
        'entry.created',
        host.jira.site.users.find((u) => u.displayName === 'Mina Member')!.accountId,
      ],
    ]);
    expect(history.events[1]?.changes).toStrictEqual({ amountMinor: [10000, 12000] });
    expect(history.events[0]?.snapshot).toMatchObject({ id: 'audit-0001', amountMinor: 12000 });
    expect(history.events.filter((e) => e.action === 'entry.created')).toHaveLength(1);
    expect(project.events.map((e) => [e.action, e.id])).toStrictEqual([
      ['entry.deleted', expect.any(String)],
      ['entry.updated', expect.any(String)],
      ['entry.created', 'audit-0001-created'],
    ]);
    expect(project.events[2]).toMatchObject({
      actor: host.jira.site.users.find((u) => u.displayName === 'Mina Member')!.accountId,
      target: 'entry:audit-0001',
      summary: 'EUR 10000 services on 2026-04-01',
    });
    expect(outsider.result.ok ? 'ok' : outsider.result.error.code).toBe('FORBIDDEN');
  });

  it('keeps audit events for a bounded time', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[6]!.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: { id: 'audit-0002', ...entry(5) },
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/update',
        payload: { id: 'audit-0002', version: 1, ...entry(6) },
      }),
    );

    const key = host.kvs.listAllKeys().find((k) => k.entityName === 'audit-event')!.key;
    const stored = host.kvs.handle('/api/v1/entity/get', {
      entityName: 'audit-event',
      key,
      options: { metadataFields: ['EXPIRE_TIME'] },
    }).body as { expireTime?: string };
    await host.shutdown();

    const days = (Date.parse(stored.expireTime ?? '') - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(400);
  });
});
