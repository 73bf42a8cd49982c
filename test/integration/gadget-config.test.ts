import { addMonths, todayIn } from '../../src/domain/calendar';
import type { GadgetLoadResponse } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';
import { buildLocalHost, dataOf } from '../builders/local-host';

const today = todayIn('UTC');
const thisMonth = `${today.slice(0, 7)}-01`;

const entry = (id: string, amount: number, incurredOn: string) => ({
  id,
  kind: 'actual',
  amount: { amount, currency: 'EUR' },
  categoryId: 'infrastructure',
  incurredOn,
  description: '',
  recurrence: { frequency: 'none' },
});

const objective = (id: string, title: string, status: 'active' | 'draft') => ({
  id,
  title,
  description: '',
  ownerAccountId: 'owner',
  period: { type: 'custom', start: addMonths(thisMonth, -2), endInclusive: today },
  status,
  version: 0,
  keyResults: [
    {
      id: 'kr-1',
      title: 'Stay under budget',
      weight: 1,
      archived: false,
      type: 'cost',
      categoryIds: ['infrastructure'],
      kind: 'actual',
      measure: { type: 'total' },
      baseline: { type: 'fixed', amountMinor: 0 },
      target: { type: 'cap', amountMinor: 1000_00 },
    },
  ],
});

/** A host with costs this month and five months ago, and two active objectives and a draft. */
async function arrange() {
  const local = buildLocalHost();
  const { call, ops, opsIssues } = local;
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
      payload: entry('now-00001', 100_00, today),
    }),
  );
  dataOf(
    await call({
      ...panel,
      as: 'admin',
      key: 'entries/create',
      payload: entry('old-00001', 40_00, addMonths(thisMonth, -5)),
    }),
  );
  for (const [id, title, status] of [
    ['obj-a', 'First', 'active'],
    ['obj-b', 'Second', 'active'],
    ['obj-draft', 'Draft', 'draft'],
  ] as const) {
    dataOf(
      await call({
        ...settings,
        as: 'admin',
        key: 'objectives/save',
        payload: objective(id, title, status),
      }),
    );
  }
  const load = async (config: Record<string, unknown>, as: 'member' | 'outsider' = 'member') => {
    local.host.saveGadgetConfiguration('g1', { projectId: ops.id, ...config });

    return call<GadgetLoadResponse>({
      module: 'jira:dashboardGadget',
      location: { kind: 'gadget', gadgetId: 'g1' },
      as,
      key: 'gadget/load',
    });
  };

  return { ...local, load };
}

function ready(answer: { result: Result<GadgetLoadResponse> }) {
  const view = dataOf(answer);
  if (view.state !== 'ready') throw new Error('expected a configured gadget');

  return view;
}

describe('gadget configuration through the local host', () => {
  it('shows every active objective by default, or the chosen ones in their order', async () => {
    const { host, load, call, ops } = await arrange();
    const byDefault = ready(await load({}));
    const chosen = ready(await load({ objectiveIds: ['obj-b', 'obj-a', 'obj-draft', 'obj-gone'] }));
    const offered = dataOf(
      await call<{ objectives: Array<{ id: string }> }>({
        module: 'jira:dashboardGadget',
        location: { kind: 'gadget', gadgetId: 'new' },
        as: 'member',
        key: 'gadget/list-objectives',
        payload: { projectId: ops.id },
      }),
    );
    await host.shutdown();

    expect(byDefault.objectives.map((v) => v.objective.id).sort()).toStrictEqual([
      'obj-a',
      'obj-b',
    ]);
    expect(byDefault.missingObjectives).toBe(0);
    // A draft is not the viewer's to see; it counts as missing like a deleted one.
    expect(chosen.objectives.map((v) => v.objective.id)).toStrictEqual(['obj-b', 'obj-a']);
    expect(chosen.missingObjectives).toBe(2);
    expect(offered.objectives.map((o) => o.id).sort()).toStrictEqual(['obj-a', 'obj-b']);
  });

  it('sums spend over the configured period only', async () => {
    const { host, load } = await arrange();
    const month = ready(await load({ period: 'this-month' }));
    const year = ready(await load({ period: 'last-12-months' }));
    const unset = ready(await load({}));
    await host.shutdown();

    expect(month.period).toStrictEqual({
      kind: 'this-month',
      start: thisMonth,
      end: addMonths(thisMonth, 1),
    });
    expect(month.totals.reporting.actual).toBe(100_00);
    expect(month.months.map((m) => m.month)).toStrictEqual([today.slice(0, 7)]);
    expect(month.byCategory).toStrictEqual([
      expect.objectContaining({ categoryId: 'infrastructure', actual: 100_00 }),
    ]);
    expect(year.totals.reporting.actual).toBe(140_00);
    expect(year.months).toHaveLength(12);
    expect(unset.period.kind).toBe('last-12-months');
  });

  it('refuses a forged configuration and keeps checking the viewer', async () => {
    const { host, load } = await arrange();
    const forged = await load({ objectiveIds: ['../../etc'], period: 'forever' });
    const tooMany = await load({ objectiveIds: Array.from({ length: 51 }, (_, i) => `obj-${i}`) });
    const outsider = await load({ objectiveIds: ['obj-a'] }, 'outsider');
    await host.shutdown();

    for (const answer of [forged, tooMany]) {
      expect(answer.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(outsider.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
