import { JqlError, parseJql } from '../../../../local/jira/jql';
import type { JqlClause } from '../../../../local/jira/jql';

// Renders a clause tree compactly so precedence can be asserted in one line.
function render(clause: JqlClause | undefined): string {
  if (!clause) return '';
  switch (clause.kind) {
    case 'and':
      return `(${clause.clauses.map(render).join(' AND ')})`;
    case 'or':
      return `(${clause.clauses.map(render).join(' OR ')})`;
    case 'not':
      return `NOT ${render(clause.clause)}`;
    case 'terminal': {
      const operand = clause.operand;
      const value =
        operand.kind === 'empty'
          ? 'EMPTY'
          : operand.kind === 'value'
            ? operand.value.text
            : `[${operand.values.map((item) => item.text).join(',')}]`;
      return `${clause.field} ${clause.operator} ${value}`;
    }
  }
}

function parseError(jql: string): JqlError {
  try {
    parseJql(jql);
  } catch (error: unknown) {
    if (error instanceof JqlError) return error;
    throw error;
  }
  throw new Error(`Expected a JqlError for: ${jql}`);
}

describe('jql-parser', () => {
  describe('parseJql precedence', () => {
    it.each([
      [
        'a = 1 OR b = 2 AND c = 3',
        'project = 1 OR labels = 2 AND status = 3',
        '(project = 1 OR (labels = 2 AND status = 3))',
      ],
      [
        'AND before OR on the left',
        'project = 1 AND labels = 2 OR status = 3',
        '((project = 1 AND labels = 2) OR status = 3)',
      ],
      [
        'parentheses override',
        'project = 1 AND (labels = 2 OR status = 3)',
        '(project = 1 AND (labels = 2 OR status = 3))',
      ],
      ['NOT binds tightest', 'NOT project = 1 AND labels = 2', '(NOT project = 1 AND labels = 2)'],
      ['NOT over a group', 'NOT (project = 1 OR labels = 2)', 'NOT (project = 1 OR labels = 2)'],
      [
        'symbol forms',
        'project = 1 && labels = 2 || !status = 3',
        '((project = 1 AND labels = 2) OR NOT status = 3)',
      ],
      [
        'case-insensitive keywords',
        'project = 1 and labels = 2 or status = 3',
        '((project = 1 AND labels = 2) OR status = 3)',
      ],
    ])('groups %s', (_name, jql, expected) => {
      const query = parseJql(jql);

      expect(render(query.where)).toBe(expected);
    });
  });

  describe('parseJql clauses', () => {
    it.each([
      ['project in (OPS, "MKT")', 'project in [OPS,MKT]'],
      ['labels not in (cloud, aws)', 'labels not in [cloud,aws]'],
      ['key IN (OPS-1, OPS-2)', 'key in [OPS-1,OPS-2]'],
      ['type = Epic', 'issuetype = Epic'],
      ['issuekey = OPS-3', 'key = OPS-3'],
      ['component != Compute', 'component != Compute'],
      ['parent is EMPTY', 'parent is EMPTY'],
      ['parent is not null', 'parent is not EMPTY'],
      ['labels = EMPTY', 'labels is EMPTY'],
      ['labels != empty', 'labels is not EMPTY'],
      ['summary ~ "spot instances"', 'summary ~ spot instances'],
      ['summary !~ licences', 'summary !~ licences'],
      ['status = "In Progress"', 'status = In Progress'],
      ["labels = 'it\\'s'", "labels = it's"],
      ['created >= "2026-03-01"', 'created >= 2026-03-01'],
      ['created < "2026/03/01 10:00"', 'created < 2026/03/01 10:00'],
    ])('reads %s', (jql, expected) => {
      const query = parseJql(jql);

      expect(render(query.where)).toBe(expected);
    });

    it('records the position of each value when a list is given', () => {
      const query = parseJql('labels in (cloud, "aws")');

      expect(query.where).toStrictEqual({
        kind: 'terminal',
        field: 'labels',
        fieldText: 'labels',
        operator: 'in',
        operand: {
          kind: 'list',
          values: [
            { text: 'cloud', position: 11 },
            { text: 'aws', position: 18 },
          ],
        },
        position: 0,
      });
    });
  });

  describe('parseJql ORDER BY', () => {
    it('reads several terms with default and explicit directions', () => {
      const query = parseJql('project = OPS ORDER BY created DESC, key');

      expect(query.orderBy).toStrictEqual([
        { field: 'created', direction: 'DESC' },
        { field: 'key', direction: 'ASC' },
      ]);
    });

    it('returns no WHERE clause when the query only orders', () => {
      const query = parseJql('order by issuekey desc');

      expect(query).toStrictEqual({ orderBy: [{ field: 'key', direction: 'DESC' }] });
    });

    it('returns an empty query when the text is blank', () => {
      expect(parseJql('   ')).toStrictEqual({ orderBy: [] });
    });
  });

  describe('parseJql errors', () => {
    it.each([
      [
        'project = ',
        'Error in the JQL Query: Expecting either a value, list or function ' +
          'before the end of the query.',
        10,
      ],
      ['project foo OPS', "Error in the JQL Query: Expecting operator but got 'foo'.", 8],
      ['(project = OPS', "Error in the JQL Query: Expecting ')' before the end of the query.", 14],
      ['project = OPS)', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'.", 13],
      [
        'project = OPS labels = x',
        "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'labels'.",
        14,
      ],
      [
        'labels in ()',
        "Error in the JQL Query: Expecting either a value, list or function but got ')'.",
        11,
      ],
      ['labels in cloud', "Error in the JQL Query: Expecting '(' but got 'cloud'.", 10],
      ['AND labels = x', "Error in the JQL Query: Expecting a field name but got 'AND'.", 0],
      [
        'labels = order',
        "Error in the JQL Query: Expecting either a value, list or function but got 'order'.",
        9,
      ],
      [
        'labels = "cloud',
        "Error in the JQL Query: The quoted string 'cloud' has not been completed.",
        9,
      ],
      [
        'labels = a#b',
        "Error in the JQL Query: The character '#' is a reserved JQL character.",
        10,
      ],
      [
        'assignee = x',
        "Field 'assignee' does not exist or you do not have permission to view it.",
        0,
      ],
      [
        '"Epic Link" = OPS-1',
        "Field 'Epic Link' does not exist or you do not have permission to view it.",
        0,
      ],
      ['summary = x', "The operator '=' is not supported by the 'summary' field.", 8],
      ['labels ~ x', "The operator '~' is not supported by the 'labels' field.", 7],
      [
        'labels = (a, b)',
        "The operator '=' does not support the list value '(a, b)' for field 'labels'.",
        9,
      ],
      ['labels is cloud', "The operator 'is' only supports the values 'EMPTY' and 'NULL'.", 10],
      ['summary ~ ""', "The field 'summary' does not support searching for an empty string.", 10],
      ['created > "2026-02-30"', "Date value '2026-02-30' for field 'created' is invalid.", 10],
      ['created > -5d', "Relative date '-5d' for field 'created' is not supported", 10],
      ['project = currentProject()', "Unable to find JQL function 'currentProject()'.", 10],
      ['project = OPS ORDER key', "Error in the JQL Query: Expecting 'BY' but got 'key'.", 20],
      ['ORDER BY labels', "Field 'labels' does not support sorting.", 9],
      ['ORDER BY rank', "Not able to sort using field 'rank'.", 9],
      [
        'ORDER BY key sideways',
        "Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'sideways'.",
        13,
      ],
    ])('refuses %s', (jql, message, position) => {
      const error = parseError(jql);

      expect({ starts: error.message.startsWith(message), position: error.position }).toStrictEqual(
        {
          starts: true,
          position,
        },
      );
    });

    it('ends every message with the line and the 1-based character', () => {
      const error = parseError('project = OPS\nAND labels = "open');

      expect(error.message).toBe(
        "Error in the JQL Query: The quoted string 'open' has not been completed. " +
          '(line 2, character 14)',
      );
    });

    it('reports line and column on the error object when the query spans lines', () => {
      const error = parseError('project = OPS\n  AND foo = 1');

      expect({ line: error.line, column: error.column, position: error.position }).toStrictEqual({
        line: 2,
        column: 7,
        position: 20,
      });
    });
  });
});
