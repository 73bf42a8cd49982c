import type { GadgetLoadResponse } from '../../src/shared/contract';
import { MAX_SAFE_MINOR_UNITS } from '../../src/shared/currencies';
import type { ObjectivesResponse } from '../../src/shared/okr-contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

const THIS_MONTH = new Date().toISOString().slice(0, 7);

const costKeyResult = (id: string, categoryId: string) => ({
  id,
  title: `Cap ${categoryId}`,
  weight: 1,
  archived: false,
  type: 'cost',
  categoryIds: [categoryId],
  kind: 'actual',
  measure: { type: 'total' },
  target: { type: 'cap', amountMinor: 1_000_000_00 },
});

const objective = (
  id: string,
  title: string,
  start: string,
  endInclusive: string,
  keyResults: ReturnType<typeof costKeyResult>[],
) => ({
  id,
  title,
  description: '',
  ownerAccountId: 'owner',
  period: { type: 'custom', start, endInclusive },
  status: 'active',
  version: 0,
  keyResults,
});

describe('costs that add up beyond exact numbers in one month', () => {
  it('mark only the key result they feed as not measurable; objectives and gadget still load', async () => {
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
        ...settings,
        as: 'admin',
        key: 'objectives/save',
        payload: objective(
          'obj-huge',
          'Keep spend in check',
          `${THIS_MONTH}-01`,
          `${THIS_MONTH}-28`,
          [costKeyResult('kr-cloud', 'cloud'), costKeyResult('kr-travel', 'travel')],
        ),
      }),
    );
    // The same category, but a period before the huge month: measured as usual.
    const lastYear = String(Number(THIS_MONTH.slice(0, 4)) - 1);
    dataOf(
      await call({
        ...settings,
        as: 'admin',
        key: 'objectives/save',
        payload: objective(
          'obj-earlier',
          'An earlier year',
          `${lastYear}-01-01`,
          `${lastYear}-06-30`,
          [costKeyResult('kr-cloud-earlier', 'cloud')],
        ),
      }),
    );
    // Five entries at the largest amount one entry may hold: their month's sum is past 2^53.
    for (const [index, categoryId] of [
      'cloud',
      'cloud',
      'cloud',
      'cloud',
      'cloud',
      'travel',
    ].entries()) {
      dataOf(
        await call({
          ...panel,
          as: 'admin',
          key: 'entries/create',
          payload: {
            id: `huge-000${index}`,
            kind: 'actual',
            amount: {
              amount: categoryId === 'travel' ? 500_00 : MAX_SAFE_MINOR_UNITS,
              currency: 'EUR',
            },
            categoryId,
            incurredOn: `${THIS_MONTH}-0${index + 1}`,
            description: '',
            recurrence: { frequency: 'none' },
          },
        }),
      );
    }

    const listed = dataOf(
      await call<ObjectivesResponse>({ ...settings, as: 'admin', key: 'objectives/list' }),
    );
    host.saveGadgetConfiguration('g1', { projectId: ops.id });
    const gadget = dataOf(
      await call<GadgetLoadResponse>({
        module: 'jira:dashboardGadget',
        location: { kind: 'gadget', gadgetId: 'g1' },
        as: 'member',
        key: 'gadget/load',
      }),
    );
    await host.shutdown();

    const huge = listed.objectives.find((o) => o.objective.id === 'obj-huge')!;
    const earlier = listed.objectives.find((o) => o.objective.id === 'obj-earlier')!;
    const [cloud, travel] = huge.keyResults;
    expect(cloud?.evaluation).toMatchObject({ notMeasurable: 'too-large', score: null });
    expect(travel?.evaluation).toMatchObject({ currentValue: 500_00, score: 1 });
    // Not 100%: a key result it cannot measure must not leave the others to speak for it.
    expect(huge.progress).toBeNull();
    expect(earlier.keyResults[0]?.evaluation).toMatchObject({ currentValue: 0, score: 1 });
    expect(earlier.progress).toBe(1);
    if (gadget.state !== 'ready') throw new Error('expected a configured gadget');
    const shown = gadget.objectives.find((o) => o.objective.id === 'obj-huge');
    expect(shown?.keyResults[0]?.evaluation.notMeasurable).toBe('too-large');
    expect(gadget.totals.reporting).toMatchObject({ beyondRange: true });
    expect(gadget.months.find((m) => m.month === THIS_MONTH)).toMatchObject({ beyondRange: true });
    expect(gadget.byCategory.find((c) => c.categoryId === 'cloud')).toMatchObject({
      beyondRange: true,
    });
    expect(gadget.byCategory.find((c) => c.categoryId === 'travel')?.beyondRange).toBeUndefined();
  });
});
