import { matchesJql, parseJql, sortByJqlOrder } from '../../../../local/jira/jql';
import type { JqlIssue } from '../../../../local/jira/jql';

function buildJqlIssue(overrides: Partial<JqlIssue> = {}): JqlIssue {
  return {
    id: '10100',
    keys: ['OPS-1'],
    project: { id: '10000', key: 'OPS', name: 'Platform Operations' },
    issueType: { id: '10002', name: 'Task' },
    status: { id: '10000', name: 'To Do' },
    labels: [],
    components: [],
    summary: 'Migrate build agents to spot instances',
    created: '2026-03-01T10:00:00.000+0000',
    ...overrides,
  };
}

const EPIC = buildJqlIssue({
  id: '10100',
  keys: ['OPS-1'],
  issueType: { id: '10000', name: 'Epic' },
  labels: ['cloud', 'saving'],
  components: [{ id: '10000', name: 'Compute' }],
  summary: 'Cut cloud compute spend',
  created: '2026-01-12T09:15:00.000+0000',
});
const STORY = buildJqlIssue({
  id: '10101',
  keys: ['OPS-2'],
  issueType: { id: '10001', name: 'Story' },
  status: { id: '3', name: 'In Progress' },
  labels: ['cloud', 'aws'],
  components: [{ id: '10000', name: 'Compute' }],
  parent: { id: '10100', keys: ['OPS-1'] },
  created: '2026-02-01T00:00:00.000+0000',
});
const MOVED = buildJqlIssue({
  id: '10110',
  keys: ['MKT-7', 'OPS-11'],
  project: { id: '10001', key: 'MKT', name: 'Marketing Web' },
  issueType: { id: '10003', name: 'Bug' },
  labels: ['aws'],
  components: [{ id: '10002', name: 'Network' }],
  summary: 'Orphaned EBS volumes are never cleaned up',
  created: '2026-07-13T15:05:00.000+0000',
});
const BARE = buildJqlIssue({
  id: '10111',
  keys: ['OPS-12'],
  summary: 'Replace the on-call paging tool',
  created: '2026-08-24T12:00:00.000+0000',
});
const ALL = [EPIC, STORY, MOVED, BARE];

function matching(jql: string): string[] {
  const query = parseJql(jql);

  return ALL.filter((issue) => matchesJql(query, issue)).map((issue) => issue.keys[0] ?? '');
}

describe('jql-match', () => {
  describe('matchesJql', () => {
    it.each([
      ['project = OPS', ['OPS-1', 'OPS-2', 'OPS-12']],
      ['project = "marketing web"', ['MKT-7']],
      ['project = 10001', ['MKT-7']],
      ['project in (MKT, OPS) AND type = Epic', ['OPS-1']],
      ['issuetype != Epic', ['OPS-2', 'MKT-7', 'OPS-12']],
      ['labels = cloud', ['OPS-1', 'OPS-2']],
      ['labels = CLOUD', ['OPS-1', 'OPS-2']],
      ['labels in (saving, aws)', ['OPS-1', 'OPS-2', 'MKT-7']],
      ['labels != cloud', ['MKT-7']],
      ['labels not in (cloud)', ['MKT-7']],
      ['labels is EMPTY', ['OPS-12']],
      ['labels is not EMPTY AND labels != aws', ['OPS-1']],
      ['component = Compute', ['OPS-1', 'OPS-2']],
      ['component = 10002', ['MKT-7']],
      ['component is EMPTY', ['OPS-12']],
      ['parent = OPS-1', ['OPS-2']],
      ['parent = 10100', ['OPS-2']],
      ['parent is EMPTY', ['OPS-1', 'MKT-7', 'OPS-12']],
      ['parent != OPS-1', []],
      ['key in (OPS-1, ops-12)', ['OPS-1', 'OPS-12']],
      ['key = OPS-11', ['MKT-7']],
      ['id = 10101', ['OPS-2']],
      ['status = "in progress"', ['OPS-2']],
      ['status = 10000', ['OPS-1', 'MKT-7', 'OPS-12']],
      ['summary ~ "cloud"', ['OPS-1']],
      ['summary ~ "spot agents"', ['OPS-2']],
      ['summary ~ "migr*"', ['OPS-2']],
      ['summary ~ "spot trains"', []],
      ['summary !~ "cloud"', ['OPS-2', 'MKT-7', 'OPS-12']],
      ['created >= "2026-02-01"', ['OPS-2', 'MKT-7', 'OPS-12']],
      ['created > "2026-02-01"', ['MKT-7', 'OPS-12']],
      ['created < "2026/07/13 15:06" AND created > "2026-07-13"', ['MKT-7']],
      ['created = "2026-02-01"', ['OPS-2']],
      ['labels = cloud OR labels = aws AND project = MKT', ['OPS-1', 'OPS-2', 'MKT-7']],
      ['(labels = cloud OR labels = aws) AND project = OPS', ['OPS-1', 'OPS-2']],
      ['NOT labels = cloud', ['MKT-7', 'OPS-12']],
      ['NOT (labels = cloud OR labels = aws)', ['OPS-12']],
      ['NOT NOT labels = aws', ['OPS-2', 'MKT-7']],
      ['project = OPS AND NOT type = Epic AND labels is not EMPTY', ['OPS-2']],
    ])('matches %s', (jql, expected) => {
      expect(matching(jql)).toStrictEqual(expected);
    });

    it('matches every issue when the query has no WHERE clause', () => {
      expect(matching('ORDER BY key')).toStrictEqual(['OPS-1', 'OPS-2', 'MKT-7', 'OPS-12']);
    });
  });

  describe('sortByJqlOrder', () => {
    it('orders keys by project, then by issue number as a number', () => {
      const sorted = sortByJqlOrder(ALL, parseJql('ORDER BY key').orderBy);

      expect(sorted.map((issue) => issue.keys[0])).toStrictEqual([
        'MKT-7',
        'OPS-1',
        'OPS-2',
        'OPS-12',
      ]);
    });

    it('orders by created descending, then by the fallback', () => {
      const sorted = sortByJqlOrder(ALL, parseJql('ORDER BY created DESC').orderBy);

      expect(sorted.map((issue) => issue.keys[0])).toStrictEqual([
        'OPS-12',
        'MKT-7',
        'OPS-2',
        'OPS-1',
      ]);
    });

    it('breaks ties with the next term when the first is equal', () => {
      const twins = [
        buildJqlIssue({ id: '1', keys: ['OPS-5'], created: '2026-05-01T00:00:00.000+0000' }),
        buildJqlIssue({ id: '2', keys: ['OPS-4'], created: '2026-05-01T00:00:00.000+0000' }),
      ];

      const sorted = sortByJqlOrder(twins, parseJql('ORDER BY created, key DESC').orderBy);

      expect(sorted.map((issue) => issue.keys[0])).toStrictEqual(['OPS-5', 'OPS-4']);
    });

    it('falls back to the id, newest first, when no term decides', () => {
      const sorted = sortByJqlOrder([EPIC, STORY], []);

      expect(sorted.map((issue) => issue.id)).toStrictEqual(['10101', '10100']);
    });
  });
});
