import type {
  CostEntryDto,
  GadgetLoadResponse,
  PanelLoadResponse,
} from '../../src/shared/contract';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../builders/local-host';

// Dated this month, so that the gadget's twelve-month window always includes them.
const THIS_MONTH = new Date().toISOString().slice(0, 7);

const entryInput = (id: string, amount: number, currency = 'USD') => ({
  id,
  kind: 'actual',
  amount: { amount, currency },
  categoryId: 'cloud',
  incurredOn: `${THIS_MONTH}-01`,
  description: 'Cloud bill',
  recurrence: { frequency: 'none' },
});

describe('vertical slice through the local host', () => {
  it('keeps a cost added in the panel across a restart and shows it in the gadget', async () => {
    const first = buildLocalHost();
    const issue = first.opsIssues[0]!;
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: issue.id },
    };
    dataOf(
      await first.call<CostEntryDto>({
        ...panel,
        as: 'member',
        key: 'entries/create',
        payload: entryInput('slice-0001', 10),
      }),
    );
    dataOf(
      await first.call<CostEntryDto>({
        ...panel,
        as: 'member',
        key: 'entries/create',
        payload: entryInput('slice-0002', 20),
      }),
    );
    await first.host.shutdown();

    const second = buildLocalHost({ dataFile: first.dataFile });
    dataOf(
      await second.call({
        module: 'jira:projectSettingsPage',
        location: { kind: 'project-settings', projectId: second.ops.id },
        as: 'admin',
        key: 'rates/save',
        payload: { base: 'EUR', quote: 'USD', rate: '1.2', date: '2020-01-01' },
      }),
    );
    const loaded = dataOf(
      await second.call<PanelLoadResponse>({ ...panel, as: 'member', key: 'panel/load' }),
    );
    second.host.saveGadgetConfiguration('1', { projectId: second.ops.id });
    const gadget = dataOf(
      await second.call<GadgetLoadResponse>({
        module: 'jira:dashboardGadget',
        location: { kind: 'gadget', gadgetId: '1' },
        as: 'admin',
        key: 'gadget/load',
      }),
    );
    await second.host.shutdown();

    expect(loaded.entries.map((e) => e.id).sort()).toStrictEqual(['slice-0001', 'slice-0002']);
    expect(loaded.totals.byCurrency).toStrictEqual([{ currency: 'USD', actual: 30, planned: 0 }]);
    expect(gadget.state === 'ready' ? gadget.totals : undefined).toStrictEqual({
      byCurrency: [{ currency: 'USD', actual: 30, planned: 0 }],
      reporting: { currency: 'EUR', actual: 25, planned: 0, unconvertedCount: 0 },
    });
  });

  it('refuses a stale edit with a conflict and keeps aggregates equal to a recount', async () => {
    const { host, call, opsIssues, ops } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[1]!.id },
    };
    const created = dataOf(
      await call<CostEntryDto>({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: entryInput('stale-0001', 500, 'EUR'),
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/update',
        payload: { ...entryInput('stale-0001', 700, 'EUR'), version: created.version },
      }),
    );

    const stale = await call({
      ...panel,
      as: 'admin',
      key: 'entries/update',
      payload: { ...entryInput('stale-0001', 900, 'EUR'), version: created.version },
    });
    const loaded = dataOf(
      await call<PanelLoadResponse>({ ...panel, as: 'admin', key: 'panel/load' }),
    );
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();

    expect(stale.result.ok ? 'ok' : stale.result.error.code).toBe('CONFLICT');
    expect(loaded.totals.byCurrency).toStrictEqual([{ currency: 'EUR', actual: 700, planned: 0 }]);
    expect(stored).toStrictEqual(recount);
    expect([...stored.keys()]).toStrictEqual([`${ops.id}|${THIS_MONTH}|cloud`]);
  });

  it('denies users without access and never trusts the payload for the issue', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
    };

    const outsider = await call({ ...panel, as: 'outsider', key: 'panel/load' });
    const viewerWrite = await call({
      ...panel,
      as: 'viewer',
      key: 'entries/create',
      payload: entryInput('deny-0001', 100),
    });
    const forged = await call({
      ...panel,
      as: 'member',
      key: 'entries/create',
      payload: { ...entryInput('deny-0002', 100), issueId: '99999' },
    });
    await host.shutdown();

    expect(outsider.result.ok ? 'ok' : outsider.result.error.code).toBe('FORBIDDEN');
    expect(viewerWrite.result.ok ? 'ok' : viewerWrite.result.error.code).toBe('FORBIDDEN');
    expect(forged.result.ok ? 'ok' : forged.result.error.code).toBe('VALIDATION');
  });

  it('loads the panel within its KVS and Jira budget', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[2]!.id },
    };
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        payload: entryInput('budget-0001', 100, 'EUR'),
      }),
    );

    const { counters } = await call({ ...panel, as: 'admin', key: 'panel/load' });
    await host.shutdown();

    expect(counters.kvsCalls).toBeLessThanOrEqual(3);
    expect(counters.jiraCalls).toBe(1);
  });

  it('adds an entry within 3 KVS calls and 1 KiB written once its month has an aggregate', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[3]!.id },
    };
    const first = await call({
      ...panel,
      as: 'admin',
      key: 'entries/create',
      payload: entryInput('add-00001', 100, 'EUR'),
    });

    const second = await call({
      ...panel,
      as: 'admin',
      key: 'entries/create',
      payload: entryInput('add-00002', 250, 'EUR'),
    });
    await host.shutdown();

    expect(first.counters.kvsCalls).toBe(4);
    expect(second.counters.kvsCalls).toBeLessThanOrEqual(3);
    expect(second.counters.kvsBytesWritten).toBeLessThanOrEqual(1024);
  });

  it('counts an entry dated 2024-10-01 by a user in America/Sao_Paulo in October', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[2]!.id },
    };

    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: 'entries/create',
        timezone: 'America/Sao_Paulo',
        payload: { ...entryInput('tz-000001', 5000, 'EUR'), incurredOn: '2024-10-01' },
      }),
    );
    const { stored } = aggregatesAndRecount(host);
    await host.shutdown();

    expect([...stored.keys()]).toStrictEqual([`${opsIssues[2]!.projectId}|2024-10|cloud`]);
  });
});
