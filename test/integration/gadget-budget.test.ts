import { benchGadgetConfig } from '../../bench/objectives';
import { bulkSeedEntries, seedSettings } from '../../bench/seed';
import type { BenchSite } from '../../bench/site';
import { closeSite, invokeOk, openSite } from '../../bench/site';
import { DEMO_USERS } from '../../local/jira/demo-people';
import type { InvocationCounters } from '../../local/runtime/invocation';
import type { GadgetLoadResponse } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';

/** The budget for one gadget load with 50 key results, at every data size. */
const GADGET_KVS_BUDGET = 30;

type Measured = { counters: InvocationCounters; view: GadgetLoadResponse };

/**
 * A site with the bench's 50 key results, its ECB rates and `size` entries over 24 months,
 * and the gadget configured for its project; one load as a project member.
 */
async function gadgetLoadAt(size: number): Promise<Measured> {
  const site: BenchSite = openSite(`gadget-${size}`);
  try {
    await seedSettings(site);
    await bulkSeedEntries(site, size, () => undefined);
    site.host.saveGadgetConfiguration('1', benchGadgetConfig(site.projectId, site.scope.today));
    const { result, counters } = await invokeOk(site, {
      module: 'jira:dashboardGadget',
      location: { kind: 'gadget', gadgetId: '1' },
      accountId: DEMO_USERS.member,
      key: 'gadget/load',
    });

    return { counters, view: (result as Result<GadgetLoadResponse> & { ok: true }).data };
  } finally {
    await closeSite(site);
  }
}

describe('gadget load cost does not grow with the number of entries', () => {
  it('makes the same KVS calls with 1,000 and 10,000 entries, within budget', async () => {
    const small = await gadgetLoadAt(1_000);
    const large = await gadgetLoadAt(10_000);

    for (const { view } of [small, large]) {
      expect(view.state).toBe('ready');
      if (view.state !== 'ready') return;
      const keyResults = view.objectives.flatMap((objective) => objective.keyResults);
      expect(keyResults).toHaveLength(50);
    }
    // The figures themselves differ (ten times the money), the work does not.
    expect(large.view).not.toStrictEqual(small.view);
    expect(large.counters.kvsCalls).toBe(small.counters.kvsCalls);
    // Settings, objectives, one aggregate page for the objectives and the spend window
    // together, the rates those need, and the JQL key results' series: each read once.
    expect(large.counters.kvsCalls).toBe(5);
    expect(large.counters.kvsCalls).toBeLessThanOrEqual(GADGET_KVS_BUDGET);
    expect(large.counters.jiraCalls).toBe(small.counters.jiraCalls);
  }, 120_000);
});
