import type { PanelLoadResponse } from '../../src/shared/contract';
import type {
  ContributionsResponse,
  ObjectiveView,
  ObjectivesResponse,
} from '../../src/shared/okr-contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

const monthly = (id: string, amountMinor: number, from: string, months: number) => ({
  id,
  kind: 'actual',
  amount: { amount: amountMinor, currency: 'EUR' },
  categoryId: 'infrastructure',
  incurredOn: from,
  description: '',
  recurrence: { frequency: 'monthly', months },
});

const objective = {
  id: 'obj-infra-2025',
  title: 'Run a leaner platform',
  description: '',
  ownerAccountId: 'owner',
  period: { type: 'custom', start: '2025-01-01', endInclusive: '2025-06-30' },
  status: 'active',
  version: 0,
  keyResults: [
    {
      id: 'kr-infra',
      title: 'Reduce infrastructure costs by 15% within six months',
      weight: 1,
      archived: false,
      type: 'cost',
      categoryIds: ['infrastructure'],
      kind: 'actual',
      measure: { type: 'total' },
      baseline: { type: 'window', months: 6 },
      target: { type: 'percent-change', percent: -15 },
    },
  ],
};

describe('objectives with cost key results through the local host', () => {
  it('measures a cost key result from costs added in the issue panel', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: monthly('base-0001', 1000_00, '2024-07-05', 6),
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: monthly('run-00001', 900_00, '2025-01-05', 6),
      }),
    );
    dataOf(
      await call<ObjectiveView>({
        ...settings,
        as: 'lead',
        key: 'objectives/save',
        payload: objective,
      }),
    );

    const before = dataOf(
      await call<ObjectivesResponse>({ ...settings, as: 'lead', key: 'objectives/list' }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: monthly('late-0001', 100_00, '2025-03-20', 1),
      }),
    );
    const after = dataOf(
      await call<ObjectivesResponse>({ ...settings, as: 'lead', key: 'objectives/list' }),
    );
    const fed = dataOf(await call<PanelLoadResponse>({ ...panel, as: 'admin', key: 'panel/load' }));
    await host.shutdown();

    expect(before.objectives[0]?.keyResults[0]?.evaluation).toMatchObject({
      direction: 'decrease',
      baselineValue: 6000_00,
      targetValue: 5100_00,
      currentValue: 5400_00,
    });
    expect(before.objectives[0]?.keyResults[0]?.evaluation.progress).toBeCloseTo(2 / 3, 10);
    expect(after.objectives[0]?.keyResults[0]?.evaluation.currentValue).toBe(5500_00);
    expect(after.objectives[0]?.progress).toBeCloseTo(5 / 9, 10);
    expect(fed.keyResults).toStrictEqual([
      {
        objectiveId: 'obj-infra-2025',
        objectiveTitle: 'Run a leaner platform',
        keyResultId: 'kr-infra',
        keyResultTitle: objective.keyResults[0]!.title,
      },
    ]);
  });

  it('refuses objective changes from users who do not administer the project', async () => {
    const { host, call, ops } = buildLocalHost();
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };

    const denied = await call({
      ...settings,
      as: 'member',
      key: 'objectives/save',
      payload: objective,
    });
    const listed = await call({ ...settings, as: 'viewer', key: 'objectives/list' });
    await host.shutdown();

    expect([denied.result, listed.result].map((r) => (r.ok ? 'ok' : r.error.code))).toStrictEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
  });

  it('refuses a key result whose target equals its baseline with a message', async () => {
    const { host, call, ops } = buildLocalHost();
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    const flat = {
      ...objective,
      keyResults: [
        {
          ...objective.keyResults[0]!,
          baseline: { type: 'fixed', amountMinor: 500 },
          target: { type: 'amount', amountMinor: 500 },
        },
      ],
    };

    const saved = await call({ ...settings, as: 'lead', key: 'objectives/save', payload: flat });
    await host.shutdown();

    expect(saved.result.ok ? 'ok' : saved.result.error.code).toBe('VALIDATION');
  });

  it('lists the issues behind a cost key result with their share', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    const on = (index: number) => ({
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[index]!.id },
    });
    dataOf(
      await call({
        ...on(0),
        as: 'admin',
        key: 'entries/create',
        payload: monthly('drill-001', 300_00, '2025-02-10', 1),
      }),
    );
    dataOf(
      await call({
        ...on(1),
        as: 'admin',
        key: 'entries/create',
        payload: monthly('drill-002', 100_00, '2025-01-10', 2),
      }),
    );
    dataOf(
      await call({
        ...on(1),
        as: 'admin',
        key: 'entries/create',
        payload: monthly('drill-003', 999_00, '2024-12-10', 1),
      }),
    );
    dataOf(await call({ ...settings, as: 'lead', key: 'objectives/save', payload: objective }));
    host.saveGadgetConfiguration('1', { projectId: ops.id });
    const request = { objectiveId: objective.id, keyResultId: 'kr-infra' };

    const drill = dataOf(
      await call<ContributionsResponse>({
        ...settings,
        as: 'lead',
        key: 'key-results/contributions',
        payload: request,
      }),
    );
    const gadget = {
      module: 'jira:dashboardGadget' as const,
      location: { kind: 'gadget' as const, gadgetId: '1' },
    };
    const viewer = await call({
      ...gadget,
      as: 'viewer',
      key: 'gadget/contributions',
      payload: request,
    });
    const outsider = await call({
      ...gadget,
      as: 'outsider',
      key: 'gadget/contributions',
      payload: request,
    });
    await host.shutdown();

    expect(drill.totalMinor).toBe(500_00);
    expect(
      drill.issues.map((i) => [i.issueKey, i.amountMinor, i.share, i.entries.length]),
    ).toStrictEqual([
      [opsIssues[0]!.key, 300_00, 0.6, 1],
      [opsIssues[1]!.key, 200_00, 0.4, 2],
    ]);
    expect([
      viewer.result.ok,
      outsider.result.ok ? 'ok' : outsider.result.error.code,
    ]).toStrictEqual([true, 'FORBIDDEN']);
  });

  it('measures a JQL-narrowed key result in the background and keeps it current', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    const on = (index: number) => ({
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[index]!.id },
    });
    const narrowed = {
      ...objective,
      id: 'obj-aws',
      keyResults: [
        {
          ...objective.keyResults[0]!,
          id: 'kr-aws',
          jql: 'labels = aws',
          baseline: { type: 'fixed', amountMinor: 1000_00 },
          target: { type: 'amount', amountMinor: 500_00 },
        },
      ],
    };
    dataOf(
      await call({
        ...on(0),
        as: 'admin',
        key: 'entries/create',
        payload: monthly('jql-00001', 400_00, '2025-02-10', 1),
      }),
    );
    dataOf(
      await call({
        ...on(1),
        as: 'admin',
        key: 'entries/create',
        payload: monthly('jql-00002', 300_00, '2025-02-10', 1),
      }),
    );
    dataOf(await call({ ...settings, as: 'lead', key: 'objectives/save', payload: narrowed }));
    await host.drainQueues();
    const first = dataOf(
      await call<ObjectivesResponse>({ ...settings, as: 'lead', key: 'objectives/list' }),
    );
    dataOf(
      await call({
        ...on(1),
        as: 'admin',
        key: 'entries/create',
        payload: monthly('jql-00003', 50_00, '2025-03-10', 1),
      }),
    );
    await host.drainQueues();
    const second = dataOf(
      await call<ObjectivesResponse>({ ...settings, as: 'lead', key: 'objectives/list' }),
    );
    const invalid = await call({
      ...settings,
      as: 'lead',
      key: 'objectives/save',
      payload: {
        ...narrowed,
        id: 'obj-bad',
        keyResults: [{ ...narrowed.keyResults[0]!, jql: 'labels = (' }],
      },
    });
    const escaping = await call({
      ...settings,
      as: 'lead',
      key: 'objectives/save',
      payload: {
        ...narrowed,
        id: 'obj-escape',
        keyResults: [{ ...narrowed.keyResults[0]!, jql: 'labels = aws) OR (project = MKT' }],
      },
    });
    dataOf(
      await call({
        ...settings,
        as: 'lead',
        key: 'objectives/delete',
        payload: { id: 'obj-aws', version: 1 },
      }),
    );
    const leftovers = host.kvs.listAllKeys().filter((k) => /^(kr-series|jql-kr):/.test(k.key));
    await host.shutdown();

    expect(first.objectives[0]?.keyResults[0]?.evaluation.currentValue).toBe(300_00);
    expect(first.objectives[0]?.keyResults[0]?.refreshedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(second.objectives[0]?.keyResults[0]?.evaluation.currentValue).toBe(350_00);
    expect(invalid.result.ok ? [] : invalid.result.error.details?.map((d) => d.path)).toStrictEqual(
      ['keyResults.0.jql'],
    );
    // The app searches `project = <id> AND (<jql>)`: a stray ")" would widen it past the project.
    expect(escaping.result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: [
          {
            path: 'keyResults.0.jql',
            message: 'A closing parenthesis in the JQL has no opening one before it.',
          },
        ],
      },
    });
    expect(escaping.counters.jiraCalls).toBe(1);
    expect(leftovers).toStrictEqual([]);
    expect(host.queueFailures).toStrictEqual([]);
  });

  it('judges the forecast with the thresholds the project set', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const settings = {
      module: 'jira:projectSettingsPage' as const,
      location: { kind: 'project-settings' as const, projectId: ops.id },
    };
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: monthly('thr-00001', 1000_00, '2024-07-05', 6),
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: monthly('thr-00002', 900_00, '2025-01-05', 6),
      }),
    );
    dataOf(await call({ ...settings, as: 'lead', key: 'objectives/save', payload: objective }));
    const statusNow = async () =>
      dataOf(await call<ObjectivesResponse>({ ...settings, as: 'lead', key: 'objectives/list' }))
        .objectives[0]?.keyResults[0]?.forecast?.status;
    const loaded = dataOf(
      await call<{ settings: Record<string, unknown> }>({
        ...settings,
        as: 'lead',
        key: 'settings/load',
      }),
    );

    const before = await statusNow();
    dataOf(
      await call({
        ...settings,
        as: 'lead',
        key: 'settings/update-cost-settings',
        payload: { ...loaded.settings, forecastThresholds: { onTrack: 0.6, atRisk: 0.3 } },
      }),
    );
    const after = await statusNow();
    const refused = await call({
      ...settings,
      as: 'lead',
      key: 'settings/update-cost-settings',
      payload: { ...loaded.settings, forecastThresholds: { onTrack: 0.3, atRisk: 0.5 } },
    });
    const fractional = await call({
      ...settings,
      as: 'lead',
      key: 'settings/update-cost-settings',
      payload: { ...loaded.settings, forecastThresholds: { onTrack: 0.705, atRisk: 0.4 } },
    });
    await host.shutdown();

    // The projected score is 2/3: at risk under the default 0.7 / 0.4, on track under 0.6 / 0.3.
    expect([before, after]).toStrictEqual(['at-risk', 'on-track']);
    expect(refused.result.ok ? 'ok' : refused.result.error.code).toBe('VALIDATION');
    expect(fractional.result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: [
          {
            path: 'forecastThresholds.onTrack',
            message: 'Use whole percentages from 0 to 100.',
          },
        ],
      },
    });
  });
});
