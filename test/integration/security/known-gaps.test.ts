import type { PanelLoadResponse } from '../../../src/shared/contract';
import { MAX_SAFE_MINOR_UNITS } from '../../../src/shared/currencies';
import { GADGET_KEYS, PANEL_KEYS, SETTINGS_KEYS } from '../../../src/shared/resolver-keys';
import { buildLocalHost, dataOf } from '../../builders/local-host';

import { entryPayload, manualObjectivePayload, outcomeOf } from './support';

// Gaps found while fuzzing the resolvers. Each test states the behaviour the app should have;
// one still marked `.failing` is a gap that remains (it turns red when a fix lands).
describe('known gaps', () => {
  // A malformed cursor from the browser is refused by KVS with INVALID_CURSOR, which the audit
  // store translates into VALIDATION.
  it('refuses a malformed audit cursor as VALIDATION', async () => {
    const { host, call, ops } = buildLocalHost();

    const { result } = await call({
      module: 'jira:projectSettingsPage',
      location: { kind: 'project-settings', projectId: ops.id },
      as: 'lead',
      key: SETTINGS_KEYS.listAudit,
      payload: { cursor: 'not-a-cursor' },
    });
    await host.shutdown();

    expect(outcomeOf(result)).toBe('VALIDATION');
  });

  // Each amount is within ±(2^51 − 1), but totals travel as JSON numbers; a sum past 2^53 is
  // bounded and flagged, so the panel still opens and the entries can be corrected.
  it('still loads the issue panel when its entries sum past 2^53, flagging the total', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
    };
    for (let i = 0; i < 5; i += 1) {
      dataOf(
        await call({
          ...panel,
          as: 'member',
          key: PANEL_KEYS.createEntry,
          payload: entryPayload(`huge-0000${i}`, {
            amount: { amount: MAX_SAFE_MINOR_UNITS, currency: 'EUR' },
          }),
        }),
      );
    }

    const loaded = await call<PanelLoadResponse>({ ...panel, as: 'member', key: PANEL_KEYS.load });
    // One of the entries, deleted from the panel that now opens, brings the total back in range.
    const stored = dataOf(loaded).entries[0]!;
    dataOf(
      await call({
        ...panel,
        as: 'member',
        key: PANEL_KEYS.deleteEntry,
        payload: { id: stored.id, version: stored.version },
      }),
    );
    const corrected = dataOf(
      await call<PanelLoadResponse>({ ...panel, as: 'member', key: PANEL_KEYS.load }),
    );
    await host.shutdown();

    expect(outcomeOf(loaded.result)).toBe('ok');
    expect(dataOf(loaded).totals.byCurrency).toStrictEqual([
      { currency: 'EUR', actual: Number.MAX_SAFE_INTEGER, planned: 0, beyondRange: true },
    ]);
    expect(corrected.totals.byCurrency).toStrictEqual([
      { currency: 'EUR', actual: 4 * MAX_SAFE_MINOR_UNITS, planned: 0 },
    ]);
  });

  // The same overflow in the gadget, which sums a whole project's month aggregates.
  it('still loads the gadget when a project’s costs sum past 2^53', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    for (let i = 0; i < 5; i += 1) {
      dataOf(
        await call({
          module: 'jira:issuePanel',
          location: { kind: 'issue', issueId: opsIssues[i]!.id },
          as: 'member',
          key: PANEL_KEYS.createEntry,
          payload: entryPayload(`huge-0000${i}`, {
            amount: { amount: MAX_SAFE_MINOR_UNITS, currency: 'EUR' },
            incurredOn: new Date().toISOString().slice(0, 10),
          }),
        }),
      );
    }
    host.saveGadgetConfiguration('huge', { projectId: ops.id });

    const { result } = await call({
      module: 'jira:dashboardGadget',
      location: { kind: 'gadget', gadgetId: 'huge' },
      as: 'member',
      key: GADGET_KEYS.load,
    });
    await host.shutdown();

    expect(outcomeOf(result)).toBe('ok');
  });

  // The schema bounds each field (200 check-ins of 2,000 characters per key result, 20 key
  // results) but not the record, so a valid objective can pass KVS's 240 KiB value limit; the
  // store translates KVS's MAX_SIZE into LIMIT_EXCEEDED with what to do about it.
  it('refuses an objective too large to store as VALIDATION or LIMIT_EXCEEDED', async () => {
    const { host, call, ops } = buildLocalHost();
    const base = manualObjectivePayload('too-large');
    const checkIns = Array.from({ length: 200 }, () => ({
      value: 1,
      confidence: 'low',
      note: 'n'.repeat(2000),
      authorAccountId: 'a-1',
      date: '2026-02-01',
    }));

    const { result } = await call({
      module: 'jira:projectSettingsPage',
      location: { kind: 'project-settings', projectId: ops.id },
      as: 'lead',
      key: SETTINGS_KEYS.saveObjective,
      payload: { ...base, keyResults: [{ ...base.keyResults[0]!, checkIns }] },
    });
    await host.shutdown();

    expect(['VALIDATION', 'LIMIT_EXCEEDED']).toContain(outcomeOf(result));
  });
});
