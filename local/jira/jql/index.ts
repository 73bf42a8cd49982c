/** The stand-in's JQL subset: tokenizer, recursive-descent parser, matcher and value checks. */
export { findFieldSpec, findSortField, operandValues } from './jql-ast';
export type {
  FieldSpec,
  JqlClause,
  JqlField,
  JqlOperand,
  JqlOperator,
  JqlOrderTerm,
  JqlQuery,
  JqlSortField,
  JqlTerminal,
  JqlValue,
} from './jql-ast';
export { parseJiraDateTime, parseJqlDate } from './jql-dates';
export { JqlError } from './jql-error';
export type { JqlLocation } from './jql-error';
export { matchesJql, sortByJqlOrder } from './jql-match';
export type { JqlIssue, JqlNamedRef } from './jql-match';
export { parseJql } from './jql-parser';
export { tokenizeJql } from './jql-tokenizer';
export type { JqlToken, JqlTokenKind } from './jql-tokenizer';
export { checkJqlValues } from './jql-values';
export type { JqlValueCatalog } from './jql-values';
