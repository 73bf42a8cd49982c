import type { CostEntryDto, PanelLoadResponse } from '../../../src/shared/contract';
import { PANEL_KEYS } from '../../../src/shared/resolver-keys';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../../builders/local-host';

import type { Outcome } from './support';
import { entryPayload, envelopeProblem, outcomeOf, readRecords } from './support';

const CREATES = 100;
const EDITS = 50;
/** Rounds of client retries before the test gives up (each round retries every failed create). */
const MAX_CLIENT_ROUNDS = 20;

const countBy = (outcomes: readonly Outcome[]) =>
  outcomes.reduce<Record<string, number>>(
    (counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }),
    {},
  );

/** Same month and category: every create and edit below contends for one aggregate record. */
const createPayload = (index: number) =>
  entryPayload(`conc-${String(index).padStart(5, '0')}`, {
    amount: { amount: 100_00 + index, currency: 'EUR' },
  });

function panelOf(issueId: string) {
  return { module: 'jira:issuePanel' as const, location: { kind: 'issue' as const, issueId } };
}

describe('concurrent writes on one issue', () => {
  it('stores each of 100 concurrent creates exactly once, retried by the client when refused', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = panelOf(opsIssues[0]!.id);
    const create = (index: number) =>
      call<CostEntryDto>({
        ...panel,
        as: 'member',
        key: PANEL_KEYS.createEntry,
        payload: createPayload(index),
      });
    const indexes = Array.from({ length: CREATES }, (_, i) => i);

    const first = await Promise.all(indexes.map(create));
    const storedAfterFirst = readRecords<{ id: string }>(host, 'cost-entry').length;
    let pending = indexes.filter((index) => !first[index]!.result.ok);
    let rounds = 0;
    while (pending.length > 0 && rounds < MAX_CLIENT_ROUNDS) {
      rounds += 1;
      const retried = await Promise.all(pending.map(create));
      pending = pending.filter((_, i) => !retried[i]!.result.ok);
    }
    const loaded = dataOf(
      await call<PanelLoadResponse>({ ...panel, as: 'member', key: PANEL_KEYS.load }),
    );
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();
    const firstOutcomes = first.map(({ result }) => outcomeOf(result));
    process.stdout.write(
      `concurrency: ${CREATES} concurrent creates on one aggregate, first attempt ` +
        `${JSON.stringify(countBy(firstOutcomes))}, all stored after ${rounds} client retry rounds\n`,
    );

    expect(first.map(({ result }) => envelopeProblem(result)).filter(Boolean)).toStrictEqual([]);
    expect(storedAfterFirst).toBe(firstOutcomes.filter((o) => o === 'ok').length);
    expect(pending).toStrictEqual([]);
    expect(loaded.entries).toHaveLength(CREATES);
    expect(loaded.totals.byCurrency).toStrictEqual([
      { currency: 'EUR', actual: CREATES * 100_00 + (CREATES * (CREATES - 1)) / 2, planned: 0 },
    ]);
    expect(stored).toStrictEqual(recount);
  }, 60_000);

  // saveEntryChange retries a lost aggregate race with a random, growing back-off, so 100
  // writers racing for one aggregate all get through without the client retrying.
  it('accepts 100 concurrent creates on one aggregate without a client retry', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = panelOf(opsIssues[1]!.id);

    const results = await Promise.all(
      Array.from({ length: CREATES }, (_, index) =>
        call({
          ...panel,
          as: 'member',
          key: PANEL_KEYS.createEntry,
          payload: createPayload(index),
        }),
      ),
    );
    await host.shutdown();

    expect(countBy(results.map(({ result }) => outcomeOf(result)))).toStrictEqual({
      ok: CREATES,
    });
  }, 60_000);

  it('lets exactly one of 50 concurrent edits carrying version 1 win and refuses the rest as CONFLICT', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = panelOf(opsIssues[2]!.id);
    dataOf(
      await call({
        ...panel,
        as: 'member',
        key: PANEL_KEYS.createEntry,
        payload: createPayload(0),
      }),
    );
    dataOf(
      await call({
        ...panel,
        as: 'member',
        key: PANEL_KEYS.createEntry,
        payload: createPayload(1),
      }),
    );
    const edit = (index: number) =>
      call<CostEntryDto>({
        ...panel,
        as: index % 2 === 0 ? 'member' : 'lead',
        key: PANEL_KEYS.updateEntry,
        payload: {
          ...createPayload(0),
          amount: { amount: 1_000_00 + index, currency: 'EUR' },
          version: 1,
        },
      });

    const results = await Promise.all(Array.from({ length: EDITS }, (_, index) => edit(index)));
    const loaded = dataOf(
      await call<PanelLoadResponse>({ ...panel, as: 'member', key: PANEL_KEYS.load }),
    );
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();
    const outcomes = results.map(({ result }) => outcomeOf(result));
    const winner = results.find(({ result }) => result.ok)?.result;
    const winnerAmount = winner?.ok ? winner.data.amount.amount : undefined;
    process.stdout.write(
      `concurrency: ${EDITS} concurrent edits of one entry at version 1, ` +
        `${JSON.stringify(countBy(outcomes))}\n`,
    );

    expect(countBy(outcomes)).toStrictEqual({ ok: 1, CONFLICT: EDITS - 1 });
    expect(loaded.entries.find((e) => e.id === 'conc-00000')).toMatchObject({
      version: 2,
      amount: { amount: winnerAmount, currency: 'EUR' },
    });
    expect(loaded.totals.byCurrency).toStrictEqual([
      { currency: 'EUR', actual: (winnerAmount ?? 0) + 100_01, planned: 0 },
    ]);
    expect(stored).toStrictEqual(recount);
  }, 60_000);

  it('keeps aggregates equal to a recount under a concurrent mix of creates, edits and deletes', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const issues = opsIssues.slice(3, 6);
    for (const [i, issue] of issues.entries()) {
      dataOf(
        await call({
          ...panelOf(issue.id),
          as: 'lead',
          key: PANEL_KEYS.createEntry,
          payload: createPayload(900 + i),
        }),
      );
    }
    const operations = Array.from({ length: 60 }, (_, index) => {
      const issue = issues[index % issues.length]!;
      const seeded = createPayload(900 + (index % issues.length));
      const month = `2026-0${1 + (index % 4)}-15`;
      if (index % 5 === 0)
        return { issue, key: PANEL_KEYS.deleteEntry, payload: { id: seeded.id, version: 1 } };
      if (index % 5 === 1)
        return {
          issue,
          key: PANEL_KEYS.updateEntry,
          payload: { ...seeded, incurredOn: month, version: 1 },
        };
      return {
        issue,
        key: PANEL_KEYS.createEntry,
        payload: { ...createPayload(index), incurredOn: month },
      };
    });

    const results = await Promise.all(
      operations.map(({ issue, key, payload }) =>
        call({ ...panelOf(issue.id), as: 'lead', key, payload }),
      ),
    );
    await host.drainQueues();
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();

    expect(results.map(({ result }) => envelopeProblem(result)).filter(Boolean)).toStrictEqual([]);
    expect(stored).toStrictEqual(recount);
  }, 60_000);
});
