import fc from 'fast-check';

import { DEMO_USERS } from '../../local/jira/demo-people';
import type { LabourRate } from '../../src/domain/labour';
import { sameRatePoint } from '../../src/domain/labour';
import { recomputedLabourEntries, settingsOf, storedLabourEntries } from '../builders/labour';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../builders/local-host';

const AUTHORS = [DEMO_USERS.member, DEMO_USERS.lead, DEMO_USERS.viewer] as const;
const dayOf = (day: number) =>
  new Date(Date.UTC(2026, 8, 1) + day * 86_400_000).toISOString().slice(0, 10);

type Op =
  | { kind: 'add'; issue: number; author: number; day: number; hour: number; seconds: number }
  | { kind: 'edit'; worklog: number; day: number; seconds: number }
  | { kind: 'move'; worklog: number; issue: number }
  | { kind: 'remove'; worklog: number }
  | { kind: 'set-rate'; who: number; day: number; amount: number }
  | { kind: 'delete-rate'; rate: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    issue: fc.nat(4),
    author: fc.nat(2),
    day: fc.nat(90),
    // Late evening starts in some zones fall on the next UTC day.
    hour: fc.nat(23),
    seconds: fc.integer({ min: 1, max: 36_000 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    worklog: fc.nat(30),
    day: fc.nat(90),
    seconds: fc.integer({ min: 1, max: 36_000 }),
  }),
  fc.record({ kind: fc.constant('move' as const), worklog: fc.nat(30), issue: fc.nat(4) }),
  fc.record({ kind: fc.constant('remove' as const), worklog: fc.nat(30) }),
  fc.record({
    kind: fc.constant('set-rate' as const),
    who: fc.nat(3),
    day: fc.nat(90),
    amount: fc.integer({ min: 0, max: 250_00 }),
  }),
  fc.record({ kind: fc.constant('delete-rate' as const), rate: fc.nat(10) }),
);

describe('labour entries (property)', () => {
  it('always equal a recomputation from the worklogs and rates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const { host, call, ops: opsProject, opsIssues } = buildLocalHost();
        const mkt = host.jira.site.issues.find((i) => i.projectId !== opsProject.id)!;
        const issues = [...opsIssues.slice(1, 5), mkt];
        const settings = settingsOf(opsProject.id);
        // The demo's own worklogs stay out of it: the property is about the generated ones.
        host.jira.site.worklogs = [];
        let rates: LabourRate[] = [];
        const ids = () => host.jira.site.worklogs.map((w) => w.id);
        const pick = (index: number) => ids()[index % Math.max(1, ids().length)];
        for (const step of ops) {
          if (step.kind === 'add') {
            const started = `${dayOf(step.day)}T${String(step.hour).padStart(2, '0')}:30:00.000+0300`;
            const event = host.jira.worklogs.add({
              issueId: issues[step.issue]!.id,
              authorAccountId: AUTHORS[step.author]!,
              started,
              timeSpentSeconds: step.seconds,
            });
            await host.trigger('onWorklogEvent', event);
          } else if (step.kind === 'edit' || step.kind === 'move' || step.kind === 'remove') {
            const id = pick(step.worklog);
            if (id === undefined) continue;
            const event =
              step.kind === 'edit'
                ? host.jira.worklogs.update(id, {
                    started: `${dayOf(step.day)}T08:00:00.000+0000`,
                    timeSpentSeconds: step.seconds,
                  })
                : step.kind === 'move'
                  ? host.jira.worklogs.update(id, { issueId: issues[step.issue]!.id })
                  : host.jira.worklogs.remove(id);
            await host.trigger('onWorklogEvent', event);
          } else if (step.kind === 'set-rate') {
            const rate: LabourRate = {
              ...(step.who < AUTHORS.length ? { accountId: AUTHORS[step.who] } : {}),
              from: dayOf(step.day),
              hourly: { amount: step.amount, currency: 'EUR' },
            };
            dataOf(
              await call({ ...settings, as: 'admin', key: 'labour/save-rate', payload: rate }),
            );
            rates = [...rates.filter((r) => !sameRatePoint(r, rate)), rate];
            await host.drainQueues();
          } else {
            const rate = rates[step.rate % Math.max(1, rates.length)];
            if (!rate) continue;
            const { hourly: _hourly, ...point } = rate;
            dataOf(
              await call({ ...settings, as: 'admin', key: 'labour/delete-rate', payload: point }),
            );
            rates = rates.filter((r) => !sameRatePoint(r, rate));
            await host.drainQueues();
          }
        }
        await host.drainQueues();
        const stored = storedLabourEntries(host);
        const aggregates = aggregatesAndRecount(host);
        await host.shutdown();

        expect(stored).toStrictEqual(
          recomputedLabourEntries(host, new Map([[opsProject.id, rates]])),
        );
        expect(aggregates.stored).toStrictEqual(aggregates.recount);
        expect(host.queueFailures).toStrictEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
