import { operandValues } from './jql-ast';
import type { JqlClause, JqlQuery, JqlTerminal } from './jql-ast';
import { JqlError } from './jql-error';

/** What the searching user can see, so that values can be checked the way Jira checks them. */
export interface JqlValueCatalog {
  hasProject(value: string): boolean;
  hasIssueType(value: string): boolean;
  hasStatus(value: string): boolean;
  hasComponent(value: string): boolean;
  /** Whether a visible issue has (or had) this key. */
  hasIssueKey(key: string): boolean;
}

const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;
const ISSUE_ID = /^\d+$/;

/**
 * Refuses values that do not exist for the searching user, as Jira does: unknown or hidden
 * projects, types, statuses and components, and issue keys that no visible issue has.
 * @throws {JqlError} naming the first such value.
 */
export function checkJqlValues(query: JqlQuery, source: string, catalog: JqlValueCatalog): void {
  if (query.where) checkClause(query.where, source, catalog);
}

function checkClause(clause: JqlClause, source: string, catalog: JqlValueCatalog): void {
  if (clause.kind === 'terminal') return checkTerminal(clause, source, catalog);
  if (clause.kind === 'not') return checkClause(clause.clause, source, catalog);
  for (const inner of clause.clauses) checkClause(inner, source, catalog);
}

function checkTerminal(terminal: JqlTerminal, source: string, catalog: JqlValueCatalog): void {
  for (const value of operandValues(terminal.operand)) {
    const problem = findProblem(terminal, value.text, catalog);
    if (problem) throw new JqlError(problem, source, value.position);
  }
}

function findProblem(terminal: JqlTerminal, text: string, catalog: JqlValueCatalog) {
  const missing = `The value '${text}' does not exist for the field '${terminal.fieldText}'.`;
  switch (terminal.field) {
    case 'project':
      return catalog.hasProject(text) ? undefined : missing;
    case 'issuetype':
      return catalog.hasIssueType(text) ? undefined : missing;
    case 'status':
      return catalog.hasStatus(text) ? undefined : missing;
    case 'component':
      return catalog.hasComponent(text) ? undefined : missing;
    case 'key':
    case 'parent':
      return findIssueKeyProblem(terminal.fieldText, text.trim(), catalog);
    default:
      return undefined;
  }
}

function findIssueKeyProblem(fieldText: string, text: string, catalog: JqlValueCatalog) {
  // An unknown numeric id simply matches nothing in Jira; only keys are checked.
  if (ISSUE_ID.test(text)) return undefined;
  if (!ISSUE_KEY.test(text)) return `The issue key '${text}' for field '${fieldText}' is invalid.`;
  if (catalog.hasIssueKey(text)) return undefined;

  return `An issue with key '${text}' does not exist for field '${fieldText}'.`;
}
