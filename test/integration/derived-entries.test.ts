import { emptyCounters, runInvocation } from '../../local/runtime/invocation';
import type { CostEntry } from '../../src/domain/cost-entry';
import type { PanelLoadResponse } from '../../src/shared/contract';
import { kvsCostEntryRepository } from '../../src/storage/cost-entry-store';
import { buildLocalHost, dataOf } from '../builders/local-host';

/** An entry as an import would write it: with a source, straight through the repository. */
function importedEntry(issue: { id: string; key: string; projectId: string }): CostEntry {
  return {
    id: 'focus-2024-09-compute',
    issueId: issue.id,
    issueKey: issue.key,
    projectId: issue.projectId,
    kind: 'actual',
    amountMinor: 123_45,
    currency: 'USD',
    categoryId: 'cloud',
    incurredOn: '2024-09-01',
    description: 'Compute',
    recurrence: { frequency: 'none' },
    createdBy: 'app',
    createdAt: '2024-10-02T00:00:00.000Z',
    updatedBy: 'app',
    updatedAt: '2024-10-02T00:00:00.000Z',
    version: 1,
    source: { kind: 'focus-import', key: 'focus:aws:2024-09', label: 'the FOCUS bill aws 2024-09' },
  };
}

describe('derived entries (imports, worklogs)', () => {
  it('are stored with their source, found by it, shown in the panel and refused hand edits', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const issue = opsIssues[1]!;
    const entry = importedEntry(issue);
    const found = await runInvocation(
      { accountId: undefined, counters: emptyCounters() },
      async () => {
        await kvsCostEntryRepository.saveEntryChange({ after: entry });
        return {
          bySource: await kvsCostEntryRepository.listSourceEntries('focus:aws:2024-09'),
          other: await kvsCostEntryRepository.listSourceEntries('focus:aws:2024-10'),
        };
      },
    );
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: issue.id },
    };
    const loaded = dataOf(
      await call<PanelLoadResponse>({ ...panel, as: 'admin', key: 'panel/load' }),
    );
    const update = await call({
      ...panel,
      as: 'admin',
      key: 'entries/update',
      payload: {
        id: entry.id,
        version: 1,
        kind: 'actual',
        amount: { amount: 1, currency: 'USD' },
        categoryId: 'cloud',
        incurredOn: '2024-09-01',
        description: '',
        recurrence: { frequency: 'none' },
      },
    });
    const remove = await call({
      ...panel,
      as: 'admin',
      key: 'entries/delete',
      payload: { id: entry.id, version: 1 },
    });
    await host.shutdown();

    expect(found.bySource).toStrictEqual([entry]);
    expect(found.other).toStrictEqual([]);
    expect(loaded.entries.find((e) => e.id === entry.id)?.source).toStrictEqual(entry.source);
    for (const answer of [update, remove]) {
      expect(answer.result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('FOCUS bill') },
      });
    }
  });
});
