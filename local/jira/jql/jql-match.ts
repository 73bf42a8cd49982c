import { operandValues } from './jql-ast';
import type { JqlClause, JqlField, JqlOrderTerm, JqlQuery, JqlTerminal } from './jql-ast';
import { parseJiraDateTime, parseJqlDate } from './jql-dates';

/** A named thing an issue refers to (project, type, status, component). */
export interface JqlNamedRef {
  readonly id: string;
  readonly name: string;
}

/**
 * The facts about one issue that JQL can test. `keys` holds the current key first, then keys
 * the issue had before it moved (Jira still finds an issue by an old key).
 */
export interface JqlIssue {
  readonly id: string;
  readonly keys: readonly string[];
  readonly project: JqlNamedRef & { readonly key: string };
  readonly issueType: JqlNamedRef;
  readonly status: JqlNamedRef;
  readonly labels: readonly string[];
  readonly components: readonly JqlNamedRef[];
  readonly parent?: { readonly id: string; readonly keys: readonly string[] };
  readonly summary: string;
  /** Jira date-time text, e.g. "2026-01-12T09:15:00.000+0000". */
  readonly created: string;
}

/** Whether an issue satisfies the WHERE part of a query (a query without one matches all). */
export function matchesJql(query: JqlQuery, issue: JqlIssue): boolean {
  return query.where === undefined || matchClause(query.where, issue);
}

/**
 * Sorts issues by the query's ORDER BY terms, then by `fallback` terms; the last tie-break is
 * the numeric issue id, descending. Returns a new array.
 */
export function sortByJqlOrder<T extends JqlIssue>(
  issues: readonly T[],
  orderBy: readonly JqlOrderTerm[],
  fallback: readonly JqlOrderTerm[] = [],
): T[] {
  const terms = [...orderBy, ...fallback];

  return [...issues].sort((left, right) => {
    for (const term of terms) {
      const order = compareBy(term, left, right);
      if (order !== 0) return term.direction === 'ASC' ? order : -order;
    }
    return Number(right.id) - Number(left.id);
  });
}

function matchClause(clause: JqlClause, issue: JqlIssue): boolean {
  switch (clause.kind) {
    case 'and':
      return clause.clauses.every((inner) => matchClause(inner, issue));
    case 'or':
      return clause.clauses.some((inner) => matchClause(inner, issue));
    case 'not':
      return !matchClause(clause.clause, issue);
    case 'terminal':
      return matchTerminal(clause, issue);
  }
}

function matchTerminal(terminal: JqlTerminal, issue: JqlIssue): boolean {
  const values = operandValues(terminal.operand).map((value) => value.text);
  const empty = isEmptyField(terminal.field, issue);
  const anyEqual = () => values.some((value) => fieldEquals(terminal.field, issue, value));
  switch (terminal.operator) {
    case 'is':
      return empty;
    case 'is not':
      return !empty;
    case '=':
    case 'in':
      return anyEqual();
    // Like Jira, negative operators never match an issue whose field is empty.
    case '!=':
    case 'not in':
      return !empty && !anyEqual();
    case '~':
      return values.every((value) => containsText(issue.summary, value));
    case '!~':
      return !empty && !values.some((value) => containsText(issue.summary, value));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const operator = terminal.operator;
      return values.every((value) => compareCreated(issue, value, operator));
    }
  }
}

function isEmptyField(field: JqlField, issue: JqlIssue): boolean {
  if (field === 'labels') return issue.labels.length === 0;
  if (field === 'component') return issue.components.length === 0;
  if (field === 'parent') return issue.parent === undefined;
  if (field === 'summary') return issue.summary.trim() === '';

  return false;
}

function fieldEquals(field: JqlField, issue: JqlIssue, value: string): boolean {
  switch (field) {
    case 'project':
      return refEquals(issue.project, value) || sameText(issue.project.key, value);
    case 'issuetype':
      return refEquals(issue.issueType, value);
    case 'status':
      return refEquals(issue.status, value);
    case 'labels':
      return issue.labels.some((label) => sameText(label, value));
    case 'component':
      return issue.components.some((component) => refEquals(component, value));
    case 'parent':
      return issue.parent !== undefined && identifies(issue.parent, value);
    case 'key':
      return identifies(issue, value);
    case 'summary':
      return sameText(issue.summary, value);
    case 'created':
      return parseJiraDateTime(issue.created) === parseJqlDate(value);
  }
}

function identifies(target: { id: string; keys: readonly string[] }, value: string): boolean {
  return target.id === value.trim() || target.keys.some((key) => sameText(key, value));
}

function refEquals(ref: JqlNamedRef, value: string): boolean {
  return ref.id === value.trim() || sameText(ref.name, value);
}

function sameText(left: string, right: string): boolean {
  return left.toLowerCase() === right.trim().toLowerCase();
}

// Limitation: Jira's text search stems words ("licence" finds "licences") and ranks phrases;
// here every query word must equal a summary word, or prefix one when it ends with '*'.
function containsText(summary: string, query: string): boolean {
  const summaryWords = words(summary);

  return words(query).every((word) =>
    word.endsWith('*')
      ? summaryWords.some((candidate) => candidate.startsWith(word.slice(0, -1)))
      : summaryWords.includes(word),
  );
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter((word) => word !== '' && word !== '*');
}

function compareCreated(
  issue: JqlIssue,
  value: string,
  operator: '<' | '<=' | '>' | '>=',
): boolean {
  const created = parseJiraDateTime(issue.created);
  const bound = parseJqlDate(value);
  if (bound === undefined) return false;
  if (operator === '<') return created < bound;
  if (operator === '<=') return created <= bound;
  if (operator === '>') return created > bound;

  return created >= bound;
}

function compareBy(term: JqlOrderTerm, left: JqlIssue, right: JqlIssue): number {
  if (term.field === 'created') {
    return parseJiraDateTime(left.created) - parseJiraDateTime(right.created);
  }

  return compareKeys(left.keys[0] ?? '', right.keys[0] ?? '');
}

// Jira sorts keys by project key, then by issue number as a number (OPS-2 before OPS-10).
function compareKeys(left: string, right: string): number {
  const [leftProject = '', leftNumber = '0'] = left.split('-');
  const [rightProject = '', rightNumber = '0'] = right.split('-');
  if (leftProject !== rightProject) return leftProject < rightProject ? -1 : 1;

  return Number(leftNumber) - Number(rightNumber);
}
