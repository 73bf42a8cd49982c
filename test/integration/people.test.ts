import { DEMO_USERS } from '../../local/jira/demo-people';
import type { PeopleResponse } from '../../src/shared/contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

describe('display names of people', () => {
  it('names people through Jira as the viewer, one call, leaving out unknown ids', async () => {
    const { host, call, opsIssues, ops } = buildLocalHost();
    const panel = await call<PeopleResponse>({
      module: 'jira:issuePanel',
      location: { kind: 'issue', issueId: opsIssues[0]!.id },
      as: 'member',
      key: 'panel/people',
      payload: { accountIds: [DEMO_USERS.lead, DEMO_USERS.admin, 'no-such-person'] },
    });
    const settings = await call<PeopleResponse>({
      module: 'jira:projectSettingsPage',
      location: { kind: 'project-settings', projectId: ops.id },
      as: 'member',
      key: 'settings/people',
      payload: { accountIds: [DEMO_USERS.lead] },
    });
    const tooMany = await call({
      module: 'jira:issuePanel',
      location: { kind: 'issue', issueId: opsIssues[0]!.id },
      as: 'member',
      key: 'panel/people',
      payload: { accountIds: Array.from({ length: 201 }, (_, i) => `id-${i}`) },
    });
    await host.shutdown();

    expect(dataOf(panel).names).toStrictEqual({
      [DEMO_USERS.lead]: 'Liam Lead',
      [DEMO_USERS.admin]: 'Alana Admin',
    });
    expect(panel.counters).toMatchObject({ jiraCalls: 1, kvsCalls: 0 });
    // The settings page's names are for project admins, as the rest of the page.
    expect(settings.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(tooMany.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
