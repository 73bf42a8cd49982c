import { DEMO_USERS, createDemoSite } from '../../../local/jira/demo-site';

describe('demo-site', () => {
  describe('createDemoSite', () => {
    it('returns equal data on every call', () => {
      expect(createDemoSite()).toStrictEqual(createDemoSite());
    });

    it('returns a fresh copy, so changing one site leaves the next untouched', () => {
      const first = createDemoSite();
      first.issues.pop();
      first.projects.forEach((project) => {
        project.nextIssueNumber = 99;
      });

      const second = createDemoSite();

      expect([second.issues.length, second.projects[0]?.nextIssueNumber]).toStrictEqual([18, 13]);
    });

    it('seeds OPS with 12 issues and MKT with 6, with ids from 10100', () => {
      const site = createDemoSite();

      expect(site.issues.map((issue) => `${issue.id}:${issue.key}`)).toStrictEqual([
        ...Array.from({ length: 12 }, (_, index) => `${10100 + index}:OPS-${index + 1}`),
        ...Array.from({ length: 6 }, (_, index) => `${10112 + index}:MKT-${index + 1}`),
      ]);
    });

    it('links epic children through parent ids in the same project', () => {
      const site = createDemoSite();

      const children = site.issues
        .filter((issue) => issue.parentId !== undefined)
        .map(
          (issue) =>
            `${issue.key}->${site.issues.find((parent) => parent.id === issue.parentId)?.key}`,
        );

      expect(children).toStrictEqual([
        'OPS-2->OPS-1',
        'OPS-3->OPS-1',
        'OPS-4->OPS-1',
        'OPS-5->OPS-1',
        'OPS-7->OPS-6',
        'OPS-8->OPS-6',
        'MKT-2->MKT-1',
        'MKT-6->MKT-1',
      ]);
    });

    it('uses distinct 24-digit hex account ids', () => {
      const ids = Object.values(DEMO_USERS);

      expect([new Set(ids).size, ids.every((id) => /^[0-9a-f]{24}$/.test(id))]).toStrictEqual([
        6,
        true,
      ]);
    });

    it('dates every worklog in the last months of 2026 in Jira format', () => {
      const site = createDemoSite();

      const starts = site.worklogs.map((worklog) => worklog.started);

      const pattern = /^2026-(09|1[0-2])-\d{2}T\d{2}:\d{2}:00\.000\+0000$/;
      expect(starts.filter((started) => !pattern.test(started))).toStrictEqual([]);
    });
  });
});
